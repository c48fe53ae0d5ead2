import { css } from 'lit';

/**
 * The system design tokens, each read with its fallback. Set them on `:root` (or any ancestor) to
 * theme every widget at once; components never declare them, they only read them. Fallbacks meet
 * WCAG AA contrast on white.
 *
 * | token | default |
 * |---|---|
 * | `--lb-color-primary` | `#0b6bcb` (bars, links, focus ring) |
 * | `--lb-color-on-primary` | `#ffffff` (text on primary) |
 * | `--lb-color-text` | `#1b1f24` |
 * | `--lb-color-text-muted` | `#4b5563` |
 * | `--lb-color-surface` | `#ffffff` |
 * | `--lb-color-border` | `#c4cbd4` (decorative lines around cards and groups) |
 * | `--lb-color-control-border` | `#6b7280` (fields, selects and search boxes: 4.8:1 on white, WCAG 1.4.11 asks 3:1) |
 * | `--lb-color-track` | `#e4e8ee` (empty part of a bar) |
 * | `--lb-color-warning` | `#8a4b00` (expiry nudges) |
 * | `--lb-color-danger` | `#b3261e` (errors) |
 * | `--lb-font-family` | `system-ui, sans-serif` |
 * | `--lb-font-size` | `medium` (the reader's own browser font size; unlike `rem`, a host `html { font-size: 10px }` cannot shrink it) |
 * | `--lb-radius` | `8px` |
 * | `--lb-space-1` … `--lb-space-4` | `4px`, `8px`, `16px`, `24px` |
 */
export const tokens = {
  colorPrimary: css`var(--lb-color-primary, #0b6bcb)`,
  colorOnPrimary: css`var(--lb-color-on-primary, #ffffff)`,
  colorText: css`var(--lb-color-text, #1b1f24)`,
  colorTextMuted: css`var(--lb-color-text-muted, #4b5563)`,
  colorSurface: css`var(--lb-color-surface, #ffffff)`,
  colorBorder: css`var(--lb-color-border, #c4cbd4)`,
  colorControlBorder: css`var(--lb-color-control-border, #6b7280)`,
  colorTrack: css`var(--lb-color-track, #e4e8ee)`,
  colorWarning: css`var(--lb-color-warning, #8a4b00)`,
  colorDanger: css`var(--lb-color-danger, #b3261e)`,
  fontFamily: css`var(--lb-font-family, system-ui, sans-serif)`,
  fontSize: css`var(--lb-font-size, medium)`,
  radius: css`var(--lb-radius, 8px)`,
  space1: css`var(--lb-space-1, 4px)`,
  space2: css`var(--lb-space-2, 8px)`,
  space3: css`var(--lb-space-3, 16px)`,
  space4: css`var(--lb-space-4, 24px)`,
} as const;

/**
 * Host defaults every widget shares: our own font and colours (a hostile `* { color: white }` on the
 * page does not reach into the shadow root, and inherited values are reset here), a visible focus
 * ring, and no motion for people who asked for less.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: ${tokens.colorText};
    font-family: ${tokens.fontFamily};
    font-size: ${tokens.fontSize};
    line-height: 1.5;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid ${tokens.colorPrimary};
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

import { css } from 'lit';
import { clampStyles } from '../rendering/clamped-text.js';
import { statusStyles } from '../states/status-styles.js';
import { hostStyles, tokens } from './tokens.js';

/**
 * The pieces every widget draws the same way, so each exists once: text buttons, plain lists, text
 * for screen readers only, form fields, headings, and bars (meters, progress) that stay visible in
 * Windows contrast themes.
 *
 * - `.lb-button`: the outlined button (retry, "Kies deze cursus").
 * - `.lb-text-button`: a button that looks like a link ("Toon alle", a step title).
 * - `.lb-plain-list`: a list without bullets or indent.
 * - `.lb-visually-hidden`: read aloud, not shown.
 * - `.lb-heading`: a heading without the browser's margins (widgets set the size).
 * - `.lb-field`, and every `input`, `select`: a border with at least 3:1 contrast.
 * - `.lb-track` with a `.lb-fill` inside: a bar.
 */
const sharedParts = css`
  .lb-button {
    min-block-size: 2.75em;
    min-inline-size: 44px;
    padding: ${tokens.space1} ${tokens.space3};
    border: 2px solid ${tokens.colorPrimary};
    border-radius: ${tokens.radius};
    background: ${tokens.colorSurface};
    color: ${tokens.colorPrimary};
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  a.lb-button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .lb-button:hover {
    background: ${tokens.colorPrimary};
    color: ${tokens.colorOnPrimary};
  }
  .lb-button:focus-visible {
    outline-offset: 3px;
  }
  .lb-text-button {
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: ${tokens.colorPrimary};
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .lb-plain-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .lb-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .lb-heading {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.3;
  }
  input[type='text'],
  input[type='search'],
  input[type='number'],
  input[type='date'],
  select {
    min-block-size: 44px;
    max-inline-size: 100%;
    padding: ${tokens.space1} ${tokens.space2};
    border: 2px solid ${tokens.colorControlBorder};
    border-radius: ${tokens.radius};
    background: ${tokens.colorSurface};
    color: ${tokens.colorText};
    font: inherit;
  }
  .lb-track {
    position: relative;
    block-size: 0.75em;
    margin-block: ${tokens.space2};
    border-radius: 999px;
    background: ${tokens.colorTrack};
    overflow: hidden;
  }
  .lb-fill {
    block-size: 100%;
    inline-size: 0;
    border-radius: inherit;
    background: ${tokens.colorPrimary};
    transition: inline-size 0.4s ease-out;
  }
  /* Contrast themes replace every background with one colour: outline the track and paint the fill
     in the theme's highlight colour, so the bar keeps its meaning. */
  @media (forced-colors: active) {
    .lb-track {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    .lb-fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * `.base` as a box: padding, a light border and the surface colour. For widgets that stand as a card of their
 * own (not the finder, which fills its column); add after the shared styles, before the widget's own rules.
 */
export const baseBoxStyles = css`
  .base {
    padding: ${tokens.space3};
    border: 1px solid ${tokens.colorBorder};
    border-radius: ${tokens.radius};
    background: ${tokens.colorSurface};
  }
`;

/** Add first to every widget's `static styles`; the widget's own rules follow. */
export const sharedStyles = [hostStyles, sharedParts, statusStyles, clampStyles];

import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';

/** One part of a bar; `pattern` draws it besides its colour, so it reads without colour and in print. */
export interface BarSegment {
  /** `spent`, `reserved`, `available` or `single`: the class that gives colour and pattern. */
  kind: 'spent' | 'reserved' | 'available' | 'single';
  label: string;
  value: number;
}

export interface BarRow {
  label: string;
  segments: BarSegment[];
  /** The text at the end of the bar, e.g. the formatted total. */
  valueText: string;
}

const ROW = 48;
const BAR_Y = 22;
const BAR_HEIGHT = 18;
/** Bars use at most this share of the width; the rest is for the value text. */
const MAX_BAR = 68;

/**
 * Hatching and dots that tell the segments apart without colour; render once per widget with
 * {@link chartPatterns} (ids are per shadow root). In forced colours they use system colours.
 */
const PATTERNS = svg`<defs>
  <pattern id="lb-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="pattern-ground reserved" width="6" height="6"></rect>
    <line class="pattern-ink" x1="0" y1="0" x2="0" y2="6" stroke-width="3"></line>
  </pattern>
  <pattern id="lb-dots" width="6" height="6" patternUnits="userSpaceOnUse">
    <rect class="pattern-ground available" width="6" height="6"></rect>
    <circle class="pattern-ink" cx="3" cy="3" r="1.4"></circle>
  </pattern>
</defs>`;

/** The patterns every chart of the widget refers to, in an empty SVG of its own. */
export function chartPatterns(): TemplateResult {
  return html`<svg class="patterns" width="0" height="0" aria-hidden="true" focusable="false">${PATTERNS}</svg>`;
}

/** Patterned segments name their pattern as the fill; plain ones get their colour from the stylesheet. */
function fillOf(kind: BarSegment['kind']): string {
  return kind === 'reserved' ? 'url(#lb-hatch)' : kind === 'available' ? 'url(#lb-dots)' : '';
}

/**
 * A horizontal bar chart as SVG, one row per label, with stacked segments. Widths are percentages of the
 * widget (no viewBox), so the text stays at its real size from 320 px to a wide desktop. The SVG is an
 * image with a text alternative: the summary above it and the data table below say the same in words.
 */
export function barChart(rows: readonly BarRow[], name: string): TemplateResult {
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0)));
  const height = rows.length * ROW + 4;
  return html`<svg class="chart" role="img" aria-label=${name} width="100%" height=${height}>
    ${rows.map((row, index) => {
      const top = index * ROW;
      let x = 0;
      const parts: SVGTemplateResult[] = row.segments.map((segment) => {
        const width = (segment.value / max) * MAX_BAR;
        const part = svg`<rect class="segment ${segment.kind}" fill=${fillOf(segment.kind) || nothing} x="${x}%"
          y=${top + BAR_Y} width="${width}%" height=${BAR_HEIGHT}><title>${segment.label}</title></rect>`;
        x += width;
        return part;
      });
      return svg`<g class="row">
        <text class="row-label" x="0" y=${top + 15}>${row.label}</text>
        ${parts}
        <text class="row-value" x="${x + 1}%" y=${top + BAR_Y + 14}>${row.valueText}</text>
      </g>`;
    })}
  </svg>`;
}

/** The legend of a stacked chart: each segment's pattern beside its name. */
export function chartLegend(
  items: readonly { kind: BarSegment['kind']; label: string }[],
): TemplateResult | typeof nothing {
  if (items.length < 2) return nothing;
  return html`<ul class="legend">
    ${items.map(
      (item) => html`<li>
        <svg class="swatch" width="18" height="18" aria-hidden="true" focusable="false">
          <rect class="segment ${item.kind}" fill=${fillOf(item.kind) || nothing} width="18" height="18"></rect>
        </svg>
        ${item.label}
      </li>`,
    )}
  </ul>`;
}

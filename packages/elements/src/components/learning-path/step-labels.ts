import type { LearningStep } from '@leerbudget/contract';
import { svg, type SVGTemplateResult } from 'lit';
import { pathMessages as t } from './learning-path.messages.js';

/**
 * Text labels and icons for step kinds and statuses. The icon is decoration beside the words (never alone),
 * so it is hidden from screen readers; paths are drawn on a 16 × 16 grid with `currentColor`.
 */
const KIND_ICONS: Record<string, SVGTemplateResult> = {
  course: svg`<path d="M1 6l7-4 7 4-7 4zM4 8v4c2 2 6 2 8 0V8"/>`,
  workplace: svg`<path d="M2 6h12v8H2zM6 6V3h4v3"/>`,
  coaching: svg`<path d="M2 3h8v6H5l-3 3zM12 6h2v6l-2-2H8v-1"/>`,
  assessment: svg`<path d="M3 2h10v12H3zM5.5 8l2 2 3-4"/>`,
  reading: svg`<path d="M8 4C6 2 3 2 1 3v10c2-1 5-1 7 1 2-2 5-2 7-1V3c-2-1-5-1-7 1zv10"/>`,
  event: svg`<path d="M2 3h12v11H2zM2 7h12M5 1v3M11 1v3"/>`,
  other: svg`<circle cx="8" cy="8" r="6"/>`,
};

const STATUS_ICONS: Record<string, SVGTemplateResult> = {
  done: svg`<circle cx="8" cy="8" r="6.5"/><path d="M5 8l2 2 4-4"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor"/>`,
  todo: svg`<circle cx="8" cy="8" r="6.5"/>`,
  other: svg`<circle cx="8" cy="8" r="6.5" stroke-dasharray="2 2"/>`,
};

function icon(shape: SVGTemplateResult): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round">${shape}</svg>`;
}

/** The icon of a step's kind; unknown kinds (the contract maps them to `other`) get a plain dot. */
export function kindIcon(kind: LearningStep['kind']): SVGTemplateResult {
  return icon(KIND_ICONS[kind] ?? KIND_ICONS['other']!);
}

/** The icon of a step's status. */
export function statusIcon(status: LearningStep['status']): SVGTemplateResult {
  return icon(STATUS_ICONS[status] ?? STATUS_ICONS['other']!);
}

/** The kind in words: "Cursus", "Leren op het werk" … */
export function kindLabel(kind: LearningStep['kind']): string {
  switch (kind) {
    case 'course':
      return t.kindCourse();
    case 'workplace':
      return t.kindWorkplace();
    case 'coaching':
      return t.kindCoaching();
    case 'assessment':
      return t.kindAssessment();
    case 'reading':
      return t.kindReading();
    case 'event':
      return t.kindEvent();
    default:
      return t.kindOther();
  }
}

/** The status in words: "Klaar", "Bezig", "Nog doen". */
export function statusLabel(status: LearningStep['status']): string {
  switch (status) {
    case 'done':
      return t.statusDone();
    case 'in-progress':
      return t.statusInProgress();
    case 'todo':
      return t.statusTodo();
    default:
      return t.statusOther();
  }
}

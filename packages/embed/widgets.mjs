// The widgets the embed loads when their tag appears on a page: one entry per widget. `module` is the
// widget's registration module; `preload` names the chunks its code loads on first use (SDK resources
// behind an `import()`), fetched together with the widget so they are there when the API answers.
export const WIDGETS = [
  { tag: 'lb-budget-meter', module: '@leerbudget/elements/define/budget-meter' },
  {
    tag: 'lb-course-finder',
    module: '@leerbudget/elements/define/course-finder',
    preload: ['catalogue-sync', 'catalogue-index'],
  },
  {
    tag: 'lb-learning-path',
    module: '@leerbudget/elements/define/learning-path',
    preload: ['public-reads', 'request-writes'],
  },
  { tag: 'lb-my-requests', module: '@leerbudget/elements/define/my-requests', preload: ['request-writes'] },
  { tag: 'lb-approvals', module: '@leerbudget/elements/define/approvals', preload: ['request-writes'] },
  { tag: 'lb-team-budget', module: '@leerbudget/elements/define/team-budget', preload: ['insight-reads'] },
  { tag: 'lb-budget-insights', module: '@leerbudget/elements/define/budget-insights', preload: ['insight-reads'] },
];

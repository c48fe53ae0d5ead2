// The block's editor side, in plain JavaScript (no build step): the widget and its settings in the
// sidebar, and a placeholder in the editor (the widget itself shows on the published page).
(function (blocks, element, blockEditor, components, i18n) {
  const { createElement: h } = element;
  const { InspectorControls, useBlockProps } = blockEditor;
  const { PanelBody, SelectControl, TextControl, Placeholder } = components;
  const { __ } = i18n;
  const WIDGETS = [
    { value: 'course-finder', label: __('Cursuszoeker', 'leerbudget') },
    { value: 'budget-meter', label: __('Leerbudget van de medewerker', 'leerbudget') },
    { value: 'learning-path', label: __('Leerroute', 'leerbudget') },
    { value: 'team-budget', label: __('Leerbudget van het team (voor leidinggevenden)', 'leerbudget') },
    { value: 'budget-insights', label: __('Leerbudget in de organisatie (voor HR)', 'leerbudget') },
  ];

  blocks.registerBlockType('leerbudget/widget', {
    edit({ attributes, setAttributes }) {
      const chosen = WIDGETS.find((widget) => widget.value === attributes.widget) || WIDGETS[0];
      const text = (label, key, help) =>
        h(TextControl, { label, help, value: attributes[key], onChange: (value) => setAttributes({ [key]: value }) });
      return h(
        'div',
        useBlockProps(),
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: __('Instellingen', 'leerbudget') },
            h(SelectControl, {
              label: __('Wat wil je tonen?', 'leerbudget'),
              value: attributes.widget,
              options: WIDGETS,
              onChange: (widget) => setAttributes({ widget }),
            }),
            attributes.widget === 'course-finder' &&
              text(__('Aanbieder', 'leerbudget'), 'provider', __('Laat leeg voor alle aanbieders.', 'leerbudget')),
            attributes.widget === 'learning-path' && text(__('Leerroute (id)', 'leerbudget'), 'pathId'),
          ),
        ),
        h(Placeholder, {
          icon: 'chart-bar',
          label: 'Leerbudget: ' + chosen.label,
          instructions: __('Dit blok toont de widget op de gepubliceerde pagina.', 'leerbudget'),
        }),
      );
    },
    save: () => null,
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);

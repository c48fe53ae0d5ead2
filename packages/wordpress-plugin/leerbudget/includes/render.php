<?php
/**
 * Rendering without side effects, so it can be tested without WordPress: which tag, which attributes.
 * Every value a page author or the settings give is escaped with esc_attr; only known widgets and
 * known attributes are written.
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The widgets an author may place, by the name used in the shortcode and the block. */
const LEERBUDGET_WIDGETS = [
    'budget-meter' => ['variant', 'lang', 'api-base', 'cache'],
    'course-finder' => ['provider', 'mode', 'lang', 'api-base', 'cache', 'query', 'page-size'],
    'learning-path' => ['path-id', 'variant', 'lang', 'api-base', 'cache'],
    'team-budget' => ['order', 'approvals-href', 'lang', 'api-base', 'cache'],
    'budget-insights' => ['group-by', 'from', 'to', 'lang', 'api-base', 'cache'],
];

/**
 * `<lb-course-finder provider="…" api-base="…"></lb-course-finder>` for the shortcode's or block's
 * attributes. Unknown widgets render an HTML comment (nothing visible) so a typo doesn't break the page.
 */
function leerbudget_widget_markup(array $attributes, array $settings): string
{
    $widget = isset($attributes['widget']) ? (string) $attributes['widget'] : 'course-finder';
    if (!array_key_exists($widget, LEERBUDGET_WIDGETS)) {
        return '<!-- leerbudget: unknown widget -->';
    }
    $values = [];
    if (($settings['api_base'] ?? '') !== '') {
        $values['api-base'] = $settings['api_base'];
    }
    if (($settings['lang'] ?? '') !== '') {
        $values['lang'] = $settings['lang'];
    }
    foreach (LEERBUDGET_WIDGETS[$widget] as $name) {
        // Shortcode attributes arrive lower-cased; block attributes use camelCase (pathId).
        $key = str_replace('-', '_', $name);
        $camel = lcfirst(str_replace(' ', '', ucwords(str_replace('-', ' ', $name))));
        foreach ([$name, $key, $camel] as $candidate) {
            if (isset($attributes[$candidate]) && is_scalar($attributes[$candidate]) && (string) $attributes[$candidate] !== '') {
                $values[$name] = (string) $attributes[$candidate];
            }
        }
    }
    $html = '';
    foreach ($values as $name => $value) {
        $html .= ' ' . $name . '="' . esc_attr($value) . '"';
    }
    return '<lb-' . $widget . $html . '></lb-' . $widget . '>';
}

/** The loader's address from the settings: only https (or http on localhost, for a local try-out). */
function leerbudget_loader_url(array $settings): string
{
    $url = trim((string) ($settings['loader_url'] ?? ''));
    $parts = parse_url($url);
    if (!is_array($parts) || !isset($parts['scheme'], $parts['host'])) {
        return '';
    }
    $local = in_array($parts['host'], ['localhost', '127.0.0.1'], true);
    if ($parts['scheme'] !== 'https' && !($parts['scheme'] === 'http' && $local)) {
        return '';
    }
    return $url;
}

<?php
/** Settings → Leerbudget: where the loader and the API are, and the widgets' language. */

if (!defined('ABSPATH')) {
    exit;
}

const LEERBUDGET_OPTION = 'leerbudget_settings';

function leerbudget_settings(): array
{
    $stored = get_option(LEERBUDGET_OPTION, []);
    return array_merge(['loader_url' => '', 'api_base' => '', 'lang' => ''], is_array($stored) ? $stored : []);
}

add_action('admin_init', function (): void {
    register_setting('leerbudget', LEERBUDGET_OPTION, [
        'type' => 'array',
        'sanitize_callback' => 'leerbudget_sanitize_settings',
        'default' => [],
    ]);
});

add_action('admin_menu', function (): void {
    add_options_page('Leerbudget', 'Leerbudget', 'manage_options', 'leerbudget', 'leerbudget_settings_page');
});

function leerbudget_sanitize_settings($input): array
{
    $input = is_array($input) ? $input : [];
    return [
        'loader_url' => esc_url_raw((string) ($input['loader_url'] ?? ''), ['https', 'http']),
        'api_base' => esc_url_raw((string) ($input['api_base'] ?? ''), ['https', 'http']),
        'lang' => in_array($input['lang'] ?? '', ['nl', 'en'], true) ? $input['lang'] : '',
    ];
}

function leerbudget_settings_page(): void
{
    $settings = leerbudget_settings();
    $field = fn(string $key) => esc_attr(LEERBUDGET_OPTION . '[' . $key . ']');
    echo '<div class="wrap"><h1>Leerbudget</h1><form method="post" action="options.php">';
    settings_fields('leerbudget');
    echo '<table class="form-table" role="presentation">';
    echo '<tr><th scope="row"><label for="lb-loader">' . esc_html__('Adres van leerbudget.js', 'leerbudget') . '</label></th>';
    echo '<td><input id="lb-loader" class="regular-text" type="url" name="' . $field('loader_url') . '" value="' . esc_attr($settings['loader_url']) . '">';
    echo '<p class="description">' . esc_html__('Bijvoorbeeld https://cdn.example.nl/leerbudget/leerbudget.js', 'leerbudget') . '</p></td></tr>';
    echo '<tr><th scope="row"><label for="lb-api">' . esc_html__('Adres van de API', 'leerbudget') . '</label></th>';
    echo '<td><input id="lb-api" class="regular-text" type="url" name="' . $field('api_base') . '" value="' . esc_attr($settings['api_base']) . '"></td></tr>';
    echo '<tr><th scope="row"><label for="lb-lang">' . esc_html__('Taal', 'leerbudget') . '</label></th><td><select id="lb-lang" name="' . $field('lang') . '">';
    foreach (['' => __('Taal van de pagina', 'leerbudget'), 'nl' => 'Nederlands', 'en' => 'English'] as $value => $label) {
        echo '<option value="' . esc_attr($value) . '"' . selected($settings['lang'], $value, false) . '>' . esc_html($label) . '</option>';
    }
    echo '</select></td></tr></table>';
    submit_button();
    echo '</form></div>';
}

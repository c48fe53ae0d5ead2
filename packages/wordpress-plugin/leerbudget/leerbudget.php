<?php
/**
 * Plugin Name:       Leerbudget
 * Description:       Shows the Leerbudget course finder (and the other widgets) on your site, with a block and a shortcode: [leerbudget widget="course-finder" provider="…"].
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      8.1
 * License:           MIT
 * Text Domain:       leerbudget
 */

if (!defined('ABSPATH')) {
    exit;
}

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';

add_action('init', 'leerbudget_register');

function leerbudget_register(): void
{
    add_shortcode('leerbudget', 'leerbudget_shortcode');
    register_block_type(__DIR__ . '/block', ['render_callback' => 'leerbudget_render_block']);
}

/** [leerbudget widget="course-finder" provider="…"]: the widget's tag, and the loader once per page. */
function leerbudget_shortcode($attributes): string
{
    leerbudget_enqueue_loader();
    return leerbudget_widget_markup(is_array($attributes) ? $attributes : [], leerbudget_settings());
}

function leerbudget_render_block(array $attributes): string
{
    leerbudget_enqueue_loader();
    return leerbudget_widget_markup($attributes, leerbudget_settings());
}

/**
 * The loader as a script module (WordPress 6.5+): it finds the widgets' code next to itself and loads
 * a widget's code only where its tag is on the page.
 */
function leerbudget_enqueue_loader(): void
{
    $url = leerbudget_loader_url(leerbudget_settings());
    if ($url !== '') {
        wp_enqueue_script_module('leerbudget', $url, [], null);
    }
}

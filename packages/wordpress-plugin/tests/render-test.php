<?php
// Tests the plugin's rendering without WordPress: the few WordPress functions it calls are defined here
// as WordPress defines them (esc_attr as in wp-includes/formatting.php for plain text). Prints TAP.
define('ABSPATH', __DIR__);
$GLOBALS['lb_enqueued'] = [];
$GLOBALS['lb_options'] = [];
function esc_attr($text) { return htmlspecialchars((string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8'); }
function get_option($name, $default = false) { return $GLOBALS['lb_options'][$name] ?? $default; }
function wp_enqueue_script_module($id, $src, $deps = [], $version = false) { $GLOBALS['lb_enqueued'][$id] = $src; }
function add_action(...$args) {}
function add_shortcode(...$args) {}

require __DIR__ . '/../leerbudget/includes/render.php';
require __DIR__ . '/../leerbudget/includes/settings.php';
require __DIR__ . '/../leerbudget/leerbudget.php';

$count = 0;
$failed = 0;
function check(string $name, bool $ok, string $detail = ''): void
{
    global $count, $failed;
    $count++;
    if (!$ok) $failed++;
    echo ($ok ? 'ok ' : 'not ok ') . $count . ' - ' . $name . ($ok || $detail === '' ? '' : "\n  # " . $detail) . "\n";
}

$settings = ['loader_url' => 'https://cdn.example.nl/leerbudget/leerbudget.js', 'api_base' => 'https://api.example.nl/v1', 'lang' => ''];

$html = leerbudget_widget_markup(['widget' => 'course-finder', 'provider' => 'sterk-opleidingen'], $settings);
check('the shortcode renders the finder tag with the provider and the API', $html === '<lb-course-finder api-base="https://api.example.nl/v1" provider="sterk-opleidingen"></lb-course-finder>', $html);

$html = leerbudget_widget_markup(['widget' => 'course-finder', 'provider' => '"><script>alert(1)</script><x a="'], $settings);
check('a quote or < in an attribute can not break out of it', strpos($html, '<script') === false && substr_count($html, '"') === 4 && strpos($html, '&quot;&gt;&lt;script&gt;') !== false, $html);

$html = leerbudget_widget_markup(['widget' => 'course-finder', 'onclick' => 'alert(1)', 'provider' => 'a'], $settings);
check('unknown attributes (an event handler) are not written', strpos($html, 'onclick') === false, $html);

$html = leerbudget_widget_markup(['widget' => 'script'], $settings);
check('an unknown widget renders nothing visible', $html === '<!-- leerbudget: unknown widget -->', $html);

$html = leerbudget_widget_markup(['widget' => 'learning-path', 'pathId' => 'route-1'], ['lang' => 'en'] + $settings);
check('block attributes in camelCase reach the tag; the language setting is passed on', $html === '<lb-learning-path api-base="https://api.example.nl/v1" lang="en" path-id="route-1"></lb-learning-path>', $html);

$html = leerbudget_widget_markup(['widget' => 'budget-insights', 'group-by' => 'potKind'], $settings);
check('the HR insights widget gets its grouping', $html === '<lb-budget-insights api-base="https://api.example.nl/v1" group-by="potKind"></lb-budget-insights>', $html);

check('the loader is enqueued only from https', leerbudget_loader_url(['loader_url' => 'http://cdn.example.nl/leerbudget.js']) === '' && leerbudget_loader_url(['loader_url' => 'javascript:alert(1)']) === '' && leerbudget_loader_url($settings) === $settings['loader_url']);

$GLOBALS['lb_options'][LEERBUDGET_OPTION] = $settings;
$html = leerbudget_shortcode(['widget' => 'budget-meter', 'variant' => 'full']);
check('the shortcode enqueues the loader as a script module once', $GLOBALS['lb_enqueued'] === ['leerbudget' => $settings['loader_url']] && $html === '<lb-budget-meter api-base="https://api.example.nl/v1" variant="full"></lb-budget-meter>', $html);

$block = json_decode(file_get_contents(__DIR__ . '/../leerbudget/block/block.json'), true);
$offered = $block['attributes']['widget']['enum'];
$known = array_keys(LEERBUDGET_WIDGETS);
sort($offered);
sort($known);
check('the block offers exactly the widgets the renderer knows', $offered === $known, implode(',', $offered));

echo "1..$count\n";
exit($failed === 0 ? 0 : 1);

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The plugin's PHP runs in PHP itself (php-cli; `pnpm test` installs it from Debian when missing).
test('the WordPress plugin renders escaped widget tags (tests/render-test.php)', () => {
  const script = fileURLToPath(new URL('../tests/render-test.php', import.meta.url));
  const result = spawnSync('php', [script], { encoding: 'utf8' });
  assert.equal(result.error, undefined, 'php is not installed: apt-get install php-cli');
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
  assert.match(result.stdout, /^1\.\.9$/m);
});

test('every PHP file of the plugin parses (php -l)', () => {
  for (const file of ['leerbudget.php', 'includes/render.php', 'includes/settings.php', 'block/edit.asset.php']) {
    const path = fileURLToPath(new URL(`../leerbudget/${file}`, import.meta.url));
    const result = spawnSync('php', ['-l', path], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${file}: ${result.stdout}${result.stderr}`);
  }
});

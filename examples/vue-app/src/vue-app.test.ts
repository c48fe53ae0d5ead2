import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '@leerbudget/server';
import { chromiumArgs, chromiumPath } from '@leerbudget/test-kit/chromium';

// The example app built with its own vite.config.ts, run in Chromium against the real reference server.
const appRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'lb-vue-'));
let api: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let server: PreviewServer;

before(async () => {
  api = await startServer({ port: 0, seed: 'demo' });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  await build({ root: appRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    root: appRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await api?.close();
  rmSync(outDir, { recursive: true, force: true });
});

test("Vue 3: the finder's event reaches the app's handler; a property bound by the app re-renders the widgets", async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.resolvedUrls!.local[0]}?api=${encodeURIComponent(api.url)}`);
  await page.waitForFunction(() =>
    document.querySelector('lb-budget-meter')?.shadowRoot?.textContent?.includes('over'),
  );

  const choose = page.locator('lb-course-finder [part="choose-button"]').first();
  await choose.waitFor();
  const title = await page.locator('lb-course-finder [part~="card-title"]').first().textContent();
  await choose.click();
  await page.waitForFunction(() => document.querySelector('#chosen')?.textContent !== '');
  assert.equal((await page.locator('#chosen').textContent())?.trim(), title?.trim());

  await page.click('#english');
  await page.waitForFunction(() =>
    /\bleft\b/.test(document.querySelector('lb-budget-meter')?.shadowRoot?.textContent ?? ''),
  );
  assert.deepEqual(errors, []);
  await page.close();
});

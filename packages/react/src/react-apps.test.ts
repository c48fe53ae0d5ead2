import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '@leerbudget/server';
import { chromiumArgs, chromiumPath } from '@leerbudget/test-kit/chromium';

// The test app (test/app) built with Vite as a React 18 app and as a React 19 app, run in Chromium
// against the real reference server.
const appRoot = fileURLToPath(new URL('../test/app/', import.meta.url));
const REACT_VERSIONS = {
  18: { react: 'react-18', 'react-dom': 'react-dom-18' },
  19: { react: 'react', 'react-dom': 'react-dom' },
} as const;

let api: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const previews: PreviewServer[] = [];
const outDir = mkdtempSync(join(tmpdir(), 'lb-react-'));

before(async () => {
  api = await startServer({ port: 0, seed: 'demo' });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  for (const server of previews) await server.close();
  await api?.close();
  rmSync(outDir, { recursive: true, force: true });
});

async function serveApp(major: keyof typeof REACT_VERSIONS): Promise<string> {
  const dist = join(outDir, `react-${major}`);
  const { react, 'react-dom': reactDom } = REACT_VERSIONS[major];
  await build({
    root: appRoot,
    logLevel: 'warn',
    configFile: false,
    resolve: {
      alias: [
        { find: /^react-dom(\/.*)?$/, replacement: `${reactDom}$1` },
        { find: /^react(\/.*)?$/, replacement: `${react}$1` },
      ],
    },
    build: { outDir: dist, emptyOutDir: true },
  });
  const server = await preview({
    root: appRoot,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1' },
  });
  previews.push(server);
  return server.resolvedUrls!.local[0]!;
}

/** The text in a widget's shadow root. */
function widgetText(page: Page, tag: string): Promise<string> {
  return page.locator(tag).evaluate((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

for (const major of [18, 19] as const) {
  test(`React ${major}: a click in the finder reaches the app's handler; a property set by the app re-renders the widget`, async () => {
    const url = await serveApp(major);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}?api=${encodeURIComponent(api.url)}`);
    assert.equal((await page.locator('#react-version').textContent())?.split('.')[0], String(major));

    // The meter signs in through configure() and shows Sanne's budget in Dutch.
    await page.waitForFunction(() =>
      document.querySelector('lb-budget-meter')?.shadowRoot?.textContent?.includes('over'),
    );

    // Events: "Kies deze cursus" on the first card reaches onLbCourseSelect.
    const choose = page.locator('lb-course-finder [part="choose-button"]').first();
    await choose.waitFor();
    const title = await page.locator('lb-course-finder [part~="card-title"]').first().textContent();
    await choose.click();
    await page.waitForFunction(() => document.querySelector('#chosen')?.textContent !== '');
    assert.equal((await page.locator('#chosen').textContent())?.trim(), title?.trim());

    // A request widget renders through its wrapper too.
    await page.waitForFunction(() =>
      /aanvra/i.test(document.querySelector('lb-my-requests')?.shadowRoot?.textContent ?? ''),
    );

    // Properties: the app switches `lang`; the widgets render in English.
    const dutch = await widgetText(page, 'lb-budget-meter');
    await page.click('#english');
    await page.waitForFunction((before) => {
      const text = document.querySelector('lb-budget-meter')?.shadowRoot?.textContent ?? '';
      return text.replace(/\s+/g, ' ') !== before && /\bleft\b/.test(text);
    }, dutch);
    await page.waitForFunction(() =>
      /request/i.test(document.querySelector('lb-my-requests')?.shadowRoot?.textContent ?? ''),
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
}

// The built docs site in Chromium, served by a plain static file server with no API server running: every page
// passes axe and logs no console error, every internal link resolves, every element page shows its widget with
// data from the in-browser API, "Bekijk als" switches employees, and a request can be approved.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '@leerbudget/test-kit/chromium';
import { outDir } from '../lib/repo.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { execFileSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;
let context;

before(async () => {
  // Built once per run; the test never starts an API.
  execFileSync(process.execPath, [new URL('../scripts/build.mjs', import.meta.url).pathname], { stdio: 'inherit' });
  server = await startStaticServer(outDir);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  context = await browser.newContext();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The error-state demos call a base that fails on purpose; Chromium logs each of those failed loads. */
const failsOnPurpose = (url) => new URL(url, 'http://x').pathname.startsWith('/api-down/');

/** Opens a page and collects its console errors and failed requests. */
async function open(path) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !failsOnPurpose(message.location().url)) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !failsOnPurpose(response.url())) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

async function axeViolations(page) {
  // The site's CSP and Trusted Types forbid inline scripts: axe's source is evaluated by the DevTools protocol.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const playgroundReady = () => document.documentElement.dataset.playground === 'ready';

/** True once every widget in the live demo has rendered data (no loading or error state). */
const liveDemoHasData = () => {
  const widgets = [...document.querySelectorAll('[data-live-demo] > *')];
  return (
    document.documentElement.dataset.playground === 'ready' &&
    widgets.length > 0 &&
    widgets.every((widget) => {
      const root = widget.shadowRoot;
      if (!root) return false;
      const text = root.textContent ?? '';
      // An empty alert is a live region kept ready for a later message (the request lists have one per
      // request); only an alert that says something is an error state.
      const alerting = [...root.querySelectorAll('[role="alert"]')].some((alert) => alert.textContent.trim() !== '');
      const busy = root.querySelector('[aria-busy="true"]') !== null || alerting;
      return !busy && /\p{L}{3,}/u.test(text) && /€|\d/.test(text);
    })
  );
};

function internalLinks(html, base) {
  return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)]
    .map((match) => new URL(match[1].replaceAll('&amp;', '&'), base))
    .filter((url) => url.origin === new URL(base).origin && !url.pathname.startsWith('/api'));
}

describe('docs site', { concurrency: false }, () => {
  const visited = new Map();

  test('the crawl from / finds no broken internal link', async () => {
    const queue = [`${server.url}/`];
    while (queue.length > 0) {
      const url = queue.shift();
      const key = url.split('#')[0];
      if (visited.has(key)) continue;
      const response = await fetch(key);
      visited.set(key, response.status);
      assert.equal(response.status, 200, `${key} is linked but answers ${response.status}`);
      const type = response.headers.get('content-type') ?? '';
      // The SDK reference is TypeDoc's own output: its links are TypeDoc's to keep; its entry page is checked.
      if (!type.startsWith('text/html') || new URL(key).pathname.startsWith('/sdk/')) continue;
      for (const link of internalLinks(await response.text(), key)) queue.push(link.href);
    }
    assert.ok(visited.size > 20, `only ${visited.size} addresses found`);
  });

  test('every page of the site: axe finds no violations, no console errors, it reflows at 320 px', async () => {
    const pages = [...visited.keys()].filter(
      (url) => (url.endsWith('/') || url.endsWith('.html')) && !new URL(url).pathname.startsWith('/sdk/'),
    );
    assert.ok(pages.length >= 20, `${pages.length} pages`);
    const failures = [];
    for (const url of pages) {
      const path = new URL(url).pathname;
      const { page, problems } = await open(path);
      if (/\/elements\/lb-[\w-]+\/$/.test(path))
        await page.waitForFunction(liveDemoHasData, null, { timeout: 120_000 });
      else if (await page.$('#site-copy')) await page.waitForFunction(playgroundReady, null, { timeout: 120_000 });
      for (const violation of await axeViolations(page)) failures.push(`${path} axe ${violation}`);
      for (const problem of problems) failures.push(`${path} ${problem}`);
      // Reflow (WCAG 1.4.10): at 320 CSS px nothing scrolls sideways but the tables' own focusable regions.
      await page.setViewportSize({ width: 320, height: 800 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) failures.push(`${path} is ${width} px wide at 320 px`);
      await page.close();
    }
    assert.deepEqual(failures, []);
  });

  test('every element page shows its widget with data from the in-browser API', async () => {
    const elementPages = [...visited.keys()].filter((url) => /\/(nl|en)\/elements\/lb-[\w-]+\/$/.test(url));
    assert.ok(elementPages.length >= 6, `${elementPages.length} element pages`);
    for (const url of elementPages) {
      const { page, problems } = await open(new URL(url).pathname);
      await page.waitForFunction(liveDemoHasData, null, { timeout: 120_000 });
      assert.deepEqual(problems, []);
      await page.close();
      // The error state is live too: the widget pointed at the failing base says so, and offers a retry.
      const error = await open(`${new URL(url).pathname}error/`);
      await error.page.waitForFunction(
        () => document.querySelector('[data-demo-base="api-down"]')?.shadowRoot?.querySelector('button'),
        null,
        { timeout: 120_000 },
      );
      assert.deepEqual(error.problems, []);
      await error.page.close();
    }
  });

  test('"Bekijk als" switches the employee whose budget is shown', async () => {
    const { page, problems } = await open('/nl/elements/lb-budget-meter/');
    await page.waitForFunction(liveDemoHasData, null, { timeout: 120_000 });
    const shown = () => document.querySelector('lb-budget-meter').shadowRoot.textContent.replace(/\s+/g, ' ');
    const before = await page.evaluate(shown);
    await page.selectOption('#view-as', 'fatima');
    await page.waitForFunction(
      (previous) => {
        const text = document.querySelector('lb-budget-meter').shadowRoot.textContent.replace(/\s+/g, ' ');
        return text !== previous && /uur|uren/i.test(text);
      },
      before,
      { timeout: 60_000 },
    );
    assert.match(await page.textContent('#playground-status'), /Fatima/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a request made on the page is approved by Lisa through the real API routes, and reset undoes it', async () => {
    const { page, problems } = await open('/en/elements/lb-budget-meter/?user=fatima');
    await page.waitForFunction(liveDemoHasData, null, { timeout: 120_000 });
    await page.click('#request-course');
    await page.waitForFunction(() =>
      /Now someone has to approve it/.test(document.getElementById('request-status').textContent),
    );
    assert.equal(await page.textContent('#approve-request'), 'Approve as Lisa de Boer');
    await page.click('#approve-request');
    await page.waitForFunction(() => /is approved/.test(document.getElementById('request-status').textContent));
    const own = () =>
      fetch('/api/v1/me/requests', { headers: { Authorization: 'Bearer demo-fatima' } }).then((r) => r.json());
    assert.equal((await page.evaluate(own)).items.filter((r) => r.status === 'approved').length, 1);
    await page.click('#reset-demo');
    await page.waitForFunction(() => /back as it was/.test(document.getElementById('playground-status').textContent));
    assert.equal((await page.evaluate(own)).items.filter((r) => r.status === 'approved').length, 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the fault switch shows the stale state live: the last budget stays, marked with its time', async () => {
    const { page, problems } = await open('/nl/elements/lb-budget-meter/?user=anna');
    await page.waitForFunction(liveDemoHasData, null, { timeout: 120_000 });
    const meterText = () => document.querySelector('lb-budget-meter').shadowRoot.textContent.replace(/\s+/g, ' ');
    const fresh = await page.evaluate(meterText);
    assert.doesNotMatch(fresh, /Bijgewerkt/);
    await page.click('#fault-toggle');
    await page.waitForFunction(
      () => /Bijgewerkt/.test(document.querySelector('lb-budget-meter').shadowRoot.textContent),
      null,
      { timeout: 60_000 },
    );
    assert.match(await page.evaluate(meterText), /€ \d/);
    assert.equal(await page.getAttribute('#fault-toggle', 'aria-pressed'), 'true');
    await page.click('#fault-toggle');
    await page.waitForFunction(
      () => !/Bijgewerkt/.test(document.querySelector('lb-budget-meter').shadowRoot.textContent),
      null,
      { timeout: 60_000 },
    );
    // While the fault is on, the live API fails on purpose; nothing else may.
    assert.deepEqual(
      problems.filter((problem) => !/^503 \S+\/api\/|status of 503/.test(problem)),
      [],
    );
    await page.close();
  });

  test("the theming guide's token editor restyles the live widget and writes the CSS", async () => {
    const { page, problems } = await open('/en/guides/theming/');
    await page.waitForFunction(liveDemoHasData, null, { timeout: 120_000 });
    await page.fill('[data-token="--lb-radius"]', '0px');
    assert.match(await page.textContent('#token-css'), /--lb-radius: 0px;/);
    const radius = await page.evaluate(() =>
      getComputedStyle(document.querySelector('[data-token-demo] lb-budget-meter'))
        .getPropertyValue('--lb-radius')
        .trim(),
    );
    assert.equal(radius, '0px');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

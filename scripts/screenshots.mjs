// `pnpm screenshots`: starts the reference API (demo data) and the example site on free ports, opens each
// example page in Chromium in Dutch and English, at desktop width and at 360 px, and saves PNGs to
// docs/images/. Needs a build (`pnpm build`) and Chromium (/usr/bin/chromium or CHROME_PATH).
// Add a page to PAGES to get its screenshots too; `pnpm screenshots frame-host` captures only the pages named.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticSite } from './static-site.mjs';
import { chromiumArgs, chromiumPath } from '@leerbudget/test-kit/chromium';

const outDir = fileURLToPath(new URL('../docs/images/', import.meta.url));

/** Calls the demo API as a demo employee (their demo token), for the request screenshots' set-up. */
async function asDemoUser(apiUrl, userId, method, path, body, headers = {}) {
  const response = await fetch(new URL(path, apiUrl), {
    method,
    headers: { authorization: `Bearer demo-${userId}`, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} as ${userId}: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * The pages to capture. `query` is added to the URL (`api` and `lang` are added for you); `ready` runs
 * in the page and returns true once it shows what it should (fresh data, not a loading state). `before`
 * runs once (in Node, with the API's URL) before a page's captures; `act` runs in the page after `ready`
 * (e.g. opens a dialog) and returns true once the page shows the result. `fullPage: false` captures only the
 * viewport.
 */
const PAGES = [
  {
    name: 'intranet',
    path: '/intranet-homepage/',
    query: { user: 'mehmet' },
    ready: () => {
      const meters = [...document.querySelectorAll('lb-budget-meter')];
      const metersReady =
        meters.length > 0 &&
        meters.every((meter) => {
          const root = meter.shadowRoot;
          return (
            root?.querySelector('[role="meter"]') &&
            !root.textContent.includes('Bijgewerkt') &&
            !root.textContent.includes('Updated at')
          );
        });
      const path = document.querySelector('lb-learning-path')?.shadowRoot;
      return metersReady && Boolean(path?.querySelector('[role="progressbar"]')) && !path.textContent.includes('€ …');
    },
  },
  {
    name: 'team',
    path: '/intranet-homepage/',
    query: { user: 'lisa' },
    ready: () => {
      const team = document.querySelector('lb-team-budget')?.shadowRoot;
      const meter = document.querySelector('lb-budget-meter')?.shadowRoot;
      return Boolean(team?.querySelector('[part="member"]') && meter?.querySelector('[part="team"]'));
    },
  },
  {
    name: 'hr',
    path: '/intranet-homepage/hr.html',
    query: { user: 'hanna' },
    ready: () =>
      document.querySelector('lb-budget-insights')?.shadowRoot?.querySelectorAll('[data-chart]').length === 4,
  },
  {
    name: 'finder',
    path: '/intranet-homepage/cursussen.html',
    query: { user: 'sanne' },
    ready: () => {
      const root = document.querySelector('lb-course-finder')?.shadowRoot;
      return Boolean(root?.querySelector('[part~="card"]') && root.querySelector('[part~="plan"]'));
    },
  },
  {
    // The "Aanvragen" dialog on Sanne's first course card.
    name: 'request-dialog',
    // The screen as the employee sees it: the modal dialog over the finder, not the whole long page.
    fullPage: false,
    path: '/intranet-homepage/cursussen.html',
    query: { user: 'sanne' },
    ready: () =>
      Boolean(document.querySelector('lb-course-finder')?.shadowRoot?.querySelector('[part="request-button"]')),
    act: () => {
      const finder = document.querySelector('lb-course-finder').shadowRoot;
      if (!finder.querySelector('lb-request-dialog')) finder.querySelector('[part="request-button"]').click();
      return Boolean(finder.querySelector('lb-request-dialog')?.shadowRoot?.querySelector('dialog[open] li'));
    },
  },
  {
    // Sanne asked for a leadership course her learning account helps pay: "Mijn aanvragen" says it waits for Lisa.
    name: 'my-requests',
    path: '/intranet-homepage/',
    query: { user: 'sanne' },
    before: async (apiUrl) => {
      const body = {
        courseId: 'lead-coachend-leidinggeven',
        offeringId: 'lead-coachend-leidinggeven-1',
        motivation: 'Ik word volgend jaar teamleider en wil mijn collega’s goed begeleiden.',
      };
      const request = await asDemoUser(apiUrl, 'sanne', 'POST', '/v1/me/requests', body, {
        'idempotency-key': 'screenshots-sanne-coachend-leidinggeven',
      });
      if (request.status !== 'submitted')
        throw new Error(`the demo request is ${request.status}, not waiting for Lisa`);
    },
    ready: () =>
      /Lisa/.test(
        document.querySelector('lb-my-requests')?.shadowRoot?.querySelector('[part="item"]')?.textContent ?? '',
      ),
  },
  {
    // Lisa's queue with Sanne's request.
    name: 'approvals',
    path: '/intranet-homepage/',
    query: { user: 'lisa' },
    ready: () =>
      /Sanne/.test(
        document.querySelector('lb-approvals')?.shadowRoot?.querySelector('[part="item"]')?.textContent ?? '',
      ),
  },
  {
    // After Lisa approved: Sanne sees it approved.
    name: 'request-approved',
    path: '/intranet-homepage/',
    query: { user: 'sanne' },
    before: async (apiUrl) => {
      const { items } = await asDemoUser(apiUrl, 'lisa', 'GET', '/v1/approvals');
      const request = items.find((item) => item.employee.id === 'sanne');
      await asDemoUser(
        apiUrl,
        'lisa',
        'POST',
        `/v1/approvals/${request.id}/decision`,
        { decision: 'approve' },
        { 'if-match': `"${request.version}"` },
      );
    },
    ready: () =>
      /Goedgekeurd|Approved/.test(
        document.querySelector('lb-my-requests')?.shadowRoot?.querySelector('[part="item"]')?.textContent ?? '',
      ),
  },
  {
    name: 'vendor',
    path: '/vendor-site/',
    query: {},
    ready: () => Boolean(document.querySelector('lb-course-finder')?.shadowRoot?.querySelector('[part~="card"]')),
  },
  {
    name: 'frame-host',
    path: '/frame-host/',
    query: { user: 'sanne' },
    // The frames are another origin: ready once each is sized to fresh content (height messages).
    ready: () => {
      const frames = [...document.querySelectorAll('lb-frame iframe')];
      return frames.length === 2 && frames.every((frame) => parseFloat(frame.style.blockSize) > 150);
    },
  },
];

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 360, height: 780 },
];

const LANGUAGES = ['nl', 'en'];

async function capture(browser, siteUrl, apiUrl, page, viewport, lang) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: lang,
  });
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  const url = new URL(page.path, siteUrl);
  for (const [key, value] of Object.entries({ ...page.query, api: apiUrl, lang })) url.searchParams.set(key, value);
  await tab.goto(url.href);
  await tab.waitForFunction(page.ready, undefined, { timeout: 20_000 });
  if (page.act) await tab.waitForFunction(page.act, undefined, { timeout: 20_000 });
  await tab.evaluate(() => document.fonts.ready);
  const file = `${outDir}${page.name}-${lang}-${viewport.name}.png`;
  await tab.screenshot({ path: file, fullPage: page.fullPage ?? true });
  await context.close();
  if (problems.length > 0) throw new Error(`${url.href} logged:\n  ${problems.join('\n  ')}`);
  return file;
}

const { startServer, DEMO_ORGANISATION_SIZE } = await import('../packages/server/dist/index.js');
const api = await startServer({ port: 0, seed: 'demo', organisation: DEMO_ORGANISATION_SIZE });
const site = await startStaticSite({ port: 0, apiOrigin: api.url });
const siteUrl = `http://127.0.0.1:${site.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let failed = false;
try {
  await mkdir(outDir, { recursive: true });
  const only = process.argv.slice(2);
  for (const page of PAGES.filter(({ name }) => only.length === 0 || only.includes(name))) {
    await page.before?.(api.url);
    for (const lang of LANGUAGES) {
      for (const viewport of VIEWPORTS) {
        const file = await capture(browser, siteUrl, api.url, page, viewport, lang);
        console.log(`saved ${file.slice(outDir.length - 'docs/images/'.length)}`);
      }
    }
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await browser.close();
  await new Promise((resolve) => site.close(resolve));
  await api.close();
}
process.exit(failed ? 1 : 0);

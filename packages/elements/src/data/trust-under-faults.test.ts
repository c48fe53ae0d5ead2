import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { callStore } from '@leerbudget/test-kit/servers';
import { dumpIndexedDb } from '@leerbudget/test-kit/storage';
import {
  collapse,
  demoUser,
  faultLog,
  programFaults,
  releaseHold,
  testServers,
  visibleText,
} from '../../test/helpers.js';
import '../define/budget-meter.js';
import '../define/course-finder.js';
import '../define/learning-path.js';
import { configure } from './configure.js';
import { clear, refresh } from './page-session.js';

const errors: string[] = [];
document.addEventListener('lb-error', (event) => {
  const error = event.detail.error as Error;
  errors.push(`${error.name}: ${error.message}`);
});

/** Waits until `condition` holds (polling), or fails after `ms` saying what every widget shows. */
async function until(condition: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) {
      const shown = [...document.querySelectorAll('lb-budget-meter, lb-learning-path')].map(visibleText);
      throw new Error(
        `timed out waiting; the widgets show ${JSON.stringify(shown)}; errors ${JSON.stringify(errors.slice(-3))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** How many requests a scenario saw, per path. */
async function counts(scenario: string): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const entry of await faultLog(scenario)) {
    const path = entry.path.split('?')[0]!;
    result[path] = (result[path] ?? 0) + 1;
  }
  return result;
}

/**
 * Signs `id` in with a fresh token provider: for the shared clients this is what a reload is (nobody is
 * known, `GET /v1/me` has not been asked), while IndexedDB keeps what the last visit stored.
 */
async function signIn(id: string, options: { userId?: string } = {}) {
  const { token } = await demoUser(id);
  const asked: boolean[] = [];
  configure({
    getToken: ({ refresh: refreshing }) => {
      asked.push(refreshing);
      return token;
    },
    userId: options.userId,
  });
  return asked;
}

const widgets = (base: string, cache = 'indexeddb') => html`<div style="inline-size: 320px">
  <lb-budget-meter api-base=${base} cache=${cache}></lb-budget-meter>
  <lb-learning-path api-base=${base} cache=${cache}></lb-learning-path>
  <lb-budget-meter api-base=${base} cache=${cache} variant="full"></lb-budget-meter>
</div>`;

const text = (root: Element) => [...root.querySelectorAll('lb-budget-meter, lb-learning-path')].map(visibleText);

const OFFLINE = { unreachable: true };

const settled = (root: Element) =>
  text(root).every(
    (shown) =>
      /(\d|uur) over|Volgende stap|alle stappen gedaan/.test(shown) &&
      !/Even geduld|Bijgewerkt|We rekenen de kosten uit|Opnieuw proberen/.test(shown),
  );

before(async () => {
  await testServers();
});

// Each test loads several pages' worth of widgets (and the 429 one waits out a 5 s Retry-After cap), so
// it gets more than the default 15 s on a busy machine. A limit, not a timed assertion.
beforeEach(function () {
  this.currentTest?.timeout(60_000);
});

describe('last known data without the network (issue 13, point 1)', () => {
  it('after a reload with the API unreachable: the same user’s last data, marked stale; never another user’s', async () => {
    const base = await programFaults('offline-reload', []);
    await signIn('mehmet', { userId: 'mehmet' });
    const first = await fixture(widgets(base));
    await until(() => settled(first));
    const fresh = text(first);
    first.remove();

    await programFaults('offline-reload', [], OFFLINE);
    await signIn('mehmet', { userId: 'mehmet' });
    const second = await fixture(widgets(base));
    await until(() => text(second).every((shown) => shown.includes('Je bent offline')));
    const [meter, route, full] = text(second);
    expect(meter)
      .to.include(fresh[0]!.match(/€ [\d.]+ over/)![0])
      .and.match(/Bijgewerkt om \d\d:\d\d\./);
    expect(route).to.include(collapse(fresh[1]!).match(/Je leerroute (.{20})/)![1]!);
    expect(full).to.match(/Bijgewerkt om/);
    // GET /v1/me and its two retries, shared by both resources; no personal request after it. (The route's
    // public course prices are asked on their own, each within its retry budget; their last retries may
    // still be under way when the offline notice shows, so wait until every path has had its three.)
    await until(async () => Object.values(await counts('offline-reload')).every((count) => count >= 3));
    const { '/v1/me': me, ...others } = await counts('offline-reload');
    expect(me).to.equal(3);
    expect(
      Object.keys(others).every((path) => path.startsWith('/v1/courses/')),
      Object.keys(others).join(),
    ).to.equal(true);
    expect(
      Object.values(others).every((count) => count === 3),
      JSON.stringify(others),
    ).to.equal(true);
    second.remove();

    // Someone else on this browser, still offline: nothing of mehmet's, not for one frame.
    await programFaults('offline-reload', [], OFFLINE);
    await signIn('sanne', { userId: 'sanne' });
    const third = await fixture(widgets(base));
    for (const shown of text(third)) expect(shown).not.to.include('Bijgewerkt');
    await until(() => text(third).every((shown) => shown.includes('leerbudget nu niet bereiken')));
    for (const shown of text(third)) expect(shown).not.to.include(fresh[0]!.match(/€ [\d.]+ over/)![0]);
    third.remove();
  });

  it('the meter shows cached numbers while /v1/me is held, then fresh ones (issue 20, point 4)', async () => {
    const base = await programFaults('held-me', []);
    await signIn('sanne', { userId: 'sanne' });
    const warm = await fixture(html`<lb-budget-meter api-base=${base}></lb-budget-meter>`);
    await until(() => visibleText(warm).includes(' over') && !visibleText(warm).includes('Bijgewerkt'));
    const figure = visibleText(warm).match(/€ [\d.]+ over/)![0];
    warm.remove();

    await programFaults('held-me', [{ proxy: true, hold: 'held-me', path: '/v1/me' }]);
    await signIn('sanne', { userId: 'sanne' });
    const meter = await fixture(html`<lb-budget-meter api-base=${base}></lb-budget-meter>`);
    await until(() => visibleText(meter).includes(figure));
    expect(visibleText(meter)).to.match(/Bijgewerkt om/);
    // Painted before any answer: at most the held /v1/me has arrived, nothing was answered.
    const log = await faultLog('held-me');
    expect(log.filter((entry) => entry.path !== '/v1/me' || entry.status !== undefined)).to.deep.equal([]);
    // Release only once the held request has arrived, or the release would come before the hold.
    await until(async () => (await faultLog('held-me')).some((entry) => entry.path === '/v1/me'));
    await releaseHold('held-me');
    await until(() => visibleText(meter).includes(figure) && !visibleText(meter).includes('Bijgewerkt'));
    expect(await counts('held-me')).to.deep.equal({ '/v1/me': 1, '/v1/me/budget': 1 });
    meter.remove();
  });
});

describe('one identity call per page (issue 13, point 2)', () => {
  const busy = {
    status: 503,
    headers: { 'content-type': 'application/problem+json' },
    body: '{"title":"Busy","status":503}',
  };

  it('503 on /v1/me: three widgets, two resources, one call and its two retries; nothing else', async () => {
    const base = await programFaults('me-503', [], { ...busy, path: undefined });
    await signIn('mehmet');
    const page = await fixture(widgets(base, 'memory'));
    await until(() => text(page).every((shown) => shown.includes('werkt nu even niet')));
    expect(await counts('me-503')).to.deep.equal({ '/v1/me': 3 });
    page.remove();
  });

  it('a permanent 401: one token refresh and one retry for the page, then "log opnieuw in"', async () => {
    const base = await programFaults('me-401', [], { status: 401, body: '{"title":"Unauthorized","status":401}' });
    const asked = await signIn('mehmet');
    const page = await fixture(widgets(base, 'memory'));
    await until(() => text(page).every((shown) => shown.includes('Log opnieuw in')));
    expect(await counts('me-401')).to.deep.equal({ '/v1/me': 2 });
    expect(asked).to.deep.equal([false, true]);
    page.remove();
  });

  it('403: asked once, not retried, "geen toegang"', async () => {
    const base = await programFaults('me-403', [], { status: 403, body: '{"title":"Forbidden","status":403}' });
    await signIn('mehmet');
    const page = await fixture(widgets(base, 'memory'));
    await until(() => text(page).every((shown) => shown.includes('geen toegang')));
    expect(await counts('me-403')).to.deep.equal({ '/v1/me': 1 });
    page.remove();
  });

  it('429 with a long Retry-After: waited up to the cap, two calls within the time limit, then the error state', async () => {
    const base = await programFaults('me-429', [], { status: 429, headers: { 'retry-after': '3600' }, body: '' });
    await signIn('mehmet');
    const page = await fixture(widgets(base, 'memory'));
    await until(() => text(page).every((shown) => shown.includes('Het laden duurt te lang')), 14_000);
    // Within the client's 10 s per call: the first call, one retry after the 5 s cap, then the time is up.
    expect(await counts('me-429')).to.deep.equal({ '/v1/me': 2 });
    page.remove();
  });
});

describe('recovery (issue 13, point 3)', () => {
  it('back online: every widget recovers by itself, one request per resource', async () => {
    const base = await programFaults('recover-online', [], OFFLINE);
    await signIn('mehmet');
    const page = await fixture(widgets(base, 'memory'));
    await until(() => text(page).every((shown) => shown.includes('leerbudget nu niet bereiken')));
    expect(await counts('recover-online')).to.deep.equal({ '/v1/me': 3 });

    await programFaults('recover-online', []);
    window.dispatchEvent(new Event('online'));
    await until(() => settled(page));
    const after = await counts('recover-online');
    expect(after).to.include({ '/v1/me': 1, '/v1/me/budget': 1, '/v1/me/learning-paths': 1 });
    // Shown again (no outage now): nothing is asked.
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await counts('recover-online')).to.deep.equal(after);
    page.remove();
  });

  it('refresh() revalidates every widget once; clear() drops what they show and wipes IndexedDB', async () => {
    const base = await programFaults('refresh-clear', []);
    await signIn('mehmet', { userId: 'mehmet' });
    const page = await fixture(widgets(base));
    await until(() => settled(page));
    await programFaults('refresh-clear', []);
    refresh();
    await until(
      async () => (await faultLog('refresh-clear')).filter((entry) => entry.status !== undefined).length >= 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await counts('refresh-clear')).to.deep.equal({ '/v1/me/budget': 1, '/v1/me/learning-paths': 1 });

    await clear();
    for (const shown of text(page)) expect(shown).not.to.include(' over');
    const personal = (await dumpIndexedDb()).filter(
      (row) => row.key.includes(`${base}:user:`) || row.key.endsWith(`${base}:current-user`),
    );
    expect(personal).to.deep.equal([]);
    await until(() => text(page).every((shown) => shown.includes('Log opnieuw in')));
    page.remove();
  });
});

describe('hostile lengths (issue 13, point 4)', () => {
  const long = (word: string) => `${word} `.repeat(10_000 / (word.length + 1)).trim();

  it('10,000-character texts are clamped at 320 px, the layout intact, the full text reachable by keyboard', async () => {
    const user = await demoUser('mehmet');
    await signIn('mehmet');
    const { apiBase } = await testServers();
    const budget = await (
      await fetch(`${apiBase}/v1/me/budget`, { headers: { authorization: `Bearer ${user.token}` } })
    ).json();
    const paths = await (
      await fetch(`${apiBase}/v1/me/learning-paths`, { headers: { authorization: `Bearer ${user.token}` } })
    ).json();
    budget.pots[0].name = long('Potnaam');
    budget.pots[0].funder.name = long('Fonds');
    const [path] = paths.items;
    path.title = long('Route');
    path.goal = long('Doel');
    for (const step of path.steps) step.title = long('Stap');
    const json = (body: unknown, at: string) => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      path: at,
    });
    const steps = [
      json(budget, '/v1/me/budget'),
      json(budget, '/v1/me/budget'),
      json({ items: [path] }, '/v1/me/learning-paths'),
    ];
    const base = await programFaults('hostile-lengths', steps);
    const page = await fixture(html`<div style="inline-size: 320px">
      <lb-budget-meter api-base=${base} cache="memory" variant="full"></lb-budget-meter>
      <lb-learning-path api-base=${base} cache="memory" variant="full"></lb-learning-path>
    </div>`);
    await until(() => text(page).every((shown) => shown.includes('Potnaam') || shown.includes('Route Route')));
    for (const widget of page.querySelectorAll<HTMLElement>('lb-budget-meter, lb-learning-path')) {
      await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const box = widget.getBoundingClientRect();
      expect(box.width).to.be.at.most(320);
      expect(box.height, `${widget.localName} height`).to.be.below(3_000);
      const base = widget.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth, `${widget.localName} has no sideways scroll`).to.be.at.most(base.clientWidth);
    }
    const [meter, route] = [...page.querySelectorAll('lb-budget-meter, lb-learning-path')];
    expect(meter!.shadowRoot!.textContent).to.include(budget.pots[0].name);
    const title = route!.shadowRoot!.querySelector<HTMLElement>('[part="title"] .lb-clamp')!;
    expect(title.textContent).to.equal(path.title);
    const clampedHeight = title.getBoundingClientRect().height;
    await until(() => title.tabIndex === 0); // given once measured as cut off
    title.focus();
    expect(title.getBoundingClientRect().height, 'the full title shows while focused').to.be.above(clampedHeight * 5);
    await expect(route).to.be.accessible();
    page.remove();
  });
});

describe('hostile lengths in the finder (issue 13, point 4)', () => {
  after(async () => {
    await callStore('deleteCourse', 'lange-aanbieder');
  });

  it('a 10,000-character provider name is clamped on the card, the layout intact at 320 px', async () => {
    const { apiBase } = await testServers();
    const { items } = await (await fetch(`${apiBase}/v1/courses?limit=1`)).json();
    const source = await (await fetch(`${apiBase}/v1/courses/${items[0].id}`)).json();
    const provider = { ...source.provider, name: `Aanbieder ${'Lang'.repeat(2_500)}` };
    await callStore('setCourseRaw', 'lange-aanbieder', {
      ...source,
      id: 'lange-aanbieder',
      title: 'Zeldzame zebracursus',
      provider,
    });
    const base = await programFaults('finder-long-provider', []);
    const wrapper = await fixture(html`<div style="inline-size: 320px">
      <lb-course-finder api-base=${base} cache="memory"></lb-course-finder>
    </div>`);
    const finder = wrapper.querySelector('lb-course-finder')!;
    const root = finder.shadowRoot!;
    await until(() => /gevonden/.test(root.textContent ?? ''));
    root.querySelector<HTMLInputElement>('input[type="search"], input')!.focus();
    await sendKeys({ type: 'zebracursus' });
    await until(() =>
      [...root.querySelectorAll('[part="card-title"]')].some((title) => title.textContent === 'Zeldzame zebracursus'),
    );
    const card = [...root.querySelectorAll<HTMLElement>('[part="card"]')].find((candidate) =>
      candidate.textContent!.includes('zebracursus'),
    )!;
    expect(card.querySelector('[part="provider"]')!.textContent).to.include(provider.name);
    expect(card.getBoundingClientRect().height, 'card height').to.be.below(1_000);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    wrapper.remove();
  });
});

describe('bad records reach the host (issue 13, point 5)', () => {
  it('one lb-issue per bad record with its id and field, one console warning per kind; the good ones shown', async () => {
    const user = await demoUser('mehmet');
    await signIn('mehmet');
    const { apiBase } = await testServers();
    const paths = await (
      await fetch(`${apiBase}/v1/me/learning-paths`, { headers: { authorization: `Bearer ${user.token}` } })
    ).json();
    const [good] = paths.items;
    const bad = (id: string) => ({ ...good, id, title: undefined });
    const body = JSON.stringify({ items: [bad('kapot-1'), good, bad('kapot-2')] });
    const base = await programFaults(
      'bad-records',
      [
        { proxy: true, path: '/v1/me' },
        { proxy: true, path: '/v1/me/budget' },
      ],
      { status: 200, headers: { 'content-type': 'application/json' }, body },
    );
    const issues: Array<{ id?: string; field: string; resource: string }> = [];
    const onIssue = (event: Event) => issues.push((event as CustomEvent).detail);
    document.addEventListener('lb-issue', onIssue);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const route = await fixture(html`<lb-learning-path api-base=${base} cache="memory"></lb-learning-path>`);
      await until(() => visibleText(route).includes(collapse(good.title)));
      expect(issues.map(({ resource, id, field }) => ({ resource, id, field }))).to.deep.equal([
        { resource: 'LearningPath', id: 'kapot-1', field: 'title' },
        { resource: 'LearningPath', id: 'kapot-2', field: 'title' },
      ]);
      expect(warnings.filter((warning) => warning.includes('LearningPath'))).to.have.length(1);
      route.remove();
    } finally {
      console.warn = original;
      document.removeEventListener('lb-issue', onIssue);
    }
  });
});

describe('CORS of the reference server (issue 13, point 7)', () => {
  it('a page on another origin may send the contract’s headers and read ETag', async () => {
    const { apiBase } = await testServers();
    expect(new URL(apiBase).origin).not.to.equal(location.origin);
    const headers = {
      authorization: 'Bearer demo-anna',
      'if-none-match': '"nothing"',
      'if-match': '"v1"',
      'idempotency-key': 'cors-check-1',
      'accept-language': 'nl',
    };
    const budget = await fetch(`${apiBase}/v1/me/budget`, { headers });
    expect(budget.status).to.equal(200);
    const catalogue = await fetch(`${apiBase}/v1/catalogue`);
    expect(catalogue.headers.get('etag'), 'ETag is exposed').to.match(/^(W\/)?".+"$/);
  });
});

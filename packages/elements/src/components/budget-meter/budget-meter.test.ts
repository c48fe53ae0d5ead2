import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Budget } from '@leerbudget/contract';
import { configure } from '../../data/configure.js';
import { VERSION } from '../../base/version.js';
import { LbElement } from '../../base/lb-element.js';
import {
  collapse,
  demoUser,
  euros,
  faultLog,
  budgetStep,
  longDate,
  BUDGET_PATH,
  nextBudgetLoad,
  nextError,
  programFaults,
  releaseHold,
  serverBudget,
  testServers,
  visibleText,
} from '../../../test/helpers.js';
import '../../define/budget-meter.js';
import type { LbBudgetMeter } from './budget-meter.component.js';

const DEMO_IDS = ['anna', 'sanne', 'mehmet', 'fatima', 'pieter', 'lisa', 'james'];

/** The employee's own money or hours: a team pot they manage is the team's, not theirs. */
function sum(budget: Budget, unit: 'money' | 'hours', field: 'available' | 'total'): number {
  return budget.pots
    .filter((pot) => pot.unit === unit && pot.kind !== 'team')
    .reduce((total, pot) => total + pot[field], 0);
}

async function signIn(id: string) {
  const user = await demoUser(id);
  configure({ getToken: () => user.token });
  return user;
}

function shadow(element: Element): ShadowRoot {
  return element.shadowRoot as ShadowRoot;
}

function meters(element: Element): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[role="meter"]')];
}

/** Renders a meter and waits until it shows fresh data (or an error). */
async function renderMeter(
  template: ReturnType<typeof html>,
  until: 'fresh' | 'error' = 'fresh',
): Promise<LbBudgetMeter> {
  const settled = until === 'fresh' ? nextBudgetLoad() : nextError();
  const element = await fixture<LbBudgetMeter>(template);
  await settled;
  await element.updateComplete;
  return element;
}

let apiBase: string;
before(async () => {
  ({ apiBase } = await testServers());
});

describe('<lb-budget-meter> with every demo employee (numbers from the reference server)', () => {
  for (const id of DEMO_IDS) {
    it(`${id}: compact shows the total left, full shows every pot`, async () => {
      const user = await signIn(id);
      const budget = await serverBudget(user);
      const element = await renderMeter(
        html`<lb-budget-meter lang="nl" api-base=${apiBase} cache="memory"></lb-budget-meter>`,
      );
      const compact = visibleText(element);
      if (budget.pots.length === 0) {
        expect(compact).to.include('Je hebt nu geen leerbudget');
        expect(meters(element)).to.have.length(0);
        return;
      }
      const moneyLeft = sum(budget, 'money', 'available');
      if (moneyLeft > 0) {
        expect(compact).to.include(`${euros(moneyLeft)} over`);
        expect(compact).to.include(`van ${euros(sum(budget, 'money', 'total'))}`);
      }
      if (sum(budget, 'hours', 'total') > 0) expect(compact).to.include(`${sum(budget, 'hours', 'available')} uur`);

      element.variant = 'full';
      await element.updateComplete;
      const full = visibleText(element);
      for (const pot of budget.pots) {
        expect(full).to.include(collapse(pot.name));
        expect(full).to.include(collapse(pot.funder.name));
        const left = pot.unit === 'money' ? euros(pot.available) : `${pot.available} uur`;
        expect(full).to.include(`${left} over`);
      }
      expect(meters(element)).to.have.length(budget.pots.length);
      await expect(element).to.be.accessible();
    });
  }
});

describe('<lb-budget-meter> with a team pot (Lisa manages one)', () => {
  for (const variant of ['compact', 'full'] as const) {
    it(`${variant}: the team pot is "Teambudget dat jij beheert", apart, and not in "Je leerbudget"`, async () => {
      const user = await signIn('lisa');
      const budget = await serverBudget(user);
      const team = budget.pots.find((pot) => pot.kind === 'team')!;
      const own = budget.pots.filter((pot) => pot.kind !== 'team');
      const element = await renderMeter(
        html`<lb-budget-meter api-base=${apiBase} cache="memory" variant=${variant}></lb-budget-meter>`,
      );
      const ownLeft = own.reduce((total, pot) => total + pot.available, 0);
      const section = shadow(element).querySelector<HTMLElement>('[part="team"]')!;
      expect(section, 'team section').to.exist;
      expect(collapse(section.textContent ?? '')).to.include('Teambudget dat jij beheert');
      expect(collapse(section.textContent ?? '')).to.include(`${euros(team.available)} over`);
      // The headline figure and the first meter are Lisa's own money only.
      const headline = shadow(element).querySelector('.figure')!;
      expect(collapse(headline.textContent ?? '')).to.include(`${euros(ownLeft)} over`);
      expect(collapse(headline.textContent ?? '')).not.to.include(euros(ownLeft + team.available));
      const [first] = meters(element);
      expect(first!.closest('[part="team"]')).to.equal(null);
      expect(first!.getAttribute('aria-valuenow')).to.equal(String(ownLeft / 100));
      expect(section.querySelector('[role="meter"]')!.getAttribute('aria-label')).to.equal(team.name);
      if (variant === 'full') {
        // The team pot pays only for the department's own course list (policy in-catalogue).
        const rules = [...section.querySelectorAll('[part="pot-rules"] li')].map((li) => collapse(li.textContent!));
        expect(rules).to.include('Alleen cursussen van de eigen lijst van je werkgever.');
      }
      await expect(element).to.be.accessible();
    });
  }
});

describe('<lb-budget-meter> language', () => {
  it("speaks its own lang first, then the signed-in employee's language from /v1/me, before the page's lang", async () => {
    const user = await signIn('james'); // GET /v1/me answers locale "en"
    const budget = await serverBudget(user);
    const left = sum(budget, 'money', 'available');
    const loaded = nextBudgetLoad();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
      <lb-budget-meter id="nl" lang="nl" api-base=${apiBase} cache="memory"></lb-budget-meter>
      <lb-budget-meter id="employee" api-base=${apiBase} cache="memory"></lb-budget-meter>
    </div>`);
    await loaded;
    const [nl, employee] = ['nl', 'employee'].map((id) => wrapper.querySelector(`#${id}`) as LbBudgetMeter);
    await waitUntil(() => visibleText(employee!).includes('Your learning budget'));
    expect(visibleText(employee!)).to.include(`${euros(left, 'en-GB')} left`);
    expect(shadow(employee!).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect(visibleText(nl!))
      .to.include('Je leerbudget')
      .and.include(`${euros(left)} over`);
    expect(shadow(nl!).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('nl');
  });

  it('a Dutch employee on an English page reads Dutch; configure({ lang }) wins over both', async () => {
    await signIn('anna'); // GET /v1/me answers locale "nl"
    const loaded = nextBudgetLoad();
    const wrapper = await fixture<HTMLDivElement>(html`<section lang="en-GB">
      <lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>
    </section>`);
    await loaded;
    const element = wrapper.querySelector('lb-budget-meter') as LbBudgetMeter;
    await element.updateComplete;
    expect(visibleText(element)).to.include('Je leerbudget');
    configure({ lang: 'en' });
    try {
      await waitUntil(() => visibleText(element).includes('Your learning budget'));
    } finally {
      configure({ lang: undefined });
    }
  });

  it('re-renders when the page switches language (nobody signed in, so the page decides)', async () => {
    configure({ getToken: () => null });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const failed = nextError();
    const element = document.createElement('lb-budget-meter');
    element.setAttribute('api-base', apiBase);
    element.cache = 'memory';
    wrapper.append(element);
    await failed;
    await element.updateComplete;
    expect(visibleText(element)).to.include('Je leerbudget');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve)); // the MutationObserver runs as a microtask
    await element.updateComplete;
    expect(visibleText(element)).to.include('Your learning budget');
  });

  it('warns once about an unsupported lang and falls back', async () => {
    await signIn('anna');
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const element = await renderMeter(
        html`<lb-budget-meter lang="xx-hostile" api-base=${apiBase} cache="memory"></lb-budget-meter>`,
      );
      element.requestUpdate();
      await element.updateComplete;
      expect(visibleText(element)).to.include('Je leerbudget');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((warning) => String(warning).includes('xx-hostile'))).to.have.length(1);
  });
});

describe('<lb-budget-meter> meter semantics', () => {
  it('has role="meter" with a value text that reads the amount, the total and the expiry in words', async () => {
    const user = await signIn('anna');
    const budget = await serverBudget(user);
    const pot = budget.pots[0]!;
    const element = await renderMeter(html`<lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>`);
    const [meter] = meters(element);
    const date = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${pot.expiresAt}T00:00:00Z`));
    expect(collapse(meter!.getAttribute('aria-valuetext')!)).to.equal(
      `${euros(pot.available)} van ${euros(pot.total)} over. Je kunt het gebruiken tot en met ${date}.`,
    );
    expect(meter!.getAttribute('aria-label')).to.equal('Je leerbudget');
    expect(Number(meter!.getAttribute('aria-valuenow'))).to.equal(pot.available / 100);
    expect(Number(meter!.getAttribute('aria-valuemax'))).to.equal(pot.total / 100);
  });

  it('nudges about money that expires soon, visibly and in the value text', async () => {
    const user = await signIn('mehmet');
    const budget = await serverBudget(user);
    const soonest = [...budget.pots].sort((a, b) => (a.expiresAt ?? '9').localeCompare(b.expiresAt ?? '9'))[0]!;
    const element = await renderMeter(html`<lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>`);
    const nudge = shadow(element).querySelector('[part="nudge"]');
    expect(collapse(nudge!.textContent!)).to.match(
      new RegExp(`^Let op: ${euros(soonest.available)} kun je gebruiken tot en met \\d+ \\w+`),
    );
    expect(collapse(meters(element)[0]!.getAttribute('aria-valuetext')!)).to.include(
      `${euros(soonest.available)} daarvan kun je gebruiken tot en met ${longDate(soonest.expiresAt!)}.`,
    );
  });

  it('never draws outside 0–100 % when the API sends impossible numbers', async () => {
    await signIn('anna');
    const base = await programFaults('meter-impossible', [
      budgetStep({
        userId: 'anna',
        asOf: new Date().toISOString(),
        pots: [
          {
            id: 'a',
            name: 'Te veel',
            kind: 'personal',
            funder: { name: 'X' },
            unit: 'money',
            currency: 'EUR',
            total: 1000,
            spent: 0,
            reserved: 0,
            available: 5000,
            validFrom: null,
            expiresAt: null,
            priority: 1,
          },
          {
            id: 'b',
            name: 'Leeg',
            kind: 'personal',
            funder: { name: 'X' },
            unit: 'money',
            currency: 'EUR',
            total: 0,
            spent: 0,
            reserved: 0,
            available: 0,
            validFrom: null,
            expiresAt: null,
            priority: 2,
          },
        ],
      }),
    ]);
    const element = await renderMeter(
      html`<lb-budget-meter variant="full" api-base=${base} cache="memory"></lb-budget-meter>`,
    );
    for (const fill of shadow(element).querySelectorAll<HTMLElement>('[part="fill"]')) {
      const width = parseFloat(fill.style.inlineSize);
      expect(width).to.be.within(0, 100);
      const track = fill.parentElement!.getBoundingClientRect().width;
      expect(fill.getBoundingClientRect().width).to.be.at.most(track + 0.5);
    }
  });
});

describe('<lb-budget-meter> states', () => {
  it('loading: a polite status, accessible', async () => {
    await signIn('anna');
    const base = await programFaults('meter-loading', [], { hang: true });
    const element = await fixture<LbBudgetMeter>(
      html`<lb-budget-meter api-base=${base} cache="memory"></lb-budget-meter>`,
    );
    const status = shadow(element).querySelector('[part~="state-loading"]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(visibleText(element)).to.include('Even geduld');
    await expect(element).to.be.accessible();
  });

  it('empty: says there is no budget and what to do, accessible', async () => {
    await signIn('pieter');
    const element = await renderMeter(
      html`<lb-budget-meter api-base=${apiBase} cache="memory" finder-href="/cursussen"></lb-budget-meter>`,
    );
    expect(visibleText(element)).to.include('Vraag je leidinggevende');
    await expect(element).to.be.accessible();
  });

  it('error: says what happened in plain words, offers a retry that works, accessible', async () => {
    await signIn('anna');
    // 501: the server fails without a retry of its own (503 would be retried by the SDK first).
    const base = await programFaults('meter-error', [{ status: 501, body: '', path: BUDGET_PATH }]);
    const element = await renderMeter(
      html`<lb-budget-meter api-base=${base} cache="memory"></lb-budget-meter>`,
      'error',
    );
    // The server is down: the text says so, and does not blame the employee's internet.
    expect(visibleText(element)).to.include('werkt nu even niet').and.include('ligt niet aan jou');
    expect(visibleText(element)).not.to.include('internet');
    await expect(element).to.be.accessible();
    const loaded = nextBudgetLoad();
    shadow(element).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await loaded;
    await element.updateComplete;
    expect(visibleText(element)).to.include(`${euros(75000)} over`);
  });

  it('stale: cached numbers stay with "Bijgewerkt om …" and a retry when the refresh fails, accessible', async () => {
    await signIn('anna');
    const base = await programFaults('meter-stale', []);
    const first = await renderMeter(html`<lb-budget-meter api-base=${base}></lb-budget-meter>`);
    first.remove();
    await programFaults('meter-stale', [{ status: 501, body: '' }]);
    const failed = nextError();
    const element = await fixture<LbBudgetMeter>(html`<lb-budget-meter api-base=${base}></lb-budget-meter>`);
    expect((await failed).detail.stale).to.equal(true);
    await element.updateComplete;
    const text = visibleText(element);
    expect(text).to.include(`${euros(75000)} over`);
    expect(text).to.match(/Bijgewerkt om \d\d:\d\d\./);
    expect(shadow(element).querySelector('[part="retry-button"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('not configured: a hostile api-base gives one warning and a plain error, never a request', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const element = await renderMeter(
        html`<lb-budget-meter api-base="javascript:alert(1)"></lb-budget-meter>`,
        'error',
      );
      element.requestUpdate();
      await element.updateComplete;
      expect(visibleText(element)).to.include('niet goed ingesteld');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((warning) => String(warning).includes('javascript:alert(1)'))).to.have.length(1);
  });
});

describe('<lb-budget-meter> lifecycle', () => {
  it('removing the element aborts its requests and starts no new ones', async () => {
    await signIn('anna');
    const signals: AbortSignal[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      if (signal) signals.push(signal);
      return originalFetch(input, init);
    };
    try {
      const base = await programFaults('meter-remove', [{ proxy: true }], { hang: true });
      const element = await fixture<LbBudgetMeter>(
        html`<lb-budget-meter api-base=${base} cache="memory"></lb-budget-meter>`,
      );
      await new Promise<void>((resolve) => {
        const check = async () => ((await faultLog('meter-remove')).length >= 2 ? resolve() : setTimeout(check, 20));
        void check();
      });
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(signals.length).to.be.at.least(2);
      expect(signals.at(-1)!.aborted, 'the hanging budget request').to.equal(true);
      expect((await faultLog('meter-remove')).map((entry) => entry.path)).to.deep.equal(['/v1/me', '/v1/me/budget']);
    } finally {
      window.fetch = originalFetch;
    }
  });
});

describe('<lb-budget-meter> stale-while-revalidate', () => {
  it('shows the cached budget before the network answers', async () => {
    await signIn('sanne');
    const base = await programFaults('meter-swr', []);
    const warm = await renderMeter(html`<lb-budget-meter api-base=${base}></lb-budget-meter>`);
    const expected = visibleText(warm).match(/€ [\d.]+ over/)![0];
    warm.remove();
    await programFaults('meter-swr', [{ proxy: true, hold: 'meter-swr-budget' }]);
    const cached = nextBudgetLoad((event) => event.detail.stale);
    const started = performance.now();
    const element = await fixture<LbBudgetMeter>(html`<lb-budget-meter api-base=${base}></lb-budget-meter>`);
    await cached;
    await element.updateComplete;
    const elapsed = performance.now() - started;
    expect(visibleText(element))
      .to.include(expected)
      .and.match(/Bijgewerkt om/);
    console.log(`cached render (same page, response held): ${elapsed.toFixed(1)} ms`);
    const fresh = nextBudgetLoad();
    // Release only once the held request has arrived, or the release would come before the hold.
    while (!(await faultLog('meter-swr')).some((entry) => entry.path === '/v1/me/budget')) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await releaseHold('meter-swr-budget');
    await fresh;
    await element.updateComplete;
    expect(visibleText(element)).not.to.match(/Bijgewerkt om/);
  });
});

describe('<lb-budget-meter> security', () => {
  it('renders a hostile pot name as text', async () => {
    await signIn('anna');
    const hostile = '<img src=x onerror="window.__lbPwned=true">';
    const base = await programFaults('meter-xss', [
      budgetStep({
        userId: 'anna',
        asOf: new Date().toISOString(),
        pots: [
          {
            id: 'x',
            name: hostile,
            kind: 'personal',
            funder: { name: '<script>window.__lbPwned=true</script>' },
            unit: 'money',
            currency: 'EUR',
            total: 1000,
            spent: 0,
            reserved: 0,
            available: 1000,
            validFrom: null,
            expiresAt: null,
            priority: 1,
          },
        ],
      }),
    ]);
    const element = await renderMeter(
      html`<lb-budget-meter variant="full" api-base=${base} cache="memory"></lb-budget-meter>`,
    );
    expect(shadow(element).querySelector('img, script')).to.equal(null);
    expect(shadow(element).querySelector('[part="pot-name"]')!.textContent).to.equal(hostile);
    expect((window as { __lbPwned?: boolean }).__lbPwned).to.equal(undefined);
  });

  it('does not use a javascript: finder-href as a link (one warning), but keeps https: and relative ones', async () => {
    await signIn('anna');
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const hostile = ' JaVaScRiPt:alert(1)';
      const element = await renderMeter(
        html`<lb-budget-meter finder-href=${hostile} api-base=${apiBase} cache="memory"></lb-budget-meter>`,
      );
      element.requestUpdate();
      await element.updateComplete;
      expect(shadow(element).querySelector('a')).to.equal(null);
      expect(warnings.filter((warning) => String(warning).includes('finder-href'))).to.have.length(1);
      for (const [value, expected] of [
        ['cursussen.html', new URL('cursussen.html', document.baseURI).href],
        ['https://leren.example.nl/cursussen', 'https://leren.example.nl/cursussen'],
        ['data:text/html,hi', null],
        ['//evil.example/x', null],
      ] as const) {
        element.finderHref = value;
        await element.updateComplete;
        expect(shadow(element).querySelector('a')?.href ?? null, value).to.equal(expected);
      }
    } finally {
      console.warn = original;
    }
  });
});

describe('<lb-budget-meter> user switch', () => {
  it("never shows user A's numbers once user B is signed in, not for one frame", async () => {
    await signIn('mehmet');
    const base = await programFaults('meter-switch', []);
    const element = await renderMeter(html`<lb-budget-meter api-base=${base}></lb-budget-meter>`);
    const mehmetAmount = visibleText(element).match(/€ [\d.]+ over/)![0];
    const seen: string[] = [];
    const record = () =>
      seen.push(
        `${visibleText(element)} | ${meters(element)
          .map((meter) => meter.getAttribute('aria-valuetext'))
          .join(' | ')}`,
      );
    const observer = new MutationObserver(record);
    observer.observe(shadow(element), { subtree: true, childList: true, characterData: true, attributes: true });
    let sampling = true;
    const sample = () => {
      if (!sampling) return;
      record();
      requestAnimationFrame(sample);
    };
    const loaded = nextBudgetLoad();
    const anna = await demoUser('anna');
    configure({ getToken: () => anna.token });
    requestAnimationFrame(sample);
    await loaded;
    await element.updateComplete;
    sampling = false;
    observer.disconnect();
    record();
    expect(seen.length).to.be.greaterThan(1);
    expect(seen.filter((snapshot) => snapshot.includes(mehmetAmount))).to.deep.equal([]);
    expect(visibleText(element)).to.include(`${euros(75000)} over`);
  });
});

describe('<lb-budget-meter> keyboard, theming and registration', () => {
  it('every control is reachable with Tab and shows focus', async () => {
    await signIn('anna');
    const base = await programFaults('meter-keyboard', [{ status: 501, body: '', path: BUDGET_PATH }]);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">voor</button>
      <lb-budget-meter id="error" api-base=${base} cache="memory"></lb-budget-meter>
      <lb-budget-meter id="full" variant="full" finder-href="cursussen.html" api-base=${apiBase} cache="memory"></lb-budget-meter>
    </div>`);
    const errorMeter = wrapper.querySelector<LbBudgetMeter>('#error')!;
    const fullMeter = wrapper.querySelector<LbBudgetMeter>('#full')!;
    await new Promise<void>((resolve) => {
      const check = () =>
        shadow(errorMeter).querySelector('button') && shadow(fullMeter).querySelector('a')
          ? resolve()
          : setTimeout(check, 20);
      check();
    });
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const retry = shadow(errorMeter).activeElement as HTMLElement;
    expect(retry?.getAttribute('part')).to.equal('retry-button');
    expect(getComputedStyle(retry).outlineStyle).to.equal('solid');
    expect(retry.getBoundingClientRect().height).to.be.at.least(24);
    await sendKeys({ press: 'Tab' });
    const link = shadow(fullMeter).activeElement as HTMLElement;
    expect(link?.getAttribute('part')).to.equal('finder-link');
    expect(link.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('setting --lb-color-primary on :root changes the bar colour', async () => {
    await signIn('anna');
    const element = await renderMeter(html`<lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>`);
    const fill = shadow(element).querySelector('[part="fill"]')!;
    expect(getComputedStyle(fill).backgroundColor).to.equal('rgb(11, 107, 203)');
    document.documentElement.style.setProperty('--lb-color-primary', 'rgb(120, 20, 90)');
    try {
      expect(getComputedStyle(fill).backgroundColor).to.equal('rgb(120, 20, 90)');
    } finally {
      document.documentElement.style.removeProperty('--lb-color-primary');
    }
  });

  it('stays readable when the host page shrinks its root font size', async () => {
    await signIn('anna');
    document.documentElement.style.fontSize = '10px';
    try {
      const element = await renderMeter(html`<lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>`);
      expect(parseFloat(getComputedStyle(shadow(element).querySelector('[part="label"]')!).fontSize)).to.be.at.least(
        14,
      );
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('a second define is a no-op for the same version and one warning for another, never a throw', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      expect(
        LbElement.define.call(customElements.get('lb-budget-meter') as typeof LbElement, 'lb-budget-meter'),
      ).to.equal(false);
      expect(warnings).to.have.length(0);
      class OtherVersion extends LbElement {
        static override readonly version = '9.9.9';
      }
      expect(OtherVersion.define('lb-budget-meter')).to.equal(false);
      expect(OtherVersion.define('lb-budget-meter')).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.include('9.9.9').and.include(VERSION);
  });

  it('VERSION matches package.json', async () => {
    const manifest = (await (await fetch('/packages/elements/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(manifest.version);
  });
});

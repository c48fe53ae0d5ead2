/**
 * The findings of the expert audit (issue 14), one test each, against the real reference server. Each
 * test fails on the code before the fix: the contrast is computed, focus targets are asserted, the
 * forced-colors check reads pixels of a real screenshot.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Budget } from '@leerbudget/contract';
import { configure } from './data/configure.js';
import {
  collapse,
  contrastRatio,
  demoUser,
  emulateForcedColors,
  euros,
  longDate,
  nextBudgetLoad,
  nextError,
  programFaults,
  screenshotPixels,
  serverBudget,
  setBrowserFontSize,
  testServers,
  visibleText,
  BUDGET_PATH,
} from '../test/helpers.js';
import './define/all.js';
import type { LbBudgetMeter } from './components/budget-meter/budget-meter.component.js';
import type { LbCourseFinder } from './components/course-finder/course-finder.component.js';
import type { LbLearningPath } from './components/learning-path/learning-path.component.js';

let apiBase: string;
before(async () => {
  ({ apiBase } = await testServers());
});
afterEach(() => configure({ getToken: undefined, signInUrl: undefined }));

async function signIn(id: string) {
  const user = await demoUser(id);
  configure({ getToken: () => user.token });
  return user;
}

function shadow(element: Element): ShadowRoot {
  return element.shadowRoot as ShadowRoot;
}

function part(element: Element, name: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Resolves once the finder shows its result count. */
async function finderReady(element: LbCourseFinder): Promise<void> {
  await waitUntil(() => /gevonden|found/.test(collapse(part(element, 'count')?.textContent ?? '')), 'no results', {
    timeout: 20_000,
  });
  await element.updateComplete;
}

async function renderFinder(template: ReturnType<typeof html>): Promise<LbCourseFinder> {
  const wrapper = await fixture<HTMLElement>(template);
  const element = (wrapper.localName === 'lb-course-finder' ? wrapper : wrapper.querySelector('lb-course-finder'))!;
  await finderReady(element as LbCourseFinder);
  return element as LbCourseFinder;
}

async function renderMeter(template: ReturnType<typeof html>, until: 'fresh' | 'error' = 'fresh') {
  const settled = until === 'fresh' ? nextBudgetLoad() : nextError();
  const element = await fixture<LbBudgetMeter>(template);
  await settled;
  await element.updateComplete;
  return element;
}

/** The focused element inside `element`'s shadow root, when the page's focus is on `element`. */
function focusedInside(element: Element): Element | null {
  return document.activeElement === element ? shadow(element).activeElement : null;
}

function money(budget: Budget) {
  return budget.pots.filter((pot) => pot.unit === 'money');
}

/** The value text the meter must speak for a total: what is left, and what expires first and when. */
function expectedTotalText(budget: Budget): string {
  const pots = money(budget);
  const available = pots.reduce((sum, pot) => sum + pot.available, 0);
  const total = pots.reduce((sum, pot) => sum + pot.total, 0);
  const expiring = pots.filter((pot) => pot.available > 0 && pot.expiresAt !== null);
  const lastDay = expiring.map((pot) => pot.expiresAt!.slice(0, 10)).sort()[0];
  const left = `${euros(available)} van ${euros(total)} over.`;
  if (!lastDay) return left;
  const expires = expiring
    .filter((pot) => pot.expiresAt!.slice(0, 10) === lastDay)
    .reduce((sum, pot) => sum + pot.available, 0);
  return expires >= available
    ? `${left} Je kunt het gebruiken tot en met ${longDate(lastDay)}.`
    : `${left} ${euros(expires)} daarvan kun je gebruiken tot en met ${longDate(lastDay)}.`;
}

describe('audit: control borders', () => {
  it('every field, select and search box has a border of at least 3:1 against its background', async () => {
    await signIn('anna');
    const element = await renderFinder(html`<lb-course-finder api-base=${apiBase} cache="memory"></lb-course-finder>`);
    const controls = [
      ...shadow(element).querySelectorAll<HTMLElement>('input[type="text"], input[type="number"], select'),
    ];
    expect(controls.length).to.be.at.least(4);
    for (const control of controls) {
      const style = getComputedStyle(control);
      const ratio = contrastRatio(style.borderTopColor, style.backgroundColor);
      expect(ratio, `${control.outerHTML.slice(0, 60)} border ${style.borderTopColor}`).to.be.at.least(3);
    }
  });
});

describe('audit: the meter speaks the truth', () => {
  for (const id of ['mehmet', 'sanne']) {
    it(`${id}: the total's value text names the amount that expires first and its last day`, async () => {
      const user = await signIn(id);
      const budget = await serverBudget(user);
      const element = await renderMeter(html`<lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>`);
      const meter = shadow(element).querySelector('[role="meter"]')!;
      expect(collapse(meter.getAttribute('aria-valuetext')!)).to.equal(expectedTotalText(budget));
    });
  }

  it('mehmet: only € 450 of his total expires in 21 days, and the value text says so', async () => {
    const user = await signIn('mehmet');
    const budget = await serverBudget(user);
    const personal = budget.pots.find((pot) => pot.id === 'mehmet-personal')!;
    const element = await renderMeter(html`<lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>`);
    const text = collapse(shadow(element).querySelector('[role="meter"]')!.getAttribute('aria-valuetext')!);
    expect(text).to.include(`${euros(personal.available)} daarvan kun je gebruiken tot en met`);
    expect(text).not.to.include('geldig tot');
  });

  it('fatima: an hours budget speaks hours, and each pot speaks its own last day', async () => {
    const user = await signIn('fatima');
    const budget = await serverBudget(user);
    const hours = budget.pots.filter((pot) => pot.unit === 'hours');
    const element = await renderMeter(
      html`<lb-budget-meter variant="full" api-base=${apiBase} cache="memory"></lb-budget-meter>`,
    );
    const potMeters = [...shadow(element).querySelectorAll('[part="pot"] [role="meter"]')];
    expect(potMeters).to.have.length(budget.pots.length);
    for (const [index, pot] of budget.pots.entries()) {
      if (pot.unit !== 'hours') continue;
      const text = collapse(potMeters[index]!.getAttribute('aria-valuetext')!);
      expect(text).to.match(new RegExp(`^${pot.available} uur van ${pot.total} uur over\\.`));
      if (pot.expiresAt && pot.available > 0) expect(text).to.include(`tot en met ${longDate(pot.expiresAt)}`);
      expect(text).not.to.include('€');
    }
    expect(hours.length).to.be.at.least(1);
    expect(visibleText(element)).not.to.include('Betaald door');
  });
});

describe('audit: focus never falls to the page top', () => {
  it('"Opnieuw proberen" in the meter: focus moves to the widget heading', async () => {
    await signIn('anna');
    const base = await programFaults('audit-meter-retry', [{ status: 501, body: '', path: BUDGET_PATH }]);
    const element = await renderMeter(
      html`<lb-budget-meter api-base=${base} cache="memory"></lb-budget-meter>`,
      'error',
    );
    const retry = part(element, 'retry-button')!;
    retry.focus();
    const loaded = nextBudgetLoad();
    retry.click();
    await loaded;
    await element.updateComplete;
    expect(retry.isConnected).to.equal(false);
    expect(focusedInside(element)).to.equal(part(element, 'label'));
  });

  it('"Opnieuw proberen" in the learning path: focus moves to the widget heading', async () => {
    await signIn('mehmet');
    const base = await programFaults('audit-path-retry', [{ status: 501, body: '', path: '/v1/me/learning-paths' }]);
    const failed = nextError();
    const element = await fixture<LbLearningPath>(
      html`<lb-learning-path api-base=${base} cache="memory"></lb-learning-path>`,
    );
    await failed;
    await element.updateComplete;
    const retry = part(element, 'retry-button')!;
    retry.focus();
    retry.click();
    await waitUntil(() => !retry.isConnected, 'the retry button stays', { timeout: 20_000 });
    await element.updateComplete;
    expect(focusedInside(element)).to.equal(part(element, 'label'));
  });

  it('"Wis alle filters" in the panel: focus moves to the filters heading', async () => {
    const element = await renderFinder(html`<lb-course-finder api-base=${apiBase} cache="memory"></lb-course-finder>`);
    shadow(element).querySelector<HTMLInputElement>('[part="facet-group"] input[type="checkbox"]')!.click();
    await element.updateComplete;
    const clear = part(element, 'clear-filters')!;
    clear.focus();
    clear.click();
    await element.updateComplete;
    expect(clear.isConnected).to.equal(false);
    expect(focusedInside(element)?.id).to.equal('finder-filters-title');
  });

  it('"Wis alle filters" when nothing is found: focus moves to the result count', async () => {
    const element = await renderFinder(html`<lb-course-finder api-base=${apiBase} cache="memory"></lb-course-finder>`);
    shadow(element).querySelector<HTMLInputElement>('input[role="combobox"]')!.focus();
    await sendKeys({ type: 'qqqxxzz' });
    await waitUntil(() => visibleText(element).includes('We vinden geen cursussen'), 'still results');
    const clear = shadow(element).querySelector<HTMLElement>('[part~="state-empty"] button')!;
    clear.focus();
    clear.click();
    await element.updateComplete;
    expect(clear.isConnected).to.equal(false);
    expect(focusedInside(element)?.id).to.equal('finder-results-title');
  });
});

describe('audit: results are reachable', () => {
  it('"Naar de resultaten (n)" moves focus to the results; filter groups fold shut', async () => {
    const element = await renderFinder(html`<lb-course-finder api-base=${apiBase} cache="memory"></lb-course-finder>`);
    const skip = shadow(element).querySelector<HTMLAnchorElement>('.skip-link')!;
    const count = collapse(part(element, 'count')!.textContent!).match(/^[\d.]+/)![0];
    expect(collapse(skip.textContent!)).to.equal(`Naar de resultaten (${count})`);
    skip.click();
    expect(focusedInside(element)?.id).to.equal('finder-results-title');

    const group = part(element, 'facet-group')!;
    const toggle = group.querySelector<HTMLButtonElement>('legend button')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const before = group.querySelectorAll('input').length;
    expect(before).to.be.above(0);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(group.querySelectorAll('input')).to.have.length(0);
  });

  it('in a narrow container the results come first, the filters behind "Filters (n)"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
      <lb-course-finder api-base=${apiBase} cache="memory"></lb-course-finder>
    </div>`);
    const element = wrapper.querySelector<LbCourseFinder>('lb-course-finder')!;
    await finderReady(element);
    const toggle = part(element, 'filters-toggle')!;
    const filters = part(element, 'filters')!;
    const firstCard = part(element, 'card')!;
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(collapse(toggle.textContent!)).to.equal('Filters (0)');
    expect(filters.getBoundingClientRect().height).to.equal(0);
    const top = element.getBoundingClientRect().top;
    expect(firstCard.getBoundingClientRect().top - top).to.be.below(600);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(filters.getBoundingClientRect().height).to.be.above(0);

    const wide = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
      <lb-course-finder api-base=${apiBase} cache="memory"></lb-course-finder>
    </div>`);
    const wideFinder = wide.querySelector<LbCourseFinder>('lb-course-finder')!;
    await finderReady(wideFinder);
    expect(getComputedStyle(part(wideFinder, 'filters-toggle')!).display).to.equal('none');
    expect(part(wideFinder, 'filters')!.getBoundingClientRect().height).to.be.above(0);
  });
});

describe('audit: Windows contrast themes', () => {
  it('the bar keeps its fill in a forced-colors screenshot', async () => {
    await signIn('anna'); // € 750 of € 1.000: three quarters filled
    const element = await renderMeter(html`<lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>`);
    const track = part(element, 'track')!;
    await emulateForcedColors(true);
    try {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const pixels = await screenshotPixels(track);
      const at = (fraction: number) => {
        const x = Math.floor(pixels.width * fraction);
        const y = Math.floor(pixels.height / 2);
        const offset = (y * pixels.width + x) * 4;
        return [...pixels.data.slice(offset, offset + 3)];
      };
      const filled = at(0.35);
      const empty = at(0.92);
      const difference = filled.reduce((sum, value, index) => sum + Math.abs(value - empty[index]!), 0);
      expect(difference, `filled ${filled.join(',')} vs empty ${empty.join(',')}`).to.be.above(150);
    } finally {
      await emulateForcedColors(false);
    }
  });
});

describe('audit: language', () => {
  it('every widget marks its content with its language, and an English course title with lang="en"', async () => {
    await signIn('mehmet');
    const loaded = nextBudgetLoad();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>
      <lb-learning-path api-base=${apiBase} cache="memory"></lb-learning-path>
      <lb-course-finder api-base=${apiBase} cache="memory"></lb-course-finder>
    </div>`);
    await loaded;
    const finder = wrapper.querySelector<LbCourseFinder>('lb-course-finder')!;
    await finderReady(finder);
    for (const widget of wrapper.children) {
      await (widget as LbBudgetMeter).updateComplete;
      expect(part(widget, 'base')!.getAttribute('lang'), widget.localName).to.equal('nl');
    }
    shadow(finder).querySelector<HTMLInputElement>('input[role="combobox"]')!.focus();
    await sendKeys({ type: 'AZ-900' });
    await waitUntil(() => /AZ-900/.test(collapse(part(finder, 'card-title')?.textContent ?? '')), 'no AZ-900 card');
    expect(part(finder, 'card-title')!.getAttribute('lang')).to.equal('en');
  });
});

describe('audit: long titles at 320 px', () => {
  it('course titles are never cut off for good, and words break at syllables', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
      <lb-course-finder api-base=${apiBase} cache="memory"></lb-course-finder>
    </div>`);
    const element = wrapper.querySelector<LbCourseFinder>('lb-course-finder')!;
    await finderReady(element);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const titles = [...shadow(element).querySelectorAll<HTMLElement>('[part="card-title"]')];
    expect(titles.length).to.be.above(0);
    for (const title of titles) {
      const style = getComputedStyle(title);
      expect(style.hyphens).to.equal('auto');
      expect(style.overflowWrap).to.equal('break-word');
      const text = title.querySelector<HTMLElement>('.lb-clamp')!;
      const cutOff = text.scrollHeight > text.clientHeight + 1;
      // Cut off only visually: the text then takes focus and shows in full.
      if (cutOff) expect(text.tabIndex).to.equal(0);
    }
  });
});

describe('audit: outages and sign-in', () => {
  it('three widgets with one outage: one announcement, three visible errors', async () => {
    await signIn('mehmet');
    const base = await programFaults('audit-outage', [], { status: 501, body: '' });
    const errors: unknown[] = [];
    const onError = (event: Event) => errors.push(event);
    document.addEventListener('lb-error', onError);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <lb-budget-meter api-base=${base} cache="memory"></lb-budget-meter>
        <lb-learning-path api-base=${base} cache="memory"></lb-learning-path>
        <lb-course-finder api-base=${base} cache="memory"></lb-course-finder>
      </div>`);
      const widgets = [...wrapper.children];
      await waitUntil(() => widgets.every((widget) => part(widget, 'state-error')), 'not every widget fails', {
        timeout: 20_000,
      });
      const boxes = widgets.map((widget) => part(widget, 'state-error')!);
      expect(boxes.filter((box) => box.getAttribute('role') === 'alert')).to.have.length(1);
      for (const box of boxes) expect(collapse(box.textContent!)).to.include('Het leerbudget werkt nu even niet');
    } finally {
      document.removeEventListener('lb-error', onError);
    }
  });

  it('the finder without its budget says so in a status with a retry', async () => {
    await signIn('anna');
    const base = await programFaults('audit-budget-down', [{ status: 501, body: '', path: BUDGET_PATH }]);
    const element = await renderFinder(html`<lb-course-finder api-base=${base} cache="memory"></lb-course-finder>`);
    await waitUntil(() => visibleText(element).includes('budget nu niet ophalen'), 'no budget notice');
    const notice = [...shadow(element).querySelectorAll<HTMLElement>('[part="notice"]')].find((box) =>
      box.textContent!.includes('budget nu niet ophalen'),
    )!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.querySelector('[part="retry-button"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('a 401 offers "Inloggen" (a link when configured, else an lb-sign-in event), not a retry', async () => {
    configure({ getToken: () => 'not-a-valid-token' });
    const element = await renderMeter(
      html`<lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>`,
      'error',
    );
    expect(part(element, 'retry-button')).to.equal(null);
    const button = part(element, 'sign-in')!;
    expect(collapse(button.textContent!)).to.equal('Inloggen');
    const asked = new Promise<Event>((resolve) => document.addEventListener('lb-sign-in', resolve, { once: true }));
    button.click();
    expect(((await asked) as CustomEvent<{ tagName: string }>).detail.tagName).to.equal('lb-budget-meter');

    configure({ signInUrl: '/login' });
    element.requestUpdate();
    await element.updateComplete;
    const link = part(element, 'sign-in') as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(new URL(link.href).pathname).to.equal('/login');
    await expect(element).to.be.accessible();
  });
});

describe('audit: sizes, landmarks and headings', () => {
  it('font sizes follow the browser setting of the reader', async () => {
    await signIn('anna');
    const element = await renderMeter(html`<lb-budget-meter api-base=${apiBase} cache="memory"></lb-budget-meter>`);
    await setBrowserFontSize(24);
    try {
      expect(parseFloat(getComputedStyle(part(element, 'label')!).fontSize)).to.equal(21); // 0.875 × 24
    } finally {
      await setBrowserFontSize(16);
    }
  });

  it('a named search landmark, heading-level on every widget, no landmarks inside a route card', async () => {
    await signIn('mehmet');
    const loaded = nextBudgetLoad();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <lb-budget-meter heading-level="3" api-base=${apiBase} cache="memory"></lb-budget-meter>
      <lb-learning-path heading-level="3" variant="full" api-base=${apiBase} cache="memory"></lb-learning-path>
      <lb-course-finder heading-level="3" api-base=${apiBase} cache="memory"></lb-course-finder>
    </div>`);
    await loaded;
    const [meter, path, finder] = [...wrapper.children] as [LbBudgetMeter, LbLearningPath, LbCourseFinder];
    await finderReady(finder);
    await waitUntil(() => part(path, 'title'), 'no route');
    expect(part(meter, 'label')!.getAttribute('aria-level')).to.equal('3');
    expect(part(path, 'title')!.getAttribute('aria-level')).to.equal('3');
    const inner = [...shadow(path).querySelectorAll('[role="heading"]')].filter((h) => h !== part(path, 'title'));
    expect(inner.length).to.be.above(0);
    for (const heading of inner) expect(heading.getAttribute('aria-level')).to.equal('4');
    expect(shadow(path).querySelectorAll('section, [role="region"]')).to.have.length(0);
    expect(part(finder, 'card-title')!.getAttribute('aria-level')).to.equal('4');
    const search = part(finder, 'search')!;
    expect(search.getAttribute('role')).to.equal('search');
    expect(search.getAttribute('aria-label')).to.equal('Zoek een cursus');
  });
});

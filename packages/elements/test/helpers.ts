/**
 * Helpers for browser tests of Leerbudget elements: demo users, waiting for a widget's data, and reading
 * what it shows. Reuse them in new component tests.
 */
import type { Budget, DemoUser } from '@leerbudget/contract';
import { testServers } from '@leerbudget/test-kit/servers';
import type { LbBudgetLoadEvent } from '../src/events/budget-load-event.js';
import type { LbErrorEvent } from '../src/events/error-event.js';

export { testServers, programFaults, faultLog, releaseHold } from '@leerbudget/test-kit/servers';
export { emulateForcedColors, screenshotPixels, setBrowserFontSize } from '@leerbudget/test-kit/page';

let users: Promise<DemoUser[]> | undefined;

/** The reference server's demo employees (with their tokens). */
export function demoUsers(): Promise<DemoUser[]> {
  users ??= testServers().then(async ({ apiBase }) => {
    const response = await fetch(`${apiBase}/v1/demo/users`);
    return ((await response.json()) as { items: DemoUser[] }).items;
  });
  return users;
}

/** One demo employee by id. */
export async function demoUser(id: string): Promise<DemoUser> {
  const user = (await demoUsers()).find((candidate) => candidate.id === id);
  if (!user) throw new Error(`no demo user ${id}`);
  return user;
}

/** The budget straight from the reference server, to compare the widget with. */
export async function serverBudget(user: DemoUser): Promise<Budget> {
  const { apiBase } = await testServers();
  const response = await fetch(`${apiBase}/v1/me/budget`, { headers: { authorization: `Bearer ${user.token}` } });
  return (await response.json()) as Budget;
}

/** Resolves with the next `lb-budget-load` event (anywhere on the page) that matches `accept`. */
export function nextBudgetLoad(
  accept: (event: LbBudgetLoadEvent) => boolean = (event) => !event.detail.stale,
): Promise<LbBudgetLoadEvent> {
  return new Promise((resolve) => {
    const listener = (event: LbBudgetLoadEvent) => {
      if (!accept(event)) return;
      document.removeEventListener('lb-budget-load', listener);
      resolve(event);
    };
    document.addEventListener('lb-budget-load', listener);
  });
}

/** Resolves with the next `lb-error` event anywhere on the page. */
export function nextError(): Promise<LbErrorEvent> {
  return new Promise((resolve) => document.addEventListener('lb-error', resolve, { once: true }));
}

/** Everything a sighted user reads in a widget, with whitespace (including no-break spaces) collapsed. */
export function visibleText(element: Element): string {
  return collapse(element.shadowRoot?.textContent ?? '');
}

/** Collapses every run of whitespace (including U+00A0 from `Intl`) into one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Euros from cents the way a Dutch reader sees them: `€ 750`, `€ 1.234,50`. */
export function euros(cents: number, locale = 'nl-NL'): string {
  const whole = cents % 100 === 0;
  return collapse(
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2 }).format(
      cents / 100,
    ),
  );
}

/** A JSON response step for the fault server. */
export function jsonStep(body: unknown) {
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** The personal endpoint the meter reads; fault steps naming it do not depend on request order. */
export const BUDGET_PATH = '/v1/me/budget';

/** A fault step that answers the budget request with `body`. */
export function budgetStep(body: unknown) {
  return { ...jsonStep(body), path: BUDGET_PATH };
}

/** A calendar date in words with the year, as the widgets speak it: `31 december 2026`. */
export function longDate(isoDate: string, locale = 'nl-NL'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

/** The relative luminance of a computed `rgb(…)` colour (WCAG 2.2). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two computed colours, e.g. a field's border against its background. */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Calls the reference server directly as `user`, as another browser tab would. */
export async function asUser<T = unknown>(
  user: DemoUser,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const { apiBase } = await testServers();
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Cancels every open request of `user`, so the next test starts from the seeded budget. */
export async function cancelOpenRequests(user: DemoUser): Promise<void> {
  const { body } = await asUser<{ items: Array<{ id: string; status: string }> }>(user, 'GET', '/v1/me/requests');
  for (const request of body.items) {
    if (request.status === 'submitted' || request.status === 'approved') {
      await asUser(user, 'POST', `/v1/me/requests/${request.id}/cancel`, {});
    }
  }
}

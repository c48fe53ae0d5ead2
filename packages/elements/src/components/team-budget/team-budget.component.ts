import type { TeamBudget, TeamMember } from '@leerbudget/contract';
import { isHttpError } from '@leerbudget/sdk';
import { todayIsoDate } from '@leerbudget/sdk/funding';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LbElement } from '../../base/lb-element.js';
import { ResourceController, type ResourceState } from '../../data/resource-controller.js';
import { formatAmount, formatCount, formatDate, formatMoney } from '../../formatting/intl-format.js';
import { clamped } from '../../rendering/clamped-text.js';
import { configuredHref } from '../../rendering/configured-link.js';
import { renderEmpty, renderFreshness, renderLoaded, type LoadedState } from '../../states/status-views.js';
import { summarizePot } from '../budget-meter/budget-summary.js';
import { teamMessages as t } from './team-budget.messages.js';
import { teamBudgetStyles } from './team-budget.styles.js';
import { sortTeam, TEAM_ORDERS, type TeamOrder } from './team-order.js';

/**
 * A manager's team at a glance: what each direct report can still use (money and hours), what expires first,
 * requests waiting for a decision (with a link to the approvals page), how many steps of their learning routes
 * they have done (as the API counts them, steps they marked done included), and the team pots the manager holds,
 * shown as the team's money. Only the manager (and HR) get the data; the server refuses everybody else.
 *
 * @tagname lb-team-budget
 * @summary The budgets of a manager's direct reports, sortable by what expires first.
 *
 * @csspart base - The box around everything.
 * @csspart sort - The "Sorteer op" control.
 * @csspart member - One person.
 * @csspart approvals-link - The link to the approvals page.
 * @csspart team-pots - The team pots ("Teambudget dat jij beheert").
 * @csspart state - Loading, empty and error boxes.
 * @csspart notice - "Bijgewerkt om 10:42" beside stale data.
 * @csspart retry-button - The "Opnieuw proberen" button.
 *
 * @fires lb-error - Loading failed (`detail.error`, `detail.message`, `detail.stale`).
 */
export class LbTeamBudget extends LbElement {
  /** The team view's styles: tokens with fallbacks, layout, focus and states. */
  static override styles = teamBudgetStyles;

  static override properties: PropertyDeclarations = {
    order: { reflect: true },
    approvalsHref: { attribute: 'approvals-href' },
  };

  readonly #team = new ResourceController<TeamBudget>(
    this,
    (client, listener, signal) => client.teamBudgets.watch(listener, { signal }),
    (state) => this.announceLoadFailure(state),
  );

  /** `expiry` (default: "vervalt het eerst"), `name` or `available` (most money left first). */
  order: TeamOrder = 'expiry';

  /**
   * Where "Bekijk de aanvragen" leads: the page with `<lb-approvals>`, e.g. `/leren/aanvragen`. Only `https:`
   * and relative URLs are used; anything else gives one console warning and no link.
   */
  declare approvalsHref?: string;

  /** Loads the team again, e.g. after an error. */
  refresh(): void {
    this.#team.retry();
  }

  #retry = (): void => this.#team.retry();

  #onOrder = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value as TeamOrder;
    this.order = TEAM_ORDERS.includes(value) ? value : 'expiry';
  };

  #approvalsLink(): TemplateResult | typeof nothing {
    const href = configuredHref(this.localName, 'approvals-href', this.approvalsHref);
    if (!href) return nothing;
    return html`<a part="approvals-link" href=${href}>${t.toApprovals()}</a>`;
  }

  #orderLabel(order: TeamOrder): string {
    return order === 'name' ? t.sortName() : order === 'available' ? t.sortAvailable() : t.sortExpiry();
  }

  #member(member: TeamMember, today: string): TemplateResult {
    const locale = this.locale;
    const expiry = member.nextExpiry;
    const route = member.routeProgress;
    const soon = expiry !== null && Date.parse(expiry.date) - Date.parse(today) <= 30 * 86_400_000;
    return html`<li class="member" part="member" data-member=${member.id}>
      <p class="name">${clamped(member.displayName)}</p>
      <dl>
        <div><dt>${t.money()}</dt><dd>${formatMoney(member.availableMoney, member.currency, locale)}</dd></div>
        ${
          member.availableHours > 0
            ? html`<div><dt>${t.hours()}</dt><dd>${formatAmount(member.availableHours, 'hours', undefined, locale)}</dd></div>`
            : nothing
        }
        <div>
          <dt>${t.nextExpiry()}</dt>
          <dd class=${soon ? 'soon' : ''}>
            ${
              expiry === null
                ? t.noExpiry()
                : t.lastDay(
                    formatAmount(expiry.amount, expiry.unit, member.currency, locale),
                    formatDate(expiry.date, locale),
                  )
            }
          </dd>
        </div>
        ${
          route && route.stepsTotal > 0
            ? html`<div><dt>${t.route()}</dt><dd>${t.routeSteps(formatCount(route.stepsDone, locale), formatCount(route.stepsTotal, locale))}</dd></div>`
            : nothing
        }
        <div>
          <dt>${t.openRequests()}</dt>
          <dd>
            ${member.openRequests === 0 ? t.noneWaiting() : html`${t.waiting(member.openRequests)} ${this.#approvalsLink()}`}
          </dd>
        </div>
      </dl>
    </li>`;
  }

  #teamPots(team: TeamBudget, today: string): TemplateResult | typeof nothing {
    if (team.teamPots.length === 0) return nothing;
    const locale = this.locale;
    return html`<section class="team-pots" part="team-pots" aria-labelledby="team-pots-title">
      <div class="lb-heading subtitle" id="team-pots-title" role="heading" aria-level=${this.headingLevelOf(1)}>${t.teamPotsTitle()}</div>
      <p>${t.teamPotsNote()}</p>
      <ul>
        ${team.teamPots.map((pot) => {
          const summary = summarizePot(pot, today);
          const amount = (value: number) => formatAmount(value, pot.unit, pot.currency, locale);
          return html`<li class="team-pot">
            <p class="name">${clamped(pot.name)}</p>
            <p>
              ${t.teamPotLeft(amount(summary.available), amount(summary.total))}${
                pot.expiresAt && !summary.expired
                  ? html`. ${t.lastDay(amount(summary.available), formatDate(pot.expiresAt, locale))}.`
                  : nothing
              }
            </p>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #content(state: ResourceState<TeamBudget>): TemplateResult {
    // A refusal is not a fault to retry: say who this is for and whom to ask.
    if (state.status === 'error' && !state.data && isHttpError(state.error) && state.error.status === 403)
      return renderEmpty(t.forbidden(), t.forbiddenNext());
    return renderLoaded(state, this.#retry, (loaded) => this.#overview(loaded));
  }

  #overview(loaded: LoadedState<TeamBudget>): TemplateResult {
    const team = loaded.data;
    const today = todayIsoDate();
    const notice = renderFreshness(loaded, this.#retry);
    if (team.members.length === 0)
      return html`${renderEmpty(t.empty(), t.emptyNext())}${this.#teamPots(team, today)}${notice}`;
    const locale = this.locale;
    const currency = team.members[0]!.currency;
    const total = team.members.reduce((sum, member) => sum + member.availableMoney, 0);
    const expiring = team.members
      .filter((member) => member.nextExpiry?.unit === 'money')
      .reduce((sum, member) => sum + (member.nextExpiry?.amount ?? 0), 0);
    const members = sortTeam(team.members, TEAM_ORDERS.includes(this.order) ? this.order : 'expiry', locale);
    return html`
      <p>${t.summary(formatCount(team.members.length, locale), formatMoney(total, currency, locale))}</p>
      ${expiring > 0 ? html`<p class="warning">${t.expiringSoon(formatMoney(expiring, currency, locale))}</p>` : nothing}
      <div class="sort" part="sort">
        <label for="order">${t.sortLabel()}</label>
        <select id="order" @change=${this.#onOrder}>
          ${TEAM_ORDERS.map(
            (order) =>
              html`<option value=${order} ?selected=${order === this.order}>${this.#orderLabel(order)}</option>`,
          )}
        </select>
        <span class="lb-visually-hidden" role="status">${t.sorted(this.#orderLabel(this.order))}</span>
      </div>
      <ul aria-label=${t.title()}>
        ${members.map((member) => this.#member(member, today))}
      </ul>
      ${this.#teamPots(team, today)} ${notice}
    `;
  }

  override render(): TemplateResult {
    return html`<section class="base" part="base" aria-labelledby="title">
      <div class="lb-heading title" id="title" role="heading" aria-level=${this.headingLevelOf()}>${t.title()}</div>
      ${this.#content(this.#team.state)}
    </section>`;
  }
}

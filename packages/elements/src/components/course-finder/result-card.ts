import type { CatalogueHit } from '@leerbudget/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatHours, formatList, formatMoney } from '../../formatting/intl-format.js';
import type { Locale } from '../../localization/locale.js';
import { finderMessages as t } from './course-finder.messages.js';
import { formatLanguage } from '../../formatting/intl-format.js';
import { certificationLabel, formatLabel } from './course-labels.js';
import { fundingTagBadge } from '../../labels/data-labels.js';
import { courseHref } from '../../security/course-link.js';
import { renderFundingPlan } from './funding-plan-view.js';
import { clamped } from '../../rendering/clamped-text.js';
import type { CourseRequest } from '@leerbudget/contract';
import { renderRequestAction } from '../request-action/request-action.js';
import { renderCourseOutcomes } from '../../labels/course-outcomes.js';

/** What one result card needs. Catalogue text is untrusted: it is only ever rendered as text. */
export interface ResultCardView {
  hit: CatalogueHit;
  /** Position in the list, for ids that stay unique whatever the course id holds. */
  position: number;
  locale: Locale;
  /** `aria-level` of the course title. */
  headingLevel: number;
  onChoose: (hit: CatalogueHit) => void;
  /** Vendor mode: "Met het OTIB-fonds betaal je € 400.", from the public funding schemes. */
  schemePrice?: string | undefined;
  /** "Aanvragen", when the API takes requests and the employee's budget is known. */
  request?: { submitted: CourseRequest | undefined; onRequest: (hit: CatalogueHit, button: HTMLElement) => void };
}

function startLine(hit: CatalogueHit, locale: Locale): string {
  const offering = hit.nextOffering;
  if (!offering) return t.noStart();
  if (!offering.start) return t.startAnyTime();
  const date = formatDate(offering.start, locale, 'auto');
  return offering.location?.city ? t.startOnIn(date, offering.location.city) : t.startOn(date);
}

function badges(tags: readonly string[]): TemplateResult | typeof nothing {
  if (tags.length === 0) return nothing;
  return html`<ul class="badges lb-plain-list" part="badges">
    ${tags.map((tag) => {
      const badge = fundingTagBadge(tag);
      return html`<li class="badge" part="badge">
        <span class="badge-label">${badge.label}</span>${badge.explanation ? html`<span class="badge-explanation">${badge.explanation}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/**
 * The language the course is taught in, when it is one known language other than the widget's: its
 * title and provider line are then most likely written in it, and screen readers should say them so.
 */
function courseLang(languages: readonly string[], locale: Locale): string | undefined {
  if (languages.length !== 1) return undefined;
  const [tag] = languages as [string];
  return tag.toLowerCase().split('-')[0] === locale ? undefined : tag;
}

/** One course: title, provider and quality marks, facts, price, the funding plan and what to do next. */
export function renderResultCard({
  hit,
  position,
  locale,
  headingLevel,
  onChoose,
  request,
  schemePrice,
}: ResultCardView): TemplateResult {
  const { course } = hit;
  const titleId = `course-${position}-title`;
  const href = courseHref(course.url);
  const price = formatMoney(course.price.amount, course.price.currency, locale);
  const marks = course.provider.certifications.map(certificationLabel).join(', ');
  const languages = formatList(
    course.languages.map((tag) => formatLanguage(tag, locale)),
    locale,
  );
  const lang = courseLang(course.languages, locale);
  return html`<li class="card" part="card" data-position=${position}>
    <div class="card-title lb-heading" part="card-title" id=${titleId} role="heading" aria-level=${headingLevel} lang=${lang ?? nothing}>${clamped(course.title)}</div>
    <p class="provider" part="provider">${clamped(t.by(course.provider.name))}${marks ? html` · <span class="marks">${t.certified(marks)}</span>` : nothing}</p>
    <ul class="facts lb-plain-list" part="facts">
      <li>${formatLabel(course.format)}</li>
      ${languages ? html`<li>${t.languages(languages)}</li>` : nothing}
      <li>${t.cardDuration(formatHours(course.durationHours, locale))}</li>
      <li>${startLine(hit, locale)}</li>
    </ul>
    <p class="price" part="price">${course.price.vatIncluded ? t.priceInclVat(price) : t.priceExclVat(price)}</p>
    ${schemePrice ? html`<p class="scheme-price" part="scheme-price">${clamped(schemePrice)}</p>` : nothing}
    ${renderCourseOutcomes(course)}
    ${hit.plan ? renderFundingPlan(hit.plan, locale) : nothing} ${badges(course.fundingTags)}
    <div class="actions" part="actions">
      <button type="button" class="lb-button choose" part="choose-button" aria-describedby=${titleId} @click=${() => onChoose(hit)}>
        ${t.choose()}
      </button>
      ${
        href
          ? html`<a class="more" part="course-link" href=${href} aria-describedby=${titleId}>${t.moreInfo()}</a>`
          : nothing
      }
      ${
        request
          ? renderRequestAction({
              describedBy: titleId,
              submitted: request.submitted,
              onRequest: (button) => request.onRequest(hit, button),
            })
          : nothing
      }
    </div>
  </li>`;
}

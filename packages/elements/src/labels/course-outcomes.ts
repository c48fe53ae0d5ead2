import type { CourseSummary, Credential } from '@leerbudget/contract';
import { str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { courseHref } from '../security/course-link.js';
import { createMsg } from '../localization/msg.js';
import { clamped } from '../rendering/clamped-text.js';

// This group's English (scripts/split-locales.mjs) loads only when the finder or the path renders in English.
const msg = createMsg({ en: () => import('../generated/outcomes/en.js') });

/** NLQF levels in words a Dutch learner knows: mbo levels, then the higher-education degrees. */
const NLQF_WORDS: Record<number, () => string> = {
  1: () => msg('mbo-niveau 1 (entree)', { id: 'outcomes.nlqf-1' }),
  2: () => msg('mbo-niveau 2', { id: 'outcomes.nlqf-2' }),
  3: () => msg('mbo-niveau 3', { id: 'outcomes.nlqf-3' }),
  4: () => msg('mbo-niveau 4', { id: 'outcomes.nlqf-4' }),
  5: () => msg('associate degree (2 jaar hbo)', { id: 'outcomes.nlqf-5' }),
  6: () => msg('bachelor (hbo of universiteit)', { id: 'outcomes.nlqf-6' }),
  7: () => msg('master', { id: 'outcomes.nlqf-7' }),
  8: () => msg('doctor (promotie)', { id: 'outcomes.nlqf-8' }),
};

const KIND_WORDS: Record<string, () => string> = {
  certificate: () => msg('certificaat', { id: 'outcomes.kind.certificate' }),
  diploma: () => msg('diploma', { id: 'outcomes.kind.diploma' }),
  badge: () => msg('digitale badge', { id: 'outcomes.kind.badge' }),
};

/** "Niveau 4: mbo-niveau 4", from the NLQF level (the Dutch framework, the same numbers as EQF). */
function nlqfLevelText(level: number): string {
  const words = NLQF_WORDS[level]?.() ?? '';
  return msg(str`Niveau ${level}: ${words}`, { id: 'outcomes.level' });
}

/** "Je krijgt een diploma van ROC Midden. Erkend (CREBO)." Kinds this version does not know read "bewijs". */
function credentialText(credential: Credential): string {
  const kind = (KIND_WORDS[credential.kind] ?? (() => msg('bewijs', { id: 'outcomes.kind.other' })))();
  const awarded = msg(str`Je krijgt een ${kind} van ${credential.issuer.name}.`, { id: 'outcomes.credential' });
  if (!credential.recognised) return awarded;
  const register = credential.register && credential.register !== 'other' ? credential.register.toUpperCase() : '';
  const recognised = register
    ? msg(str`Erkend (${register}).`, { id: 'outcomes.recognised-in' })
    : msg('Erkend.', { id: 'outcomes.recognised' });
  return `${awarded} ${recognised}`;
}

/** ESCO names its concepts with `http:` URIs, and serves the very same addresses over https. */
const ESCO_HTTP = 'http://data.europa.eu/esco/';

/**
 * Where a skill links to: its URI when it is absolute https, or an ESCO concept URI upgraded to https. Any other
 * `http:` URI stays unlinked: we do not know that its site serves https.
 */
function skillHref(uri: string | undefined): string | undefined {
  const trimmed = uri?.trim();
  const upgraded = trimmed?.startsWith(ESCO_HTTP) ? `https://${trimmed.slice('http://'.length)}` : trimmed;
  return courseHref(upgraded);
}

/** A skill as text; linked to its ESCO page only through {@link skillHref}. */
function skillItem(skill: CourseSummary['skills'][number]): TemplateResult {
  const href = skillHref(skill.escoUri);
  return html`<li>${href ? html`<a href=${href}>${clamped(skill.label, { focusable: false })}</a>` : clamped(skill.label)}</li>`;
}

/**
 * What a course leads to: its NLQF level, its credential and the skills it teaches. Catalogue text is
 * untrusted, so every label is text; nothing when the course says none of these.
 */
export function renderCourseOutcomes(course: CourseSummary): TemplateResult | typeof nothing {
  const { nlqf, credential, skills } = course;
  if (nlqf === undefined && credential === undefined && skills.length === 0) return nothing;
  return html`<div class="outcomes" part="outcomes">
    ${nlqf === undefined ? nothing : html`<p>${nlqfLevelText(nlqf)}</p>`}
    ${credential ? html`<p>${clamped(credentialText(credential))}</p>` : nothing}
    ${
      skills.length > 0
        ? html`<p class="outcomes-skills">${msg('Je leert:', { id: 'outcomes.skills' })}</p>
          <ul class="outcomes-skill-list" part="skills">${skills.map(skillItem)}</ul>`
        : nothing
    }
  </div>`;
}

/** Layout of {@link renderCourseOutcomes}: skills in a row that wraps, no bullets. */
export const courseOutcomeStyles = css`
  .outcomes p,
  .outcomes ul {
    margin: 0;
  }
  .outcomes ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    padding: 0;
    list-style: none;
  }
`;

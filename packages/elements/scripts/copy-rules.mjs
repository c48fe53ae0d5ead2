// The copy rules of docs/copy-guide.md, checked over the xliff files: every user-facing string of every
// widget is there, the Dutch source beside the English target.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The longest Dutch sentence allowed (B1: short sentences). */
export const MAX_DUTCH_WORDS = 15;

/** The suffix of the message that says what to do next after a problem message. */
export const NEXT_SUFFIX = '.next';

/**
 * Ids of problem messages: errors, empty states and blocked or refused states. Each needs a sibling
 * `<id>.next` message that says what to do next (who to ask, what to click).
 */
const PROBLEM_SEGMENT =
  /^(error|errors|empty|no-results|not-found|unavailable|blocked|refused|failed|forbidden)$|^(error|empty)-|-(error|empty|unavailable|not-found|blocked|refused|failed)$/;

/** Hyphenated lowercase words that are ordinary Dutch or English, not code. */
const ALLOWED_HYPHENATED = new Set(['e-mail', 'e-learning', 'co-ouder', 'mbo-niveau']);

/** Whether `id` names a problem message that needs a next step. */
export function isProblemId(id) {
  if (id.endsWith(NEXT_SUFFIX)) return false;
  return id.split('.').some((segment) => PROBLEM_SEGMENT.test(segment));
}

/** Reads the trans-units of an xliff 1.2 file: id, source and target, placeholders as `{0}`. */
export function readXliff(text) {
  const placeholders = (value) =>
    value
      .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => {
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1];
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    return {
      id,
      source: source === undefined ? undefined : placeholders(source),
      target: target === undefined ? undefined : placeholders(target),
    };
  });
}

/** Sentences of a message: split after `.`, `!` or `?` followed by a space. */
function sentences(text) {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Words of a sentence; a placeholder such as `{0}` (an amount, a date) counts as one word. */
function wordCount(sentence) {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}{]/u.test(word)).length;
}

/** Tokens that look like code rather than words: ids, kebab-case, snake_case, camelCase, markup, paths. */
export function codeLikeTokens(text) {
  const words = text.replace(/\{\d+\}/g, ' ').split(/[\s,;()]+/);
  const found = [];
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}\p{N}<${_]+|[^\p{L}\p{N}>}_]+$/gu, '');
    if (!word) continue;
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)+$/.test(word) && !ALLOWED_HYPHENATED.has(word);
    const snake = /_/.test(word);
    const camel = /^[a-z]+[A-Z]/.test(word);
    const markup = /[<>{}$=\\]|^\/|\/\//.test(word);
    const dotted = /^[a-z]+(\.[a-z-]+)+$/.test(word);
    const colon = /^[a-z]+:[a-z]/.test(word);
    if (kebab || snake || camel || markup || dotted || colon) found.push(word);
  }
  return found;
}

/**
 * Every broken copy rule in one xliff text, as messages that say what to fix. `file` names the file in
 * the messages.
 */
export function copyProblems(text, file = 'xliff/en.xlf') {
  const units = readXliff(text);
  const ids = new Set(units.map((unit) => unit.id));
  const problems = [];
  for (const { id, source, target } of units) {
    const where = `${file}: "${id}"`;
    if (!source?.trim()) problems.push(`${where} has no Dutch text.`);
    if (!target?.trim()) problems.push(`${where} has no English text: add a <target> (see docs/copy-guide.md).`);
    for (const sentence of sentences(source ?? '')) {
      const count = wordCount(sentence);
      if (count > MAX_DUTCH_WORDS) {
        problems.push(
          `${where}: the Dutch sentence "${sentence}" has ${count} words; B1 allows at most ${MAX_DUTCH_WORDS}. Split it into shorter sentences.`,
        );
      }
    }
    for (const [language, value] of [
      ['Dutch', source],
      ['English', target],
    ]) {
      const tokens = codeLikeTokens(value ?? '');
      if (tokens.length > 0) {
        problems.push(
          `${where}: the ${language} text shows code to the reader (${tokens.join(', ')}). Use everyday words, or a label from src/labels/.`,
        );
      }
    }
    if (isProblemId(id) && !ids.has(`${id}${NEXT_SUFFIX}`)) {
      problems.push(
        `${where} is an error, empty or blocked message without a next step: add msg('…', { id: '${id}${NEXT_SUFFIX}' }) that says what to do (who to ask, what to click), and show it with the message.`,
      );
    }
    if (id.endsWith(NEXT_SUFFIX) && !ids.has(id.slice(0, -NEXT_SUFFIX.length))) {
      problems.push(`${where} is a next step without its message "${id.slice(0, -NEXT_SUFFIX.length)}".`);
    }
  }
  return problems;
}

/** Every broken copy rule in the xliff files of `xliffDir`. */
export function copyProblemsIn(xliffDir) {
  return readdirSync(xliffDir)
    .filter((name) => name.endsWith('.xlf'))
    .flatMap((name) => copyProblems(readFileSync(join(xliffDir, name), 'utf8'), `xliff/${name}`));
}

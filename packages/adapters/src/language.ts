/** A text in one language, as OOAPI (`language`, `value`) and JSON-LD (`@language`, `@value`) send it. */
export interface TaggedText {
  language: string;
  value: string;
}

/**
 * The text in the wanted language: an exact tag first (`nl-NL`), then the same primary language (`nl`),
 * then the first text there is. `undefined` when there is none.
 */
export function pickLanguage(texts: readonly TaggedText[], wanted: string): TaggedText | undefined {
  const lower = wanted.toLowerCase();
  const primary = lower.split('-')[0];
  return (
    texts.find((text) => text.language.toLowerCase() === lower) ??
    texts.find((text) => text.language.toLowerCase().split('-')[0] === primary) ??
    texts[0]
  );
}

/** ISO 639-2 codes (as OOAPI sends them) for the languages Dutch courses are taught in, to BCP 47. */
const THREE_LETTER: Record<string, string> = {
  nld: 'nl',
  dut: 'nl',
  eng: 'en',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  pol: 'pl',
  tur: 'tr',
  ara: 'ar',
  fry: 'fy',
  pap: 'pap',
};

/** A BCP 47 tag the contract accepts (`nl`, `en-GB`), from `nld`, `NL`, `en-GB`; `undefined` when unusable. */
export function languageTag(code: string): string | undefined {
  const trimmed = code.trim();
  const mapped = THREE_LETTER[trimmed.toLowerCase()];
  if (mapped !== undefined) return mapped;
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(trimmed)) return undefined;
  const [first, ...rest] = trimmed.split('-');
  return [first!.toLowerCase(), ...rest].join('-');
}

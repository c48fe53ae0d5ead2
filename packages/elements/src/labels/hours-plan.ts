import type { FundingLine } from '@leerbudget/sdk/funding';
import { str } from '@lit/localize';
import { formatHours } from '../formatting/intl-format.js';
import type { Locale } from '../localization/locale.js';
import { templates as englishTemplates } from '../generated/funding/en.js';
import { createMsg } from '../localization/msg.js';

// The funding group: loaded with the finder, the learning path and the request dialog.
const msg = createMsg({ nl: undefined, en: englishTemplates });

/** The hours side of a plan: what time pots pay, and what no pot pays (when known). */
export interface HoursPlanView {
  lines: ReadonlyArray<Pick<FundingLine, 'potName' | 'amount'>>;
  uncovered?: number | undefined;
}

/**
 * The hours plan beside the money plan, one sentence each: "Scholingsuren geeft je 16 uur leertijd van je
 * werk." and "4 uur leer je in je eigen tijd.". Show it only to employees who have time pots.
 */
export function hoursPlanText(hours: HoursPlanView, locale: Locale): string[] {
  const text = hours.lines.map((line) => {
    const pot = line.potName;
    const amount = formatHours(line.amount, locale);
    return msg(str`${pot} geeft je ${amount} leertijd van je werk.`, { id: 'funding.hours.from-work' });
  });
  if (hours.uncovered) {
    const own = formatHours(hours.uncovered, locale);
    text.push(msg(str`${own} leer je in je eigen tijd.`, { id: 'funding.hours.own-time' }));
  }
  return text;
}

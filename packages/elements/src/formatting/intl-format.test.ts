import { expect } from '@open-wc/testing';
import { formatDate, formatHours, formatMoney, formatPercent, formatTime } from './intl-format.js';

const spaces = (text: string) => text.replace(/\s/g, ' ');

describe('Intl formatting', () => {
  it('money from cents, whole amounts without decimals', () => {
    expect(spaces(formatMoney(45000, 'EUR', 'nl'))).to.equal('€ 450');
    expect(spaces(formatMoney(123450, 'EUR', 'nl'))).to.equal('€ 1.234,50');
    expect(formatMoney(45000, 'EUR', 'en')).to.equal('€450');
  });

  it('hours in words, dates as calendar days (no time-zone shift), times of day, percentages', () => {
    expect(spaces(formatHours(16, 'nl'))).to.equal('16 uur');
    expect(spaces(formatHours(1.5, 'en'))).to.equal('1.5 hours');
    expect(formatDate('2026-12-31', 'nl')).to.equal('31 december 2026');
    expect(formatDate('2026-12-31', 'en')).to.equal('31 December 2026');
    expect(formatDate('not a date', 'nl')).to.equal('not a date');
    expect(formatTime('2026-11-23T10:42:00', 'nl')).to.equal('10:42');
    expect(spaces(formatPercent(80, 'nl'))).to.equal('80%');
  });

  it('leaves the year out of short dates in the current year only', () => {
    const year = new Date().getFullYear();
    expect(formatDate(`${year}-12-31`, 'nl', 'auto')).to.equal('31 december');
    expect(formatDate(`${year + 1}-01-02`, 'nl', 'auto')).to.equal(`2 januari ${year + 1}`);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { codeLikeTokens, copyProblems, copyProblemsIn, isProblemId } from './copy-rules.mjs';

const xliff = (units) =>
  `<xliff><file><body>${units
    .map(
      ([id, source, target]) =>
        `<trans-unit id="${id}"><source>${source}</source>${target === undefined ? '' : `<target>${target}</target>`}</trans-unit>`,
    )
    .join('')}</body></file></xliff>`;

test('every user string in xliff/ follows docs/copy-guide.md', () => {
  assert.deepEqual(copyProblemsIn(fileURLToPath(new URL('../xliff', import.meta.url))), []);
});

test('a Dutch sentence over 15 words is reported, with the sentence and how to fix it', () => {
  const long = 'Dit is een zin met veel te veel woorden want hij gaat maar door en door zonder te stoppen.';
  const [problem, ...rest] = copyProblems(xliff([['meter.long', long, 'Too long.']]));
  assert.equal(rest.length, 0);
  assert.match(problem, /"meter\.long": the Dutch sentence .* has 19 words; B1 allows at most 15/);
  // Placeholders are one word each; sentences are counted apart.
  assert.deepEqual(copyProblems(xliff([['a.b', 'Je hebt <x id="0"/> over. Dat is veel geld voor jou.', 'x']])), []);
});

test('code-like tokens in either language are reported', () => {
  assert.deepEqual(codeLikeTokens('alleen cursussen met stap-eligible'), ['stap-eligible']);
  assert.deepEqual(codeLikeTokens('Regeling: sector:otib, minHours en cost_centre'), [
    'sector:otib',
    'minHours',
    'cost_centre',
  ]);
  assert.deepEqual(codeLikeTokens('Stuur een e-mail naar HR. Het O&O-fonds betaalt {0}.'), []);
  const problems = copyProblems(xliff([['finder.tag', 'Regeling', 'Scheme: stap-eligible']]));
  assert.match(problems[0] ?? '', /the English text shows code to the reader \(stap-eligible\)/);
});

test('error, empty and blocked messages need a `.next` sibling; both languages need every id', () => {
  assert.equal(isProblemId('error.timeout'), true);
  assert.equal(isProblemId('meter.empty'), true);
  assert.equal(isProblemId('finder.empty-catalogue'), true);
  assert.equal(isProblemId('finder.budget-unavailable'), true);
  assert.equal(isProblemId('requests.refused'), true);
  assert.equal(isProblemId('error.timeout.next'), false);
  assert.equal(isProblemId('meter.title'), false);
  const problems = copyProblems(
    xliff([
      ['error.timeout', 'Het duurt te lang.', 'It takes too long.'],
      ['meter.empty', 'Je hebt geen budget.', 'You have no budget.'],
      ['meter.empty.next', 'Vraag het aan HR.'],
      ['path.orphan.next', 'Klik hier.', 'Click here.'],
    ]),
  );
  assert.deepEqual(problems, [
    `xliff/en.xlf: "error.timeout" is an error, empty or blocked message without a next step: add msg('…', { id: 'error.timeout.next' }) that says what to do (who to ask, what to click), and show it with the message.`,
    'xliff/en.xlf: "meter.empty.next" has no English text: add a <target> (see docs/copy-guide.md).',
    'xliff/en.xlf: "path.orphan.next" is a next step without its message "path.orphan".',
  ]);
});

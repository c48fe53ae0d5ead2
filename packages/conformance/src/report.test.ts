import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckResult } from './check.js';
import { parseCliArguments } from './cli-options.js';
import { formatReport } from './report.js';

const results: CheckResult[] = [
  { id: 'discovery', title: 'GET /v1', status: 'pass' },
  {
    id: 'auth-401',
    title: '401 <with> "challenge"',
    status: 'fail',
    expected: 'WWW-Authenticate: Bearer',
    got: 'no header & nothing',
    hint: 'Send it.',
  },
  {
    id: 'requests-replay',
    title: 'Replay',
    status: 'skip',
    reason: 'the API does not announce the `requests` capability',
  },
];

describe('reports', () => {
  it('text: one line per check, expected/got/fix under a failure, totals at the end', () => {
    assert.equal(
      formatReport(results, 'text'),
      [
        'PASS discovery: GET /v1',
        'FAIL auth-401: 401 <with> "challenge"',
        '     expected: WWW-Authenticate: Bearer',
        '     got:      no header & nothing',
        '     fix:      Send it.',
        'SKIP requests-replay: the API does not announce the `requests` capability',
        '',
        '1 passed, 1 failed, 1 skipped',
        '',
      ].join('\n'),
    );
  });

  it('json: counts and results', () => {
    assert.deepEqual(JSON.parse(formatReport(results, 'json')), { passed: 1, failed: 1, skipped: 1, results });
  });

  it('junit: a testsuite with escaped failure and skipped elements', () => {
    const xml = formatReport(results, 'junit');
    assert.match(xml, /<testsuite name="leerbudget-conformance" tests="3" failures="1" skipped="1">/);
    assert.match(xml, /name="auth-401: 401 &#60;with&#62; &#34;challenge&#34;"/);
    assert.match(xml, /<failure message="expected WWW-Authenticate: Bearer, got no header &#38; nothing">/);
    assert.match(xml, /<skipped message="the API does not announce the `requests` capability"\/>/);
    assert.doesNotMatch(xml, /<with>/);
  });
});

describe('command line', () => {
  it('reads the base, tokens, writes, report and only', () => {
    assert.deepEqual(
      parseCliArguments([
        'https://api.example.nl',
        '--token',
        't',
        '--approver-token',
        'a',
        '--writes',
        '--report',
        'junit',
        '--only',
        'cors-preflight, cors-expose',
      ]),
      {
        kind: 'run',
        report: 'junit',
        options: {
          base: 'https://api.example.nl',
          token: 't',
          approverToken: 'a',
          writes: true,
          only: ['cors-preflight', 'cors-expose'],
        },
      },
    );
    assert.throws(() => parseCliArguments([]), /exactly one API base/);
    assert.throws(() => parseCliArguments(['ftp://x']), /must start with https/);
    assert.throws(() => parseCliArguments(['https://x', '--report', 'html']), /--report must be text, json or junit/);
  });
});

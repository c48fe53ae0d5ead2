// web-test-runner prints no closing line that CI reads, so this reporter writes the totals to a file
// and prints one plain "browser tests: N passed, N failed" line.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter({ outputFile } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load or throws outside a test has no passing tests to show for it.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      if (outputFile) writeFileSync(outputFile, JSON.stringify(totals));
      console.log(`browser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}

// `pnpm localize:check`: fails when translations or generated locale modules are stale.
import { localizeProblems } from './localize-status.mjs';

const problems = localizeProblems();
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log('Translations and src/generated are up to date.');

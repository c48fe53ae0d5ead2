// `pnpm copy:check`: the copy rules of docs/copy-guide.md over every xliff file.
import { fileURLToPath } from 'node:url';
import { copyProblemsIn } from './copy-rules.mjs';

const problems = copyProblemsIn(fileURLToPath(new URL('../xliff', import.meta.url)));
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log('Copy follows docs/copy-guide.md.');

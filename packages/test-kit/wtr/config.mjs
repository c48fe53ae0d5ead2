import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { leerbudgetServersPlugin } from './servers-plugin.mjs';
import { pageCommandsPlugin } from './page-commands-plugin.mjs';
import { countingReporter } from './counting-reporter.mjs';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { embedFilesMiddleware } from '../../embed/test/embed-files-middleware.mjs';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export default {
  rootDir: repoRoot,
  nodeResolve: true,
  concurrency: 1,
  // The whole browser run (29 files, 100k-course catalogues among them) takes about 7 minutes in CI.
  testsFinishTimeout: 900_000,
  testFramework: { config: { timeout: 15_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Before the dev server's transforms: the embed's files must reach the browser as built.
  middleware: [embedFilesMiddleware],
  reporters: [defaultReporter(), countingReporter({ outputFile: process.env.LB_BROWSER_TOTALS })],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // Must be a file that itself sets experimentalDecorators: the plugin ignores `extends`.
      tsconfig: fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url)),
    }),
    leerbudgetServersPlugin(),
    pageCommandsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};

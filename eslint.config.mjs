// `pnpm lint`: ESLint with typescript-eslint, Lit's and the web-components rules. Formatting is
// Prettier's job (`prettier --check`), so no style rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    'packages/elements/src/generated/',
    'packages/elements/custom-elements.json',
    'packages/contract/openapi.json',
    'docs/api/',
    'docs/site/_site/',
    'coverage/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    rules: {
      // `_name` marks a parameter an interface demands or a property left out of a rest copy on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
  { files: ['**/*.test.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  // The example pages use the embed's global, loaded by a script tag.
  { files: ['examples/**/*.js'], languageOptions: { globals: { Leerbudget: 'readonly' } } },
);

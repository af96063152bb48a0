// @ts-check
import { join } from 'node:path';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { importFloorsRule } from './src/cli/support/import-floors.ts';

const chronicle = { rules: { 'import-floors': importFloorsRule(join(import.meta.dirname, 'src')) } };

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', '*.chronicle-staging/', '*.chronicle-old/', 'test-results/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    rules: {
      // Schema walkers and cross-file checks read loosely typed front matter on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The floors of src/ (see src/cli/support/import-floors.ts): every import points down.
  { files: ['src/**/*.{ts,astro,mjs,js}'], ignores: ['src/**/*.d.ts'], plugins: { chronicle }, rules: { 'chronicle/import-floors': 'error' } },
);

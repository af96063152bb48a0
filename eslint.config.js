// @ts-check
import { join } from 'node:path';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { importFloorsRule } from './src/cli/support/import-floors.ts';

const chronicle = {
  rules: { 'import-floors': importFloorsRule(join(import.meta.dirname, 'src')) },
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      '*.chronicle-staging/',
      '*.chronicle-old/',
      'test-results/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    rules: {
      // Schema walkers and cross-file checks read loosely typed front matter on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // Type-checked rules, chosen for the mistakes they find: promises left floating or passed where a
  // value is expected, objects turned into "[object Object]", methods called without their object,
  // switches that miss a case. Not the no-unsafe-* family: the checks read loosely typed front
  // matter on purpose.
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-plus-operands': 'error',
      '@typescript-eslint/unbound-method': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-redundant-type-constituents': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  // In src/ also conditions that can never be false: each is a check that is not doing what it
  // says.
  { files: ['src/**/*.ts'], rules: { '@typescript-eslint/no-unnecessary-condition': 'error' } },
  // The floors of src/ (see src/cli/support/import-floors.ts): every import points down.
  {
    files: ['src/**/*.{ts,astro,mjs,js}'],
    ignores: ['src/**/*.d.ts'],
    plugins: { chronicle },
    rules: { 'chronicle/import-floors': 'error' },
  },
);

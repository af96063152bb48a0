/**
 * The floors of src/: an import that points up a floor fails the lint with a message that says
 * which floors and what to do.
 */
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { FLOORS, floorOf, importFloorsRule } from '../../src/cli/support/import-floors.ts';
import { PROJECT_ROOT } from '../helpers/run.ts';

const SRC = join(PROJECT_ROOT, 'src');
const linter = new Linter();
const config = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { chronicle: { rules: { 'import-floors': importFloorsRule(SRC) } } },
    rules: { 'chronicle/import-floors': 'error' as const },
  },
];

function lint(file: string, code: string): string[] {
  return linter.verify(code, config, { filename: join(SRC, file) }).map((m) => m.message);
}

describe('import floors', () => {
  it('refuses an import that points up, naming both floors', () => {
    expect(lint('lib/dates.ts', "import { siteModel } from '../data/site-model.ts';")).toEqual([
      'src/lib/dates.ts is on the floor "lib, styles" and may not import src/data/site-model.ts, which is on a floor above it ("data, content.config.ts"). Imports point down: move the code it needs to a lower floor, or hand it down as an argument.',
    ]);
  });

  it('sees re-exports, type imports and dynamic imports too, from any depth', () => {
    expect(
      lint('model/exports/a.ts', "export { x } from '../../derived/export-files.ts';"),
    ).toHaveLength(1);
    expect(
      lint(
        'checks/a.ts',
        "import type { ValidationResult } from '../validation/validate-content.ts';",
      ),
    ).toHaveLength(1);
    expect(lint('schema/a.ts', "export * from '../checks/index.ts';")).toHaveLength(1);
    expect(lint('validation/a.ts', "const m = await import('../derived/worker.ts');")).toHaveLength(
      1,
    );
  });

  it('lets imports point down or stay on their floor', () => {
    expect(
      lint(
        'pages/a.ts',
        "import { href } from '../data/settings.ts'; import { withBase } from '../lib/urls.ts';",
      ),
    ).toEqual([]);
    expect(
      lint(
        'model/exports/a.ts',
        "import { x } from '../timeline.ts'; import { y } from './csv-file.ts';",
      ),
    ).toEqual([]);
    expect(lint('cli/a.ts', "import { z } from '../bench/report.ts'; import 'astro';")).toEqual([]);
    expect(lint('content.config.ts', "import { collections } from './schema/index.ts';")).toEqual(
      [],
    );
  });

  it('asks for a new folder to be given a floor', () => {
    expect(lint('widgets/a.ts', 'export const a = 1;')).toEqual([
      'src/widgets/a.ts is in no floor of src/. Add its folder to FLOORS in src/cli/support/import-floors.ts.',
    ]);
  });

  it('gives every folder of src/ a floor, lib the lowest', () => {
    expect(floorOf(SRC, join(SRC, 'lib', 'calendar.ts'))).toBe(0);
    expect(floorOf(SRC, join(PROJECT_ROOT, 'tests', 'x.ts'))).toBeUndefined();
    const folders = FLOORS.flat().map((f) => f.folder);
    expect(new Set(folders).size).toBe(folders.length);
  });
});

/** `npm run validate` as an editor and as GitHub Actions see it. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCase, BAD_INPUT, tempProject } from '../helpers/fixture-site.ts';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';

const CLI = join(PROJECT_ROOT, 'src', 'cli', 'validate.ts');
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(caseName?: string) {
  const root = tempProject();
  roots.push(root);
  if (caseName) applyCase(root, join(BAD_INPUT, caseName));
  return root;
}

describe('validate CLI', () => {
  it('says so and exits 0 when all is well', () => {
    const result = runNode([CLI], { cwd: project() });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✓ 11 files checked in \d+ ms: no problems\.\n$/);
  });

  it('prints every problem in every file, a summary, and exits 1', () => {
    const result = runNode([CLI], { cwd: project('many-problems-in-many-files') });
    expect(result.status).toBe(1);
    const expected = readFileSync(
      join(BAD_INPUT, 'many-problems-in-many-files', 'expected.txt'),
      'utf8',
    );
    expect(result.stderr).toMatch(
      new RegExp(
        `^${escape(expected)}\\n✗ 2 problems in 2 files \\(13 files checked in \\d+ ms\\)\\. Nothing was published\\.\\n$`,
      ),
    );
    expect(result.stderr).not.toMatch(/ at |Error:|ZodError|invalid_/);
  });

  it('adds GitHub annotations under GitHub Actions', () => {
    const result = runNode([CLI], {
      cwd: project('unknown-person'),
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      '::error file=content/events/2021-11-28-chair-speaks.md,line=8,title=people[0]::no person has the id "ada-quil". Did you mean "ada-quill"? Correct the id, or create content/people/ada-quil.md.\n',
    );
  });

  it('checks another content folder when given one', () => {
    const result = runNode([CLI, 'tests/fixtures/site/content']);
    expect(result.status).toBe(0);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

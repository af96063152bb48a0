/** `npm run new-event`: a new editor's first file, from flags, following the naming convention. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/fixture-site.ts';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';

const NEW_EVENT = join(PROJECT_ROOT, 'src', 'cli', 'new-event.ts');
const VALIDATE = join(PROJECT_ROOT, 'src', 'cli', 'validate.ts');
const root = tempProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const args = [
  '--title',
  'Ada Quill: "we will decide"',
  '--date',
  '2021-11-28',
  '--source',
  '2021-11-28-wire-council-preview',
];
const file = join(root, 'content', 'events', '2021-11-28-ada-quill-we-will-decide.md');

describe('new-event', () => {
  it('writes the file under the naming convention and says what to do next', () => {
    const result = runNode([NEW_EVENT, ...args], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '✓ Wrote content/events/2021-11-28-ada-quill-we-will-decide.md',
    );
    expect(result.stdout).toContain(
      '1. Open it and paste into quote: the exact words of the article that report this event.',
    );
    expect(readFileSync(file, 'utf8')).toContain(
      'title: "Ada Quill: \\"we will decide\\"" # a short headline',
    );
  });

  it('fails validation only for the empty quote, and passes once it is filled in', () => {
    const before = runNode([VALIDATE], { cwd: root });
    expect(before.status).toBe(1);
    expect(before.stderr.split('\n').filter((l) => l.includes(' → '))).toEqual([
      'content/events/2021-11-28-ada-quill-we-will-decide.md:15 → sources[0].quote: this field is empty. Words copied exactly from the article (spaces, straight or curly quotes and dash variants may differ). For example: The harbour council will meet on Tuesday',
    ]);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'quote: ""',
        'quote: "“We will decide this week,” council chair Ada Quill said"',
      ),
    );
    expect(runNode([VALIDATE], { cwd: root }).status).toBe(0);
  });

  it('refuses to overwrite, and explains a bad date or source', () => {
    expect(runNode([NEW_EVENT, ...args], { cwd: root }).stderr).toBe(
      '✗ content/events/2021-11-28-ada-quill-we-will-decide.md already exists. Edit it, or choose another title.\n',
    );
    const badDate = runNode(
      [
        NEW_EVENT,
        '--title',
        'x',
        '--date',
        '2021-02-30',
        '--source',
        '2021-11-28-wire-council-preview',
      ],
      { cwd: root },
    );
    expect(badDate.stderr).toBe(
      '✗ "2021-02-30" is not a date. Write YYYY-MM-DD, YYYY-MM or YYYY, for example 2021-11-30.\n',
    );
    const badSource = runNode(
      [NEW_EVENT, '--title', 'x', '--date', '2021-11-28', '--source', 'nope'],
      { cwd: root },
    );
    expect(badSource.stderr).toBe(
      '✗ no source has the id "nope". Known sources: 2021-11-28-wire-council-preview, 2021-12-01-gazette-council-approves.\n',
    );
  });
});

/**
 * `npm run permalinks` and the published facts it records: a fact changed with a `changes:`
 * entry passes and is recorded anew; without one, nothing is recorded; a facts file that cannot be
 * read is a problem with its path.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/fixture-site.ts';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';

const PERMALINKS = join(PROJECT_ROOT, 'src/cli/record-published.ts');
const VALIDATE = join(PROJECT_ROOT, 'src/cli/validate.ts');
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project() {
  const root = tempProject();
  roots.push(root);
  return root;
}
const EVENT = 'content/events/2022-01-bridge-works-start.md';
const facts = (root: string) =>
  JSON.parse(readFileSync(join(root, 'content/published-facts.json'), 'utf8')) as {
    events: Record<string, { recorded: string; facts: { title: string } }>;
  };
function retitle(root: string, changes = '') {
  const path = join(root, EVENT);
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replace('title: Bridge works start', 'title: Bridge works begin')
      .replace(/\n---\n?$/, `\n${changes}---\n`),
  );
}

describe('published facts', () => {
  it('a changed fact told to readers in changes: passes, and permalinks records it anew', () => {
    const root = project();
    retitle(
      root,
      'changes:\n  - kind: update\n    date: 2022-01-07\n    what: The title said the works start; they have begun.\n',
    );
    expect(runNode([VALIDATE], { cwd: root }).status).toBe(0);
    const recorded = runNode([PERMALINKS, '--on', '2022-01-07'], { cwd: root });
    expect(recorded.stderr).toBe('');
    expect(recorded.stdout).toContain(
      'Recorded the facts of 1 event(s) in content/published-facts.json, as of 2022-01-07.',
    );
    const { events } = facts(root);
    expect(events['2022-01-bridge-works-start']).toMatchObject({
      recorded: '2022-01-07',
      facts: { title: 'Bridge works begin' },
    });
    // The others keep the day they were recorded on.
    expect(events['2021-03-council-approves-plans']!.recorded).toBe('2022-01-06');
  });

  it('a change dated before the facts were recorded does not count', () => {
    const root = project();
    retitle(root, 'changes:\n  - kind: update\n    date: 2022-01-05\n    what: Retitled.\n');
    const result = runNode([VALIDATE], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${EVENT}:2 → title: the title has changed since the event was published (as recorded on 2022-01-06): before, "Bridge works start"; now, "Bridge works begin".`,
    );
  });

  it('records nothing while a change is not told to readers', () => {
    const root = project();
    retitle(root);
    const before = readFileSync(join(root, 'content/published-facts.json'), 'utf8');
    const result = runNode([PERMALINKS], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      '✗ 1 problem in the content: nothing was recorded. Run npm run validate, fix it, and run this again.',
    );
    expect(readFileSync(join(root, 'content/published-facts.json'), 'utf8')).toBe(before);
  });

  it('refuses a day that is not one', () => {
    const result = runNode([PERMALINKS, '--on', '7 January'], { cwd: project() });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"7 January" is not a day written YYYY-MM-DD.');
  });

  it('a facts file that cannot be read is a problem with its path', () => {
    const root = project();
    writeFileSync(join(root, 'content/published-facts.json'), '{ "events": ');
    const result = runNode([VALIDATE], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /content\/published-facts\.json:1 → this file cannot be read \(.+\)\. It is written by npm run permalinks, never by hand: restore it from the repository's history\./,
    );
  });
});

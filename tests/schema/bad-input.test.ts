/**
 * The bad-input corpus: each folder in tests/fixtures/bad-input/ lays broken
 * files over the valid fixture site; `expected.txt` holds, line for line,
 * exactly what an editor sees from `npm run validate` (and from the build).
 */
import { readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_IDS, type RuleId } from '../../src/lib/errors.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { applyCase, BAD_INPUT, tempProject } from '../helpers/fixture-site.ts';

const cases = readdirSync(BAD_INPUT).sort();
const rulesSeen = new Set<RuleId>();
const roots: string[] = [];

function run(root: string) {
  const { problems } = validateContent('content', root);
  problems.forEach((p) => rulesSeen.add(p.rule));
  return problems.map(formatProblem).join('\n');
}

describe('bad-input corpus', () => {
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('has at least 30 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('the fixture site itself is valid', () => {
    const root = tempProject();
    roots.push(root);
    expect(run(root)).toBe('');
  });

  it.each(cases)('%s', (name) => {
    const root = tempProject();
    roots.push(root);
    applyCase(root, join(BAD_INPUT, name));
    const expected = readFileSync(join(BAD_INPUT, name, 'expected.txt'), 'utf8').trimEnd();
    expect(run(root)).toBe(expected);
  });

  it('a file far over the size limit is refused before it is parsed', () => {
    const root = tempProject();
    roots.push(root);
    mkdirSync(join(root, 'content', 'events'), { recursive: true });
    writeFileSync(
      join(root, 'content', 'events', '2021-11-30-huge.md'),
      `---\ntitle: x\n---\n${'word '.repeat(40_000)}`,
    );
    expect(run(root)).toBe(
      'content/events/2021-11-30-huge.md:1 → the file is 196 KB; an event file may be 64 KB at most. Keep the record short and put long text elsewhere.',
    );
  });

  it('a link under content/ that cannot be followed (a loop) is a problem with its path, not a crash', () => {
    const root = tempProject();
    roots.push(root);
    symlinkSync('loop', join(root, 'content', 'people', 'loop'));
    expect(run(root)).toBe(
      'content/people/loop:1 → this link cannot be followed (it points to itself, in a loop, or to nothing). Remove it, or point it at a file or folder that exists.',
    );
  });

  it('every rule in the wording catalog is shown by at least one case', () => {
    expect(RULE_IDS.filter((rule) => !rulesSeen.has(rule))).toEqual([]);
  });
});

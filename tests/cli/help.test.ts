/**
 * Every command of package.json's scripts answers --help (usage, what it does, its flags; exit 0)
 * and meets an unknown flag with a usage error (exit 2), never a stack trace — without doing any
 * of its work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';

const scripts = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;
const commands = Object.entries(scripts).flatMap(([name, line]) => {
  const match = /^node (src\/cli\/[\w-]+\.ts)((?: [\w-]+)*)$/.exec(line);
  return match ? [{ name, file: match[1]!, args: match[2]!.split(' ').filter(Boolean) }] : [];
});
const noTrace = (text: string) =>
  expect(text).not.toMatch(/\n\s+at |Error:|node:internal|ERR_[A-Z_]+/);

describe('every command', () => {
  it('is found in package.json', () => {
    expect(commands.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'validate',
        'import-source',
        'build',
        'permalinks',
        'coverage',
        'new-event',
        'new-story',
        'new-person',
        'new-organisation',
        'new-place',
        'new-topic',
        'new-period',
        'docs',
        'review',
        'bench',
        'bench:validate',
        'screenshots',
      ]),
    );
  });

  it.each(commands)('npm run $name -- --help: usage, what it does, its flags; exit 0', (c) => {
    const result = runNode([join(PROJECT_ROOT, c.file), ...c.args, '--help']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [usage, blank, about, , heading] = result.stdout.split('\n');
    expect(usage).toMatch(new RegExp(`^Usage: npm run ${c.name.replace(':', '\\:')}\\b`));
    expect(blank).toBe('');
    expect(about!.length).toBeGreaterThan(40);
    expect(heading).toMatch(/^(Options|Arguments and options):$/);
    expect(result.stdout).toContain('  -h, --help ');
    noTrace(result.stdout);
  });

  it.each(commands)('npm run $name -- --no-such-flag: a usage error, exit 2', (c) => {
    const result = runNode([join(PROJECT_ROOT, c.file), ...c.args, '--no-such-flag']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `✗ unknown option --no-such-flag.\n${result.stderr.split('\n')[1]}\nFor every option: npm run ${c.name} -- --help\n`,
    );
    expect(result.stderr.split('\n')[1]).toMatch(/^Usage: npm run /);
    noTrace(result.stderr);
  });

  it('says what a flag without its value needs', () => {
    const result = runNode([join(PROJECT_ROOT, 'src/cli/new-story.ts'), '--title']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      '✗ --title needs a value (if the value starts with a dash, write --title=value).',
    );
  });
});

describe('every command that reads a content folder', () => {
  const missing = join(PROJECT_ROOT, 'no-such-content-folder');
  // What each needs besides the folder to get as far as reading it.
  const reading: [name: string, args: string[]][] = [
    ['validate', []],
    ['coverage', []],
    ['permalinks', []],
    ['build', []],
    ['review', []],
    ['suggest', ['some-source']],
    ['suggest-recall', []],
    ['import-source', ['article.txt', 'some-source']],
    ['new-event', ['--title', 'A title', '--date', '2021-11-30', '--source', 'some-source']],
    ['new-person', ['A Name']],
    ['new-organisation', ['A Name']],
    ['new-place', ['A Name']],
    ['new-topic', ['A Name']],
    ['new-period', ['A Name']],
  ];

  it.each(reading)(
    'npm run %s, pointed at a folder that is not there: one line and the usage, exit 2',
    (name, args) => {
      const c = commands.find((command) => command.name === name)!;
      const result = runNode([join(PROJECT_ROOT, c.file), ...c.args, ...args], {
        env: { CHRONICLE_CONTENT: missing },
      });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      const [line, usage, more] = result.stderr.split('\n');
      expect(line).toBe(
        `✗ there is no content folder at "${missing}" (from CHRONICLE_CONTENT). Give the folder that holds site.yaml, or make one with npm run new-story.`,
      );
      expect(usage).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
      expect(more).toBe(`For every option: npm run ${name} -- --help`);
      noTrace(result.stderr);
    },
  );
});

describe('npm run review', () => {
  it('names a base branch git does not know, in one line with its usage (exit 2)', () => {
    const result = runNode(
      [join(PROJECT_ROOT, 'src/cli/review.ts'), '--base', 'no-such-branch-anywhere'],
      { env: { CHRONICLE_CONTENT: join(PROJECT_ROOT, 'tests/fixtures/site/content') } },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      '✗ git knows no branch "no-such-branch-anywhere" to compare with here. Fetch it (git fetch origin), or name another with --base.',
    );
    expect(result.stderr.split('\n')[1]).toMatch(/^Usage: npm run review\b/);
    noTrace(result.stderr);
  });
});

describe('an error no command expected', () => {
  const crash = join(PROJECT_ROOT, 'tests/fixtures/commands/crashing-command.ts');

  it('is one line and how to report it, exit 1, never a stack trace', () => {
    const result = runNode([crash]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      '✗ npm run crash stopped on an error it did not expect: something nobody planned for\n  This is a fault in Chronicle, not in your content: please report it with the command you ran (CHRONICLE_DEBUG=1 shows where it happened).\n',
    );
  });

  it('shows where it happened with CHRONICLE_DEBUG=1', () => {
    const result = runNode([crash], { env: { CHRONICLE_DEBUG: '1' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/crashing-command\.ts:\d+/);
  });
});

/**
 * `npm run new-story`: a newsroom's first command. The folder it writes validates, and builds
 * without a single warning while it has no events, in English and in Spanish, its home page saying
 * so in the site's language; bad values are refused in the catalogue's words, before anything is
 * written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../src/bench/project-copy.ts';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';

// A copy of the project: a build here cannot collide with one in the working tree (.astro,
// node_modules/.vite), and its content/ is the new story's, as in a fork.
const project = mkdtempSync(join(tmpdir(), 'chronicle-new-story-'));
const cli = (name: string) => join(project, 'src', 'cli', `${name}.ts`);
const run = (args: string[], env: Record<string, string> = {}) =>
  runNode(args, { cwd: project, env: { CHRONICLE_CONTENT: '', ...env } });

const STORY = [
  '--title',
  'The harbour bridge dispute',
  '--description',
  'A sourced timeline of the dispute over the new harbour bridge.',
  '--start',
  '2026-03-01',
  '--end',
  '2026-03-08',
  '--url',
  'https://example.org',
];
const PAGES = [
  'index.html',
  'about/index.html',
  'data/index.html',
  'search/index.html',
  'sources/index.html',
  'people/index.html',
  'organisations/index.html',
  'places/index.html',
  'topics/index.html',
  '404.html',
];

beforeAll(() => copyProject(PROJECT_ROOT, project));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Builds a content folder of the copy; gives the output folder and every line the build printed. */
function build(content: string) {
  const out = join(project, `dist-${content}`);
  const result = run([cli('build')], {
    CHRONICLE_CONTENT: content,
    CHRONICLE_OUT_DIR: out,
    CHRONICLE_CACHE_DIR: join(project, `cache-${content}`),
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return { out, lines: `${result.stdout}`.split('\n') };
}

describe('new-story', () => {
  it('writes site.yaml, the empty lists and every collection folder, and says so', () => {
    const result = run([cli('new-story'), ...STORY]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`✓ Wrote a new story in content/
  content/site.yaml
  content/published-ids.txt
  content/coverage-exclusions.yaml
  content/{events,sources,people,organisations,places,topics,periods}/ (empty, each with a .gitkeep)
✓ npm run validate: no problems.

Next:
  1. Add each article as a source: npm run import-source -- article.txt <id>
  2. Add who and what the story is about: npm run new-person -- "Ada Quill"
     (likewise new-organisation, new-place, new-topic and new-period).
  3. Add the events: npm run suggest -- <source-id> proposes them from an article (--write
     makes drafts of those you choose), or npm run new-event -- --title "…" --date 2026-03-01 --source <source-id>
  4. Run npm run validate, then npm run build.
CONTRIBUTING.md, "Forking for a new story", walks through each step.
`);
    const content = join(project, 'content');
    expect(readdirSync(content).sort()).toEqual([
      'coverage-exclusions.yaml',
      'events',
      'organisations',
      'people',
      'periods',
      'places',
      'published-ids.txt',
      'site.yaml',
      'sources',
      'topics',
    ]);
    for (const folder of ['events', 'sources', 'people', 'organisations', 'places', 'topics'])
      expect(readdirSync(join(content, folder))).toEqual(['.gitkeep']);
    expect(readFileSync(join(content, 'published-ids.txt'), 'utf8')).toBe(
      '# Published event ids: never remove a line; rename an event only with an alias.\n',
    );
    const site = readFileSync(join(content, 'site.yaml'), 'utf8');
    expect(site).toContain('title: "The harbour bridge dispute"\n');
    expect(site).toContain('language: en # BCP 47');
    expect(site).toContain('period:\n  start: 2026-03-01 # the first day the timeline covers\n');
    expect(site).toContain('base: "/" #');
    expect(site).toContain('\ncoverage: reported\n');
  });

  it('writes a folder npm run validate passes', () => {
    const result = run([cli('validate')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✓ 0 files checked in \d+ ms: no problems\.\n$/);
  });

  it('builds every page without one warning, the home page saying there are no events yet', () => {
    const { out, lines } = build('content');
    expect(lines.filter((line) => /warn|error/i.test(line))).toEqual([]);
    for (const page of PAGES) expect(existsSync(join(out, page)), page).toBe(true);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain(
      '<p class="empty-timeline">No events yet. The timeline of 1 March 2026 – 8 March 2026 fills in as its events are added, each one quoted from its sources.</p>',
    );
    expect(home).not.toContain('class="overview"');
    // The other pages say there is nothing yet, rather than counting to zero.
    const page = (path: string) => readFileSync(join(out, path), 'utf8');
    expect(page('sources/index.html')).toContain('<p class="lede">No sources yet.');
    expect(page('about/index.html')).toContain('<p class="lede">This timeline has no events yet.');
    expect(page('about/index.html')).not.toMatch(/\b0 of the\b/);
    expect(page('people/index.html')).toContain(
      '<p>None yet: each appears here once an event names it.</p>',
    );
  });

  it('writes a Spanish story whose empty home page is in Spanish', () => {
    const result = run([cli('new-story'), ...STORY, '--language', 'es', '--dir', 'historia']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ npm run validate: no problems.');
    expect(result.stdout).toContain(
      '(The commands read content/: to work on this folder, run them with CHRONICLE_CONTENT=historia.)',
    );
    const { out, lines } = build('historia');
    expect(lines.filter((line) => /warn|error/i.test(line))).toEqual([]);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="es"');
    expect(home).toContain(
      '<p class="empty-timeline">Todavía no hay hechos. La cronología del 1 de marzo de 2026 al 8 de marzo de 2026 se irá completando a medida que se añadan, cada uno citado de sus fuentes.</p>',
    );
  });

  it('gives a language without a catalogue a messages.yaml to write, and says what is left', () => {
    const result = run([cli('new-story'), ...STORY, '--language', 'fr', '--dir', 'histoire']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  histoire/messages.yaml\n');
    expect(result.stdout).toContain(
      `Still to do before npm run validate passes:
  histoire/site.yaml:5 → language: no catalogue of the site's words is shipped for "fr", and histoire/messages.yaml does not give them all: nav.label, nav.timeline, nav.people and others are missing.`,
    );
    const worksheet = join(project, 'histoire', 'messages.yaml');
    const text = readFileSync(worksheet, 'utf8');
    expect(text).toContain('# nav.timeline: "Timeline"\n');
    // French plural rules have three forms; each is asked for.
    expect(text).toContain(
      '# count.events: { one: "{count} event", many: "{count} events", other: "{count} events" }\n',
    );
    // Every line written (here, left in English) is every message the site needs.
    writeFileSync(worksheet, text.replace(/^# (?=\S+: )/gm, ''));
    expect(run([cli('validate'), 'histoire']).status).toBe(0);
  });

  it('asks for what is missing when run in a terminal', () => {
    if (spawnSync('script', ['--version']).status !== 0) return; // util-linux's script gives a terminal
    const answers =
      'Harbour\nA sourced timeline.\n\n2026-03-01\n2026-03-08\nhttps://example.org\n\n';
    const result = spawnSync(
      'script',
      ['-qec', `${process.execPath} ${cli('new-story')} --dir asked`, '/dev/null'],
      { cwd: project, input: answers, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    const site = readFileSync(join(project, 'asked', 'site.yaml'), 'utf8');
    expect(site).toContain('title: "Harbour"\n');
    expect(site).toContain('language: en #');
    expect(site).toContain('  end: 2026-03-08 #');
    expect(site).toContain('base: "/" #');
  });
});

describe('new-story refuses, in one message, before writing anything', () => {
  const refused = (args: string[]) => {
    const result = run([cli('new-story'), ...args, '--dir', 'refused']);
    expect(existsSync(join(project, 'refused'))).toBe(false);
    return result;
  };

  it('a missing flag when there is no terminal to ask in (exit 2)', () => {
    const result = refused(STORY.slice(0, 4));
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').slice(0, 3)).toEqual([
      '✗ missing --start, --end and --url (with no terminal to ask in, every value comes from the flags). For example:',
      '  npm run new-story -- --title "The harbour bridge dispute" --description "A sourced timeline of the dispute over the new harbour bridge." --start 2026-03-01 --end 2026-03-08 --url https://example.org',
      'Usage: npm run new-story -- --title <text> --description <text> --start <date> --end <date> --url <address> [--language <tag>] [--base <path>] [--dir <folder>]',
    ]);
  });

  it('a language that is not a BCP 47 tag, and other bad values, in the catalogue’s words', () => {
    const language = refused([...STORY, '--language', 'english']);
    expect(language.status).toBe(1);
    expect(language.stderr).toBe(
      '✗ --language: found "english", which is not in the expected form. Language of the site, BCP 47. For example: en\n',
    );
    const values = refused([...STORY, '--url', 'ftp://example.org', '--base', 'bridge']);
    expect(values.stderr).toBe(
      '✗ --url: found "ftp://example.org"; only web addresses starting with http:// or https:// are accepted.\n' +
        '✗ --base: found "bridge", which is not in the expected form. Path the site is served under, starting and ending with /; each part a name (not . or ..). For example: /chronicle/\n',
    );
  });

  it('a date that is not in the calendar, or an end before the start', () => {
    const day = refused([...STORY, '--start', '2026-02-30']);
    expect(day.status).toBe(1);
    expect(day.stderr).toBe(
      '✗ --start: found "2026-02-30", which is not a real calendar date: February 2026 has 28 days.\n',
    );
    expect(refused([...STORY, '--end', '2026-02-27']).stderr).toBe(
      '✗ --end: the period ends (2026-02-27) before it starts (2026-03-01). Swap the two dates, or correct the one that is wrong.\n',
    );
  });

  it('a folder that already holds records, or a site.yaml', () => {
    const records = run([cli('new-entity'), 'person', 'Ada Quill']);
    expect(records.status).toBe(0);
    const held = run([cli('new-story'), ...STORY]);
    expect(held.status).toBe(1);
    expect(held.stderr).toBe(
      '✗ content/ already holds a story (1 person); new-story writes only into a folder without records. Remove the old story first (git rm -r content, then commit), or write the new one elsewhere with --dir <folder>.\n',
    );
    expect(run([cli('new-story'), ...STORY, '--dir', 'historia']).stderr).toBe(
      '✗ historia/ already has site.yaml, published-ids.txt and coverage-exclusions.yaml; new-story never overwrites them. Remove them first, or pass --dir <folder>.\n',
    );
  });
});

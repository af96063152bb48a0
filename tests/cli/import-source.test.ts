/**
 * `npm run import-source`: an article into a source record, in the site's language unless told
 * otherwise; every refusal one line with its exit code, never a stack trace.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/sha256.ts';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';

const cli = (name: string) => join(PROJECT_ROOT, 'src', 'cli', `${name}.ts`);
const root = mkdtempSync(join(tmpdir(), 'chronicle-import-'));
const run = (args: string[], env: Record<string, string> = {}) =>
  runNode([cli('import-source'), ...args], { cwd: root, env: { CHRONICLE_CONTENT: '', ...env } });
const ARTICLE = 'HARBOURTOWN – El consejo del puerto aprobó el martes el nuevo puente.\n';
const ID = '2026-03-04-gaceta-puente-aprobado';

beforeAll(() => {
  const story = runNode(
    [
      cli('new-story'),
      '--title',
      'El puente del puerto',
      '--description',
      'Una cronología con fuentes.',
      '--language',
      'es',
      '--start',
      '2026-03-01',
      '--end',
      '2026-03-08',
      '--url',
      'https://example.org',
    ],
    { cwd: root, env: { CHRONICLE_CONTENT: '' } },
  );
  expect(story.status).toBe(0);
  // A fork may have no sources folder at all: the command makes it.
  rmSync(join(root, 'content', 'sources'), { recursive: true });
  writeFileSync(join(root, 'articulo.txt'), ARTICLE);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const noTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

describe('import-source', () => {
  it('writes the record in the site’s language, with the text byte for byte and its SHA-256', () => {
    const result = run(['articulo.txt', ID]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `✓ Wrote content/sources/${ID}.md. Fill in the fields marked "", then run npm run validate.\n  Then npm run suggest -- ${ID} proposes its events, each date worked out from the day it was published.\n`,
    );
    const file = join(root, 'content', 'sources', `${ID}.md`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('\nlanguage: es # of the text as kept, BCP 47\n');
    expect(text).toContain('\n# url: "https://…" # where the article was published, if known\n');
    expect(text).toContain(`\nsha256: ${sha256(ARTICLE)} #`);
    expect(text.endsWith(`\n---\n${ARTICLE}`)).toBe(true);
    writeFileSync(
      file,
      text
        .replace('headline: ""', 'headline: El consejo aprueba el puente')
        .replace('site: ""', 'site: Gaceta del Puerto')
        .replace('published: ""', 'published: 2026-03-04')
        .replace('publishedEvidence: ""', 'publishedEvidence: Fechado el 4 de marzo de 2026.'),
    );
    const validate = runNode([cli('validate')], { cwd: root, env: { CHRONICLE_CONTENT: '' } });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
  });

  it('takes --language and --url, and English where there is no site.yaml', () => {
    const given = run(['articulo.txt', 'otra', '--language', 'en', '--url', 'https://x.example/a']);
    expect(given.status).toBe(0);
    const text = readFileSync(join(root, 'content', 'sources', 'otra.md'), 'utf8');
    expect(text).toContain('\nlanguage: en #');
    expect(text).toContain('\nurl: "https://x.example/a"\n');
    // A content folder without site.yaml (a folder that is not there at all is refused: help.test.ts).
    mkdirSync(join(root, 'bare'));
    const bare = run(['articulo.txt', 'sin-sitio'], { CHRONICLE_CONTENT: 'bare' });
    expect(bare.stdout).toBe(
      '✓ Wrote bare/sources/sin-sitio.md. Fill in the fields marked "", then run npm run validate.\n  Then npm run suggest -- sin-sitio proposes its events, each date worked out from the day it was published.\n',
    );
    expect(readFileSync(join(root, 'bare', 'sources', 'sin-sitio.md'), 'utf8')).toContain(
      '\nlanguage: en #',
    );
  });

  it('refuses in one line, with exit 1: an existing record, a bad id, a bad value, an unreadable article', () => {
    const cases: [string[], string][] = [
      [
        ['articulo.txt', ID],
        `✗ content/sources/${ID}.md already exists; choose another id, or edit that file.\n`,
      ],
      [
        ['articulo.txt', 'Gaceta Puente'],
        '✗ "Gaceta Puente" is not an id: write lower-case words joined by hyphens, by custom the publication date, the outlet and a few words, e.g. 2026-03-02-harbour-wire-bridge-vote.\n',
      ],
      [
        ['articulo.txt', 'x', '--language', 'spanish'],
        '✗ --language: found "spanish", which is not in the expected form. Language of the text as kept, BCP 47. For example: en\n',
      ],
      [
        ['articulo.txt', 'x', '--url', 'ftp://x.example/a'],
        '✗ --url: found "ftp://x.example/a"; only web addresses starting with http:// or https:// are accepted.\n',
      ],
      [
        ['no-such.txt', 'x'],
        '✗ there is no file no-such.txt. Give the path of the article’s text.\n',
      ],
      [['content', 'x'], '✗ content is a folder; give the article’s text file.\n'],
      [
        ['latin1.txt', 'x'],
        '✗ latin1.txt is not UTF-8 text. Save it again with UTF-8 encoding, then import it.\n',
      ],
      [['empty.txt', 'x'], '✗ empty.txt is empty: a source keeps the article’s whole text.\n'],
    ];
    writeFileSync(
      join(root, 'latin1.txt'),
      Buffer.from([0x50, 0x75, 0x65, 0x6e, 0x74, 0xe9, 0x0a]),
    );
    writeFileSync(join(root, 'empty.txt'), '');
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.stderr, args.join(' ')).toBe(message);
      expect(result.status).toBe(1);
    }
    expect(existsSync(join(root, 'content', 'sources', 'x.md'))).toBe(false);
  });

  it('says when the article cannot be read', () => {
    if (process.getuid?.() === 0) return; // root reads any file
    writeFileSync(join(root, 'locked.txt'), ARTICLE);
    chmodSync(join(root, 'locked.txt'), 0o000);
    expect(run(['locked.txt', 'x']).stderr).toBe(
      '✗ locked.txt cannot be read: permission denied.\n',
    );
  });

  it('gives a usage error (exit 2) when an argument is missing or too many', () => {
    for (const args of [[], ['articulo.txt'], ['articulo.txt', 'a', 'b']]) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^✗ (give the article’s file and the new record’s id\.|unexpected argument "b"\.)\nUsage: npm run import-source -- <article\.txt> <id>/,
      );
      noTrace(result.stderr);
    }
  });
});

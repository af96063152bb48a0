/**
 * `npm run dev` as an editor uses it: on content outside the project (as
 * CHRONICLE_CONTENT allows), the files made from the content are served under
 * the base path, an edit to a source shows without a restart, an edit that
 * breaks a rule is reported in the terminal and on every page until it is
 * fixed, and an edit to the site configuration restarts the server, which
 * reads it again.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run.ts';

const PORT = 4391;
const work = mkdtempSync(join(tmpdir(), 'chronicle-dev-'));
const content = join(work, 'content');
const address = (path: string) => `http://localhost:${PORT}/sub/${path}`;
let server: ChildProcess | undefined;
/** What the server has printed so far. */
let log = '';

/**
 * Asks until the answer passes `ready` (the dev server takes a moment to start and to see an edit),
 * for at most 60 s.
 */
async function fetchUntil(
  path: string,
  ready: (response: Response, body: string) => boolean,
): Promise<{ response: Response; body: string }> {
  const give = Date.now() + 60_000;
  let last = 'no answer';
  while (Date.now() < give) {
    try {
      const response = await fetch(address(path));
      const body = await response.text();
      if (ready(response, body)) return { response, body };
      last = `${response.status} ${body.slice(0, 200)}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${path} never came right; last answer: ${last}`);
}

function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );
}

beforeAll(() => {
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/site/content'), content, { recursive: true });
  // The server binary itself, so that stopping it stops it (npm would leave it running).
  server = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)],
    {
      cwd: PROJECT_ROOT,
      // Without the test runner's own settings (NODE_ENV=test and VITEST…), which a dev server would
      // take for its own.
      env: {
        ...withoutTestRunner(process.env),
        CHRONICLE_CONTENT: content,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [server.stdout, server.stderr])
    stream?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
});

/** What the server has printed, without colours (a CI runner may ask for them: FORCE_COLOR). */
const plainLog = () => stripVTControlCharacters(log);

/** Waits until the server has printed `text`, for at most 30 s. */
async function logged(text: string): Promise<void> {
  const give = Date.now() + 30_000;
  while (!plainLog().includes(text) && Date.now() < give)
    await new Promise((r) => setTimeout(r, 100));
  expect(plainLog()).toContain(text);
}

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves the open data, a share image, the search index and the embeds under the base path', async () => {
    const json = await fetchUntil('events.json', (r) => r.status === 200);
    expect(json.response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(json.body).events).toHaveLength(3);
    const png = await fetch(address('og/2021-11-30-harbour-council-meets.png'));
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    const entry = await fetch(address('pagefind/pagefind-entry.json'));
    expect((await entry.json()).languages.en.page_count).toBe(3);
    // The embeds and their oEmbed files, as the build writes them.
    const card = await fetch(address('embed/events/2021-11-30-harbour-council-meets/'));
    expect(card.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await card.text()).toContain(
      '<h1><a href="/sub/events/2021-11-30-harbour-council-meets/">',
    );
    const oembed = await fetch(address('oembed/topics/bridge.json'));
    expect((await oembed.json()).type).toBe('rich');
  });

  it('shows a draft in place, marked as one, on its page and on the timeline (a build never does)', async () => {
    const draft = await fetchUntil(
      'events/2021-11-28-chair-promises-decision/',
      (r) => r.status === 200,
    );
    expect(draft.body).toContain(
      '<p class="draft-banner" role="note">Draft: this event is not published. Only npm run dev shows it; remove draft: true from its file to publish it.</p>',
    );
    const home = await fetchUntil('', (r) => r.status === 200);
    expect(home.body).toContain('<span class="status status-draft">Draft</span>');
  });

  it('shows an edit to a source without a restart', async () => {
    const path = 'sources/2021-11-28-wire-council-preview/';
    await fetchUntil(
      path,
      (r, body) => r.status === 200 && body.includes('<h1>Harbour council to meet on bridge</h1>'),
    );
    const file = join(content, 'sources', '2021-11-28-wire-council-preview.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^headline: .*$/m,
        'headline: Edited while the server runs',
      ),
    );
    const edited = await fetchUntil(path, (_r, body) =>
      body.includes('<h1>Edited while the server runs</h1>'),
    );
    expect(edited.response.status).toBe(200);
  });

  it('checks the content again on every save: the problem in the terminal and on every page, until it is fixed', async () => {
    const file = join(content, 'events', '2021-11-30-harbour-council-meets.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      original.replace(
        'quote: The harbour council will meet',
        'quote: The harbour council will gather',
      ),
    );
    // The very line `npm run validate` prints for the same folder.
    const validate = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'src/cli/validate.ts'), content],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      },
    );
    // The article's headline is as the test above left it.
    const line = validate.stderr
      .split('\n')
      .find((l) => l.includes('this quote is not in the article'))!;
    expect(line).toMatch(
      /2021-11-30-harbour-council-meets\.md:18 → sources\[0\]\.quotes\[0\]: this quote is not in the article "Edited while the server runs"\./,
    );
    const [where, what] = line.split(' → ') as [string, string];
    const banner = `<li><code>${where}</code> ${what.replaceAll('"', '&quot;')}</li>`;
    for (const path of ['', 'events/2021-11-30-harbour-council-meets/', 'people/ada-quill/']) {
      const page = await fetchUntil(
        path,
        (r, body) => r.status === 200 && body.includes('id="chronicle-dev-problems"'),
      );
      expect(page.body).toContain(
        '<strong>2 problems in the content</strong>: a build would stop on them.',
      );
      expect(page.body).toContain(banner);
    }
    await logged(`[chronicle] ${line}`);
    // The quote, and the published sources that changed without a word to readers.
    await logged('2 problems in the content, shown on every page too; a build would stop on them.');

    writeFileSync(file, original);
    const fixed = await fetchUntil(
      '',
      (r, body) => r.status === 200 && !body.includes('chronicle-dev-problems'),
    );
    expect(fixed.body).toContain('<title>Fixture Chronicle</title>');
    await logged('✓ The content has no problems again (2 problems fixed).');
  });

  it('reads site.yaml again when it is edited (the server restarts for it)', async () => {
    await fetchUntil(
      '',
      (r, body) => r.status === 200 && body.includes('<title>Fixture Chronicle</title>'),
    );
    const file = join(content, 'site.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Renamed while the server runs'),
    );
    const renamed = await fetchUntil('', (_r, body) =>
      body.includes('<title>Renamed while the server runs</title>'),
    );
    expect(renamed.response.status).toBe(200);
  });
});

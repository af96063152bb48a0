/**
 * The real build (npm run build) on the fixture site, served under /sub/:
 * reads the HTML it wrote. And a broken fixture: the build stops with the
 * validator's own messages and leaves the previous output untouched.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { allFiles } from '../helpers/built-site.ts';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';
import { applyCase, BAD_INPUT, tempProject } from '../helpers/fixture-site.ts';

const BUILD = join(PROJECT_ROOT, 'src', 'cli', 'build.ts');
const work = mkdtempSync(join(tmpdir(), 'chronicle-build-'));
const out = inject('fixtureDist');

const page = (path: string) => readFileSync(join(out, path), 'utf8');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('build of the fixture site', () => {
  it('succeeds and writes a page per event, a timeline and a 404 page', () => {
    expect(inject('fixtureBuildLog')).not.toMatch(/error/i);
    for (const path of [
      'index.html',
      '404.html',
      'events/2021-11-30-harbour-council-meets/index.html',
      'events/2021-03-council-approves-plans/index.html',
      'events/2022-01-bridge-works-start/index.html',
    ]) {
      expect(existsSync(join(out, path)), path).toBe(true);
    }
  });

  it('lists events in time order, grouped by month, under the base path', () => {
    const html = page('index.html');
    const order = [
      '2021-03-council-approves-plans',
      '2021-11-30-harbour-council-meets',
      '2022-01-bridge-works-start',
    ].map((id) => html.indexOf(`href="/sub/events/${id}/"`));
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('>March 2021</h2>');
    expect(html).toContain('<time datetime="2021-03-01">spring 2021</time>');
    expect(html).toContain('<time datetime="2022-01">January 2022</time>');
  });

  it('shows an event with its dating, quotes and canonical URL', () => {
    const html = page('events/2021-11-30-harbour-council-meets/index.html');
    expect(html).toContain(
      '<link rel="canonical" href="https://fixture.example/sub/events/2021-11-30-harbour-council-meets/">',
    );
    expect(html).toContain('<time datetime="2021-11-30">30 November 2021</time>');
    expect(html).toContain(
      'Inferred from the words “on Tuesday” in <a href="/sub/sources/2021-11-28-wire-council-preview/"><cite>Harbour council to meet on bridge</cite></a>.',
    );
    expect(html).toContain(
      '<blockquote><p>The harbour council will meet on Tuesday to discuss the new bridge</p></blockquote>',
    );
    expect(html).toContain('<a class="site-title" href="/sub/">');
  });

  it('runs our own rehype plugin in the real build', () => {
    const html = page('events/2021-11-30-harbour-council-meets/index.html');
    expect(html).toContain(
      '<a href="https://gazette.example/council" rel="noopener noreferrer external" class="external">approved the plans</a>',
    );
  });

  it('shows a correction at the top of the page, every change in its history, marks the event on the timeline, and dates the page in the sitemap', () => {
    const html = page('events/2021-11-30-harbour-council-meets/index.html');
    // Right below the title and summary, before anything else the page says.
    expect(html).toContain(
      '<p class="lede">The council meets and approves the new bridge.</p></header><div class="corrections" role="note"><p class="correction"><strong>Corrected on 5 January 2022:</strong> The summary said the council postponed the bridge; it approved it. The Harbour Gazette of 1 December reports the approval.</p></div>',
    );
    expect(html).toContain(
      '<h2 id="history-heading">History of this page</h2><ul class="history"><li id="change-2022-01-05" class="change change-correction"><strong>Correction, <time datetime="2022-01-05">5 January 2022</time>:</strong> The summary said the council postponed the bridge; it approved it. The Harbour Gazette of 1 December reports the approval.</li><li id="change-2021-12-02" class="change change-update"><strong>Update, <time datetime="2021-12-02">2 December 2021</time>:</strong> The Harbour Gazette&#39;s report of the meeting was added as a source.</li></ul>',
    );
    const timeline = page('index.html');
    expect(timeline.match(/status-corrected/g)).toHaveLength(1);
    expect(timeline).toContain(
      '<a href="/sub/events/2021-11-30-harbour-council-meets/">Harbour council meets on the bridge</a></h4><p class="meta"><time datetime="2021-11-30">30 November 2021</time><span class="status status-corrected">Corrected</span>',
    );
    // The sitemap says when the page last changed: the day of its latest change, and only there.
    const sitemap = page('sitemap-0.xml');
    expect(sitemap).toContain(
      '<url><loc>https://fixture.example/sub/events/2021-11-30-harbour-council-meets/</loc><lastmod>2022-01-05T00:00:00.000Z</lastmod></url>',
    );
    expect(sitemap.match(/<lastmod>/g)).toHaveLength(1);
    // An event never changed shows neither.
    const unchanged = page('events/2022-01-bridge-works-start/index.html');
    expect(unchanged).not.toContain('class="corrections"');
    expect(unchanged).not.toContain('history-heading');
  });

  it('lists every change and every event taken off the site in the corrections log, newest first, each linked to the change on its page; then the earlier addresses; the footer links to it', () => {
    const log = page('changes/index.html');
    expect(log).toContain('<h1>Corrections and changes</h1>');
    expect(log).toContain(
      '<ol class="history"><li class="change change-retired"><strong>Taken off the site, <time datetime="2022-01-07">7 January 2022</time>:</strong> <a href="/sub/events/2021-12-01-ferry-timetable-published/">Ferry timetable published</a> Its only source described a draft timetable, not a published one, so the event said what the source did not.</li><li class="change change-correction"><strong>Correction, <time datetime="2022-01-05">5 January 2022</time>:</strong> <a href="/sub/events/2021-11-30-harbour-council-meets/#change-2022-01-05">Harbour council meets on the bridge</a>. The summary said the council postponed the bridge; it approved it. The Harbour Gazette of 1 December reports the approval.</li><li class="change change-update"><strong>Update, <time datetime="2021-12-02">2 December 2021</time>:</strong> <a href="/sub/events/2021-11-30-harbour-council-meets/#change-2021-12-02">Harbour council meets on the bridge</a>. The Harbour Gazette&#39;s report of the meeting was added as a source.</li></ol>',
    );
    expect(log).toContain(
      '<h2 id="moved-heading">Earlier addresses</h2><p>An event that was renamed, or merged into another, keeps its old address: it leads to the event’s page now.</p><ul class="history"><li><code>/sub/events/2021-11-30-council-meeting/</code> now leads to <a href="/sub/events/2021-11-30-harbour-council-meets/">Harbour council meets on the bridge</a></li></ul>',
    );
    expect(page('index.html')).toContain('<a href="/sub/changes/">Corrections</a>');
  });

  it('shows a source’s citation fields: the day it was read, and its archived copy on its page and in each event’s list', () => {
    expect(page('sources/2021-12-01-gazette-council-approves/index.html')).toContain(
      '<dt>Original</dt><dd><a href="https://gazette.example/council" rel="noopener noreferrer external" class="external">gazette.example</a> (read on 4 January 2022)</dd><dt>Archived copy</dt><dd><a href="https://archive.example/2021-12-02/gazette.example/council" rel="noopener noreferrer external" class="external">archived copy (2 December 2021)</a></dd>',
    );
    expect(page('events/2021-11-30-harbour-council-meets/index.html')).toContain(
      'Harbour Gazette, published <time datetime="2021-12-01">1 December 2021</time>, <a href="https://archive.example/2021-12-02/gazette.example/council" rel="noopener noreferrer external" class="external">archived copy (2 December 2021)</a></p>',
    );
    // In the open data and the JSON-LD too.
    const record = (
      JSON.parse(page('events.json')) as {
        events: { id: string; sources: Record<string, unknown>[] }[];
      }
    ).events.find((e) => e.id === '2022-01-bridge-works-start')!;
    expect(record.sources[0]).toMatchObject({
      accessDate: '2022-01-04',
      archiveUrl: 'https://archive.example/2021-12-02/gazette.example/council',
      archiveDate: '2021-12-02',
    });
    expect(page('sources/2021-12-01-gazette-council-approves/index.html')).toContain(
      '"archivedAt":"https://archive.example/2021-12-02/gazette.example/council"',
    );
  });

  it('says when and by whom an event was first reported, and how long after it happened', () => {
    expect(page('events/2021-11-30-harbour-council-meets/index.html')).toContain(
      '<dt>First reported</dt><dd>28 November 2021, by Harbour Wire: <a href="/sub/sources/2021-11-28-wire-council-preview/"><cite>Harbour council to meet on bridge</cite></a>, 2 days before it happened.</dd>',
    );
    // A span of three months: as few and as many days as it allows.
    expect(page('events/2021-03-council-approves-plans/index.html')).toContain(
      '<cite>Harbour council to meet on bridge</cite></a>, 181 to 272 days after it happened.</dd>',
    );
  });

  it('shows, for each day a source came out, only what the sources out by then reported', () => {
    const before = page('known/2021-11-28/index.html');
    expect(before).toContain('<h1>What was known on 28 November 2021</h1>');
    expect(before).toContain(
      '2 events of 3 had been reported by 28 November 2021; each is shown with only the sources published by then.',
    );
    expect(before).toContain('href="/sub/events/2021-11-30-harbour-council-meets/"');
    // Its only source came out on 1 December.
    expect(before).not.toContain('2022-01-bridge-works-start');
    // The meeting is shown with the preview only: the report of it came out later.
    expect(before).not.toContain('2021-12-01-gazette-council-approves');
    expect(before).toContain(
      '<a rel="next" href="/sub/known/2021-12-01/">1 December 2021\u00a0→</a>',
    );
    const after = page('known/2021-12-01/index.html');
    expect(after).toContain('3 events of 3 had been reported by 1 December 2021');
    expect(after).toContain('href="/sub/events/2022-01-bridge-works-start/"');
    // Linked from each source's page and from the about page.
    expect(page('sources/2021-12-01-gazette-council-approves/index.html')).toContain(
      '<a href="/sub/known/2021-12-01/">What was known when this was published</a>',
    );
    const about = page('about/index.html');
    expect(about).toContain(
      '<a href="/sub/known/2021-11-28/">What was known on 28 November 2021</a>',
    );
    expect(about).toContain('<a href="/sub/changes/">Corrections and changes</a>');
  });

  it('publishes nothing of a draft: no page, card, export, feed, search entry or count, and says it left it out', () => {
    const draft = '2021-11-28-chair-promises-decision';
    expect(inject('fixtureBuildLog')).toContain('Left out 1 draft (draft: true): not published.');
    const leaks: string[] = [];
    for (const file of allFiles(out)) {
      const bytes = readFileSync(join(out, file));
      // Pagefind's index files are gzip-compressed.
      const text = (
        file.startsWith('pagefind/') && bytes[0] === 0x1f && bytes[1] === 0x8b
          ? gunzipSync(bytes)
          : bytes
      ).toString('utf8');
      if (file.includes(draft) || /Draftmarker/i.test(text) || text.includes(draft))
        leaks.push(file);
    }
    expect(leaks).toEqual([]);
    // Counted nowhere a reader sees: the timeline still has 3 events, the about page too.
    expect(page('about/index.html')).toContain('3 events');
  });

  it('answers at a retired event’s address with when and why it was taken off, for readers and not for search engines', () => {
    const html = page('events/2021-12-01-ferry-timetable-published/index.html');
    expect(html).toContain(
      '<title>Taken off the site: Ferry timetable published · Fixture Chronicle</title>',
    );
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(
      '<h1>Taken off the site: Ferry timetable published</h1><p class="lede">This event was published on this site and taken off it on <time datetime="2022-01-07">7 January 2022</time>, for this reason:</p><p>Its only source described a draft timetable, not a published one, so the event said what the source did not.</p><p>Every change to the timeline is listed in <a href="/sub/changes/">Corrections and changes</a>; the <a href="/sub/">Timeline</a> has every event that remains.</p>',
    );
    // Neither it nor an earlier id's redirect is a page of its own: the sitemap lists neither.
    const sitemap = page('sitemap-0.xml');
    expect(sitemap).not.toContain('2021-12-01-ferry-timetable-published');
    expect(sitemap).not.toContain('2021-11-30-council-meeting');
    expect(sitemap).toContain(
      '<loc>https://fixture.example/sub/events/2022-01-bridge-works-start/</loc>',
    );
  });

  it('gives an editor’s heading named like a section of the page an id of its own', () => {
    const html = page('events/2021-11-30-harbour-council-meets/index.html');
    expect(html).toContain(
      '<h2 id="user-content-sources-heading">Sources heading <a class="heading-anchor"',
    );
    expect(html.match(/id="sources-heading"/g)).toHaveLength(1);
    expect(html).toContain('aria-labelledby="sources-heading"');
  });

  it('leaves nothing executable from hostile Markdown', () => {
    const html = page('events/2021-11-30-harbour-council-meets/index.html');
    const body = html.slice(
      html.indexOf('<div class="body">'),
      html.indexOf('<section aria-labelledby="sources-heading">'),
    );
    expect(body).toContain('approved the plans');
    expect(body).toContain('clickable text');
    expect(body).not.toMatch(
      /<(script|iframe|img|svg|object|embed|style|form|input)\b|\son[a-z]+=|javascript|data:|alert\(|style=/i,
    );
    expect(html).not.toMatch(/<iframe|onerror|javascript:|alert\(/i);
    // The only scripts are the JSON-LD and the site's own optional module, served from the site
    // itself.
    for (const tag of html.match(/<script[^>]*>/g) ?? [])
      expect(tag).toMatch(
        /^<script type="(application\/ld\+json|module)"( src="\/sub\/_astro\/[\w.-]+\.js")?>$/,
      );
  });
});

describe('a build with bad content', () => {
  it('stops with the validator’s messages and leaves the previous site untouched', () => {
    const root = tempProject();
    applyCase(root, join(BAD_INPUT, 'unknown-person'));
    const previous = join(work, 'previous');
    mkdirSync(previous);
    writeFileSync(join(previous, 'index.html'), 'the site as deployed');
    const failed = runNode([BUILD], {
      env: { CHRONICLE_CONTENT: join(root, 'content'), CHRONICLE_OUT_DIR: previous },
    });
    expect(failed.status).toBe(1);
    // The very lines `npm run validate` prints for the same folder, in the build's log.
    const validate = runNode([
      join(PROJECT_ROOT, 'src', 'cli', 'validate.ts'),
      join(root, 'content'),
    ]);
    const validatorLines = validate.stderr.split('\n').filter((line) => line.includes(' → '));
    const buildLines = failed.stderr
      .split('\n')
      .filter((line) => line.includes(' → '))
      .map((line) => stripVTControlCharacters(line).replace(/^.*\[chronicle\] /, ''));
    expect(validatorLines).toHaveLength(1);
    expect(buildLines).toEqual(validatorLines);
    expect(failed.stderr).toContain(
      '✗ 1 problem in the content (listed above). Nothing was built.',
    );
    expect(readFileSync(join(previous, 'index.html'), 'utf8')).toBe('the site as deployed');
    expect(readdirSync(work).filter((name) => name.includes('.chronicle-'))).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});

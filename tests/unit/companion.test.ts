/**
 * The build's companion: a worker thread makes the exports, share images and
 * search index from the content and moves them into the built site, merging
 * with the folders Astro's pages made.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCompanion } from '../../src/derived/companion.ts';
import { moveInto } from '../../src/derived/move-into.ts';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import { exportFiles } from '../../src/derived/export-files.ts';
import { shareCardOf } from '../../src/derived/share-images.ts';
import type { WriteAllOptions, WriteAllSummary } from '../../src/derived/write-all.ts';
import { cachedShareCardFile, shareImageCache } from '../../src/derived/share-card-cache.ts';
import { SITE_SHARE_ID } from '../../src/lib/urls.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-site.ts';
import { PROJECT_ROOT } from '../helpers/run.ts';

const CONTENT = 'tests/fixtures/site/content';
const work = mkdtempSync(join(tmpdir(), 'chronicle-companion-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh folder in this file's temporary folder. */
function folder(name: string): string {
  const path = join(work, name);
  mkdirSync(path, { recursive: true });
  return path;
}

describe('moveInto', () => {
  it('renames a folder into a place where nothing is, keeping the very same files', () => {
    const from = folder('rename/from');
    mkdirSync(join(from, 'og'));
    writeFileSync(join(from, 'og', 'a.png'), 'a');
    const inode = statSync(join(from, 'og', 'a.png')).ino;
    const to = join(folder('rename/site'), 'og');
    moveInto(join(from, 'og'), to);
    expect(existsSync(join(from, 'og'))).toBe(false);
    expect(readFileSync(join(to, 'a.png'), 'utf8')).toBe('a');
    expect(statSync(join(to, 'a.png')).ino).toBe(inode);
  });

  it('renames a file into a place where nothing is', () => {
    const from = folder('rename-file/from');
    writeFileSync(join(from, 'feed.xml'), '<rss/>');
    const site = folder('rename-file/site');
    moveInto(join(from, 'feed.xml'), join(site, 'feed.xml'));
    expect(existsSync(join(from, 'feed.xml'))).toBe(false);
    expect(readFileSync(join(site, 'feed.xml'), 'utf8')).toBe('<rss/>');
  });

  it('merges a folder into one already there, at every depth, leaving the files that were there', () => {
    const from = folder('merge/from/topics');
    mkdirSync(join(from, 'bridge'));
    writeFileSync(join(from, 'bridge', 'feed.xml'), 'feed');
    mkdirSync(join(from, 'harbour'));
    writeFileSync(join(from, 'harbour', 'feed.xml'), 'harbour feed');
    const to = folder('merge/site/topics');
    mkdirSync(join(to, 'bridge'));
    writeFileSync(join(to, 'bridge', 'index.html'), 'page');
    writeFileSync(join(to, 'index.html'), 'topics page');
    moveInto(from, to);
    expect(readFileSync(join(to, 'bridge', 'index.html'), 'utf8')).toBe('page');
    expect(readFileSync(join(to, 'bridge', 'feed.xml'), 'utf8')).toBe('feed');
    expect(readFileSync(join(to, 'harbour', 'feed.xml'), 'utf8')).toBe('harbour feed');
    expect(readFileSync(join(to, 'index.html'), 'utf8')).toBe('topics page');
  });

  it('refuses to put a file where a file already is, naming the path, and leaves the page alone', () => {
    const from = folder('clash/from');
    writeFileSync(join(from, 'index.html'), 'made from the content');
    const to = join(folder('clash/site'), 'index.html');
    writeFileSync(to, 'built as a page');
    expect(() => moveInto(join(from, 'index.html'), to)).toThrow(
      `Two outputs want the same path: ${to} was built as a page and made again from the content.`,
    );
    expect(readFileSync(to, 'utf8')).toBe('built as a page');
  });

  it('refuses to merge a folder with a file of the same name', () => {
    const from = folder('clash-folder/from/feed.xml');
    const to = join(folder('clash-folder/site'), 'feed.xml');
    writeFileSync(to, 'a file');
    expect(() => moveInto(from, to)).toThrow('Two outputs want the same path:');
  });
});

describe('startCompanion on the fixture content', () => {
  const content = readWorkerModel(CONTENT, PROJECT_ROOT);
  const topicIds = [...content.topics.keys()];
  const eventIds = content.events.map((e) => e.id);
  const cacheDir = join(work, 'share-images');
  const options = (outDir: string): WriteAllOptions => ({
    contentRoot: CONTENT,
    projectRoot: PROJECT_ROOT,
    outDir,
    shareImageCacheDir: cacheDir,
  });
  const coldOut = join(work, 'derived-cold');
  const warmOut = join(work, 'derived-warm');
  const site = join(work, 'site');
  const PAGE = '<!doctype html><title>The bridge</title>';
  let cold: WriteAllSummary;
  let warm: WriteAllSummary;

  beforeAll(async () => {
    // The first run draws every share image into the cache; the second, the one tested, finds them
    // all there.
    cold = await startCompanion(options(coldOut)).finish(folder('site-cold'));
    mkdirSync(join(site, 'topics', topicIds[0]!), { recursive: true });
    writeFileSync(join(site, 'topics', topicIds[0]!, 'index.html'), PAGE);
    warm = await startCompanion(options(warmOut)).finish(site);
  });

  it('writes every export file and a feed for each topic', () => {
    expect(topicIds).toEqual(['bridge']);
    for (const path of [
      'events.json',
      'events.schema.json',
      'events.csv',
      'events.ics',
      'timeline.json',
      'feed.xml',
    ]) {
      expect(statSync(join(site, path)).size, path).toBeGreaterThan(0);
    }
    for (const id of topicIds)
      expect(readFileSync(join(site, 'topics', id, 'feed.xml'), 'utf8')).toContain('<rss');
  });

  it('writes exactly what exportFiles() makes from the same content', async () => {
    for (const file of await exportFiles(content))
      expect(readFileSync(join(site, file.path), 'utf8'), file.path).toBe(file.body);
  });

  it('writes a PNG share image for every event and the site’s own card, and nothing else in og/', () => {
    const cards = [...eventIds, SITE_SHARE_ID];
    expect(readdirSync(join(site, 'og')).sort()).toEqual(cards.map((id) => `${id}.png`).sort());
    for (const id of cards) {
      expect(readFileSync(join(site, 'og', `${id}.png`)).subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
    }
  });

  it('writes the search index with one page per event', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(eventIds.length);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('merges into the folders the pages made, leaving their pages as they were', () => {
    expect(readFileSync(join(site, 'topics', topicIds[0]!, 'index.html'), 'utf8')).toBe(PAGE);
    expect(existsSync(join(site, 'topics', topicIds[0]!, 'feed.xml'))).toBe(true);
  });

  it('reports how many events, export files and share images it made, and how many came from the cache', () => {
    const made = { events: eventIds.length, exports: 7 + topicIds.length };
    // Every event's card and the site's.
    const cards = eventIds.length + 1;
    expect(cold).toMatchObject({ ...made, shareImages: { fromCache: 0, drawn: cards } });
    expect(warm).toMatchObject({
      ...made,
      shareImages: { fromCache: cards, drawn: 0, drawMs: 0 },
    });
  });

  it('places share images from the cache as hard links of the cache files', async () => {
    expect(statSync(site).dev).toBe(statSync(cacheDir).dev);
    const cache = shareImageCache(cacheDir);
    for (const event of content.events) {
      const cached = await cachedShareCardFile(shareCardOf(event.data, content), cache);
      const placed = statSync(join(site, 'og', `${event.id}.png`));
      expect(placed.ino, event.id).toBe(statSync(cached).ino);
      expect(placed.nlink).toBeGreaterThanOrEqual(2);
    }
    expect(cache.renders).toBe(0);
  });

  it('leaves no work folder behind', () => {
    expect(existsSync(coldOut)).toBe(false);
    expect(existsSync(warmOut)).toBe(false);
  });
});

describe('startCompanion on content that does not validate', () => {
  it('makes finish() reject with the reason, and writes nothing into the site', async () => {
    const contentRoot = join(work, 'broken-content');
    cpSync(FIXTURE_CONTENT, contentRoot, { recursive: true });
    const file = join(contentRoot, 'events', '2022-01-bridge-works-start.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('status: scheduled', 'status: rumoured'),
    );
    const outDir = join(work, 'derived-broken');
    const site = folder('site-broken');
    const companion = startCompanion({
      contentRoot,
      projectRoot: PROJECT_ROOT,
      outDir,
      shareImageCacheDir: join(work, 'share-images-broken'),
    });
    const error: unknown = await companion.finish(site).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    const { message } = error as Error;
    expect(message.startsWith('Making the exports, share images and search index failed')).toBe(
      true,
    );
    expect(message).toContain('no longer validates');
    expect(message).toContain('2022-01-bridge-works-start.md');
    expect(readdirSync(site)).toEqual([]);
    expect(existsSync(outDir)).toBe(false);
  });
});

/**
 * `astro dev`'s middleware for the files made from the content: served under the base path on
 * request, anything else passed on.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi, type Mock } from 'vitest';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import { devFiles } from '../../src/derived/dev-files.ts';
import { exportFiles } from '../../src/derived/export-files.ts';
import { PROJECT_ROOT } from '../helpers/run.ts';

const CONTENT = 'tests/fixtures/site/content';
const cacheDir = mkdtempSync(join(tmpdir(), 'chronicle-dev-files-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const middleware = devFiles({ base: '/sub/', contentRoot: CONTENT, shareImageCacheDir: cacheDir });
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Sends one request through the middleware and waits until it either answers or calls next(). */
function request(method: string, url: string, originalUrl?: string) {
  return new Promise<{ setHeader: Mock; end: Mock; next: Mock }>((resolve) => {
    const calls = { setHeader: vi.fn(), end: vi.fn(), next: vi.fn() };
    const done = () => resolve(calls);
    calls.end.mockImplementation(done);
    calls.next.mockImplementation(done);
    const res = { setHeader: calls.setHeader, end: calls.end };
    middleware(
      { method, url, originalUrl } as unknown as IncomingMessage,
      res as unknown as ServerResponse,
      calls.next,
    );
  });
}

/** The answer to a GET: its Content-Type and body. */
async function served(url: string): Promise<{ type: string; body: Buffer }> {
  const { setHeader, end, next } = await request('GET', url);
  expect(next, url).not.toHaveBeenCalled();
  expect(end, url).toHaveBeenCalledOnce();
  expect(setHeader).toHaveBeenCalledOnce();
  expect(setHeader.mock.calls[0]![0]).toBe('Content-Type');
  return {
    type: setHeader.mock.calls[0]![1] as string,
    body: Buffer.from(end.mock.calls[0]![0] as string | Uint8Array),
  };
}

/** Checks the middleware handed the request on, without an error and without answering it. */
async function expectPassedOn(url: string, method = 'GET'): Promise<void> {
  const { setHeader, end, next } = await request(method, url);
  expect(next, `${method} ${url}`).toHaveBeenCalledOnce();
  expect(next).toHaveBeenCalledWith();
  expect(end, `${method} ${url}`).not.toHaveBeenCalled();
  expect(setHeader).not.toHaveBeenCalled();
}

describe('devFiles exports', () => {
  const content = readWorkerModel(CONTENT, PROJECT_ROOT);

  it('serves events.json as JSON, exactly as exportFiles() makes it', async () => {
    const { type, body } = await served('/sub/events.json');
    expect(type).toMatch(/^application\/json/);
    const expected = (await exportFiles(content)).find((file) => file.path === 'events.json')!;
    expect(body.toString('utf8')).toBe(expected.body);
  });

  it('serves every export file with its media type', async () => {
    for (const file of await exportFiles(content)) {
      const { type, body } = await served(`/sub/${file.path}`);
      expect(type, file.path).toBe(file.mediaType);
      expect(body.toString('utf8'), file.path).toBe(file.body);
    }
  });

  it('serves a topic’s RSS feed', async () => {
    const { type, body } = await served('/sub/topics/bridge/feed.xml');
    expect(type).toMatch(/^application\/rss\+xml/);
    expect(body.toString('utf8')).toMatch(/<rss[\s>]/);
    expect(body.toString('utf8')).toContain('Fixture Chronicle: The bridge');
  });

  it('passes on the feed of a topic that does not exist', async () => {
    await expectPassedOn('/sub/topics/no-such-topic/feed.xml');
  });
});

describe('devFiles share images', () => {
  it('serves an event’s share image as a PNG', async () => {
    const { type, body } = await served('/sub/og/2021-11-30-harbour-council-meets.png');
    expect(type).toBe('image/png');
    expect(body.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('passes on the share image of an event that does not exist', async () => {
    await expectPassedOn('/sub/og/no-such-event.png');
  });
});

describe('devFiles search index', () => {
  it('serves the entry file as JSON, then Pagefind’s script as JavaScript', async () => {
    const entry = await served('/sub/pagefind/pagefind-entry.json');
    expect(entry.type).toMatch(/^application\/json/);
    expect(JSON.parse(entry.body.toString('utf8')).languages.en.page_count).toBe(3);
    const script = await served('/sub/pagefind/pagefind.js');
    expect(script.type).toMatch(/^text\/javascript/);
    expect(script.body.toString('utf8')).toContain('pagefind_version');
  });

  it('answers two searches that start at once (two tabs): one index at a time', async () => {
    const [first, second] = await Promise.all([
      served('/sub/pagefind/pagefind-entry.json'),
      served('/sub/pagefind/pagefind-entry.json'),
    ]);
    for (const entry of [first, second])
      expect(JSON.parse(entry.body.toString('utf8')).languages.en.page_count).toBe(3);
    expect((await served('/sub/pagefind/pagefind.js')).type).toMatch(/^text\/javascript/);
  });

  it('passes on a search file Pagefind did not make', async () => {
    await expectPassedOn('/sub/pagefind/no-such-file.js');
  });
});

describe('devFiles behind Vite', () => {
  it('reads the address asked for when Vite has already taken the base path off req.url', async () => {
    const { setHeader, end, next } = await request('GET', '/events.json', '/sub/events.json');
    expect(next).not.toHaveBeenCalled();
    expect(end).toHaveBeenCalledOnce();
    expect(setHeader.mock.calls[0]![1]).toMatch(/^application\/json/);
  });
});

describe('devFiles passes on what is not its own', () => {
  it('a page', async () => {
    await expectPassedOn('/sub/about/');
  });

  it('a request that is not a GET', async () => {
    await expectPassedOn('/sub/events.json', 'POST');
  });

  it('a path with a malformed escape', async () => {
    await expectPassedOn('/sub/%E0%A4%A');
  });

  it('a path outside the base path', async () => {
    await expectPassedOn('/events.json');
    await expectPassedOn('/other/og/2021-11-30-harbour-council-meets.png');
  });
});

/**
 * `npm run dev` as an editor meets it on the benchmark's content: how long the server takes until
 * it answers, until an event page first shows, and, after an edit to that event's title, until
 * the page shows the new title (the time an editor waits to see a change).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './format.ts';

export interface DevReaction {
  /** From starting the server to its first answer of an event page. */
  firstPageMs: number;
  /** From saving the edited file to the page showing the edit, median of the edits. */
  editShownMs: number;
  /** Each edit's time, in the order made. */
  editsMs: number[];
}

const PORT = 4398;

/** Asks for `path` until `ready` holds of the answer, every 50 ms, for at most `limitMs`. */
async function fetchUntil(
  path: string,
  ready: (body: string) => boolean,
  limitMs: number,
): Promise<void> {
  const give = performance.now() + limitMs;
  while (performance.now() < give) {
    try {
      const response = await fetch(`http://localhost:${PORT}${path}`);
      const body = await response.text();
      if (response.ok && ready(body)) return;
    } catch {
      // Not listening yet.
    }
    await sleep(50);
  }
  throw new Error(`the dev server never showed ${path} as expected within ${limitMs / 1000} s`);
}

/**
 * Starts `astro dev` in `project` on `content`, then edits the title of `eventId` `edits` times,
 * timing each until its page shows it; stops the server.
 */
export async function measureDevReaction(
  project: string,
  content: string,
  eventId: string,
  logFile: string,
  edits = 3,
): Promise<DevReaction> {
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)],
    {
      cwd: project,
      env: { ...process.env, CHRONICLE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  for (const stream of [server.stdout, server.stderr])
    stream.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const page = `/events/${eventId}/`;
  const file = join(content, 'events', `${eventId}.md`);
  try {
    await fetchUntil(page, () => true, 600_000);
    const firstPageMs = performance.now() - started;
    const editsMs: number[] = [];
    for (let n = 1; n <= edits; n++) {
      const title = `Edited in the dev server ${n}`;
      const text = readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`);
      const saved = performance.now();
      writeFileSync(file, text);
      await fetchUntil(page, (body) => body.includes(title), 120_000);
      editsMs.push(performance.now() - saved);
    }
    return { firstPageMs, editShownMs: median(editsMs), editsMs };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    writeFileSync(logFile, log);
  }
}

/**
 * Builds, once for every test that reads built pages: the fixture site twice,
 * in two far-apart time zones, the second with its Markdown rendered on two
 * threads (so tests can compare the two outputs byte for byte), the Spanish
 * and Arabic stories, and the real site. Astro keeps build state in the
 * project's .astro folder, so two builds of one project must not run at once: they run here,
 * one after the other, before any test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, runNode } from './helpers/run.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site (served under /sub/), built under TZ=Pacific/Kiritimati. */
    fixtureDist: string;
    /** The same, built under TZ=Pacific/Pago_Pago with a cold share-image cache. */
    fixtureDistWest: string;
    fixtureBuildLog: string;
    /** The real site from content/. */
    siteDist: string;
    /** A small story in Spanish (tests/fixtures/site-es/), one of its two articles in English. */
    spanishDist: string;
    /** A small story in Arabic, right to left (tests/fixtures/site-ar/), one article in English. */
    arabicDist: string;
  }
}

let work: string | undefined;

function build(
  content: string,
  out: string,
  zone: string,
  cache: string,
  env: Record<string, string> = {},
): string {
  const result = runNode([join(PROJECT_ROOT, 'src', 'cli', 'build.ts')], {
    env: {
      CHRONICLE_CONTENT: content,
      CHRONICLE_OUT_DIR: out,
      CHRONICLE_CACHE_DIR: cache,
      TZ: zone,
      ...env,
    },
  });
  if (result.status !== 0)
    throw new Error(`${content} did not build:\n${result.stdout}\n${result.stderr}`);
  return result.stdout + result.stderr;
}

export function setup(project: TestProject) {
  work = mkdtempSync(join(tmpdir(), 'chronicle-builds-'));
  const fixture = 'tests/fixtures/site/content';
  project.provide(
    'fixtureBuildLog',
    build(fixture, join(work, 'fixture-east'), 'Pacific/Kiritimati', join(work, 'cache-east')),
  );
  // Its bodies rendered on two threads (a site this small is otherwise rendered on one): the
  // determinism tests compare it with the first, byte for byte.
  build(fixture, join(work, 'fixture-west'), 'Pacific/Pago_Pago', join(work, 'cache-west'), {
    CHRONICLE_RENDER_THREADS: '2',
  });
  build('content', join(work, 'site'), 'UTC', join(work, 'cache-site'));
  build(
    'tests/fixtures/site-es/content',
    join(work, 'spanish'),
    'UTC',
    join(work, 'cache-spanish'),
  );
  project.provide('fixtureDist', join(work, 'fixture-east'));
  project.provide('fixtureDistWest', join(work, 'fixture-west'));
  project.provide('siteDist', join(work, 'site'));
  build('tests/fixtures/site-ar/content', join(work, 'arabic'), 'UTC', join(work, 'cache-arabic'));
  project.provide('spanishDist', join(work, 'spanish'));
  project.provide('arabicDist', join(work, 'arabic'));
}

export function teardown() {
  if (work) rmSync(work, { recursive: true, force: true });
}

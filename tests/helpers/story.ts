/**
 * The story in `content/`, whatever it is: a fork replaces it with its own. The content checks
 * (tests/content/) read it through these and never name a record of it; what they need to know
 * about it (its first event, a source, its people…) they find here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { readWorkerModel, type WorkerModel } from '../../src/derived/model-input.ts';
import { homeUrl, withBase } from '../../src/lib/urls.ts';
import { validateContent, type ValidationResult } from '../../src/validation/validate-content.ts';
import type { BuiltSite } from './site-checks.ts';

export const STORY_CONTENT = 'content';

let validated: ValidationResult | undefined;
/** The story as the validator reads it (every problem included). */
export function storyContent(): ValidationResult {
  validated ??= validateContent(STORY_CONTENT);
  return validated;
}

let model: WorkerModel | undefined;
/** The story's site model (events in timeline order); throws if the story does not validate. */
export function storyModel(): WorkerModel {
  model ??= readWorkerModel(STORY_CONTENT);
  return model;
}

/** The story's built site (global setup builds it), with its base path and public address. */
export function storySite(dist: string): BuiltSite {
  const site = storyModel().site;
  return { dist, base: site.base, root: homeUrl(site) };
}

/** A built page's document, by its path under the site (`events/x/` or `404.html`). */
export function builtPage(dist: string, path: string): Root {
  const file =
    path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
}

function elements(node: Root | Element, test: (el: Element) => boolean, found: Element[] = []) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    elements(child, test, found);
  }
  return found;
}

/** The text of a page's first `<h1>`, as a reader sees it. */
export function headingOf(page: Root): string | undefined {
  const [h1] = elements(page, (el) => el.tagName === 'h1');
  return h1 && toText(h1).trim();
}

/** The links inside a page's `<main>`, in document order, as written (`/base/events/x/`). */
export function mainLinks(page: Root): string[] {
  const [main] = elements(page, (el) => el.tagName === 'main');
  if (!main) return [];
  return elements(main, (el) => el.tagName === 'a' && typeof el.properties.href === 'string').map(
    (a) => a.properties.href as string,
  );
}

/** Ids of the event pages a page links to from its main content, in order. */
export function eventLinks(page: Root, base: string): string[] {
  const prefix = withBase(base, 'events/');
  return mainLinks(page)
    .filter((href) => href.startsWith(prefix))
    .map((href) => href.slice(prefix.length).replace(/\/$/, ''));
}

/**
 * The first event of the built timeline: the home page's first event when it lists them all,
 * else the first event of its first month page.
 */
export function firstBuiltEvent(dist: string, base: string): string | undefined {
  const home = builtPage(dist, '');
  const listed = eventLinks(home, base);
  if (listed.length > 0) return listed[0];
  const month = mainLinks(home).find((href) => href.startsWith(withBase(base, 'timeline/')));
  if (!month) return undefined;
  return eventLinks(builtPage(dist, month.slice(base.length).replace(/#.*/, '')), base)[0];
}

/**
 * What a site in another language than English must not show: a message of the English catalogue,
 * an English month or weekday, a common English word. Read from a built site's pages, with the
 * words quoted from English articles (marked lang="en") and code (field and file names) left out.
 */
import { readFileSync } from 'node:fs';
import { en } from '../../src/lib/messages/en.ts';
import { htmlFiles, pagePath } from './built-site.ts';

export interface BuiltPage {
  path: string;
  text: string;
  html: string;
}

/**
 * The words a reader sees, without scripts, styles, code (and the embed code to copy) and what is
 * marked as English.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(blockquote|span|q)\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/\b[\w.-]+\.(?:json|csv|ics|xml)\b/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');
}

export function builtPages(dist: string): BuiltPage[] {
  return htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    return { path: pagePath(dist, file), text: visibleText(html), html };
  });
}

/**
 * Every stretch of an English message between its placeholders that the site's own wording does
 * not share (`ownWords`: every text of its catalogue or messages file).
 */
export function englishFragments(ownWords: string): string[] {
  const texts = (m: unknown) =>
    typeof m === 'string' ? [m] : (Object.values(m as object) as string[]);
  return Object.values(en)
    .flatMap(texts)
    .flatMap((text) => text.split(/\{\w+\}|`[^`]*`/))
    .map((fragment) => fragment.replace(/^[\s,.;:()–—·→←]+|[\s,.;:()–—·→←]+$/g, ''))
    .filter(
      (fragment) =>
        /[a-z]{3}/i.test(fragment) && fragment.length >= 4 && !ownWords.includes(fragment),
    );
}

const ENGLISH_DATE_WORDS = [
  ...Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, m, 1)),
  ),
  ...Array.from({ length: 7 }, (_, d) =>
    new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, 7 + d),
    ),
  ),
];
const ENGLISH_WORDS = [
  'the',
  'of',
  'and',
  'with',
  'from',
  'this',
  'event',
  'events',
  'source',
  'sources',
  'page',
  'timeline',
  'search',
];

/** Each English message fragment found on a page, as "page: fragment". */
export function englishMessagesOn(pages: readonly BuiltPage[], fragments: string[]): string[] {
  return pages.flatMap((page) =>
    fragments
      .filter((fragment) => page.text.includes(fragment))
      .map((fragment) => `${page.path}: ${fragment}`),
  );
}

/** Each page with an English month, weekday or common word, as "page: “…context…”". */
export function englishWordsOn(pages: readonly BuiltPage[]): string[] {
  return pages.flatMap((page) => {
    const words = englishWordIn(page.text);
    return words ? [`${page.path}: ${words}`] : [];
  });
}

/** Where an English month, weekday or common word is found in a text, with its context. */
export function englishWordIn(text: string): string | undefined {
  const pattern = new RegExp(
    `(?<![\\p{L}])(${[...ENGLISH_DATE_WORDS, ...ENGLISH_WORDS].join('|')})(?![\\p{L}])`,
    'iu',
  );
  const match = pattern.exec(text);
  return match ? `“${text.slice(Math.max(0, match.index - 40), match.index + 40)}”` : undefined;
}

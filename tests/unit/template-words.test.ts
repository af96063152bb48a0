/**
 * No component, layout or page writes reader-facing words of its own: text between tags and
 * the words of aria-label, title, placeholder and alt attributes come from the catalogue
 * (src/lib/messages/), in the site's language. A file's name (events.json) is not a word of any
 * language.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run.ts';

/** The template of an .astro file with its front matter, scripts, styles and {expressions} blanked out. */
function templateOnly(source: string): string {
  const template = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  let depth = 0;
  return [...template]
    .map((ch) => {
      if (ch === '{') depth++;
      const blank = depth > 0;
      if (ch === '}') depth--;
      return blank ? ' ' : ch;
    })
    .join('');
}

/** Words a template writes itself: text between tags, and the words of the attributes readers meet. */
function ownWords(source: string): string[] {
  const template = templateOnly(source);
  const text = [...template.matchAll(/>([^<>]+)</g)].map((m) => m[1]!.trim());
  const attributes = [
    ...template.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*)"/g),
  ].map((m) => m[1]!);
  return [...text, ...attributes].filter(
    (words) => /\p{L}{2,}/u.test(words) && !/^[\w.-]+\.(?:json|csv|ics|xml)$/.test(words),
  );
}

describe('templates', () => {
  const files = globSync('src/**/*.astro', { cwd: PROJECT_ROOT }).sort();

  it('are all looked at', () => {
    expect(files.length).toBeGreaterThan(25);
  });

  it.each(files)('%s writes no words of its own', (file) => {
    expect(ownWords(readFileSync(`${PROJECT_ROOT}/${file}`, 'utf8'))).toEqual([]);
  });

  it('the check finds words written into a template', () => {
    expect(
      ownWords(
        '---\nconst a = 1;\n---\n<p>Read more</p><a aria-label="Close" href={x}>{t("k")}</a>',
      ),
    ).toEqual(['Read more', 'Close']);
    expect(ownWords('<p>{t("nav.about")} · </p><img alt="" />')).toEqual([]);
    expect(ownWords('<h2>events.json</h2><p>Open data</p>')).toEqual(['Open data']);
  });
});

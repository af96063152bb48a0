/**
 * Every page of the fixture stories (English under /sub/, Spanish, and Arabic right to left) is
 * valid HTML to the W3C Nu checker, the reference validator: 0 errors. The story in content/ is
 * checked the same way in tests/content/.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/built-site.ts';
import { nuCheckerAvailable, nuErrors } from '../helpers/site-checks.ts';

describe.skipIf(!nuCheckerAvailable)('the W3C Nu checker', () => {
  it('finds no error on any page of the fixture stories', () => {
    const dists = [inject('fixtureDist'), inject('spanishDist'), inject('arabicDist')];
    expect(dists.flatMap(htmlFiles).length).toBeGreaterThan(60);
    expect(nuErrors(dists)).toEqual([]);
  });

  it('reports an error it is shown, with its page and line', () => {
    expect(nuErrors([join(import.meta.dirname, '..', 'fixtures', 'invalid-html')])).toEqual([
      'bad.html:1 error: Stray start tag “script”.',
      'bad.html:1 error: Cannot recover after last error. Any further errors will be ignored.',
    ]);
  });
});

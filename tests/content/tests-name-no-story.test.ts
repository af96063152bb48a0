/**
 * A fork replaces content/ with its own story and runs npm test: so no test may depend on the
 * story in content/. Tests of Chronicle itself use the fixture stories (tests/fixtures/), the
 * content checks (tests/content/) find what they need in the story; and no file under tests/
 * outside tests/fixtures/ names any id, name, title, headline or article file of content/, as a
 * whole word in any case.
 *
 * Words the story shares with Chronicle itself (its interface messages, the names of its pages and
 * collections, the fixture stories' files, the made-up story of CONTRIBUTING.md's walk-through for
 * a fork) are not the story's: a fork whose topic is `bridge` must not fail because the fixture
 * story has one too.
 */
import { describe, expect, it } from 'vitest';
import {
  chronicleWords,
  occurrences,
  storyTerms,
  termPattern,
  termsToCheck,
  sourceFiles,
  testFiles,
} from '../helpers/story-names.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-site.ts';
import { storyContent } from '../helpers/story.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const content = storyContent();
const { checked, shared } = termsToCheck(storyTerms(content), chronicleWords());
const files = testFiles();

describe('the tests and the story in content/', () => {
  it(`no test file outside tests/fixtures/ names the story (${checked.length} ids, names and files of it, in ${files.length} files; ${shared.length} shared with Chronicle’s own words left out${shared.length ? `: ${shared.map((t) => t.term).join(', ')}` : ''})`, () => {
    expect(files.some((f) => f.path === 'tests/content/tests-name-no-story.test.ts')).toBe(true);
    expect(files.some((f) => f.path.startsWith('tests/fixtures/'))).toBe(false);
    // Every event id has a date and words of its own: none is one of Chronicle's own words, unless
    // a fixture story has the very same event (a fork that began by copying one).
    const fixtureEvents = shared.filter((t) => t.what === 'events id');
    expect(checked.filter((t) => t.what === 'events id')).toHaveLength(
      content.records.events.length - fixtureEvents.length,
    );
    expect(occurrences(checked, files)).toEqual([]);
  });

  it('no file of src/ names the story either: the generator holds nothing of it', () => {
    const source = sourceFiles();
    expect(source.some((f) => f.path === 'src/schema/event.ts')).toBe(true);
    expect(occurrences(checked, source)).toEqual([]);
  });

  it('finds an id, an article file and a name of the story wherever a test would write one', (context) => {
    // The first of each that is checked (one the fixture stories share is not).
    const one = (what: RegExp) => checked.find((t) => what.test(t.what))?.term;
    const event = one(/^events id$/);
    const article = one(/^article file$/);
    const name = one(/ name$/);
    const planted = [
      event && `expect(page('events/${event}/index.html')).toContain('x');`,
      article && `const ARTICLES = ['${article}'];`,
      name && `// As ${name.toUpperCase().replace(' ', '\n   ')} said`,
    ].filter((text): text is string => Boolean(text));
    context.skip(planted.length === 0, 'the story has no id, file or name of its own yet');
    for (const text of planted)
      expect(occurrences(checked, [{ path: 'tests/planted.test.ts', text }]), text).not.toEqual([]);
  });

  it('matches whole words only: ids between characters no id has, names between non-letters', () => {
    const id = termPattern('port-town');
    expect(id.test("places/port-town/ and 'port-town'")).toBe(true);
    expect(id.test('Port-Town')).toBe(true);
    expect(id.test('airport-town')).toBe(false);
    expect(id.test('port-towns')).toBe(false);
    expect(id.test('old-port-town')).toBe(false);
    expect(termPattern('a1.txt').test('a1.txt')).toBe(true);
    expect(termPattern('a1.txt').test('a1xtxt')).toBe(false);
    const name = termPattern('Port Town');
    expect(name.test('Port Town-based, in PORT\n  TOWN')).toBe(true);
    expect(name.test('Port Townsend')).toBe(false);
    expect(name.test('Newport Town')).toBe(false);
  });

  it('leaves out the fixture stories’ names, which tests name freely, and nothing else', () => {
    const words = chronicleWords();
    const fixture = termsToCheck(storyTerms(validateContent(FIXTURE_CONTENT)), words);
    expect(fixture.checked).toEqual([]);
    expect(fixture.shared.length).toBeGreaterThan(10);
    const madeUp = termsToCheck(
      [
        { term: 'quillon-ferry-strike', what: 'topics id' },
        { term: 'Quillon Ferry Strike', what: 'topics name' },
        { term: '2021', what: 'periods id' },
        { term: 'EU', what: 'organisations spelling' },
      ],
      words,
    );
    expect(madeUp.checked.map((t) => t.term)).toEqual(['quillon-ferry-strike', 'Quillon Ferry Strike']);
    expect(madeUp.shared).toEqual([]);
  });
});

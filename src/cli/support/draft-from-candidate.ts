/**
 * A candidate of `npm run suggest` as a draft event file (`draft: true`): filled in as far as the
 * suggestion goes (the quote, the date with its words and reasoning, the names found), with a
 * title and summary the editor is told to rewrite, and a kind guessed from the sentence's words or
 * left for the editor.
 */
import { slugify } from '../../lib/slug.ts';
import type { Candidate } from './suggest.ts';
import { guessKind } from './guess-kind.ts';
import type { ResolvedDate } from '../../lib/date-phrases.ts';
import { calendarDateOf } from '../../lib/calendar.ts';
import type { DateWords } from '../../lib/date-words.ts';

const yamlText = (text: string) => JSON.stringify(text);
const list = (ids: readonly string[]) => `[${ids.join(', ')}]`;

/**
 * A sentence without the dateline it opens an article with ("HARBOURTOWN (Wire) – "): still the
 * article's words exactly, and the start of what happened.
 */
export function withoutDateline(sentence: string): string {
  const dateline = /^\p{Lu}[\p{Lu}\p{M}\s.'’]*(?:,[^–—.]{1,30})?(?:\([^)]*\))?\s*[–—-]\s+/u.exec(
    sentence,
  );
  return dateline && dateline[0].length < sentence.length
    ? sentence.slice(dateline[0].length)
    : sentence;
}

/** The words a title starts from: the sentence's first words, cut at a word. */
function titleFrom(sentence: string): string {
  // Without quotation marks: a title cut from a quote would leave one unclosed.
  const words = sentence.replace(/[“”"‘’]|^[('\s]+/g, '').split(/\s+/);
  let title = '';
  for (const word of words) {
    if ((title + ' ' + word).trim().length > 90) break;
    title = `${title} ${word}`.trim();
  }
  return title.replace(/[\s,;:–—-]+$/, '');
}

/** A span in the site's words: "March 2021 – May 2021", or "– 29 November 2021" when only its end is known. */
function spanLabel(span: ResolvedDate, words: DateWords): string {
  const written = (text: string | undefined) => {
    const date = calendarDateOf(text);
    return date ? words.date(date) : '';
  };
  return `${written(span.from)} – ${written(span.to)}`.trim();
}

/** Text cut at a word to fit a field's length. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function draftFile(
  candidate: Candidate & { date: NonNullable<Candidate['date']> },
  source: { id: string; published: { latest: string } },
  kinds: readonly string[],
  /** The site's dates in words: a span's label, for the editor to rewrite. */
  words: DateWords,
): { name: string; text: string } {
  const { date } = candidate;
  const quote = withoutDateline(candidate.sentence.text);
  const first =
    date.start.precision === 'span' ? (date.start.from ?? date.start.to!) : date.start.text;
  const written = (d: ResolvedDate) =>
    d.precision === 'span'
      ? `{ ${d.from ? `from: ${d.from}, ` : ''}to: ${d.to!}, label: ${yamlText(spanLabel(d, words))} }`
      : d.text;
  const title = titleFrom(quote);
  const { kind, guessed } = guessKind(quote, kinds);
  const scheduled = first.slice(0, 10) > source.published.latest.slice(0, 10);
  const slug = slugify(title).split('-').slice(0, 6).join('-');
  const dating = [
    `  basis: ${date.basis}`,
    `  words: ${yamlText(date.words)}`,
    `  source: ${source.id}`,
    ...(date.basis === 'inferred' ? [`  reasoning: ${yamlText(date.reasoning)}`] : []),
  ];
  return {
    // A span "by" a day is filed under its month, as the timeline places it.
    name: `${date.start.precision === 'span' && !date.start.from ? first.slice(0, 7) : first}-${slug}.md`,
    text: `---
title: ${yamlText(title)} # rewrite: a short headline of what happened
kind: ${kind} # ${guessed ? 'guessed from the sentence: check it' : 'set it'}; one of: ${kinds.join(', ')}
start: ${written(date.start)} # worked out by npm run suggest: check it against the article${date.start.precision === 'span' ? '; rewrite the label' : ''}
${date.end ? `end: ${written(date.end)}\n` : ''}dating:
${dating.join('\n')}
status: ${scheduled ? 'scheduled' : 'happened'} # happened, scheduled, cancelled or unconfirmed
summary: ${yamlText(clip(quote, 300))} # rewrite in one sentence, using only facts in the quote
people: ${list(candidate.people)}
organisations: ${list(candidate.organisations)}
places: ${list(candidate.places)}
sources:
  - source: ${source.id}
    quote: ${yamlText(quote)}
draft: true # remove this line to publish the event
---
`,
  };
}

/**
 * A candidate of `npm run suggest` as a draft event file (`draft: true`): filled in as far as the
 * suggestion goes (the quote, the date with its words and reasoning, the names found), with a
 * title and summary the editor is told to rewrite, and a kind guessed from the sentence's words or
 * left for the editor.
 */
import { slugify } from '../../lib/slug.ts';
import type { Candidate } from './suggest.ts';

/** Words that suggest a kind of event, for the kinds a site has by default. */
const KIND_WORDS: [kind: string, words: RegExp][] = [
  ['press-conference', /\bpress conference|conferencia de prensa|rueda de prensa/i],
  ['summit', /\bsummit|cumbre/i],
  ['talks', /\btalks|negociaciones|conversaciones/i],
  ['meeting', /\bmeet(?:s|ing)?\b|\bmet\b|reuni[óo]n|se reun/i],
  ['visit', /\bvisit(?:s|ed|ing)?\b|visita/i],
  ['call', /\b(?:phone|video) call|\bcalled\b|llamada/i],
  ['warning', /\bwarn(?:s|ed|ing)?\b|advirti[óo]|advierte/i],
  ['demand', /\bdemand(?:s|ed)?\b|exig/i],
  ['announcement', /\bannounc(?:e|es|ed|ement)\b|anunci/i],
  ['statement', /\bsaid\b|\bsays\b|\btold\b|dijo|afirm[óo]|declar[óo]/i],
];

const yamlText = (text: string) => JSON.stringify(text);
const list = (ids: readonly string[]) => `[${ids.join(', ')}]`;

/** The kind the words suggest, if the site has it; else its first kind, for the editor to set. */
export function guessKind(
  sentence: string,
  kinds: readonly string[],
): { kind: string; guessed: boolean } {
  const found = KIND_WORDS.find(([kind, words]) => kinds.includes(kind) && words.test(sentence));
  if (found) return { kind: found[0], guessed: true };
  return { kind: kinds.includes('other') ? 'other' : kinds[0]!, guessed: false };
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
  return title.replace(/[,;:–—-]+$/, '');
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
): { name: string; text: string } {
  const { date, sentence } = candidate;
  const title = titleFrom(sentence.text);
  const { kind, guessed } = guessKind(sentence.text, kinds);
  const scheduled = date.start.text.slice(0, 10) > source.published.latest.slice(0, 10);
  const slug = slugify(title).split('-').slice(0, 6).join('-');
  const dating = [
    `  basis: ${date.basis}`,
    `  words: ${yamlText(date.words)}`,
    `  source: ${source.id}`,
    ...(date.basis === 'inferred' ? [`  reasoning: ${yamlText(date.reasoning)}`] : []),
  ];
  return {
    name: `${date.start.text}-${slug}.md`,
    text: `---
title: ${yamlText(title)} # rewrite: a short headline of what happened
kind: ${kind} # ${guessed ? 'guessed from the sentence: check it' : 'set it'}; one of: ${kinds.join(', ')}
start: ${date.start.text} # worked out by npm run suggest: check it against the article
dating:
${dating.join('\n')}
status: ${scheduled ? 'scheduled' : 'happened'} # happened, scheduled, cancelled or unconfirmed
summary: ${yamlText(clip(sentence.text, 300))} # rewrite in one sentence, using only facts in the quote
people: ${list(candidate.people)}
organisations: ${list(candidate.organisations)}
places: ${list(candidate.places)}
sources:
  - source: ${source.id}
    quote: ${yamlText(sentence.text)}
draft: true # remove this line to publish the event
---
`,
  };
}

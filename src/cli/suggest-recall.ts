/**
 * `npm run suggest-recall`: how well the suggester does on the content's own articles, measured
 * against the events the editors made from them. Of the events dated from words of an article
 * (`dating.source` and `dating.words`), how many it proposes from the sentence holding those words
 * with the same start and precision (recall); how many of its proposals no event quotes and no
 * exclusion leaves out (noise); and how long it takes an article. Every miss is listed, to see
 * whether the resolver or the article is at fault. Figures, not a test.
 */
import { performance } from 'node:perf_hooks';
import { calendarDateOf } from '../lib/calendar.ts';
import type { ResolvedDate } from '../lib/date-phrases.ts';
import { normaliseForMatch } from '../lib/text-match.ts';
import { contentRoot } from '../validation/content-root.ts';
import { validateContent } from '../validation/validate-content.ts';
import { commandLine } from './support/command-line.ts';
import { suggestEvents } from './support/suggest.ts';
import { existingContentFolder } from './support/content-folder.ts';

const { values, usageError } = commandLine({
  usage: 'npm run suggest-recall [-- --content <folder>]',
  about:
    'Measures the suggester on the content’s articles against the events the editors made: recall (events dated from an article’s words that it proposes from the same sentence with the same start and precision), noise (proposals that no event quotes and no exclusion leaves out) and time per article, with every miss.',
  flags: {
    content: {
      type: 'string',
      value: 'folder',
      help: 'The content folder (default: CHRONICLE_CONTENT, else content).',
    },
  },
  notes: ['Exit code: 0 always (it reports; it does not judge).'],
});

/** Whether a suggested span has the first and last day of the editors' `from` and `to`. */
function sameDays(span: ResolvedDate, from: string | undefined, to: string | undefined): boolean {
  return (
    calendarDateOf(span.from)?.earliest === calendarDateOf(from)?.earliest &&
    calendarDateOf(span.to)?.latest === calendarDateOf(to)?.latest
  );
}

const validated = validateContent(
  existingContentFolder(values.content ?? contentRoot(), usageError),
);
let eligible = 0;
let hits = 0;
// Events dated to a day, a month or a year: those whose words can name their date (a span is an
// editor's reading, "by 28 November", that no words of the article give as such).
let namedEligible = 0;
let namedHits = 0;
let proposals = 0;
let noise = 0;
let excluded = 0;
const misses: string[] = [];
for (const source of validated.records.sources) {
  const started = performance.now();
  const candidates = suggestEvents(source.id, validated);
  const ms = performance.now() - started;
  proposals += candidates.length;
  noise += candidates.filter((c) => c.coveredBy.length === 0 && !c.excluded).length;
  excluded += candidates.filter((c) => c.coveredBy.length === 0 && c.excluded).length;
  const article = normaliseForMatch(source.body);
  let found = 0;
  let dated = 0;
  for (const event of validated.records.events) {
    const { dating, start } = event.data;
    if (dating.source !== source.id || !dating.words) continue;
    const words = normaliseForMatch(dating.words);
    if (!article.includes(words)) continue;
    dated++;
    const fromSentence = candidates.filter((c) =>
      normaliseForMatch(c.sentence.text).includes(words),
    );
    const precision = start.precision === 'span' ? 'span' : start.precision;
    // A span matches by its first and last possible day ("by 29 November": no first day).
    const right = fromSentence.find(
      (c) =>
        c.date &&
        (precision === 'span'
          ? c.date.start.precision === 'span' && sameDays(c.date.start, start.from, start.to)
          : c.date.start.text === start.text && c.date.start.precision === precision),
    );
    const candidate = right ?? fromSentence[0];
    if (right) found++;
    if (precision !== 'span') {
      namedEligible++;
      if (right) namedHits++;
    }
    if (!right)
      misses.push(
        `${event.id}: “${dating.words}” → ${start.text} (${precision}); the suggester ${
          !candidate
            ? 'proposed nothing from that sentence'
            : candidate.date
              ? `gave ${candidate.date.start.text} (${candidate.date.start.precision}) from “${candidate.date.words}”`
              : `found no date in it${candidate.needsAnchor ? ` (needs an anchor: “${candidate.needsAnchor.words}”)` : ''}`
        }`,
      );
  }
  eligible += dated;
  hits += found;
  console.log(
    `${source.id}: ${candidates.length} proposals, ${found} of ${dated} dated events found, ${ms.toFixed(0)} ms`,
  );
}
const percent = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)} %` : '–');
console.log(
  `\nRecall: ${hits} of ${eligible} events dated from an article's words (${percent(hits, eligible)}).`,
);
console.log(
  `Of those dated to a day, a month or a year: ${namedHits} of ${namedEligible} (${percent(namedHits, namedEligible)}).`,
);
console.log(
  `Noise: ${noise} of ${proposals} proposals quoted by no event and left out by no exclusion (${percent(noise, proposals)}).`,
);
console.log(
  `Proposals of sentences the coverage exclusions leave out on purpose: ${excluded} of ${proposals} (${percent(excluded, proposals)}).`,
);
if (misses.length) console.log(`\nMisses:\n${misses.map((m) => `- ${m}`).join('\n')}`);

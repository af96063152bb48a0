/**
 * Every quote occurs verbatim in the article it cites: event quotes,
 * disagreement quotes, the words an inferred date comes from, spellings of
 * names, and quotes in a source's own reliability notes.
 */
import { fieldPath, problem, type Problem } from '../lib/problems.ts';
import { occursIn, quoteHint } from '../lib/text-match.ts';
import type { RuleId } from '../lib/errors.ts';
import { byId, matchText, type Check } from './record-set.ts';

type Claim = { path: PropertyKey[]; source: string; words: string; rule: RuleId };

function claimsOf(collection: string, id: string, data: Record<string, any>): Claim[] {
  const claims: Claim[] = [];
  if (collection === 'events') {
    data.sources.forEach((c: { source: string; quotes: string[] }, i: number) =>
      c.quotes.forEach((words, j) =>
        claims.push({
          path: ['sources', i, 'quotes', j],
          source: c.source,
          words,
          rule: 'quote.notFound',
        }),
      ),
    );
    data.disagreements.forEach((d: { versions: { source: string; quote?: string }[] }, i: number) =>
      d.versions.forEach(
        (v, j) =>
          v.quote &&
          claims.push({
            path: ['disagreements', i, 'versions', j, 'quote'],
            source: v.source,
            words: v.quote,
            rule: 'quote.notFound',
          }),
      ),
    );
    if (data.dating.words && data.dating.source)
      claims.push({
        path: ['dating', 'words'],
        source: data.dating.source,
        words: data.dating.words,
        rule: 'quote.notInSource',
      });
  }
  if (collection === 'sources') {
    data.reliability.forEach(
      (n: { quote?: string }, i: number) =>
        n.quote &&
        claims.push({
          path: ['reliability', i, 'quote'],
          source: id,
          words: n.quote,
          rule: 'quote.notInSource',
        }),
    );
  }
  (data.spellings ?? []).forEach((s: { text: string; source: string }, i: number) =>
    claims.push({
      path: ['spellings', i, 'text'],
      source: s.source,
      words: s.text,
      rule: 'quote.notInSource',
    }),
  );
  return claims;
}

export const checkQuotes: Check = ({ records }) => {
  const sources = byId(records.sources);
  const problems: Problem[] = [];
  for (const list of Object.values(records)) {
    for (const record of list) {
      for (const claim of claimsOf(record.collection, record.id, record.data)) {
        const source = sources.get(claim.source);
        if (!source) continue; // reported by the reference check
        const text = matchText(source);
        if (occursIn(text, claim.words)) continue;
        problems.push(
          problem(record.file, record.lineOf(claim.path), fieldPath(claim.path), claim.rule, {
            headline: source.data.headline,
            hint: quoteHint(text, claim.words),
          }),
        );
      }
    }
  }
  return problems;
};

/** The source an inferred date comes from must be one the event cites. */
export const checkDatingSourceCited: Check = ({ records }) =>
  records.events.flatMap((event) => {
    const { source } = event.data.dating;
    if (!source || event.data.sources.some((c) => c.source === source)) return [];
    return [
      problem(
        event.file,
        event.lineOf(['dating', 'source']),
        'dating.source',
        'dating.sourceNotCited',
        { id: source },
      ),
    ];
  });

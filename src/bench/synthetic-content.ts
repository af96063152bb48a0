/**
 * Writes a valid synthetic content folder of any size, for benchmarks: events
 * with quotes that really occur in their sources, people, places, topics.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shiftDays } from '../lib/calendar.ts';
import { sha256 } from '../lib/sha256.ts';

const WORDS = [
  'council',
  'harbour',
  'bridge',
  'minister',
  'talks',
  'border',
  'summit',
  'treaty',
  'troops',
  'sanctions',
  'envoy',
  'statement',
];

function sentence(seed: number, length = 14): string {
  return (
    Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 3 + (seed >> 3)) % WORDS.length]).join(
      ' ',
    ) + ` number ${seed}.`
  );
}

export interface SyntheticSize {
  events: number;
  sources?: number;
  people?: number;
  places?: number;
}

export function writeSyntheticContent(root: string, size: SyntheticSize): void {
  const sources = size.sources ?? Math.max(5, Math.ceil(size.events / 20));
  const people = size.people ?? Math.max(5, Math.ceil(size.events / 25));
  const places = size.places ?? Math.max(5, Math.ceil(size.events / 50));
  for (const folder of [
    'events',
    'sources',
    'people',
    'places',
    'topics',
    'organisations',
    'periods',
  ])
    mkdirSync(join(root, folder), { recursive: true });
  // An event a day from 2001: the sources are published, and the story's period ends, at the end of
  // 2060 or of the last event's year if later (50,000 events run to 2137; every source then had
  // been published before the events it reports).
  const lastYear = Number(shiftDays('2001-01-01', size.events - 1).slice(0, 4));
  const end = `${Math.max(2060, lastYear)}-12-31`;
  writeFileSync(
    join(root, 'site.yaml'),
    `title: Synthetic Chronicle\ndescription: Generated content for benchmarks.\nperiod: { start: 2000-01-01, end: ${end} }\nurl: https://bench.example\nbase: /\n`,
  );
  const eventsPerSource = Math.ceil(size.events / sources);
  for (let s = 0; s < sources; s++) {
    const text =
      Array.from({ length: eventsPerSource }, (_, i) => sentence(s * eventsPerSource + i)).join(
        '\n\n',
      ) + '\n';
    writeFileSync(
      join(root, 'sources', `source-${s}.md`),
      `---\nheadline: Source ${s}\nsite: Bench Wire\nagencies: [Wire]\nlanguage: en\npublished: ${end}\npublishedEvidence: Synthetic.\nreliability: []\nsha256: ${sha256(text)}\n---\n${text}`,
    );
  }
  for (let p = 0; p < people; p++)
    writeFileSync(
      join(root, 'people', `person-${p}.md`),
      `---\nname: Person ${p}\nrole: Minister\ndescription: A synthetic person.\n---\n`,
    );
  for (let p = 0; p < places; p++) {
    writeFileSync(
      join(root, 'places', `place-${p}.md`),
      `---\nname: Place ${p}\nkind: city\ndescription: A synthetic place.\ncoordinates: { lat: ${(p % 90) - 45}, lon: ${(p % 180) - 90} }\n---\n`,
    );
  }
  writeFileSync(
    join(root, 'topics', 'topic-0.md'),
    '---\nname: Topic\ndescription: A synthetic topic.\n---\n',
  );
  for (let e = 0; e < size.events; e++) {
    const day = shiftDays('2001-01-01', e);
    const source = Math.floor(e / eventsPerSource);
    const body = Array.from({ length: 8 }, (_, i) => sentence(e + i, 24)).join('\n\n');
    writeFileSync(
      join(root, 'events', `${day}-event-${e}.md`),
      [
        '---',
        `title: Synthetic event ${e} about the ${WORDS[e % WORDS.length]}`,
        'kind: meeting',
        `start: ${day}`,
        'dating: { basis: stated }',
        'status: happened',
        `summary: ${sentence(e)}`,
        'topics: [topic-0]',
        `people: [person-${e % people}, person-${(e + 1) % people}]`,
        `places: [place-${e % places}]`,
        'sources:',
        `  - source: source-${source}`,
        `    quote: ${sentence(e)}`,
        '---',
        body,
        '',
      ].join('\n'),
    );
  }
}

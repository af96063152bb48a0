/**
 * Prints everything date-related the project computes, as JSON, so a test can
 * run it under far-apart time zones and compare: parsing, YAML Date values
 * (as Astro's loader hands them over), formatting, weekdays, sorting, and
 * the validator's verdict on the fixture site.
 */
import yaml from 'js-yaml';
import { parseDateText, weekdayOf } from '../../src/lib/calendar.ts';
import { dateWords } from '../../src/lib/date-words.ts';
import { eventSchema } from '../../src/schema/index.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const texts = [
  '2021-11-28',
  '2021-11-30',
  '2021-12-31',
  '2022-01-01',
  '2021-11',
  '2021',
  '2021-02-29',
];
const astroStyle = yaml.load('start: 2021-11-30\nend: 2022-01-01') as { start: Date; end: Date };
const parsedFromDates = eventSchema().shape.start.parse(astroStyle.start);
const report = {
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  parsed: texts.map((text) => parseDateText(text)),
  formatted: texts
    .map((text) => parseDateText(text))
    .map((d) => ('precision' in d ? dateWords('en').date(d) : null)),
  weekdays: ['2021-11-28', '2021-11-30', '2022-01-04', '2022-01-07'].map(weekdayOf),
  fromYamlDate: parsedFromDates,
  validator: validateContent('tests/fixtures/site/content').problems.map(formatProblem),
};
console.log(JSON.stringify(report));

/** File names are ids: lower-case slugs; an event's name starts with its date as written. */
import { acceptedFileNamePrefixes, firstBound } from '../lib/calendar.ts';
import { problem } from '../lib/problems.ts';
import { slugify } from '../lib/slug.ts';
import { ID_PATTERN } from '../schema/primitives.ts';
import type { Check } from './record-set.ts';

const EVENT_NAME = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const checkFileNames: Check = ({ records }) =>
  Object.values(records).flatMap((list) =>
    list.flatMap((record) => {
      const name = `${record.id}.md`;
      if (record.collection === 'events') {
        const event = record.data;
        const prefix = firstBound(event.start);
        const match = EVENT_NAME.exec(record.id);
        if (!match) {
          return [
            problem(record.file, 1, '', 'file.name', {
              name,
              convention:
                'the start date as written (YYYY-MM-DD, YYYY-MM or YYYY), a hyphen, then lower-case words joined by hyphens',
              example: `${prefix}-${slugify(record.id.replace(/^[\d-]+/, '')) || 'what-happened'}.md`,
            }),
          ];
        }
        if (!acceptedFileNamePrefixes(event.start).includes(match[1]!)) {
          return [
            problem(record.file, record.lineOf(['start']), 'start', 'file.datePrefix', {
              prefix: match[1],
              start:
                event.start.precision === 'span'
                  ? `${prefix} (${event.start.text})`
                  : event.start.text,
              suggestion: `${prefix}-${match[2]}.md`,
            }),
          ];
        }
        return [];
      }
      if (ID_PATTERN.test(record.id)) return [];
      return [
        problem(record.file, 1, '', 'file.name', {
          name,
          convention: 'lower-case letters, digits and single hyphens',
          example: `${slugify(record.id) || 'name'}.md`,
        }),
      ];
    }),
  );

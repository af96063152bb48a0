/**
 * What the data page states about the exports, computed from the records and the schema so that it
 * cannot drift from them.
 */
import { listFields } from '../../schema/field-docs.ts';
import { exportFileSchema } from '../../schema/export.ts';
import { inCalendar } from './calendar-file.ts';

export interface FieldRow {
  path: string;
  description: string;
  required: boolean;
}

/** Every field of events.json, depth first, with its description from the schema. */
export function jsonFieldRows(): FieldRow[] {
  return listFields(exportFileSchema).map((field) => ({
    path: field.path,
    description: field.description ?? '',
    required: field.required,
  }));
}

/** How many events each file holds. */
export function exportCounts(records: readonly Parameters<typeof inCalendar>[0][]): {
  events: number;
  inCalendar: number;
  leftOutOfCalendar: number;
} {
  const calendar = records.filter(inCalendar).length;
  return {
    events: records.length,
    inCalendar: calendar,
    leftOutOfCalendar: records.length - calendar,
  };
}

/**
 * What the data page states about the exports, computed from the records and the schema so that it
 * cannot drift from them.
 */
import { MESSAGE_KEYS, type MessageKey } from '../../lib/messages/catalogue.ts';
import { listFields } from '../../schema/field-docs.ts';
import { exportFileSchema } from '../../schema/export.ts';
import { inCalendar } from './calendar-file.ts';

export interface FieldRow {
  path: string;
  /** The catalogue's description of the field, in the site's language. */
  key: MessageKey;
  required: boolean;
}

const KEYS = new Set<string>(MESSAGE_KEYS);

/**
 * The catalogue key describing a field of events.json: its path's, else that of its path's last
 * parts (`events[].end.text` → `data.field.text`), so one shape is described once.
 */
export function fieldMessageKey(path: string): MessageKey | undefined {
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const key = `data.field.${parts.slice(i).join('.')}`;
    if (KEYS.has(key)) return key as MessageKey;
  }
  return undefined;
}

/** Every field of events.json, depth first, with its description's key. */
export function jsonFieldRows(): FieldRow[] {
  return listFields(exportFileSchema).map((field) => {
    const key = fieldMessageKey(field.path);
    if (!key)
      throw new Error(
        `events.json's field ${field.path} has no description in the catalogue (data.field.…).`,
      );
    return { path: field.path, key, required: field.required };
  });
}

/** The catalogue key describing a column of events.csv. */
export function columnMessageKey(header: string): MessageKey {
  const key = `data.column.${header}`;
  if (!KEYS.has(key))
    throw new Error(`events.csv's column ${header} has no description in the catalogue (${key}).`);
  return key as MessageKey;
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

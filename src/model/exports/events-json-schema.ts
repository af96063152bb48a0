/**
 * The JSON Schema of `events.json`, generated from the zod schema of the export: never written by
 * hand.
 */
import { z } from 'astro/zod';
import { exportFileSchema } from '../../schema/export.ts';

export function exportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(exportFileSchema, { io: 'output', target: 'draft-2020-12' });
}

/** events.schema.json: the JSON Schema of events.json, generated from src/schema/export.ts. */
import type { APIRoute } from 'astro';
import { jsonText } from '../lib/exports/events-document.ts';
import { fileResponse } from '../lib/exports/files.ts';
import { exportJsonSchema } from '../lib/exports/json-schema.ts';

export const GET: APIRoute = () => fileResponse('schema', jsonText(exportJsonSchema()));

/** events.csv: one row per event, for spreadsheets. */
import type { APIRoute } from 'astro';
import { exportRecords } from '../data/exports.ts';
import { eventsCsv } from '../lib/exports/csv-file.ts';
import { fileResponse } from '../lib/exports/files.ts';

export const GET: APIRoute = async () => fileResponse('csv', eventsCsv(await exportRecords()));

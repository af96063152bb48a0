/** The article text kept in a source record is exactly what was received: its SHA-256 matches. */
import { createHash } from 'node:crypto';
import { lineIn } from '../lib/parse-records.ts';
import { problem } from '../lib/problems.ts';
import type { Check } from './content-set.ts';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export const checkSourceText: Check = ({ records }) =>
  records.sources
    .filter((source) => sha256(source.body) !== source.data.sha256)
    .map((source) => problem(source.file, lineIn(source, ['sha256']), 'sha256', 'source.checksum'));

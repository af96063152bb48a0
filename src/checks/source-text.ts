/** The article text kept in a source record is exactly what was received: its SHA-256 matches. */
import { problem } from '../lib/problems.ts';
import { sha256 } from '../lib/sha256.ts';
import type { Check } from './record-set.ts';

export const checkSourceText: Check = ({ records }) =>
  records.sources
    .filter((source) => sha256(source.body) !== source.data.sha256)
    .map((source) => problem(source.file, source.lineOf(['sha256']), 'sha256', 'source.checksum'));

/**
 * The SHA-256 of a text in UTF-8, as lower-case hex: how a source record proves its article is
 * unchanged.
 */
import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Field shapes shared by every collection: plain text, ids, id lists, web addresses. */
import { z } from 'astro/zod';
import { reportRule } from './issue.ts';

/** Anything that looks like an HTML tag or entity trick: plain-text fields never carry markup. */
const HTML_TAG = /<\s*\/?\s*[a-z!][^>]*>?|&#?[a-z0-9]+;/i;

/**
 * Characters that make text read otherwise than it is stored, or hide in it: the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the zero-width space, word
 * joiner and byte-order mark, and control characters other than tab and line breaks. The marks
 * right-to-left text needs (U+200E, U+200F) and the joiners of Persian and emoji (U+200C, U+200D)
 * are allowed.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** One line or paragraph of plain text: trimmed, not empty, no HTML, nothing hidden. */
export function plainText() {
  return z
    .string()
    .trim()
    .min(1)
    .superRefine((value, ctx) => {
      const tag = HTML_TAG.exec(value);
      if (tag) reportRule(ctx, 'field.html', value, { tag: tag[0] });
      const hidden = INVISIBLE.exec(value);
      if (hidden)
        reportRule(ctx, 'field.invisible', value, {
          code: `U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
          position: [...value.slice(0, hidden.index)].length + 1,
        });
    });
}

/** An id: the file name of a record without `.md`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id: every address, folder and file made from one (events/<id>/index.html,
 * og/<id>.png, an alias's redirect page) stays far inside the 255 bytes a file name may have on
 * every common file system.
 */
export const ID_MAX = 150;

export function id() {
  return z.string().trim().max(ID_MAX).regex(ID_PATTERN);
}

/** Accepts a single value or a list, always gives a list. */
export function listOf<T extends z.ZodType>(item: T, min = 0) {
  return z.preprocess(
    (value) =>
      value === undefined || value === null ? [] : Array.isArray(value) ? value : [value],
    z.array(item).min(min),
  );
}

/** A list of ids of records in another collection; resolved by the reference check. */
export function refs() {
  return listOf(id());
}

/** A web address; only http and https are accepted (no javascript:, data:, file: …). */
export function webUrl() {
  return z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
}

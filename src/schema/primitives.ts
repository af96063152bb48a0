/** Field shapes shared by every collection: plain text, ids, id lists, web addresses. */
import { z } from 'astro/zod';
import { reportRule } from './issue.ts';

/** Anything that looks like an HTML tag or entity trick: plain-text fields never carry markup. */
const HTML_TAG = /<\s*\/?\s*[a-z!][^>]*>?|&#?[a-z0-9]+;/i;

/** One line or paragraph of plain text: trimmed, not empty, no HTML. */
export function plainText() {
  return z
    .string()
    .trim()
    .min(1)
    .superRefine((value, ctx) => {
      const tag = HTML_TAG.exec(value);
      if (tag) reportRule(ctx, 'field.html', value, { tag: tag[0] });
    });
}

/** An id: the file name of a record without `.md`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function id() {
  return z.string().trim().regex(ID_PATTERN);
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

/**
 * How our own rules report a problem from inside a schema: a rule id from the
 * wording catalog (src/lib/errors.ts) plus the values the message needs.
 * Zod's own message text is never shown to editors.
 */
import type { z } from 'astro/zod';
import type { RuleId } from '../lib/errors.ts';

type Context = Pick<z.core.$RefinementCtx, 'addIssue'>;

export function reportRule(
  ctx: Context,
  rule: RuleId,
  input: unknown,
  params: Record<string, string | number> = {},
  path: PropertyKey[] = [],
): void {
  ctx.addIssue({ code: 'custom', message: rule, input, path, params: { rule, ...params } });
}

/**
 * GitHub's sanitising rules, tightened: the text of <style> goes with it
 * (like <script>'s), and form controls (kept by GitHub for task lists) are not allowed.
 * The build's pipeline, the search index's text and the validator's look at a body all use it.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
};

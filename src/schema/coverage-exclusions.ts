/**
 * `content/coverage-exclusions.yaml`: article passages deliberately left without an event, each
 * with its reason.
 */
import { z } from 'astro/zod';
import { id, plainText } from './primitives.ts';

export function coverageExclusionsSchema() {
  return z.array(
    z.strictObject({
      source: id().meta({
        description: 'The source the passage is in.',
        examples: ['2021-11-28-wire-council-preview'],
      }),
      text: plainText().meta({
        description: 'The passage, or its first words, exactly as the article has them.',
        examples: ['Leave a Reply'],
      }),
      reason: plainText().meta({
        description: 'Why no event quotes it.',
        examples: ['Comment-form boilerplate, not part of the report.'],
      }),
    }),
  );
}

export type CoverageExclusion = z.output<ReturnType<typeof coverageExclusionsSchema>>[number];

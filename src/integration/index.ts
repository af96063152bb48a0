/**
 * The Chronicle Astro integration: before Astro builds anything, the content
 * is validated with exactly the rules of `npm run validate`. Any problem stops
 * the build with the same messages, so nothing half-valid is ever published.
 */
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/problems.ts';
import { contentRoot } from '../lib/paths.ts';
import { validateContent } from '../lib/validate-content.ts';

export class ContentProblemsError extends Error {
  constructor(count: number) {
    super(`${count} ${count === 1 ? 'problem' : 'problems'} in the content (listed above). Nothing was built.`);
    this.name = 'ContentProblems';
    this.stack = '';
  }
}

export function chronicle(): AstroIntegration {
  return {
    name: 'chronicle',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = validateContent(contentRoot());
        for (const p of problems) logger.error(formatProblem(p));
        if (problems.length > 0 && command === 'build') throw new ContentProblemsError(problems.length);
      },
    },
  };
}

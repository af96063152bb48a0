import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from './src/lib/problems.ts';
import { validateContent } from './src/validation/validate-content.ts';
import { applyCase, BAD_INPUT, tempProject } from './tests/helpers/fixture-site.ts';
for (const name of process.argv.slice(2)) {
  const root = tempProject();
  applyCase(root, join(BAD_INPUT, name));
  const text = validateContent('content', root).problems.map(formatProblem).join('\n');
  writeFileSync(join(BAD_INPUT, name, 'expected.txt'), text + '\n');
  console.log(`== ${name}\n${text}`);
  rmSync(root, { recursive: true });
}

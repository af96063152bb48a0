/**
 * The floors of src/, and an ESLint rule that keeps every import pointing
 * down them (`npm run lint`). Written here rather than taken from
 * eslint-plugin-import's no-restricted-paths: that needs a zone per pair of
 * folders (about sixty here) where this needs one ordered list, and it reads
 * neither .astro files nor this project's import of `.ts` paths without a
 * resolver of its own.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { Rule } from 'eslint';

/**
 * Lowest first. A module may import from its own floor and from those below; folders on one line
 * share a floor.
 */
export const FLOORS: readonly (readonly string[])[] = [
  ['lib', 'styles'],
  ['schema'],
  ['checks'],
  ['validation'],
  ['model'],
  ['plugins'],
  ['derived'],
  ['loaders', 'integration'],
  ['data', 'content.config.ts'],
  ['components', 'layouts'],
  ['pages'],
  ['bench', 'cli'],
];

/**
 * The floor of a path inside `src` (as an index into FLOORS), or undefined for a path outside it.
 */
export function floorOf(srcDir: string, path: string): number | undefined {
  const inside = relative(srcDir, path);
  if (inside.startsWith('..') || inside === '') return undefined;
  const top = inside.split(sep)[0]!;
  const floor = FLOORS.findIndex((folders) => folders.includes(top));
  return floor < 0 ? undefined : floor;
}

const name = (floor: number) => FLOORS[floor]!.join(', ');

/** The rule; `srcDir` is the absolute path of src/. */
export function importFloorsRule(srcDir: string): Rule.RuleModule {
  return {
    meta: {
      type: 'problem',
      docs: {
        description:
          'Imports within src/ point down its floors (lib → schema → checks → validation → model → … → pages → cli).',
      },
      messages: {
        up: '{{from}} is on the floor "{{fromFloor}}" and may not import {{to}}, which is on a floor above it ("{{toFloor}}"). Imports point down: move the code it needs to a lower floor, or hand it down as an argument.',
        unknown:
          '{{file}} is in no floor of src/. Add its folder to FLOORS in src/cli/support/import-floors.ts.',
      },
      schema: [],
    },
    create(context) {
      const file = context.filename;
      const from = floorOf(srcDir, file);
      if (from === undefined) {
        if (!relative(srcDir, file).startsWith('..'))
          context.report({
            loc: { line: 1, column: 0 },
            messageId: 'unknown',
            data: { file: `src/${relative(srcDir, file).split(sep).join('/')}` },
          });
        return {};
      }
      const check = (node: Rule.Node, specifier: unknown) => {
        if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
        const target = resolve(dirname(file), specifier);
        const to = floorOf(srcDir, target);
        if (to === undefined || to <= from) return;
        const shown = (path: string) => `src/${relative(srcDir, path).split(sep).join('/')}`;
        context.report({
          node,
          messageId: 'up',
          data: { from: shown(file), fromFloor: name(from), to: shown(target), toFloor: name(to) },
        });
      };
      return {
        ImportDeclaration: (node) => check(node, node.source.value),
        ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
        ExportAllDeclaration: (node) => check(node, node.source.value),
        ImportExpression: (node) =>
          node.source.type === 'Literal' && check(node, node.source.value),
      };
    },
  };
}

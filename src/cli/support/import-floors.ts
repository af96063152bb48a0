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

/** A folder of src/ and what lives in it. */
export interface Folder {
  folder: string;
  holds: string;
}

/**
 * Lowest first. A module may import from its own floor and from those below; the folders on one
 * floor share it. The README's layout section and each folder's README are written from this list
 * (`npm run docs`).
 */
export const FLOORS: readonly (readonly Folder[])[] = [
  [
    {
      folder: 'lib',
      holds:
        'Pure TypeScript with no I/O, which any floor may use: calendar days, quote matching, slugs, every address of the site, the link policy, the wording catalog of every problem.',
    },
    { folder: 'styles', holds: 'The stylesheet of the pages.' },
  ],
  [
    {
      folder: 'schema',
      holds:
        'zod only: one schema per collection (and the site configuration, the coverage exclusions, the open data), with the shared pieces: dates, ids, plain text, citations. The one place a field is described.',
    },
  ],
  [
    {
      folder: 'model',
      holds:
        'The one site model (site-model.ts: validated records in, every index out) and what is worked out from it: timeline order and grouping, related events, coverage, the overview and map geometry, JSON-LD, the open-data formats, the embed documents and their oEmbed files. Below the checks and the validation, it is handed its records and can read no file.',
    },
  ],
  [
    {
      folder: 'checks',
      holds:
        'The cross-file rules a schema cannot express, one per file, each a function of the validated records that returns its problems, run from one ordered list (index.ts); and the shape of those records (record-set.ts).',
    },
  ],
  [
    {
      folder: 'validation',
      holds:
        'Reading the content folder: files to text, front matter to fields, each record against its schema, then the checks. Gives every problem at once, with the lines from one parse per record. The only floor that reads the content.',
    },
  ],
  [
    {
      folder: 'plugins',
      holds:
        'The remark and rehype plugins of event bodies, one transform each, registered in index.ts.',
    },
  ],
  [
    {
      folder: 'derived',
      holds:
        'The files that come from the content rather than from a page (open data, embeds, share images, the search index): made from the site model in a worker thread during a build, served on request by `npm run dev`.',
    },
  ],
  [
    {
      folder: 'loaders',
      holds:
        'The Astro content loader of every collection (each record as the validator read and parsed it, its body rendered with the site’s pipeline, the events’ on every core when there are many, or, for the sources, kept as text; in a build, handed to the pages in memory rather than kept in Astro’s content store), and the wrapper that lets a collection be empty without a warning (a new story).',
    },
    {
      folder: 'integration',
      holds:
        'The Astro integration: stops a build of invalid content, hands the site configuration to the pages, runs derived/ beside the build and serves it in `npm run dev`.',
    },
  ],
  [
    {
      folder: 'data',
      holds:
        'What the pages read: the site model built once from the collections (in a build, the loader’s entries in memory; in `astro dev`, Astro’s store), and the site configuration handed down by the integration. Pages never read a file.',
    },
    { folder: 'content.config.ts', holds: 'Maps each collection to its loader and its schema.' },
  ],
  [
    {
      folder: 'components',
      holds: 'The building blocks of the pages; event/ holds the sections of an event’s page.',
    },
    { folder: 'layouts', holds: 'The page shell, and the page an earlier address redirects from.' },
  ],
  [
    {
      folder: 'pages',
      holds: 'Routes only: each asks data/ for the model and renders components.',
    },
  ],
  [
    {
      folder: 'bench',
      holds:
        'The parts of `npm run bench`: synthetic content, the bare baseline, measuring, the report.',
    },
    {
      folder: 'cli',
      holds:
        'The commands (each file is one: validate, build, new-event, coverage, review, docs …); support/ holds the tooling they and the tests share.',
    },
  ],
];

/**
 * The floor of a path inside `src` (as an index into FLOORS), or undefined for a path outside it.
 */
export function floorOf(srcDir: string, path: string): number | undefined {
  const inside = relative(srcDir, path);
  if (inside.startsWith('..') || inside === '') return undefined;
  const top = inside.split(sep)[0]!;
  const floor = FLOORS.findIndex((folders) => folders.some((f) => f.folder === top));
  return floor < 0 ? undefined : floor;
}

const name = (floor: number) => FLOORS[floor]!.map((f) => f.folder).join(', ');

/** The rule; `srcDir` is the absolute path of src/. */
export function importFloorsRule(srcDir: string): Rule.RuleModule {
  return {
    meta: {
      type: 'problem',
      docs: {
        description:
          'Imports within src/ point down its floors (lib → schema → model → checks → validation → … → pages → cli).',
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

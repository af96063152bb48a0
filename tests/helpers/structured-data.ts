/**
 * The JSON-LD of built pages, checked as its consumers read it: against schema.org's own type
 * definitions (the schema-dts typings, compiled by the TypeScript compiler: a property a type does
 * not have, or a value of a type a property does not take, is an error), and against the
 * properties Google requires of the types it makes rich results of.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { htmlFiles, pagePath } from './built-site.ts';
import { PROJECT_ROOT } from './run.ts';

export type Node = Record<string, unknown> & { '@type'?: string; '@id'?: string };

/**
 * Every page's JSON-LD blocks, by page path; redirect pages and embeds (which carry none: an
 * embed is noindex, and the full page it is canonical to carries the graph) left out.
 */
export function jsonLdOfPages(dist: string): Map<string, unknown[]> {
  const pages = new Map<string, unknown[]>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    if (/http-equiv="refresh"/.test(html) || pagePath(dist, file).startsWith('embed/')) continue;
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
    pages.set(
      pagePath(dist, file),
      blocks.map((block) => JSON.parse(block[1]!) as unknown),
    );
  }
  return pages;
}

/** The nodes of a page's graph. */
export function nodesOf(block: unknown): Node[] {
  return (block as { '@graph'?: Node[] })['@graph'] ?? [];
}

/**
 * The TypeScript compiler's errors for the graphs, each declared a schema-dts `Graph`: none means
 * every node, property and value is one schema.org's definitions allow. Each error names its
 * page.
 */
export function schemaOrgTypeErrors(graphs: ReadonlyMap<string, unknown>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-jsonld-'));
  try {
    const names = [...graphs.keys()];
    const file = join(dir, 'graphs.ts');
    writeFileSync(
      file,
      [
        "import type { Graph } from 'schema-dts';",
        ...names.map(
          (name, i) =>
            `// ${name}\nexport const page${i}: Graph = ${JSON.stringify(graphs.get(name))};`,
        ),
      ].join('\n'),
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      typeRoots: [],
      types: [],
      // schema-dts is resolved from the project's own node_modules.
      baseUrl: PROJECT_ROOT,
      paths: { 'schema-dts': [join(PROJECT_ROOT, 'node_modules', 'schema-dts')] },
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const line =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
      // Line 2k+1 is the comment naming page k, line 2k+2 its graph.
      const page = line > 0 ? names[Math.floor((line - 1) / 2)] : undefined;
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      return `${page ?? '?'}: ${message.split('\n').slice(0, 3).join(' / ')}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What Google requires of the types it makes rich results of (developers.google.com/search/docs/
 * appearance/structured-data): a missing property, by page. `location` of an Event is left to the
 * caller: an event whose record names no place has none to give.
 */
const GOOGLE_REQUIRED: Record<string, string[]> = {
  Event: ['name', 'startDate'],
  Dataset: ['name', 'description'],
  NewsArticle: ['headline'],
  ItemList: ['itemListElement'],
  ListItem: ['position'],
};

export function missingRequired(page: string, nodes: readonly Node[]): string[] {
  const missing: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    for (const property of GOOGLE_REQUIRED[node['@type'] ?? ''] ?? [])
      if (node[property] === undefined || node[property] === '')
        missing.push(`${page}: ${node['@type']} without ${property}`);
    Object.values(node).forEach(visit);
  };
  nodes.forEach(visit);
  return missing;
}

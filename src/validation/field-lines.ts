/**
 * The line of a field in a record's front matter, so every problem points at
 * a line. js-yaml, which reads the fields, keeps no positions; the `yaml`
 * package does. It parses a record's front matter once, and only when a
 * problem in that record first needs a line: records without problems (nearly
 * all of them) are never parsed twice.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { SHORT_FORMS } from '../schema/index.ts';

/**
 * A function from a field path to the line of the deepest part of it that the
 * text has (line 2, the first field's, when it has none). A record's front
 * matter starts right after the opening `---`, so its line n is line n of the
 * file, as in a whole-YAML file such as site.yaml.
 */
export function fieldLocator(text: string): (path: readonly PropertyKey[]) => number {
  let parsed: { document: Document; lines: LineCounter } | undefined;
  return (path) => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { document: parseDocument(text, { lineCounter: lines }), lines };
    }
    const offset = offsetOf(parsed.document, path);
    return offset === undefined ? 2 : parsed.lines.linePos(offset).line;
  };
}

function offsetOf(document: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const map = node;
      const names = [String(key), ...(SHORT_FORMS[String(key)] ? [SHORT_FORMS[String(key)]!] : [])];
      const pair = names
        .map((name) =>
          map.items.find((item) => isScalar(item.key) && String(item.key.value) === name),
        )
        .find(Boolean);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0];
      node = item;
    } else break;
  }
  return offset;
}

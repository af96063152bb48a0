/** Finds the line of a field in a record's front matter, so every problem points at a line. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * Line in the file of the deepest part of `path` that exists. The front
 * matter text starts right after the opening `---`, so its line n is line n
 * of the file.
 */
export function lineOfField(frontMatter: string, path: readonly PropertyKey[]): number {
  const lineCounter = new LineCounter();
  const document = parseDocument(frontMatter, { lineCounter });
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const map = node;
      // A list field may be written in its singular form (`quote:` for `quotes:`), which the schema accepts.
      const names = [String(key), String(key).replace(/s$/, '')];
      const pair = names.map((name) => map.items.find((item) => isScalar(item.key) && String(item.key.value) === name)).find(Boolean);
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
  if (offset === undefined) return 2;
  return lineCounter.linePos(offset).line;
}

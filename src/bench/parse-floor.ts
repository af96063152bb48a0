/**
 * The floor `npm run validate` is measured against: reading every record file of a content folder
 * and parsing it with gray-matter (and the same YAML reading) and its collection's zod schema, and
 * nothing else (no cross-record rule, no quote check, no report). The benchmark times this as a
 * whole process, as it times validate, so the ratio of the two holds on a slower machine.
 * `node src/bench/parse-floor.ts <content folder>`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { collections, eventSchema } from '../schema/index.ts';
import { parseYaml } from '../validation/read-records.ts';

const USAGE = `Usage: node src/bench/parse-floor.ts <content folder>

Reads and parses every record file of a content folder with gray-matter and its zod schema alone:
the floor npm run bench compares npm run validate with. Prints how many records it parsed.`;
const root = process.argv[2];
if (!root || root === '--help' || root === '-h') {
  console.log(USAGE);
  process.exit(root ? 0 : 2);
}
let parsed = 0;
let invalid = 0;
for (const [name, collection] of Object.entries(collections)) {
  const schema = name === 'events' ? eventSchema() : collection.schema();
  let files: string[];
  try {
    files = readdirSync(join(root, collection.folder)).filter((f) => f.endsWith('.md'));
  } catch {
    continue;
  }
  for (const file of files) {
    const text = readFileSync(join(root, collection.folder, file), 'utf8');
    const { data } = matter(text, { engines: { yaml: parseYaml } });
    if (schema.safeParse(data).success) parsed++;
    else invalid++;
  }
}
console.log(`${parsed} records parsed${invalid ? `, ${invalid} invalid` : ''}.`);

/**
 * `npm run docs`: regenerates what is derived from the schemas — the field
 * reference in CONTRIBUTING.md and the JSON Schemas in editor-schemas/. A test fails
 * when the committed copies are stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { withFreshReference } from './support/field-reference.ts';
import { editorJsonSchemas } from './support/editor-json-schemas.ts';

writeFileSync('CONTRIBUTING.md', withFreshReference(readFileSync('CONTRIBUTING.md', 'utf8')));
mkdirSync('editor-schemas', { recursive: true });
for (const [name, schema] of Object.entries(editorJsonSchemas()))
  writeFileSync(`editor-schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
console.log('✓ CONTRIBUTING.md field reference and editor-schemas/*.schema.json regenerated.');

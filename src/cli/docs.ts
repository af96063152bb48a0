/**
 * `npm run docs`: regenerates what is derived from the schemas and from the list of floors — the
 * field reference in CONTRIBUTING.md, the JSON Schemas in editor-schemas/, the layout section of
 * README.md and the README of each folder of src/. A test fails when a committed copy is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine } from './support/command-line.ts';
import { editorJsonSchemas } from './support/editor-json-schemas.ts';
import { withFreshReference } from './support/field-reference.ts';
import { folderReadmes, withFreshLayout } from './support/layout-docs.ts';

commandLine({
  usage: 'npm run docs',
  about:
    'Writes what is derived from the schemas and the list of floors: the field reference in CONTRIBUTING.md, editor-schemas/*.schema.json, the layout section of README.md and src/*/README.md.',
  notes: ['Exit codes: 0 written; 2 a flag is unknown.'],
});
writeFileSync('CONTRIBUTING.md', withFreshReference(readFileSync('CONTRIBUTING.md', 'utf8')));
mkdirSync('editor-schemas', { recursive: true });
for (const [name, schema] of Object.entries(editorJsonSchemas()))
  writeFileSync(`editor-schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync('README.md', withFreshLayout(readFileSync('README.md', 'utf8')));
for (const [path, text] of folderReadmes()) writeFileSync(`src/${path}`, text);
console.log(
  '✓ Regenerated: the field reference in CONTRIBUTING.md, editor-schemas/*.schema.json, the layout in README.md and src/*/README.md.',
);

/**
 * What is generated from the schemas is committed up to date: the field reference and the JSON
 * Schemas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFreshReference } from '../../src/cli/support/field-reference.ts';
import { editorJsonSchemas } from '../../src/cli/support/editor-json-schemas.ts';
import { folderReadmes, withFreshLayout } from '../../src/cli/support/layout-docs.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('generated documentation', () => {
  it('CONTRIBUTING.md has the current field reference (run npm run docs)', () => {
    const committed = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    expect(committed).toBe(withFreshReference(committed));
  });

  it.each(Object.entries(editorJsonSchemas()))(
    'editor-schemas/%s.schema.json is current (run npm run docs)',
    (name, schema) => {
      expect(
        JSON.parse(readFileSync(join(ROOT, 'editor-schemas', `${name}.schema.json`), 'utf8')),
      ).toEqual(schema);
    },
  );

  it('README.md has the current layout of src/ (run npm run docs)', () => {
    const committed = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(committed).toBe(withFreshLayout(committed));
  });

  it.each([...folderReadmes()])('src/%s is current (run npm run docs)', (path, text) => {
    expect(readFileSync(join(ROOT, 'src', path), 'utf8')).toBe(text);
  });

  it('marks required fields as required', () => {
    const reference = withFreshReference(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8'));
    expect(reference).toContain('| `sources` | yes |');
    expect(reference).toContain('| `start.to` | yes |');
    expect(reference).toContain('| `start.from` |  |');
    expect(reference).toContain('| `topics` |  |');
    expect(reference).toContain('| `end` |  |');
  });
});

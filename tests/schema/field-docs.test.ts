/** Every field says what it is for: the wording errors and docs are made from. */
import { describe, expect, it } from 'vitest';
import { collections, siteSchema } from '../../src/schema/index.ts';
import { expectation, fieldAt, listFields } from '../../src/schema/field-docs.ts';

const schemas = {
  ...Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, c.schema()])),
  site: siteSchema(),
};

describe('field descriptions', () => {
  it.each(Object.entries(schemas))('every %s field has a description', (_name, schema) => {
    const fields = listFields(schema);
    expect(fields.length).toBeGreaterThan(2);
    expect(fields.filter((f) => !f.description).map((f) => f.path)).toEqual([]);
  });

  it('finds the description of a nested field for error messages', () => {
    const event = collections.events.schema();
    expect(expectation(fieldAt(event, ['sources', 0, 'source']).meta)).toBe(
      'Id of the article in content/sources/, 150 characters at most. For example: 2021-11-28-wire-council-preview',
    );
    expect(fieldAt(event, ['no-such-field']).schema).toBeUndefined();
  });

  it('lists nested fields with list markers', () => {
    const paths = listFields(collections.events.schema()).map((f) => f.path);
    expect(paths).toContain('sources[].quotes');
    expect(paths).toContain('disagreements[].versions[].says');
    expect(paths).toContain('dating.words');
  });
});

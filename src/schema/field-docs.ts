/**
 * Reads the description and example attached to each field of a schema, so
 * that error messages (and the generated docs) say what a field expects in
 * the schema's own words.
 */
import { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

interface Meta {
  description?: string;
  examples?: unknown[];
}

/**
 * Looks through wrappers (optional, default, pipes, unions) to the schema that holds fields or
 * items.
 */
export function unwrap(schema: AnySchema, want: 'object' | 'array'): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (let depth = 0; current && depth < 20; depth++) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === want) return current;
    if ('innerType' in def) current = def.innerType as AnySchema | undefined;
    else if (def.type === 'pipe') {
      const out = def.out as AnySchema;
      current = out._zod.def.type === 'transform' ? (def.in as AnySchema) : out;
    } else if (def.type === 'union') {
      return (def.options as AnySchema[]).map((option) => unwrap(option, want)).find(Boolean);
    } else return undefined;
  }
  return undefined;
}

/**
 * The most characters a text field takes, from its own `.max()`: the one place the number is
 * written.
 */
function maxLengthOf(schema: AnySchema): number | undefined {
  const checks =
    (schema._zod.def as { checks?: { _zod: { def: { check: string; maximum?: number } } }[] })
      .checks ?? [];
  return checks.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
}

/**
 * "Short headline of the event." and a limit of 140 → "Short headline of the event, 140 characters
 * at most."
 */
function withLimit(description: string, max: number | undefined): string {
  return max === undefined
    ? description
    : `${description.replace(/\.$/, '')}, ${max} characters at most.`;
}

/**
 * A field's meaning and examples as its schema states them: the words the open data's schema
 * reuses.
 */
export function meaningOf(
  root: AnySchema,
  path: readonly PropertyKey[],
): Meta & Record<string, unknown> {
  const { schema } = fieldAt(root, path);
  const meta = schema ? (z.globalRegistry.get(schema) as Meta | undefined) : undefined;
  if (!meta?.description) throw new Error(`The schema has no description at ${path.join('.')}.`);
  return { description: meta.description, ...(meta.examples ? { examples: meta.examples } : {}) };
}

/**
 * A field's description and examples, from the field or, failing that, the schema it wraps (`.optional()` …),
 * with its length limit, as an editor needs to know it.
 */
function metaOf(schema: AnySchema): Meta {
  let current: AnySchema | undefined = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const meta = z.globalRegistry.get(current) as Meta | undefined;
    if (meta?.description)
      return { ...meta, description: withLimit(meta.description, maxLengthOf(current)) };
    const def = current._zod.def as unknown as Record<string, unknown>;
    current = (def['innerType'] ?? (def['type'] === 'pipe' ? def['out'] : undefined)) as
      AnySchema | undefined;
  }
  return {};
}

/** The schema at a field path, and the nearest description and example on the way to it. */
export function fieldAt(
  root: AnySchema,
  path: readonly PropertyKey[],
): { schema?: AnySchema | undefined; meta: Meta } {
  let current: AnySchema | undefined = root;
  let meta: Meta = {};
  for (const key of path) {
    if (!current) break;
    if (typeof key === 'number') {
      const array = unwrap(current, 'array');
      current = array ? (array._zod.def as unknown as { element: AnySchema }).element : undefined;
    } else {
      const object = unwrap(current, 'object');
      current = object
        ? (object._zod.def as unknown as { shape: Record<string, AnySchema> }).shape[String(key)]
        : undefined;
      meta = {};
    }
    if (current) meta = { ...metaOf(current), ...pickDefined(meta) };
  }
  return { schema: current, meta };
}

function pickDefined(meta: Meta): Meta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
}

/** Field names an object at this path accepts, for "did you mean". */
export function fieldNamesAt(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const { schema } = fieldAt(root, path);
  const object = schema && unwrap(schema, 'object');
  return object ? Object.keys((object._zod.def as unknown as { shape: object }).shape) : [];
}

/**
 * An example as an editor would write it: `[a, b]` for a list, `{"lat":1}` for fields, else as
 * written.
 */
export function exampleText(example: unknown): string {
  if (Array.isArray(example)) return `[${example.join(', ')}]`;
  return typeof example === 'object' && example !== null
    ? JSON.stringify(example)
    : `${example as string | number | boolean}`;
}

/** "Short headline of the event. For example: Harbour council meets on the bridge" */
export function expectation(meta: Meta): string {
  const example = meta.examples?.[0];
  return `${meta.description ?? ''}${example === undefined ? '' : ` For example: ${exampleText(example)}`}`.trim();
}

export interface FieldEntry {
  /** `sources[].quotes[]`-style path. */
  path: string;
  description?: string | undefined;
  examples?: unknown[] | undefined;
  required: boolean;
}

/**
 * A field may be left out when the schema accepts it missing (optional, a default, or a list that
 * may be empty).
 */
function isOptional(schema: AnySchema): boolean {
  return z.safeParse(schema, undefined).success;
}

/**
 * Every field of a schema, depth first, with its description: the source of the generated field
 * reference.
 */
export function listFields(root: AnySchema, prefix = ''): FieldEntry[] {
  const object = unwrap(root, 'object');
  if (!object) return [];
  const shape = (object._zod.def as unknown as { shape: Record<string, AnySchema> }).shape;
  return Object.entries(shape).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const meta = metaOf(field);
    const array = unwrap(field, 'array');
    const element = array
      ? (array._zod.def as unknown as { element: AnySchema }).element
      : undefined;
    const childPath = element ? `${path}[]` : path;
    const children = listFields(element ?? field, childPath);
    return [
      {
        path,
        description: meta.description,
        examples: meta.examples,
        required: !isOptional(field),
      },
      ...children,
    ];
  });
}

/**
 * Turns what zod reports into the catalog's sentences: each issue gets the
 * field's line, its path, what was found and what the field expects. No zod
 * wording reaches an editor.
 */
import type { z } from 'astro/zod';
import { expectation, fieldAt, fieldNamesAt } from '../schema/field-docs.ts';
import { ID_PATTERN } from '../schema/primitives.ts';
import { didYouMean } from '../lib/did-you-mean.ts';
import { shown, type RuleId } from '../lib/errors.ts';
import { fieldPath, problem, type Problem } from '../lib/problems.ts';

type Issue = z.core.$ZodIssue;
type Params = Record<string, string | number | undefined>;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields (name: value, indented below)',
  date: 'a date',
};

/** In a failed union, keeps the branch that fits the kind of value written (text, or fields). */
function flatten(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const fits = issue.errors.find(
    (errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0),
  );
  return (fits ?? issue.errors[0]!).flatMap((inner) =>
    flatten({ ...inner, path: [...issue.path, ...inner.path] }),
  );
}

/** The rule and its values for one issue at one path. */
function describe(
  issue: Issue,
  root: z.core.$ZodType,
  singular: string,
): { rule: RuleId; params: Params; path: PropertyKey[] }[] {
  const path = [...issue.path];
  const expected = expectation(fieldAt(root, path).meta);
  const found = shown(issue.input);
  switch (issue.code) {
    case 'custom': {
      const { rule, ...rest } = (issue.params ?? {}) as Params & { rule: RuleId };
      return [{ rule, params: { found, ...rest }, path }];
    }
    case 'invalid_type':
      if (issue.input === undefined) return [{ rule: 'field.missing', params: { expected }, path }];
      return [
        {
          rule: 'field.type',
          params: { found, type: TYPE_NAMES[issue.expected] ?? issue.expected, expected },
          path,
        },
      ];
    case 'invalid_value': {
      const values = issue.values.map(String);
      return [
        {
          rule: 'field.enum',
          params: { found, values: values.join(', '), suggestion: didYouMean(issue.input, values) },
          path,
        },
      ];
    }
    case 'unrecognized_keys': {
      const known = fieldNamesAt(root, path);
      return issue.keys.map((key) => ({
        rule: 'field.unknown' as const,
        params: {
          key,
          where: path.length
            ? fieldPath(path)
            : `${/^[aeiou]/.test(singular) ? 'an' : 'a'} ${singular}`,
          suggestion: didYouMean(key, known),
        },
        path: [...path, key],
      }));
    }
    case 'too_small':
      if (issue.origin === 'string') return [{ rule: 'field.empty', params: { expected }, path }];
      if (issue.origin === 'array')
        return [{ rule: 'field.tooFew', params: { min: Number(issue.minimum), expected }, path }];
      return [
        {
          rule: 'field.outOfRange',
          params: { found, side: 'smallest', limit: Number(issue.minimum) },
          path,
        },
      ];
    case 'too_big':
      if (issue.origin === 'string')
        return [
          {
            rule: 'field.tooLong',
            params: {
              length: typeof issue.input === 'string' ? issue.input.length : 0,
              max: Number(issue.maximum),
            },
            path,
          },
        ];
      return [
        {
          rule: 'field.outOfRange',
          params: { found, side: 'largest', limit: Number(issue.maximum) },
          path,
        },
      ];
    case 'invalid_format':
      if (issue.format === 'url') return [{ rule: 'field.url', params: { found }, path }];
      if (issue.format === 'regex' && issue.pattern === ID_PATTERN.toString())
        return [{ rule: 'field.id', params: { found }, path }];
      return [{ rule: 'field.format', params: { found, expected }, path }];
    default:
      return [{ rule: 'field.format', params: { found, expected }, path }];
  }
}

export interface LocatedIssueContext {
  file: string;
  singular: string;
  lineOf: (path: readonly PropertyKey[]) => number;
}

export function issuesToProblems(
  issues: readonly Issue[],
  root: z.core.$ZodType,
  context: LocatedIssueContext,
): Problem[] {
  return issues
    .flatMap(flatten)
    .flatMap((issue) => describe(issue, root, context.singular))
    .map(({ rule, params, path }) =>
      problem(context.file, context.lineOf(path), fieldPath(path), rule, params),
    );
}

/** A problem found in the content, and how it is printed for editors and for GitHub. */
import { explain, type RuleId } from './errors.ts';

export interface Problem {
  /** Path of the file, relative to the project, with forward slashes. */
  file: string;
  line: number;
  /** Field path such as `sources[0].quotes[1]`, or '' for the file as a whole. */
  field: string;
  rule: RuleId;
  message: string;
}

export function problem(
  file: string,
  line: number,
  field: string,
  rule: RuleId,
  params: Record<string, string | number | undefined> = {},
): Problem {
  return { file, line, field, rule, message: explain(rule, params) };
}

/** `content/events/x.md:4 → sources[0].quote: …` */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} → ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** A GitHub Actions workflow command, so the problem shows on the pull request's changed line. */
export function githubAnnotation(p: Problem): string {
  const escapeData = (s: string) =>
    s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(p.field || 'file')}::${escapeData(p.message)}`;
}

/** Stable order: by file, then line, then field. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

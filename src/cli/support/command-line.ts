/**
 * The flags of every command, one way: `--help` prints what the command does and takes, and exits
 * 0; an unknown flag, a flag without its value or an argument too many is a usage error (exit 2)
 * in one line, never Node's stack trace. Built on node:util's parseArgs, strict.
 */
import { parseArgs } from 'node:util';

export interface Flag {
  type: 'string' | 'boolean';
  /** How the value is shown in the help, e.g. `YYYY-MM-DD`. */
  value?: string;
  default?: string | boolean;
  /** What it is, one line. */
  help: string;
}

export interface Positional {
  name: string;
  help: string;
  optional?: boolean;
  /** Takes any number of values. */
  many?: boolean;
}

export interface CommandSpec<F extends Record<string, Flag>> {
  /** The command as an editor types it, flags and arguments included. */
  usage: string;
  /** What it does, in a sentence or three. */
  about: string;
  flags?: F;
  positionals?: readonly Positional[];
  /** Lines printed after the flags: examples, exit codes. */
  notes?: readonly string[];
}

type Values<F extends Record<string, Flag>> = {
  [K in keyof F]: F[K] extends { default: infer D }
    ? D extends boolean
      ? boolean
      : string
    : (F[K]['type'] extends 'boolean' ? boolean : string) | undefined;
};

export interface CommandLine<F extends Record<string, Flag>> {
  values: Values<F>;
  positionals: string[];
  /** Prints `✗ message`, the usage and where to find more, and exits 2. */
  usageError: (message: string) => never;
}

export function helpText<F extends Record<string, Flag>>(spec: CommandSpec<F>): string {
  const rows: [string, string][] = [
    ...(spec.positionals ?? []).map((p): [string, string] => [
      `<${p.name}>${p.many ? ' …' : ''}`,
      `${p.help}${p.optional ? ' (optional)' : ''}`,
    ]),
    ...Object.entries(spec.flags ?? {}).map(([name, flag]): [string, string] => [
      `--${name}${flag.type === 'string' ? ` <${flag.value ?? 'text'}>` : ''}`,
      `${flag.help}${flag.default !== undefined && flag.default !== '' ? ` (default: ${String(flag.default)})` : ''}`,
    ]),
    ['-h, --help', 'Show this help, and exit.'],
  ];
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `Usage: ${spec.usage}`,
    '',
    spec.about,
    '',
    spec.positionals?.length ? 'Arguments and options:' : 'Options:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
    ...(spec.notes?.length ? ['', ...spec.notes] : []),
    '',
  ].join('\n');
}

/** Node's words for a bad command line, as one sentence an editor can act on. */
function explainParseError(error: Error & { code?: string }): string {
  const named = /'([^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${named}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return error.message.includes('does not take an argument')
        ? `${named} takes no value.`
        : `${named} needs a value (if the value starts with a dash, write ${named}=value).`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${named}".`;
    default:
      return error.message;
  }
}

export function commandLine<F extends Record<string, Flag>>(
  spec: CommandSpec<F>,
  args: string[] = process.argv.slice(2),
): CommandLine<F> {
  const usageError = (message: string): never => {
    const command = /^npm run \S+/.exec(spec.usage)?.[0] ?? spec.usage.split(' ')[0];
    console.error(`✗ ${message}\nUsage: ${spec.usage}\nFor every option: ${command} -- --help`);
    process.exit(2);
  };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { ...spec.flags, help: { type: 'boolean', short: 'h' } },
      allowPositionals: spec.positionals !== undefined,
      strict: true,
    });
  } catch (error) {
    // --help wins over whatever else is wrong with the line.
    if (args.includes('--help') || args.includes('-h')) printHelp(spec);
    return usageError(explainParseError(error as Error));
  }
  if (parsed.values['help']) printHelp(spec);
  reportCrashesInOneLine(spec.usage);
  const positionals = spec.positionals ?? [];
  if (!positionals.some((p) => p.many) && parsed.positionals.length > positionals.length)
    usageError(`unexpected argument "${parsed.positionals[positionals.length]}".`);
  return { values: parsed.values as Values<F>, positionals: parsed.positionals, usageError };
}

/**
 * The last resort: an error no command expected is one line that says what happened and how to
 * report it, never Node's stack trace (which `CHRONICLE_DEBUG=1` shows, for whoever fixes it).
 */
function reportCrashesInOneLine(usage: string): void {
  const command = /^npm run \S+/.exec(usage)?.[0] ?? usage.split(' ')[0];
  const stop = (error: unknown) => {
    if (process.env['CHRONICLE_DEBUG']) console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `✗ ${command} stopped on an error it did not expect: ${message.split('\n')[0]}\n  This is a fault in Chronicle, not in your content: please report it with the command you ran (CHRONICLE_DEBUG=1 shows where it happened).`,
    );
    process.exit(1);
  };
  process.on('uncaughtException', stop);
  process.on('unhandledRejection', stop);
}

function printHelp(spec: CommandSpec<Record<string, Flag>>): never {
  process.stdout.write(helpText(spec));
  process.exit(0);
}

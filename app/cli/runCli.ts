import { parseArgs } from 'node:util';
import type { CommandSpec } from './commandSpec';
import { printFailure } from './printFailure';
import { commands } from './commands';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs `tickmark ARGV...`; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(overview());
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version') {
    const { APP_VERSION } = await import('../backend/appVersion');
    io.out(APP_VERSION);
    return 0;
  }
  const spec = findCommand(argv);
  if (!spec) {
    io.err(`tickmark: unknown command "${argv.slice(0, 2).join(' ')}". Run "tickmark --help".`);
    return 2;
  }
  const rest = argv.slice(spec.name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(helpFor(spec));
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: Object.fromEntries(
        Object.entries(spec.options ?? {}).map(([name, o]) => [
          name,
          { type: o.type, ...(o.short ? { short: o.short } : {}) },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err(`tickmark ${spec.name}: ${(error as Error).message}. Usage: ${spec.usage}`);
    return 2;
  }
  const most = spec.positionals.length + (spec.optionalPositionals?.length ?? 0);
  if (parsed.positionals.length < spec.positionals.length || parsed.positionals.length > most) {
    const missing = spec.positionals.slice(parsed.positionals.length);
    io.err(
      missing.length
        ? `tickmark ${spec.name}: missing ${missing.join(', ')}. Usage: ${spec.usage}`
        : `tickmark ${spec.name}: too many arguments. Usage: ${spec.usage}`,
    );
    return 2;
  }
  try {
    return await spec.run({
      positionals: parsed.positionals,
      options: parsed.values as Record<string, string | boolean | undefined>,
      out: io.out,
    });
  } catch (error) {
    return printFailure(spec.name, error, io.err);
  }
}

function findCommand(argv: string[]): CommandSpec | undefined {
  return commands.find((c) => {
    const words = c.name.split(' ');
    return words.every((w, i) => argv[i] === w);
  });
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'tickmark: figures computed from your deal database, in memos you can export.',
    '',
    'Usage:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'WS is a workspace file (.tickmark). MEMO is a memo id or its exact title.',
    'Run "tickmark COMMAND --help" for the options of a command.',
  ].join('\n');
}

function helpFor(spec: CommandSpec): string {
  const options = Object.entries(spec.options ?? {});
  return [
    `Usage: ${spec.usage}`,
    '',
    spec.summary,
    ...(options.length
      ? [
          '',
          'Options:',
          ...options.map(
            ([name, o]) => `  --${name}${o.type === 'string' ? ' VALUE' : ''}  ${o.help}`,
          ),
        ]
      : []),
  ].join('\n');
}

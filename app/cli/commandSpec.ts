/** One `tickmark` subcommand: its usage line, help text, options, and what it does. */
export interface CommandSpec {
  /** e.g. `memo add` */
  name: string;
  usage: string;
  summary: string;
  /** Positional argument names, in order (all required). */
  positionals: string[];
  /** Optional positional names after the required ones, in order (`FROM`, `TO`). */
  optionalPositionals?: string[];
  options?: Record<string, { type: 'string' | 'boolean'; short?: string; help: string }>;
  run(args: CommandArgs): Promise<number> | number;
}

export interface CommandArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  out: (line: string) => void;
}

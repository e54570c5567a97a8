import type { CommandSpec } from '../commandSpec';
import { initCommand } from './initCommand';
import { importCommand } from './importCommand';
import { setCommand } from './setCommand';
import { memoAddCommand } from './memoAddCommand';
import { memoListCommand } from './memoListCommand';
import { memoMdCommand } from './memoMdCommand';
import { evalCommand } from './evalCommand';
import { checkCommand } from './checkCommand';
import { exportCommand } from './exportCommand';
import { deskCommands } from './deskCommands';

/** Every `tickmark` subcommand, in the order `tickmark --help` lists them. */
export const commands: CommandSpec[] = [
  initCommand,
  importCommand,
  setCommand,
  memoAddCommand,
  memoListCommand,
  memoMdCommand,
  evalCommand,
  exportCommand,
  checkCommand,
  ...deskCommands,
];

import type { CommandSpec } from '../commandSpec';
import { initCommand } from './initCommand';
import { importCommand } from './importCommand';
import { linkCommand } from './linkCommand';
import { setCommand } from './setCommand';
import { memoAddCommand } from './memoAddCommand';
import { memoListCommand } from './memoListCommand';
import { memoMdCommand } from './memoMdCommand';
import { evalCommand } from './evalCommand';
import { checkCommand } from './checkCommand';
import { exportCommand } from './exportCommand';
import { scenarioListCommand } from './scenarioListCommand';
import { deskCommands } from './deskCommands';
import { memoVersionsCommand } from './memoVersionsCommand';
import { diffCommand } from './diffCommand';
import { houseStyleCommand } from './houseStyleCommand';

/** Every `tickmark` subcommand, in the order `tickmark --help` lists them. */
export const commands: CommandSpec[] = [
  initCommand,
  importCommand,
  linkCommand,
  setCommand,
  memoAddCommand,
  memoListCommand,
  memoMdCommand,
  evalCommand,
  exportCommand,
  houseStyleCommand,
  checkCommand,
  scenarioListCommand,
  ...deskCommands,
  memoVersionsCommand,
  diffCommand,
];

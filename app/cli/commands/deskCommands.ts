import type { CommandSpec } from '../commandSpec';
import { deskInitCommand } from './deskInitCommand';
import { deskConnectCommand } from './deskConnectCommand';
import { deskSyncCommand } from './deskSyncCommand';
import { deskStatusCommand } from './deskStatusCommand';

/** `tickmark desk …` (CALC.md section 11). */
export const deskCommands: CommandSpec[] = [
  deskInitCommand,
  deskConnectCommand,
  deskSyncCommand,
  deskStatusCommand,
];

import type Database from 'better-sqlite3';
import type { DeskConflict, DeskSyncResult } from '../../../shared/api/deskApi';
import type { FactsChanged } from '../../../shared/api/factsApi';
import { writeTransaction } from '../db/writeTransaction';
import { writeDeskBase } from './deskBase';
import { withDesk } from './deskConnection';
import { DeskError } from './deskError';
import { readDeskLink, requireDeskLink } from './deskLink';
import { pullChanges } from './deskPull';
import { pushChanges } from './deskPush';
import { assertUsableDesk, readDeskId } from './deskSchema';
import { readWaitingChanges, type WaitingChange } from './deskWaiting';
import { isFiniteFactValue } from '../../../shared/api/factFields';
import { factKey } from '../../../shared/calc/factKey';
import { readWaitingNames, writeNamesBase, type ChangedNames } from './deskNames';
import { forgetMovedScenarios, pullMoves, readWaitingMoves } from './deskScenarioMoves';
import type { MemoRewrite } from '../memos/renameScenarioInMemos';

export interface SyncOutcome extends DeskSyncResult {
  /** What the pull changed here, for the `facts:changed` events. */
  changed: FactsChanged[];
  /** The entity names and scenario descriptions the pull changed here. */
  names: ChangedNames;
  /** Memos whose figures follow a scenario the desk renamed, for `memos:changed`. */
  memos: MemoRewrite[];
}

/** Points where tests cut a sync (as a killed process or a dropped network would). */
export interface SyncHooks {
  beforePushCommit?: () => Promise<void>;
  afterPush?: () => Promise<void>;
  afterPullBatch?: () => Promise<void>;
}

/**
 * One sync of the workspace with its desk: push the changes waiting here (one desk
 * transaction, optimistic per fact), record what the desk took, then pull the desk's changes
 * since the last pulled seq (conflicts: the desk wins, CALC.md section 11). Every step commits
 * its bookkeeping with its data, so a sync cut anywhere and run again gives the same result.
 */
export async function syncWorkspace(
  db: Database.Database,
  workspace: string,
  hooks: SyncHooks = {},
): Promise<SyncOutcome> {
  const link = requireDeskLink(db, workspace);
  return withDesk(link.url, async (desk) => {
    await assertUsableDesk(desk);
    const deskId = await desk.run(readDeskId);
    if (deskId !== link.deskId)
      throw new DeskError(
        'other_desk',
        `${link.url} is now a different desk (desk ${deskId}) from the one ${workspace} is joined to (desk ${link.deskId}); nothing was synced. Check the URL, or make a new workspace for that desk.`,
      );
    // The desk's scenario renames and deletes first: what waits here follows them.
    const moved = await desk.run((client) => pullMoves(db, client, link.lastPulledSeq));
    const waiting = readWaitingChanges(db, link);
    const names = readWaitingNames(db);
    const moves = readWaitingMoves(db);
    refuseNonFinite(waiting.changes);
    const push = await desk.run((client) =>
      pushChanges(client, link.workspaceId, waiting.changes, names, moves, {
        beforeCommit: hooks.beforePushCommit,
      }),
    );
    writeTransaction(db, () => {
      writeDeskBase(
        db,
        push.accepted.map(({ change, seq }) => ({ ...change, seq })),
      );
      writeNamesBase(
        db,
        push.names.map(({ name, seq }) => ({ ...name, seq })),
      );
      forgetMovedScenarios(db, moves);
      // With conflicts, the pointer stays: the refused changes are looked at again next time.
      if (push.conflicts.length === 0)
        db.prepare('UPDATE desk_link SET last_pushed_change_id = ? WHERE singleton = 1').run(
          waiting.upToChangeId,
        );
      // Nobody else wrote since our last pull: the desk's versions up to the push's are ours
      // (now in desk_base), so the pull starts after them instead of reading them back.
      if (push.deskSeqBefore !== null && push.deskSeqBefore <= link.lastPulledSeq)
        db.prepare(
          'UPDATE desk_link SET last_pulled_seq = max(last_pulled_seq, ?) WHERE singleton = 1',
        ).run(push.deskSeqAfter);
    });
    if (hooks.afterPush) await hooks.afterPush();
    const from = readDeskLink(db)!.lastPulledSeq;
    const pull = await desk.run((client) =>
      pullChanges(db, client, from, { afterBatch: hooks.afterPullBatch }),
    );
    writeTransaction(db, () =>
      db
        .prepare('UPDATE desk_link SET last_sync_at = ? WHERE singleton = 1')
        .run(new Date().toISOString()),
    );
    const conflicts: DeskConflict[] = [...moved.conflicts, ...pull.conflicts];
    return {
      pushed: push.written,
      pulled: pull.pulled,
      conflicts,
      nameConflicts: [...moved.nameConflicts, ...pull.nameConflicts],
      changed: [...moved.changed, ...pull.changed],
      memos: [...moved.memos, ...pull.memos],
      names: {
        entities: pull.names.entities,
        scenarios: [...new Set([...moved.scenarios, ...pull.names.scenarios])],
      },
    };
  });
}

/** A local fact whose value is not a finite number (written before the rule) is never pushed. */
function refuseNonFinite(changes: WaitingChange[]): void {
  const bad = changes.find((c) => c.fields !== null && !isFiniteFactValue(c.fields.value));
  if (bad)
    throw new DeskError(
      'bad_value',
      `${factKey(bad.entity, bad.metric, bad.period)}${bad.scenario ? `@${bad.scenario}` : ''} holds ${String(bad.fields!.value)}, not a finite number: correct it here, then sync again. Nothing was synced.`,
    );
}

import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import {
  deskFactName,
  deskNameSubject,
  deskNameSides,
  formatDeskValue,
  type DeskProblem,
  type DeskStatus,
} from '../../../shared/api/deskApi';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/describeError';
import { formatWhen } from '../../ui/formatWhen';
import { shortcutLabel } from '../../ui/shortcut';
import { IS_MAC } from '../../ui/useShortcuts';
import { DESK_SYNC_KEYS } from './deskSyncKeys';

/**
 * The desk: join one (URL, test connection), see the last sync and what waits, sync now, and
 * the conflicts with both values. The password is never typed here: PGPASSWORD or ~/.pgpass.
 */
export function DeskDialog({
  status,
  readOnly,
  onClose,
}: {
  status: DeskStatus;
  readOnly: boolean;
  onClose: () => void;
}) {
  const api = useApi();
  const [url, setUrl] = useState(status.url ?? '');
  const [busy, setBusy] = useState<'test' | 'connect' | 'sync' | null>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const joined = status.state !== 'not_connected';

  const run = async (kind: 'test' | 'connect' | 'sync', fn: () => Promise<void>) => {
    setBusy(kind);
    setNote(null);
    try {
      await fn();
    } catch (error) {
      setNote({ ok: false, text: describeError(error) });
    } finally {
      setBusy(null);
    }
  };
  const test = () =>
    run('test', async () => {
      const result = await api.invoke('desk:test', { url });
      setNote(
        result.ok
          ? { ok: true, text: 'The desk answers: this workspace can join it.' }
          : { ok: false, text: (result.problem as DeskProblem).message },
      );
    });
  const connect = (event: FormEvent) => {
    event.preventDefault();
    void run('connect', async () => {
      await api.invoke('desk:connect', { url });
      setNote({ ok: true, text: 'Joined. Its facts are pushed now and at every sync.' });
    });
  };
  const sync = () => run('sync', async () => void (await api.invoke('desk:sync', {})));

  return (
    <Dialog title="Desk" onClose={onClose} testId="desk-dialog" wide>
      <form className="desk-form" onSubmit={connect}>
        <label className="form-label" htmlFor="desk-url">
          Desk URL
        </label>
        <input
          id="desk-url"
          className="field"
          value={url}
          placeholder="postgresql://analyst@desk.example.com:5432/deals"
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          disabled={readOnly}
          onChange={(event) => setUrl(event.target.value)}
        />
        <p className="form-hint">
          The password comes from PGPASSWORD or your ~/.pgpass file; it is never stored in the
          workspace.
        </p>
        <div className="desk-actions">
          <button
            type="button"
            className="button"
            disabled={busy !== null || url.trim() === ''}
            onClick={() => void test()}
          >
            {busy === 'test' ? 'Testing…' : 'Test connection'}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy !== null || readOnly || url.trim() === '' || url.trim() === status.url}
          >
            {busy === 'connect' ? 'Joining…' : joined ? 'Change URL' : 'Join desk'}
          </button>
        </div>
        {note && (
          <p className={note.ok ? 'desk-note' : 'desk-note desk-note-bad'} role="status">
            {note.text}
          </p>
        )}
      </form>
      {joined && (
        <section className="desk-state" aria-label="Sync">
          <dl className="desk-facts">
            <dt>Last sync</dt>
            <dd data-testid="desk-last-sync">
              {status.lastSyncAt ? formatWhen(status.lastSyncAt) : 'never'}
            </dd>
            <dt>Waiting here</dt>
            <dd data-testid="desk-waiting">
              {status.waiting === 0 ? 'nothing' : `${status.waiting} fact changes`}
            </dd>
          </dl>
          {status.problem && (
            <p className="desk-note desk-note-bad" data-testid="desk-problem">
              {status.problem.message}
            </p>
          )}
          <button
            type="button"
            className="button"
            disabled={busy !== null || status.state === 'syncing'}
            title={`Sync now (${shortcutLabel(DESK_SYNC_KEYS, IS_MAC)})`}
            onClick={() => void sync()}
          >
            {busy === 'sync' || status.state === 'syncing' ? 'Syncing…' : 'Sync now'}
          </button>
          {status.conflicts.length + status.nameConflicts.length > 0 && (
            <>
              <h3 className="desk-heading">Conflicts: the desk’s value was kept</h3>
              {status.conflicts.length > 0 && (
                <table className="desk-conflicts" data-testid="desk-conflicts">
                  <thead>
                    <tr>
                      <th>Fact</th>
                      <th className="num">Here (kept in history)</th>
                      <th className="num">Desk</th>
                      <th>Changed by</th>
                    </tr>
                  </thead>
                  <tbody>
                    {status.conflicts.map((c) => (
                      <tr key={`${deskFactName(c)} ${c.at}`}>
                        <td>{deskFactName(c)}</td>
                        <td className="num">{formatDeskValue(c.here)}</td>
                        <td className="num">{formatDeskValue(c.desk)}</td>
                        <td>{c.deskWho}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {status.nameConflicts.length > 0 && (
                <table className="desk-conflicts" data-testid="desk-name-conflicts">
                  <thead>
                    <tr>
                      <th>Name or scenario</th>
                      <th>Here</th>
                      <th>Desk</th>
                      <th>Changed by</th>
                    </tr>
                  </thead>
                  <tbody>
                    {status.nameConflicts.map((c) => {
                      const [here, desk] = deskNameSides(c);
                      return (
                        <tr key={`${deskNameSubject(c)} ${c.at}`}>
                          <td>{deskNameSubject(c)}</td>
                          <td>{here}</td>
                          <td>{desk}</td>
                          <td>{c.deskWho}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
              <button
                type="button"
                className="button"
                onClick={() => void api.invoke('desk:dismissConflicts', {})}
              >
                Dismiss conflicts
              </button>
            </>
          )}
        </section>
      )}
    </Dialog>
  );
}

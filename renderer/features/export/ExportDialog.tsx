import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import { ApiCallError } from '../../api/createApiClient';
import type { EditorStatus } from '../memoEditor/editorStatus';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { describeError } from '../../ui/describeError';
import { useToasts } from '../../ui/ToastProvider';
import { countLabel } from '../../ui/countLabel';
import { downloadFile } from './downloadFile';
import { loadChoices, saveChoices, type ExportChoices } from './exportChoices';
import { exportedMessage } from './exportedMessage';
import { ExportOptionFields } from './ExportOptionFields';
import { ExportHouseStyleFields } from './ExportHouseStyleFields';
import { ChangesSinceField } from '../history/ChangesSinceField';
import { ExportScenarioField } from './ExportScenarioField';
import type { ExportProblem } from './exportProblem';
import { FigureErrors } from './FigureErrors';
import { findMemoProblems } from './findMemoProblems';
import { FigureWarningList } from './FigureWarnings';
import { useSaveGate } from './useSaveGate';

type Phase = 'idle' | 'saving' | 'exporting';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * Exports the open memo to PDF: the options (remembered per workspace), the memo's figure
 * errors if it has any, then a download of the file (the save dialog in Electron) once the
 * editor's edits are saved, and a toast naming the version the export kept.
 */
export function ExportDialog({
  memoId,
  status,
  workspace,
  onClose,
}: {
  memoId: number;
  status: EditorStatus | null;
  /** Whose remembered options to use: the workspace file's path. */
  workspace: string;
  onClose: () => void;
}) {
  const api = useApi();
  const toasts = useToasts();
  const [choices, setChoices] = useState<ExportChoices>(() =>
    loadChoices(storage(), workspace, navigator.language),
  );
  const [allowErrors, setAllowErrors] = useState(false);
  const [changesSince, setChangesSince] = useState<number | null>(null);
  const [scenario, setScenario] = useState(status?.scenario ?? '');
  const [problems, setProblems] = useState<ExportProblem[] | null>(null);
  const [warnings, setWarnings] = useState<ExportProblem[]>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const waitUntilSaved = useSaveGate(status);
  const errorCount = status?.errorCount ?? 0;
  const warningCount = status?.warningCount ?? 0;
  const inFlight = useRef(false);
  const listed = useRef(false);
  listed.current = problems !== null;

  // The editor counts errors live; the list is of the saved memo, the one the export reads.
  useEffect(() => {
    if (errorCount === 0 && warningCount === 0 && !listed.current) return;
    let cancelled = false;
    waitUntilSaved()
      .then(() => findMemoProblems(api, memoId, scenario))
      .then(
        (found) => {
          if (cancelled) return;
          setProblems(found.problems.length > 0 ? found.problems : null);
          setWarnings(found.warnings);
        },
        () => undefined, // the export itself says what is wrong
      );
    return () => {
      cancelled = true;
    };
  }, [api, memoId, errorCount, warningCount, waitUntilSaved, scenario]);

  const busy = phase !== 'idle';
  // A listed place takes you to it: the dialog closes and the editor selects that figure.
  const goTo =
    (kind: 'error' | 'warning') =>
    (place: string): void => {
      if (busy || !status?.goTo) return;
      const go = status.goTo;
      onClose();
      // After the dialog has closed and handed the focus back.
      setTimeout(() => go({ kind, place }), 0);
    };
  const hasErrors = problems !== null || errorCount > 0;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    const options = { ...choices, confidentiality: choices.confidentiality.trim() };
    saveChoices(storage(), workspace, options);
    try {
      setPhase('saving');
      await waitUntilSaved();
      setPhase('exporting');
      const args = {
        memoId,
        options: {
          ...options,
          scenario,
          allowErrors: hasErrors && allowErrors,
          ...(changesSince !== null ? { changesSince } : {}),
        },
      };
      if (api.kind === 'electron') {
        // The desktop app asks where to save first (main process): a cancel exports nothing.
        const saved = await api.invoke('export:save-pdf', args);
        if (saved.path) {
          const path = saved.path;
          toasts.show({
            kind: 'success',
            message: exportedMessage({ ...saved, fileName: path }),
            action: {
              label: 'Show in folder',
              run: () => void api.invoke('desktop:show-in-folder', { path }),
            },
          });
        }
        onClose();
        return;
      }
      const result = await api.invoke('export:pdf', args);
      downloadFile({ fileName: result.fileName, bytes: result.bytes, type: 'application/pdf' });
      toasts.show({ kind: 'success', message: exportedMessage(result) });
      onClose();
    } catch (error) {
      // A refusal carries its figure errors as data (`problems`, each with its place).
      const refused = error instanceof ApiCallError ? (error.error.problems ?? []) : [];
      if (refused.length > 0) {
        setProblems(refused);
        setAllowErrors(false);
        setFailure(
          `Not exported: the memo has ${countLabel(refused.length, 'figure error')}. Fix ${refused.length === 1 ? 'it' : 'them'}, or choose “Export anyway with errors marked”.`,
        );
      } else {
        setFailure(`Not exported: ${describeError(error)}`);
      }
      setPhase('idle');
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Dialog
      title="Export PDF"
      onClose={() => !busy && onClose()}
      testId="export-dialog"
      footer={
        <FormActions
          form="export-form"
          submitLabel={
            <>
              {busy && <span className="spinner" aria-hidden="true" />}
              {phase === 'saving'
                ? 'Saving the memo…'
                : phase === 'exporting'
                  ? 'Exporting…'
                  : 'Export PDF'}
            </>
          }
          busy={busy}
          onCancel={onClose}
          lockCancel
          submitClassName="export-submit"
          focusSubmit
        />
      }
    >
      <form id="export-form" className="export-form" onSubmit={(event) => void submit(event)}>
        {hasErrors && (
          <FigureErrors
            problems={problems}
            count={errorCount}
            allowErrors={allowErrors}
            onAllowErrors={setAllowErrors}
            disabled={busy}
            onGoTo={goTo('error')}
          />
        )}
        <ExportScenarioField value={scenario} onChange={setScenario} disabled={busy} />
        {warnings.length > 0 && <FigureWarningList warnings={warnings} onGoTo={goTo('warning')} />}
        <ExportOptionFields choices={choices} onChange={setChoices} disabled={busy} />
        <ExportHouseStyleFields choices={choices} onChange={setChoices} disabled={busy} />
        <ChangesSinceField
          memoId={memoId}
          value={changesSince}
          onChange={setChangesSince}
          disabled={busy}
        />
        {failure && (
          <div className="inline-error export-failure" role="alert" data-testid="export-failure">
            {failure}
          </div>
        )}
      </form>
    </Dialog>
  );
}

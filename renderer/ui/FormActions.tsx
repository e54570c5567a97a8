import type { ReactNode } from 'react';

/**
 * The foot of a dialog's form: what went wrong (if anything, as an alert), then Cancel and the
 * submit button, which waits while the form is busy. Given `form`, the buttons sit in the
 * Dialog's footer instead (outside the form, tied to it by its id), which lays them out.
 */
export function FormActions({
  error,
  submitLabel,
  busy,
  onCancel,
  form,
  ready = true,
  lockCancel = false,
  submitClassName,
  focusSubmit = false,
}: {
  error?: string | null;
  submitLabel: ReactNode;
  busy: boolean;
  onCancel: () => void;
  /** The id of the form the buttons submit, for buttons in the Dialog's footer. */
  form?: string;
  /** False while the form has nothing to submit yet (the submit button waits). */
  ready?: boolean;
  /** Cancel waits too while the form is busy (a dialog that cannot be left mid-call). */
  lockCancel?: boolean;
  submitClassName?: string;
  /** The submit button takes the focus when the dialog opens. */
  focusSubmit?: boolean;
}) {
  const buttons = (
    <>
      <button type="button" className="button" onClick={onCancel} disabled={lockCancel && busy}>
        Cancel
      </button>
      <button
        type="submit"
        form={form}
        className={`button button-primary${submitClassName ? ` ${submitClassName}` : ''}`}
        disabled={busy || !ready}
        aria-busy={busy}
        data-autofocus={focusSubmit || undefined}
      >
        {submitLabel}
      </button>
    </>
  );
  return (
    <>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {form ? buttons : <div className="form-actions">{buttons}</div>}
    </>
  );
}

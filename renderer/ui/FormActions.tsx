/**
 * The foot of a dialog's form: what went wrong (if anything, as an alert), then Cancel and the
 * submit button, which waits while the form is busy.
 */
export function FormActions({
  error,
  submitLabel,
  busy,
  onCancel,
}: {
  error?: string | null;
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}

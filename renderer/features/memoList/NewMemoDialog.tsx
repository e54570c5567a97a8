import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';

/** Names a new memo before it is created: the title goes to the list and to its title block. */
export function NewMemoDialog({
  onCreate,
  onClose,
}: {
  onCreate: (title: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const created = await onCreate(title.trim() || 'Untitled memo');
    if (created) onClose();
    else setBusy(false);
  };

  return (
    <Dialog title="New memo" onClose={onClose} testId="new-memo-dialog">
      <form id="new-memo-form" className="new-memo-form" onSubmit={(event) => void submit(event)}>
        <label className="form-label" htmlFor="new-memo-title">
          Title
        </label>
        <input
          id="new-memo-title"
          className="field new-memo-title"
          value={title}
          maxLength={500}
          placeholder="e.g. Amazon’s $50B bet on OpenAI"
          data-autofocus
          autoComplete="off"
          onChange={(event) => setTitle(event.target.value)}
        />
        <p className="form-hint">You can rename it later from the memo list (F2).</p>
        <FormActions submitLabel="Create memo" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { MemoSummary } from '../../../shared/api/memoApi';
import { describeError } from '../../ui/describeError';
import { Dialog } from '../../ui/Dialog';

/**
 * File > Import Markdown… (and the sidebar's button): a Markdown file becomes a new memo
 * through `memos:importMarkdown`, the backend path `tickmark memo add` takes. A file that is
 * not a memo is refused with each problem and its place, and nothing is written.
 */
export function ImportMarkdownDialog({
  onImported,
  onClose,
}: {
  onImported: (memo: MemoSummary) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onFile = async (file: File): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      const markdown = await file.text();
      const memo = await api.invoke('memos:importMarkdown', { markdown, fileName: file.name });
      onImported(memo);
      onClose();
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Import Markdown" onClose={onClose} testId="import-markdown-dialog">
      <p className="form-hint">
        A Markdown file becomes a new memo: front matter for the title block, figures as{' '}
        <code>{'{{ AMZN.capex.FY2025 | usd_billion }}'}</code>, calc lines in <code>```calc</code>{' '}
        blocks, as <code>tickmark memo add</code> reads it.
      </p>
      <label className="button button-primary import-markdown-pick">
        Choose a Markdown file…
        <input
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          hidden
          disabled={busy}
          data-testid="import-markdown-file"
          data-autofocus
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </label>
      {problem && (
        <pre className="inline-error import-markdown-problem" role="alert">
          {problem}
        </pre>
      )}
    </Dialog>
  );
}

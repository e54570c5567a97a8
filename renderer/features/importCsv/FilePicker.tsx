import { useRef, useState } from 'react';
import { Icon } from '../shell/Icon';
import { IMPORT_COLUMNS as COLUMNS } from '../../../shared/api/importColumns';

/** A drop zone around an ordinary file input: click to choose a CSV, or drop one on it. */
export function FilePicker({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  return (
    <div
      className={`file-drop${over ? ' over' : ''}${busy ? ' busy' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <div className="file-drop-icon">
        <Icon name="upload" size={20} />
      </div>
      <div className="file-drop-text">
        <label className="file-drop-choose">
          <input
            ref={input}
            type="file"
            accept=".csv,text/csv"
            className="visually-hidden"
            data-testid="import-file"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onFile(file);
              event.target.value = '';
            }}
          />
          <span className="button button-primary">Choose a CSV file</span>
        </label>
        <span className="file-drop-hint">or drop it here</span>
      </div>
      <p className="file-drop-format">
        One fact a row. Columns, in any order:{' '}
        {COLUMNS.map((c, i) => (
          <span key={c}>
            <code
              className={
                i === 0 || c === 'metric' || c === 'period' || c === 'value' ? 'required' : ''
              }
            >
              {c}
            </code>
            {i < COLUMNS.length - 1 ? ' ' : ''}
          </span>
        ))}
        . <strong>entity</strong>, <strong>metric</strong>, <strong>period</strong> and{' '}
        <strong>value</strong> are required. Rows that match an existing fact update it. Nothing is
        written until you confirm.
      </p>
    </div>
  );
}

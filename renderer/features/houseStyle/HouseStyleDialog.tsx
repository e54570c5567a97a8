import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useApi } from '../../api/ApiContext';
import { houseStyleSchema, type HouseStyle, type Logo } from '../../../shared/api/houseStyleApi';
import {
  CERTIFICATION_MAX,
  DEFAULT_CERTIFICATION,
  DISCLAIMER_MAX,
  DISCLOSURES_MAX,
  FIRM_NAME_MAX,
  LOGO_KINDS,
} from '../../../shared/houseStyle/houseStyleRules';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { describeError } from '../../ui/describeError';
import { useToasts } from '../../ui/ToastProvider';
import { readLogoFile } from './readLogoFile';
import './houseStyle.css';

/** The house style's three texts, in the order the form shows them. */
const TEXTS: {
  key: 'certification' | 'disclosures' | 'disclaimer';
  label: string;
  hint: string;
  max: number;
  rows: number;
}[] = [
  {
    key: 'certification',
    label: 'Analyst certification',
    hint: 'After the memo’s text. {analyst} is replaced by the memo’s author.',
    max: CERTIFICATION_MAX,
    rows: 4,
  },
  {
    key: 'disclosures',
    label: 'Disclosures',
    hint: 'A page of its own, headed Disclosures, before the ledger. A blank line starts a new paragraph.',
    max: DISCLOSURES_MAX,
    rows: 5,
  },
  {
    key: 'disclaimer',
    label: 'Disclaimer',
    hint: 'Small print at the very end of every memo.',
    max: DISCLAIMER_MAX,
    rows: 3,
  },
];

/**
 * Workspace > House style (File > House Style… in the desktop app, the sidebar's button):
 * the firm's name, logo, disclaimer, analyst certification and Disclosures page every export
 * of this workspace prints. Save writes them in one `houseStyle:set`; Cancel or Escape keeps
 * what was there. The fields' limits and the logo's rule are the shared ones.
 */
export function HouseStyleDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const [style, setStyle] = useState<HouseStyle | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api.invoke('houseStyle:get', {}).then(
      (loaded) => !cancelled && setStyle(loaded),
      (error: unknown) =>
        !cancelled && setProblem(`Could not read the house style: ${describeError(error)}`),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  const set = (change: Partial<HouseStyle>): void => setStyle((s) => (s ? { ...s, ...change } : s));

  const pickLogo = async (file: File): Promise<void> => {
    setProblem(null);
    const read = await readLogoFile(file);
    if (read.ok) set({ logo: read.logo });
    else setProblem(read.problem);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!style || busy) return;
    const checked = houseStyleSchema.safeParse({
      ...style,
      firm: style.firm.trim(),
      disclaimer: style.disclaimer.trim(),
      certification: style.certification.trim(),
      disclosures: style.disclosures.trim(),
    });
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'The house style is not valid.');
      return;
    }
    setBusy(true);
    try {
      await api.invoke('houseStyle:set', checked.data);
      toasts.show({ kind: 'success', message: 'House style saved' });
      onClose();
    } catch (error) {
      setProblem(`Not saved: ${describeError(error)}`);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="House style"
      onClose={() => !busy && onClose()}
      testId="house-style-dialog"
      wide
      footer={
        <FormActions
          form="house-style-form"
          submitLabel="Save"
          busy={busy}
          ready={style !== null}
          onCancel={onClose}
          lockCancel
        />
      }
    >
      <form
        id="house-style-form"
        className="house-style-form"
        onSubmit={(event) => void submit(event)}
      >
        <p className="form-hint">
          Printed on every PDF exported from this workspace. Each part can be left out in the export
          dialog.
        </p>
        {style && (
          <fieldset className="house-style-fields" disabled={busy}>
            <div className="house-style-brand">
              <Field
                id="house-firm"
                label="Firm name"
                hint="On the title block and in every page’s footer."
              >
                <input
                  id="house-firm"
                  className="field"
                  value={style.firm}
                  maxLength={FIRM_NAME_MAX}
                  placeholder="e.g. Harbor Point Capital"
                  autoComplete="off"
                  data-autofocus
                  onChange={(event) => set({ firm: event.target.value })}
                />
              </Field>
              <LogoField
                logo={style.logo}
                firm={style.firm}
                onPick={(file) => void pickLogo(file)}
                onRemove={() => set({ logo: null })}
              />
            </div>
            {TEXTS.map((text) => (
              <TextField
                key={text.key}
                id={`house-${text.key}`}
                label={text.label}
                hint={text.hint}
                value={style[text.key]}
                max={text.max}
                rows={text.rows}
                onChange={(value) => set({ [text.key]: value })}
                extra={
                  text.key === 'certification' &&
                  style.certification.trim() === '' && (
                    <button
                      type="button"
                      className="button house-style-small"
                      onClick={() => set({ certification: DEFAULT_CERTIFICATION })}
                    >
                      Use the standard text
                    </button>
                  )
                }
              />
            ))}
          </fieldset>
        )}
        {problem && (
          <div className="inline-error" role="alert" data-testid="house-style-problem">
            {problem}
          </div>
        )}
      </form>
    </Dialog>
  );
}

function LogoField({
  logo,
  firm,
  onPick,
  onRemove,
}: {
  logo: Logo | null;
  firm: string;
  onPick: (file: File) => void;
  onRemove: () => void;
}) {
  const accept = LOGO_KINDS.map((kind) => `.${kind}`).join(',');
  return (
    <Field label="Logo" hint={logo ? logo.fileName : `PNG or SVG (paths and shapes only).`}>
      <div className="house-logo-preview" data-testid="house-logo-preview">
        {logo ? (
          <img
            src={`data:${logo.kind === 'svg' ? 'image/svg+xml' : 'image/png'};base64,${logo.base64}`}
            alt={`${firm.trim() || 'Firm'} logo`}
          />
        ) : (
          <span className="house-logo-none">No logo</span>
        )}
      </div>
      <div className="house-logo-actions">
        <label className="button house-style-small">
          {logo ? 'Replace…' : 'Choose…'}
          <input
            type="file"
            accept={accept}
            hidden
            data-testid="house-logo-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onPick(file);
            }}
          />
        </label>
        {logo && (
          <button type="button" className="button house-style-small" onClick={onRemove}>
            Remove
          </button>
        )}
      </div>
    </Field>
  );
}

function TextField({
  id,
  label,
  hint,
  value,
  max,
  rows,
  onChange,
  extra,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  max: number;
  rows: number;
  onChange: (value: string) => void;
  extra?: ReactNode;
}) {
  return (
    <Field id={id} label={label} hint={hint} extra={extra}>
      <textarea
        id={id}
        className="field house-style-text"
        value={value}
        maxLength={max}
        rows={rows}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

/**
 * One row of the form: its label (for the control `id` names; a plain caption without one),
 * an action beside it if any, the control, then the hint under it.
 */
function Field({
  id,
  label,
  hint,
  extra,
  children,
}: {
  id?: string;
  label: string;
  hint: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="house-style-field">
      <div className="house-style-label-row">
        {id === undefined ? (
          <span className="form-label">{label}</span>
        ) : (
          <label className="form-label" htmlFor={id}>
            {label}
          </label>
        )}
        {extra}
      </div>
      {children}
      <p className="form-hint">{hint}</p>
    </div>
  );
}

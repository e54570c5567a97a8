import type { FactCatalog } from '../../calc/factCatalog';

export interface Completion {
  /** What the list shows. */
  label: string;
  /** What replaces the typed token. */
  insert: string;
  kind: 'entity' | 'metric' | 'period' | 'variable' | 'function';
  /** A second line: the entity's name, "memo variable", ... */
  detail?: string;
  /** For a period: the fact it names, so the list can show its value. */
  factKey?: string;
}

export interface CompletionResult {
  /** The range of the expression text the chosen completion replaces. */
  from: number;
  to: number;
  items: Completion[];
}

const FUNCTIONS = [
  'abs',
  'ceil',
  'exp',
  'floor',
  'log',
  'max',
  'mean',
  'median',
  'min',
  'round',
  'sqrt',
  'sum',
];
const MAX_ITEMS = 8;

/**
 * Completions for the name being typed at `caret` in a figure expression: entities and memo
 * variables at the start of a name, then the entity's metrics after `ENTITY.`, then the
 * periods that have a fact after `ENTITY.metric.`. Prefix matches first, then substrings.
 */
export function suggestCompletions(
  text: string,
  caret: number,
  catalog: FactCatalog,
): CompletionResult {
  let from = caret;
  while (from > 0 && /[A-Za-z0-9_.]/.test(text[from - 1]!)) from--;
  let to = caret;
  while (to < text.length && /[A-Za-z0-9_]/.test(text[to]!)) to++;
  const token = text.slice(from, caret);
  const empty: CompletionResult = { from, to, items: [] };
  if (/^[0-9]/.test(token)) return empty;
  const parts = token.split('.');
  if (parts.length > 3) return empty;

  const [entity = '', metric = '', period = ''] = parts;
  if (parts.length === 1) {
    if (entity === '') return empty;
    const items: Completion[] = [
      ...catalog.variables().map((name) => ({
        label: name,
        insert: name,
        kind: 'variable' as const,
      })),
      ...catalog.entities().map((code) => {
        // The entity's name beside its code, unless it only repeats the code.
        const name = catalog.entityName(code)?.trim();
        return {
          label: code,
          insert: `${code}.`,
          kind: 'entity' as const,
          ...(name && name !== code ? { detail: name } : {}),
        };
      }),
      ...FUNCTIONS.map((fn) => ({ label: `${fn}()`, insert: `${fn}(`, kind: 'function' as const })),
    ];
    return { from, to, items: rank(items, entity) };
  }
  if (!catalog.entities().includes(entity)) return empty;
  if (parts.length === 2) {
    const items = catalog.metricsOf(entity).map((m) => ({
      label: m,
      insert: `${entity}.${m}`,
      kind: 'metric' as const,
      detail: `latest period of ${entity}.${m}`,
    }));
    return { from, to, items: rank(items, metric, (item) => item.label) };
  }
  const items = catalog.periodsOf(entity, metric).map((p) => ({
    label: p,
    insert: `${entity}.${metric}.${p}`,
    kind: 'period' as const,
    factKey: `${entity}.${metric}.${p}`,
  }));
  return { from, to, items: rank(items, period, (item) => item.label) };
}

function rank(
  items: Completion[],
  typed: string,
  key: (item: Completion) => string = (item) => item.label,
): Completion[] {
  const q = typed.toLowerCase();
  const prefix = items.filter((item) => key(item).toLowerCase().startsWith(q));
  const inner =
    q === ''
      ? []
      : items.filter(
          (item) => !key(item).toLowerCase().startsWith(q) && key(item).toLowerCase().includes(q),
        );
  const all = [...prefix, ...inner];
  // A name typed in full needs no list.
  if (all.length === 1 && key(all[0]!) === typed) return [];
  return all.slice(0, MAX_ITEMS);
}

import { FACT_SORT_COLUMNS } from '../../../shared/api/factsApi';

export type FactSortColumn = (typeof FACT_SORT_COLUMNS)[number];

/** What the data browser asks of `facts:list`: filters (empty = any) and one sort column. */
export interface FactQuery {
  text: string;
  entity: string;
  metric: string;
  period: string;
  /** '' the base case's facts; a name: that scenario's overrides. */
  scenario: string;
  sort: { column: FactSortColumn; desc: boolean };
}

export const DEFAULT_FACT_QUERY: FactQuery = {
  text: '',
  entity: '',
  metric: '',
  period: '',
  scenario: '',
  sort: { column: 'entity', desc: false },
};

/** True when the grid column can be sorted by the API. */
export function isSortColumn(field: string): field is FactSortColumn {
  return (FACT_SORT_COLUMNS as readonly string[]).includes(field);
}

/** True when any filter narrows the list. */
export function isFiltered(query: FactQuery): boolean {
  return !!(query.text || query.entity || query.metric || query.period);
}

/** The columns of the CSV import format (CALC.md section 1), in the order the app lists them. Others are ignored. */
export const IMPORT_COLUMNS = [
  'entity',
  'entity_name',
  'kind',
  'metric',
  'period',
  'value',
  'unit',
  'source',
  'as_of',
  'note',
  'scenario',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The columns every import file's header must have. */
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = [
  'entity',
  'metric',
  'period',
  'value',
];

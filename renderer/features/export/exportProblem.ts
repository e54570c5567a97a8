/** A figure or calc line in error, as the export dialog lists it: where, then what. */
export interface ExportProblem {
  /** e.g. `heading "Capital", paragraph 2` or `calc block 1, line 3`; empty when unknown. */
  place: string;
  message: string;
}

/** Which fact a write is about: its entity code, metric, period and scenario ('' = base). */
export interface FactIdentityValues {
  entity: string;
  metric: string;
  period: string;
  scenario: string;
}

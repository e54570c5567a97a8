import type { EntityKind } from '../../../shared/api/factFields';

/** How each entity kind reads in the data browser. */
export const ENTITY_KIND_LABEL: Record<EntityKind, string> = {
  company: 'Company',
  deal: 'Deal',
  fund: 'Fund',
  segment: 'Segment',
  other: 'Other',
};

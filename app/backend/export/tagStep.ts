import type { StructRole, TagStep } from './flowTypes';
import type { LayoutState } from './layoutState';

/** A new structure step with a key unique in this export. */
export function tagStep(
  state: LayoutState,
  role: StructRole,
  extra: Omit<TagStep, 'key' | 'role'> = {},
): TagStep {
  state.counters.tag += 1;
  return { key: `${role}${state.counters.tag}`, role, ...extra };
}

import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Entity } from '../../../shared/api/factsApi';
import { describeError } from '../../ui/describeError';

/** The workspace's entities with their fact counts, kept current as facts and entities change. */
export function useEntities(): { entities: Entity[] | null; error: string | null } {
  const api = useApi();
  const [entities, setEntities] = useState<Entity[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const load = (): void => {
      api.invoke('entities:list', {}).then(
        (result) => {
          if (!live) return;
          setEntities(result.entities);
          setError(null);
        },
        (e: unknown) => live && setError(describeError(e)),
      );
    };
    // A burst of changes (an import) reloads once.
    const soon = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 120);
    };
    load();
    const offFacts = api.on('facts:changed', soon);
    const offEntities = api.on('entities:changed', soon);
    return () => {
      live = false;
      window.clearTimeout(timer);
      offFacts();
      offEntities();
    };
  }, [api]);

  return { entities, error };
}

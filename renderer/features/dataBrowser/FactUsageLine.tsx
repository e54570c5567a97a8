import { useEffect, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { FactUsage } from '../../../shared/api/factsApi';
import { countLabel } from '../shell/countLabel';
import { describeError } from '../shell/describeError';

/** In the delete confirmation: how many figures of which memos read the fact (`facts:usage`). */
export function FactUsageLine({ factId }: { factId: number }) {
  const api = useApi();
  const [usage, setUsage] = useState<FactUsage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.invoke('facts:usage', { ref: { id: factId } }).then(
      (result) => live && setUsage(result),
      (e: unknown) => live && setError(describeError(e)),
    );
    return () => {
      live = false;
    };
  }, [api, factId]);

  return (
    <p className="fact-usage" data-testid="fact-usage">
      {error
        ? `Could not count the figures that read it: ${error}`
        : !usage
          ? 'Counting the figures that read it…'
          : usage.figures === 0
            ? 'No figure in any memo reads this fact.'
            : `${countLabel(usage.figures, 'figure')} in ${countLabel(usage.memos.length, 'memo')} ${usage.figures === 1 ? 'reads' : 'read'} this fact: ${usage.memos
                .map((memo) => `${memo.title} (${memo.figures})`)
                .join(', ')}.`}
    </p>
  );
}

import type { ResultOf } from '../../../shared/api/contract';

type RecentWorkspace = ResultOf<'workspace:recent'>['recent'][number];

/** The recently opened workspaces, newest first: each a button with its name and path. */
export function RecentWorkspaces({
  recent,
  onPick,
}: {
  recent: RecentWorkspace[];
  onPick: (path: string) => void;
}) {
  return (
    <section className="start-recent" aria-label="Recent workspaces">
      <h2 className="start-recent-title">Recent</h2>
      <ul>
        {recent.map((item) => (
          <li key={item.path}>
            <button
              type="button"
              className="start-recent-item"
              title={item.path}
              onClick={() => onPick(item.path)}
            >
              <span className="start-recent-name">{item.name}</span>
              <span className="start-recent-path">{item.path}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

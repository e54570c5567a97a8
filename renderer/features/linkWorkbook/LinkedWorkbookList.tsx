import type { LinkInfo } from '../../../shared/api/linksApi';
import { countLabel } from '../../ui/countLabel';
import { formatWhen } from '../../ui/formatWhen';

const STATE_LABEL: Record<LinkInfo['state'], string> = {
  current: 'Up to date',
  changed: 'Changed since read',
  missing: 'File not found',
};

/** The workspace's linked workbooks: file, facts, last read, state, and Refresh / Unlink. */
export function LinkedWorkbookList({
  links,
  busy,
  onRefresh,
  onUnlink,
}: {
  links: LinkInfo[];
  busy: boolean;
  onRefresh: (path: string) => void;
  onUnlink: (path: string) => void;
}) {
  if (links.length === 0)
    return <p className="link-none muted">No workbook is linked to this workspace yet.</p>;
  return (
    <ul className="link-list" aria-label="Linked workbooks" data-testid="linked-workbooks">
      {links.map((link) => (
        <li key={link.path} className="link-item" data-state={link.state}>
          <div className="link-file">
            <strong>{link.fileName}</strong>
            <span className="link-path muted" title={link.path}>
              {link.path}
            </span>
          </div>
          <span className="link-facts muted">{countLabel(link.facts, 'fact')}</span>
          <span className="link-read muted" title={link.readAt}>
            read {formatWhen(link.readAt)}
          </span>
          <span className={`status-pill link-state-${link.state}`}>{STATE_LABEL[link.state]}</span>
          <span className="link-buttons">
            <button
              type="button"
              className="button"
              disabled={busy || link.state === 'missing'}
              aria-label={`Refresh ${link.fileName}`}
              onClick={() => onRefresh(link.path)}
            >
              Refresh…
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              aria-label={`Unlink ${link.fileName}`}
              title="Forget this link; its facts stay"
              onClick={() => onUnlink(link.path)}
            >
              Unlink
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

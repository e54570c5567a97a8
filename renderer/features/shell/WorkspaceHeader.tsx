import type { ReactNode } from 'react';
import { Icon, type IconName } from '../../ui/Icon';
import { shortcutLabel } from '../../ui/shortcut';
import type { ShellLayout } from './shellLayout';
import { IS_MAC } from '../../ui/useShortcuts';
import { SIDEBAR_KEYS } from './sidebarKeys';

const LAYOUTS: { layout: ShellLayout; label: string; icon: IconName; keys: string }[] = [
  { layout: 'memo', label: 'Memo', icon: 'memo', keys: '' },
  { layout: 'split', label: 'Side by side', icon: 'split', keys: 'Mod+\\' },
  { layout: 'data', label: 'Data', icon: 'database', keys: 'Mod+Shift+D' },
];

/** Above the workspace: what is open, its actions (Export PDF), and the layout switch (memo, side by side, data). */
export function WorkspaceHeader({
  title,
  subtitle,
  layout,
  onLayout,
  memoAvailable,
  splitOffered,
  onShowSidebar,
  actions,
}: {
  /** False in a narrow window: side by side is not offered. */
  splitOffered: boolean;
  /** Shown while the sidebar is hidden: the button that brings it back. */
  onShowSidebar?: () => void;
  title: string;
  subtitle?: string;
  layout: ShellLayout;
  onLayout: (layout: ShellLayout) => void;
  memoAvailable: boolean;
  actions?: ReactNode;
}) {
  return (
    <header className="workspace-header">
      {onShowSidebar && (
        <button
          type="button"
          className="icon-button sidebar-toggle"
          aria-label="Show the sidebar"
          title={`Show the sidebar (${shortcutLabel(SIDEBAR_KEYS, IS_MAC)})`}
          onClick={onShowSidebar}
        >
          <Icon name="sidebar" size={16} />
        </button>
      )}
      <h1 className="workspace-title" data-testid="workspace-title">
        {title}
      </h1>
      {subtitle && <span className="workspace-subtitle">{subtitle}</span>}
      <div className="workspace-actions">
        {actions}
        <div className="segmented" role="group" aria-label="Layout">
          {LAYOUTS.filter((item) => splitOffered || item.layout !== 'split').map((item) => (
            <button
              key={item.layout}
              type="button"
              className="segment"
              aria-pressed={layout === item.layout}
              disabled={item.layout !== 'data' && !memoAvailable}
              title={item.keys ? `${item.label} (${shortcutLabel(item.keys, IS_MAC)})` : item.label}
              onClick={() => onLayout(item.layout)}
            >
              <Icon name={item.icon} size={14} />
              <span>{item.label}</span>
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}

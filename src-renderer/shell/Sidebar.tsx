import { useRef, type KeyboardEvent } from 'react';
import { viewKey } from '../../src-shared/model/views';
import { viewShortcut } from '../app/shortcut-action';
import { useMessages } from '../i18n/use-i18n';
import { LogoMark } from '../icons/logo-mark';
import { useAppStore } from '../state/store';
import { viewRegistry } from '../views/registry';
import { PreferencesPanel } from './PreferencesPanel';
import { rovingTarget } from './roving-focus';
import { viewHash } from './view-address';
import './sidebar.css';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** The brand, the views in order, and the preferences. Arrow keys move between the views. */
export function Sidebar() {
  const m = useMessages();
  const current = useAppStore((state) => state.view);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  // One view is in the Tab order (the current one); arrow keys reach the others.
  const tabbable = Math.max(
    0,
    viewRegistry.findIndex((view) => view.id === current),
  );

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const target = rovingTarget(event.key, index, viewRegistry.length);
    if (target === null) return;
    event.preventDefault();
    links.current[target]?.focus();
  };

  return (
    <aside className="sidebar">
      <div className="brand">
        <LogoMark />
        <div className="brand-text">
          <span className="brand-name">{m.app.name}</span>
          <span className="brand-tagline">{m.app.tagline}</span>
        </div>
      </div>
      <nav className="nav" aria-label={m.nav.label}>
        <ul>
          {viewRegistry.map((view, index) => {
            const active = view.id === current;
            const shortcut = viewShortcut(viewKey(view.id), isMac);
            const ViewIcon = view.icon;
            return (
              <li key={view.id}>
                <a
                  ref={(element) => {
                    links.current[index] = element;
                  }}
                  className="nav-link"
                  href={viewHash(view.id)}
                  aria-current={active ? 'page' : undefined}
                  aria-keyshortcuts={shortcut.aria}
                  tabIndex={index === tabbable ? 0 : -1}
                  onKeyDown={(event) => onKeyDown(event, index)}
                  data-view={view.id}
                >
                  <ViewIcon />
                  <span className="nav-title">{view.title(m)}</span>
                  <kbd className="nav-kbd" aria-hidden="true">
                    {shortcut.label}
                  </kbd>
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <PreferencesPanel />
      </div>
    </aside>
  );
}

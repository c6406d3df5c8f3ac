import { useEffect } from 'react';
import { useMessages } from '../i18n/use-i18n';
import { useAppStore } from '../state/store';
import { defaultView, findView, viewRegistry } from '../views/registry';
import { Header } from './Header';
import { LiveRegion } from './LiveRegion';
import { Sidebar } from './Sidebar';
import { mainContentId, SkipLink } from './SkipLink';
import './shell.css';

/** The window's frame: skip link, navigation, workspace header, and the current view. */
export function Shell() {
  const m = useMessages();
  const viewId = useAppStore((state) => state.view);
  const workspace = useAppStore((state) => state.workspace);
  const view = findView(viewId) ?? findView(defaultView) ?? viewRegistry[0];
  const title = view ? view.title(m) : m.app.name;
  const workspaceName = workspace.state === 'ready' ? workspace.value.name : null;

  useEffect(() => {
    document.title = [title, workspaceName, m.app.name].filter(Boolean).join(' — ');
  }, [title, workspaceName, m.app.name]);

  const View = view?.component;
  return (
    <div className="shell">
      <SkipLink />
      <Sidebar />
      <div className="shell-main">
        <Header />
        <main id={mainContentId} className="content" tabIndex={-1} data-view={view?.id}>
          {View && <View />}
        </main>
      </div>
      <LiveRegion />
    </div>
  );
}

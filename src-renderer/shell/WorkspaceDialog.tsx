import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../src-shared/result';
import { useFormat, useMessages } from '../i18n/use-i18n';
import { CloseIcon, DatabaseIcon } from '../icons/ui-icons';
import { useAppStore } from '../state/store';
import './workspace-dialog.css';

/**
 * Opens a recent workspace or one at a path, or creates a new one. A modal dialog: focus stays inside
 * until it closes, Escape closes it, and focus returns to the button that opened it.
 */
export function WorkspaceDialog({ onClose }: { onClose(): void }) {
  const m = useMessages();
  const format = useFormat();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const pathId = useId();
  const recent = useAppStore((state) => state.recent);
  const workspace = useAppStore((state) => state.workspace);
  const openWorkspace = useAppStore((state) => state.openWorkspace);
  const loadRecent = useAppStore((state) => state.loadRecent);
  const announce = useAppStore((state) => state.announce);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const currentPath = workspace.state === 'ready' ? workspace.value.path : null;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    void loadRecent();
  }, [loadRecent]);

  // Closing the element fires its close event, which tells the owner; the browser returns focus.
  const close = () => dialog.current?.close();

  const open = async (target: string, create: boolean) => {
    setBusy(true);
    setError(null);
    const result = await openWorkspace(target, create);
    setBusy(false);
    if (result.ok) {
      announce(m.workspace.opened(result.value.name));
      close();
    } else setError(result.error);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = path.trim();
    if (target) void open(target, false);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid="workspace-dialog"
    >
      <div className="dialog-header">
        <h2 id={titleId}>{m.workspace.dialogTitle}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={close}
          aria-label={m.workspace.close}
        >
          <CloseIcon />
        </button>
      </div>
      <p className="dialog-intro">{m.workspace.dialogIntro}</p>

      <h3 className="dialog-section-title">{m.workspace.recent}</h3>
      {recent.length === 0 ? (
        <p className="muted">{m.workspace.noRecent}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((item) => {
            const isCurrent = item.path === currentPath;
            return (
              <li key={item.path}>
                <button
                  type="button"
                  className="recent-item"
                  disabled={busy}
                  aria-current={isCurrent ? 'true' : undefined}
                  onClick={() => (isCurrent ? close() : void open(item.path, false))}
                >
                  <DatabaseIcon />
                  <span className="recent-text">
                    <span className="recent-name">{item.name}</span>
                    <span className="recent-path">{item.path}</span>
                  </span>
                  <span className="recent-meta">
                    {isCurrent
                      ? m.workspace.current
                      : m.workspace.lastOpened(format.dateTime(item.openedAt))}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <h3 className="dialog-section-title">{m.workspace.byPath}</h3>
      <form className="path-form" onSubmit={submit}>
        <label htmlFor={pathId}>{m.workspace.pathLabel}</label>
        <input
          id={pathId}
          className="text-input"
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder={m.workspace.pathPlaceholder}
          value={path}
          onChange={(event) => setPath(event.target.value)}
        />
        <div className="path-actions">
          <button type="submit" className="button button-primary" disabled={busy || !path.trim()}>
            {m.workspace.openPath}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || !path.trim()}
            onClick={() => void open(path.trim(), true)}
          >
            {m.workspace.createPath}
          </button>
        </div>
      </form>
      {error && (
        <p className="form-error" role="alert">
          <strong>{m.workspace.failed}.</strong> {error.message}
        </p>
      )}
    </dialog>
  );
}

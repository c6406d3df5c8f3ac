import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { WorkspacePurpose } from '../../src-shared/ipc/file-channels';
import type { WorkspaceInfo } from '../../src-shared/model/workspace';
import type { AppError, Result } from '../../src-shared/result';
import { useFormat, useMessages } from '../i18n/use-i18n';
import { DatabaseIcon } from '../icons/ui-icons';
import { useAppStore } from '../state/store';
import { ModalDialog, useModal } from './ModalDialog';

/**
 * Opens a recent workspace, or one chosen in the system's dialog, creates a new one or saves a copy.
 * Where there is no system dialog (the web harness), a typed path stands in for it. A modal dialog:
 * focus stays inside until it closes, Escape closes it, and focus returns to the button that opened
 * it.
 */
export function WorkspaceDialog({ onClose }: { onClose(): void }) {
  const m = useMessages();
  const format = useFormat();
  const { ref: dialogRef, close } = useModal();
  const pathId = useId();
  const pathInput = useRef<HTMLInputElement>(null);
  const recent = useAppStore((state) => state.recent);
  const workspace = useAppStore((state) => state.workspace);
  const openWorkspace = useAppStore((state) => state.openWorkspace);
  const chooseWorkspace = useAppStore((state) => state.chooseWorkspace);
  // Either view finding that there is no system dialog is enough for both.
  const native = useAppStore((state) => state.nativeWorkspaceDialog && state.nativeFileDialog);
  const loadRecent = useAppStore((state) => state.loadRecent);
  const announce = useAppStore((state) => state.announce);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // Set when a system dialog turned out not to exist, so the path field that replaces it gets focus.
  const [focusPath, setFocusPath] = useState(false);
  const currentPath = workspace.state === 'ready' ? workspace.value.path : null;

  useEffect(() => {
    void loadRecent();
  }, [loadRecent]);

  useEffect(() => {
    if (focusPath && !native) pathInput.current?.focus();
  }, [focusPath, native]);

  const settle = async (
    purpose: WorkspacePurpose,
    pending: Promise<Result<WorkspaceInfo | null>>,
  ) => {
    setBusy(true);
    setError(null);
    const result = await pending;
    setBusy(false);
    if (!result.ok) setError(result.error);
    else if (result.value) {
      const { name } = result.value;
      announce(purpose === 'save-as' ? m.workspace.savedAs(name) : m.workspace.opened(name));
      close();
    }
  };

  const open = (target: string, create: boolean) =>
    settle(create ? 'create' : 'open', openWorkspace(target, create));

  const choose = async (purpose: WorkspacePurpose) => {
    await settle(purpose, chooseWorkspace(purpose));
    if (!useAppStore.getState().nativeWorkspaceDialog) setFocusPath(true);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = path.trim();
    if (target) void open(target, false);
  };

  return (
    <ModalDialog
      dialogRef={dialogRef}
      close={close}
      title={m.workspace.dialogTitle}
      testId="workspace-dialog"
      onClose={onClose}
    >
      <p className="dialog-intro">
        {native ? m.workspace.dialogIntroChoose : m.workspace.dialogIntro}
      </p>

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

      {native ? (
        <>
          <h3 className="dialog-section-title">{m.workspace.byDialog}</h3>
          <div className="path-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void choose('open')}
            >
              {m.workspace.chooseOpen}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void choose('create')}
            >
              {m.workspace.chooseCreate}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy || !currentPath}
              onClick={() => void choose('save-as')}
            >
              {m.workspace.chooseSaveAs}
            </button>
          </div>
        </>
      ) : (
        <>
          <h3 className="dialog-section-title">{m.workspace.byPath}</h3>
          <form className="path-form" onSubmit={submit}>
            <label htmlFor={pathId}>{m.workspace.pathLabel}</label>
            <input
              ref={pathInput}
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
              <button
                type="submit"
                className="button button-primary"
                disabled={busy || !path.trim()}
              >
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
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          <strong>{m.workspace.failed}.</strong> {error.message}
        </p>
      )}
    </ModalDialog>
  );
}

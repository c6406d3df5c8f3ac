import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useMessages } from '../i18n/use-i18n';
import { CloseIcon } from '../icons/ui-icons';
import './workspace-dialog.css';

export interface Modal {
  ref: RefObject<HTMLDialogElement | null>;
  /** Closes the dialog; its close event tells the owner, and the browser returns focus. */
  close(): void;
}

/**
 * A modal `<dialog>` shown as soon as it mounts: focus stays inside until it closes, and Escape
 * closes it. Call before the component's own effects, so they run with the dialog open.
 */
export function useModal(): Modal {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (element && !element.open) element.showModal();
  }, []);
  return { ref, close: () => ref.current?.close() };
}

/** The dialog, its title and its close button; the body is the children. */
export function ModalDialog({
  dialogRef,
  close,
  title,
  testId,
  className,
  onClose,
  children,
}: {
  dialogRef: Modal['ref'];
  close: Modal['close'];
  title: string;
  testId: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}) {
  const m = useMessages();
  const titleId = useId();
  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid={testId}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={close}
          aria-label={m.workspace.close}
        >
          <CloseIcon />
        </button>
      </div>
      {children}
    </dialog>
  );
}

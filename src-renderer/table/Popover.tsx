import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface PopoverProps {
  label: string;
  accessibleLabel?: string;
  icon?: ReactNode;
  /** A count or state shown beside the label, such as how many values a filter keeps. */
  badge?: ReactNode;
  active?: boolean;
  children: ReactNode;
  testId?: string;
  align?: 'start' | 'end';
}

/**
 * A button that opens a small panel below it (a filter's choices, the columns). Escape or a click
 * elsewhere closes it and gives the focus back to the button.
 */
export function Popover(props: PopoverProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="popover" ref={root} data-testid={props.testId}>
      <button
        ref={button}
        type="button"
        className={
          props.active ? 'button button-secondary is-filtering' : 'button button-secondary'
        }
        aria-expanded={open}
        aria-controls={id}
        aria-label={props.accessibleLabel}
        onClick={() => setOpen((o) => !o)}
      >
        {props.icon}
        <span>{props.label}</span>
        {props.badge}
      </button>
      {open && (
        <div
          id={id}
          className={props.align === 'end' ? 'popover-panel is-end' : 'popover-panel'}
          role="dialog"
          aria-label={props.accessibleLabel ?? props.label}
        >
          {props.children}
        </div>
      )}
    </div>
  );
}

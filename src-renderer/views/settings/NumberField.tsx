import { useState } from 'react';
import { useMessages } from '../../i18n/use-i18n';

/**
 * A number typed in full before it is saved: the change is committed when the field loses focus
 * or on Enter, never on each keystroke, and a value that is not a number is not sent. Main judges
 * the range, and its message shows under the section.
 */
export function NumberField({
  id,
  value,
  onCommit,
  step,
  suffix,
  testId,
  placeholder,
  disabled,
  allowEmpty,
  min,
  max,
}: {
  id: string;
  value: number | null;
  /** Saves the value; a promise that resolves false (refused) puts the saved value back. */
  onCommit(value: number | null): Promise<boolean>;
  step?: number;
  suffix?: string;
  testId: string;
  placeholder?: string;
  disabled?: boolean;
  /** An empty field commits null (clears the setting). */
  allowEmpty?: boolean;
  /** The range a value must be in before it is sent, as the field's unit shows it. */
  min?: number;
  max?: number;
}) {
  const m = useMessages();
  const shown = value === null ? '' : String(value);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // The saved value changed (saved here, refused, or read again): show it, as React advises for
  // state that follows a prop.
  const [lastShown, setLastShown] = useState(shown);
  if (lastShown !== shown) {
    setLastShown(shown);
    setText(shown);
    setInvalid(false);
  }

  const commit = () => {
    const trimmed = text.trim().replace(/,/g, '');
    if (trimmed === shown) {
      setInvalid(false);
      return;
    }
    if (trimmed === '') {
      if (allowEmpty) void onCommit(null);
      else setText(shown);
      return;
    }
    const parsed = Number(trimmed);
    if (
      !Number.isFinite(parsed) ||
      (min !== undefined && parsed < min) ||
      (max !== undefined && parsed > max)
    ) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    void onCommit(parsed).then((saved) => {
      if (!saved) setText(shown);
    });
  };

  return (
    <span className="number-field">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        step={step}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        data-testid={testId}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {suffix && <span className="number-field-suffix">{suffix}</span>}
      {invalid && (
        <span className="field-error" role="alert">
          {min !== undefined && max !== undefined
            ? m.settings.number.range(String(min), String(max))
            : m.settings.number.invalid}
        </span>
      )}
    </span>
  );
}

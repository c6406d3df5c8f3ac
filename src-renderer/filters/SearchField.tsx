import { useEffect, useState, type Ref } from 'react';
import { SearchIcon } from '../icons/ui-icons';
import './filters.css';

interface SearchFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
  /** Waits this long after the last keystroke before searching. */
  delayMs?: number;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
}

/** A search box that searches as the analyst types, a moment after the last keystroke. */
export function SearchField({
  label,
  placeholder,
  value,
  onChange,
  delayMs = 150,
  inputRef,
  testId,
}: SearchFieldProps) {
  const [text, setText] = useState(value);
  // A value changed from outside (filters cleared, say) replaces what was typed.
  const [outside, setOutside] = useState(value);
  if (value !== outside) {
    setOutside(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, value, onChange, delayMs]);
  return (
    <label className="search-field">
      <SearchIcon />
      <span className="visually-hidden">{label}</span>
      <input
        ref={inputRef}
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
        data-testid={testId}
      />
    </label>
  );
}

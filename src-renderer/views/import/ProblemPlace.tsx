import { useMessages } from '../../i18n/use-i18n';

/** Where in a file something is: line, column and the value found there, each as a chip. */
export function ProblemPlace(props: { line?: string; column?: string; value?: string }) {
  const m = useMessages();
  const places = [
    props.line === undefined ? null : ['line', m.import.problems.line(props.line)],
    props.column === undefined ? null : ['column', m.import.problems.column(props.column)],
    props.value === undefined || props.value === ''
      ? null
      : ['value', m.import.problems.value(props.value)],
  ].filter((place): place is [string, string] => place !== null);
  if (places.length === 0) return null;
  return (
    <span className="problem-place">
      {places.map(([kind, text]) => (
        <span key={kind} className="place-chip" data-place={kind}>
          {text}
        </span>
      ))}
    </span>
  );
}

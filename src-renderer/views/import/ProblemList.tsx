import type { JSX } from 'react';
import type {
  FileInspection,
  ImportProblem,
  ProblemSeverity,
} from '../../../src-shared/model/import';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AlertIcon, CheckIcon } from '../../icons/ui-icons';
import { BlockedIcon, InfoIcon } from './import-icons';
import { problemTitle, withoutFileName } from './import-labels';
import { problemText } from './problem-text';
import { ProblemPlace } from './ProblemPlace';

const order: Record<ProblemSeverity, number> = { fatal: 0, error: 1, warning: 2, info: 3 };

const icons: Record<ProblemSeverity, () => JSX.Element> = {
  fatal: BlockedIcon,
  error: AlertIcon,
  warning: AlertIcon,
  info: InfoIcon,
};

/** What the engine found in the file, worst first, each with where it is. */
export function ProblemList({ inspection }: { inspection: FileInspection }) {
  const m = useMessages();
  const problems = [...inspection.problems].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <section className="file-section" aria-label={m.import.problems.title} data-testid="problems">
      <h3 className="subheading">{m.import.problems.title}</h3>
      {problems.length === 0 ? (
        <p className="problems-none">
          <CheckIcon />
          <span>{m.import.problems.none}</span>
        </p>
      ) : (
        <ul className="problem-list">
          {problems.map((problem, index) => (
            <ProblemItem
              key={`${problem.code}-${index}`}
              problem={problem}
              fileName={inspection.fileName}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProblemItem({ problem, fileName }: { problem: ImportProblem; fileName: string }) {
  const m = useMessages();
  const format = useFormat();
  const Icon = icons[problem.severity];
  return (
    <li
      className={`problem is-${problem.severity}`}
      data-code={problem.code}
      data-severity={problem.severity}
    >
      <span className="problem-icon">
        <Icon />
      </span>
      <div className="problem-body">
        <p className="problem-title">
          <span>{problemTitle(m, problem)}</span>
          <ProblemPlace
            line={problem.line === undefined ? undefined : format.integer(problem.line)}
            column={problem.column}
            value={problem.value}
          />
        </p>
        <p className="problem-message">{withoutFileName(problemText(m, problem), fileName)}</p>
      </div>
    </li>
  );
}

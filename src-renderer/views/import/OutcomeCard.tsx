import { useState } from 'react';
import type {
  ImportFileResult,
  ImportFailure,
  ImportOutcome,
  RowIssue,
} from '../../../src-shared/model/import';
import { isSourceKind } from '../../../src-shared/model/sources';
import type { AppError } from '../../../src-shared/result';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { CheckIcon } from '../../icons/ui-icons';
import { BlockedIcon } from './import-icons';
import { kindLabel, presetLabel, withoutFileName } from './import-labels';
import { problemText, rowReasonText } from './problem-text';
import { ProblemPlace } from './ProblemPlace';
import { RejectedRowsButton } from './RejectedRowsButton';
import { useAppStore } from '../../state/store';

/** One file's outcome: counts, the first rejected rows and warnings, or why it was not imported. */
export function OutcomeCard({ outcome }: { outcome: ImportOutcome }) {
  return outcome.ok ? (
    <ImportedFile result={outcome.result} />
  ) : (
    <FailedFile failure={outcome.failure} />
  );
}

const countKeys = ['rowsRead', 'inserted', 'updated', 'unchanged', 'rejected', 'warnings'] as const;

function ImportedFile({ result }: { result: ImportFileResult }) {
  const m = useMessages();
  const format = useFormat();
  const catalog = useAppStore((state) => state.importCatalog);
  const [error, setError] = useState<AppError | null>(null);
  const presets = catalog.state === 'ready' ? catalog.value.presets : [];
  const t = m.import.summary;
  const derived = Object.entries(result.derived).flatMap(([kind, counts]) =>
    isSourceKind(kind) && counts && counts.inserted + counts.updated > 0
      ? [t.derivedCount(m.sources[kind], format.integer(counts.inserted + counts.updated))]
      : [],
  );
  return (
    <article className="outcome card" data-file={result.fileName} data-run={result.runId}>
      <header className="outcome-header">
        <div>
          <h3 className="outcome-name">{result.fileName}</h3>
          <p className="outcome-meta">
            {kindLabel(m, result.kind)} · {presetLabel(m, result.preset, presets)}
          </p>
        </div>
        {result.rejected > 0 ? (
          <RejectedRowsButton runId={result.runId} label={t.download} onError={setError} />
        ) : (
          result.warnings === 0 && (
            <p className="outcome-clean">
              <CheckIcon />
              {t.allImported}
            </p>
          )
        )}
      </header>
      <dl className="outcome-counts">
        {countKeys.map((key) => (
          <div
            key={key}
            className={`outcome-count is-${key}`}
            data-count={key}
            data-value={result[key]}
          >
            <dt>{t.counts[key]}</dt>
            <dd>{format.integer(result[key])}</dd>
          </div>
        ))}
      </dl>
      {error && (
        <p className="form-error" role="alert">
          <strong>{t.downloadFailed}.</strong> {error.message}
        </p>
      )}
      <IssueList title={t.firstRejected} issues={result.errors} tone="error" />
      <IssueList title={t.firstWarnings} issues={result.warningSamples} tone="warning" />
      {result.notes.length > 0 && (
        <>
          <h4 className="subheading">{t.notes}</h4>
          <ul className="outcome-notes">
            {result.notes.map((note, index) => (
              <li key={`${note.code}-${index}`}>
                {withoutFileName(problemText(m, note), result.fileName)}
              </li>
            ))}
          </ul>
        </>
      )}
      {derived.length > 0 && (
        <p className="outcome-derived">
          <span className="muted">{t.alsoWritten}: </span>
          {format.list(derived)}
        </p>
      )}
    </article>
  );
}

function IssueList(props: {
  title: string;
  issues: readonly RowIssue[];
  tone: 'error' | 'warning';
}) {
  const m = useMessages();
  const format = useFormat();
  if (props.issues.length === 0) return null;
  return (
    <>
      <h4 className="subheading">{props.title}</h4>
      <ul className={`issue-list is-${props.tone}`} data-testid={`issues-${props.tone}`}>
        {props.issues.map((issue, index) => (
          <li key={`${issue.line}-${index}`} className="issue" data-line={issue.line}>
            <ProblemPlace
              line={format.integer(issue.line)}
              column={issue.column}
              value={issue.value}
            />
            <span className="issue-reason">
              {rowReasonText(m, issue.code, issue.params, issue.reason)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function FailedFile({ failure }: { failure: ImportFailure }) {
  const m = useMessages();
  const format = useFormat();
  const t = m.import.summary;
  return (
    <article className="outcome card is-failed" data-file={failure.fileName} role="alert">
      <header className="outcome-header">
        <div>
          <h3 className="outcome-name">
            <BlockedIcon />
            {failure.fileName}
          </h3>
          <p className="outcome-meta">
            {t.notImported} · {t.unchangedWorkspace}
          </p>
        </div>
      </header>
      <p className="outcome-failure">
        <ProblemPlace
          line={failure.line === undefined ? undefined : format.integer(failure.line)}
          column={failure.column}
        />
        <span>{withoutFileName(problemText(m, failure), failure.fileName)}</span>
      </p>
    </article>
  );
}

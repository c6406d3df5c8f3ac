import type { DataCoverage } from '../../../src-shared/model/coverage';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { CheckIcon, SparkIcon } from '../../icons/ui-icons';

/** The one import that would add the most, and what it would make possible. */
export function NextImport({ next }: { next: DataCoverage['nextImport'] }) {
  const m = useMessages();
  const format = useFormat();
  if (!next) {
    return (
      <div className="next-import next-import-complete" data-testid="next-import">
        <CheckIcon />
        <div>
          <p className="next-import-title">{m.coverage.next.title}</p>
          <p className="next-import-body">{m.coverage.next.complete}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="next-import" data-testid="next-import" data-kind={next.kind}>
      <SparkIcon />
      <div>
        <p className="next-import-title">{m.coverage.next.title}</p>
        <p className="next-import-body">
          <strong>{m.coverage.next.suggestion(m.sources[next.kind])}</strong>
        </p>
        <p className="next-import-unlocks">
          {m.coverage.next.unlocks}: {format.list(next.unlocks.map((c) => m.capabilities[c]))}
        </p>
      </div>
    </div>
  );
}

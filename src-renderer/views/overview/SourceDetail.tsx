import { useId } from 'react';
import { fieldLabel } from '../../i18n/field-label';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import type { SourceRow } from './coverage-rows';

/** Everything the coverage check found about one source. */
export function SourceDetail({ row }: { row: SourceRow }) {
  const m = useMessages();
  const format = useFormat();
  const titleId = useId();
  const text = m.coverage.detail;
  const { source } = row;
  const title = text.title(m.sources[row.kind]);

  if (row.state !== 'present') {
    return (
      <section
        className="card source-detail"
        aria-labelledby={titleId}
        aria-live="polite"
        data-testid="source-detail"
      >
        <h3 id={titleId} className="card-title">
          {title}
        </h3>
        <p className="muted">{row.state === 'derived' ? text.derivedNote : text.missing}</p>
      </section>
    );
  }

  const reach =
    source.accountsCovered === null || source.accountShare === null
      ? m.coverage.notPerAccount
      : `${format.integer(source.accountsCovered)} (${format.percent(source.accountShare)})`;
  const facts: [string, string][] = [
    [text.rows, format.integer(source.rows)],
    [text.accounts, reach],
    [
      text.dateRange,
      source.dateRange
        ? format.dateRange(source.dateRange.from, source.dateRange.to)
        : m.coverage.noDates,
    ],
    [text.lastImport, source.lastImportedAt ? format.dateTime(source.lastImportedAt) : text.never],
    [text.orphans, format.integer(source.orphans)],
  ];

  return (
    <section
      className="card source-detail"
      aria-labelledby={titleId}
      aria-live="polite"
      data-testid="source-detail"
      data-kind={row.kind}
    >
      <h3 id={titleId} className="card-title">
        {title}
      </h3>
      <div className="source-detail-body">
        <div>
          <dl className="facts">
            {facts.map(([label, value]) => (
              <div key={label} className="fact">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {source.orphans > 0 && <p className="hint">{text.orphansHint}</p>}
        </div>
        <div>
          <h4 className="subheading">{text.emptyFields}</h4>
          {source.emptyFields.length === 0 ? (
            <p className="muted">{text.noEmptyFields}</p>
          ) : (
            <ul className="empty-fields">
              {source.emptyFields.map((field) => (
                <li key={field.field} className="empty-field">
                  <span className="empty-field-name">{fieldLabel(m, field.field)}</span>
                  <span className="empty-field-bar" aria-hidden="true">
                    <span
                      className="empty-field-fill"
                      style={{ width: `${Math.max(1, Math.round(field.emptyShare * 100))}%` }}
                    />
                  </span>
                  <span className="empty-field-share">
                    {text.emptyShare(format.percent(field.emptyShare))}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

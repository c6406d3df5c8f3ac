import type {
  ColumnPreview,
  FileInspection,
  ImportMapping,
} from '../../../src-shared/model/import';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { mappingFieldLabel } from './import-labels';
import { problemText } from './problem-text';

/**
 * The first rows as the engine read them, under each column's detected type and the field it feeds.
 * Cells the engine would reject are marked, with the reason on hover and for assistive technology.
 */
export function PreviewTable(props: {
  inspection: FileInspection;
  /** The mapping as the analyst is editing it, for a file whose mapping cannot be used yet. */
  draft: ImportMapping | null;
}) {
  const { inspection, draft } = props;
  const m = useMessages();
  const format = useFormat();
  const t = m.import.preview;
  const flagged = new Map<string, string>();
  for (const problem of inspection.problems) {
    if (problem.line !== undefined && problem.column !== undefined)
      flagged.set(`${problem.line}\n${problem.column}`, problemText(m, problem));
  }
  if (inspection.header.length === 0) return null;

  return (
    <section className="file-section" aria-label={t.title}>
      <h3 className="subheading">{t.title}</h3>
      <p className="file-section-intro">
        {t.caption(inspection.rows.length, format.integer(inspection.rows.length))}
      </p>
      <div className="preview-scroll" role="region" aria-label={t.regionLabel} tabIndex={0}>
        <table className="preview-table" data-testid="preview">
          <thead>
            <tr>
              <th scope="col" className="preview-line">
                {t.line}
              </th>
              {inspection.columns.map((column) => (
                <ColumnHeading
                  key={column.index}
                  column={column}
                  target={
                    inspection.mapping
                      ? column.mappedTo
                      : (draft?.fields.find((f) => f.columns.includes(column.header))?.field ??
                        null)
                  }
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {inspection.rows.map((row, r) => {
              const line = inspection.lines[r] ?? r + 2;
              return (
                <tr key={line} data-line={line}>
                  <th scope="row" className="preview-line">
                    {format.integer(line)}
                  </th>
                  {inspection.columns.map((column) => {
                    const value = row[column.index] ?? '';
                    const problem = flagged.get(`${line}\n${column.header}`);
                    return (
                      <td
                        key={column.index}
                        className={problem ? 'has-problem' : undefined}
                        title={problem ?? (value.length > 24 ? value : undefined)}
                        aria-invalid={problem ? true : undefined}
                      >
                        {value}
                        {problem && <span className="visually-hidden"> — {problem}</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {inspection.rows.length === 0 && <p className="preview-empty muted">{t.noRows}</p>}
      </div>
    </section>
  );
}

function ColumnHeading({ column, target }: { column: ColumnPreview; target: string | null }) {
  const m = useMessages();
  const format = useFormat();
  const t = m.import.preview;
  const type = t.types[column.type];
  return (
    <th scope="col" data-column={column.header} data-type={column.type} data-mapped={target ?? ''}>
      <span className="preview-header">{column.header}</span>
      <span className="preview-type">
        <span className={`type-chip type-${column.type}`}>
          {column.dateOrder ? `${type} · ${t.dateOrders[column.dateOrder]}` : type}
        </span>
        {column.blankShare > 0 && (
          <span className="preview-blank">{t.blankShare(format.percent(column.blankShare))}</span>
        )}
      </span>
      <span className={target ? 'preview-target' : 'preview-target is-extra'}>
        {target ? `→ ${mappingFieldLabel(m, target)}` : t.extra}
      </span>
    </th>
  );
}

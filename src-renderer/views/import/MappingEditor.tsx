import type {
  FieldMapping,
  FileInspection,
  ImportMapping,
  TargetField,
} from '../../../src-shared/model/import';
import { useMessages } from '../../i18n/use-i18n';
import { editableMapping, type StagedFile } from '../../state/import-staging';
import { useAppStore } from '../../state/store';
import { KeyIcon } from './import-icons';
import { mappingFieldHint, mappingFieldLabel } from './import-labels';

/**
 * Which column feeds each field of the kind, required fields marked. A change is checked by the
 * engine at once, so the problems and the preview always show the mapping as it stands.
 */
export function MappingEditor({
  file,
  inspection,
}: {
  file: StagedFile;
  inspection: FileInspection;
}) {
  const m = useMessages();
  const change = useAppStore((state) => state.changeFileOptions);
  const mapping = editableMapping(file);
  const t = m.import.mapping;

  if (inspection.header.length === 0) return null;
  if (!mapping || inspection.targetFields.length === 0) {
    return (
      <section className="file-section" aria-label={t.title} data-testid="mapping">
        <h3 className="subheading">{t.title}</h3>
        <p className="muted">{t.chooseKindFirst}</p>
      </section>
    );
  }
  const own = inspection.targetFields.filter((f) => !f.derived);
  const derived = inspection.targetFields.filter((f) => f.derived);
  const used = new Set(mapping.fields.flatMap((f) => f.columns));
  const kept = inspection.header.filter((h) => h !== '' && !used.has(h));

  return (
    <section className="file-section" aria-label={t.title} data-testid="mapping">
      <div className="file-section-header">
        <h3 className="subheading">{t.title}</h3>
        {file.options.mapping && (
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => change(file.id, { resetMapping: true })}
          >
            {t.reset}
          </button>
        )}
      </div>
      <p className="file-section-intro">{t.intro}</p>
      <FieldGrid file={file} fields={own} mapping={mapping} header={inspection.header} />
      {derived.length > 0 && (
        <>
          <h4 className="mapping-group">{t.derived}</h4>
          <FieldGrid file={file} fields={derived} mapping={mapping} header={inspection.header} />
        </>
      )}
      <div className="mapping-kept" data-testid="kept-columns">
        <span className="mapping-kept-label">{t.kept}</span>
        {kept.length === 0 ? (
          <span className="muted">{t.keptNone}</span>
        ) : (
          kept.map((column) => (
            <span key={column} className="place-chip">
              {column}
            </span>
          ))
        )}
      </div>
    </section>
  );
}

function FieldGrid(props: {
  file: StagedFile;
  fields: readonly TargetField[];
  mapping: ImportMapping;
  header: readonly string[];
}) {
  return (
    <ul className="mapping-grid">
      {props.fields.map((field) => (
        <FieldRow
          key={field.name}
          file={props.file}
          field={field}
          entry={props.mapping.fields.find((f) => f.field === field.name)}
          kind={props.mapping.kind}
          header={props.header}
        />
      ))}
    </ul>
  );
}

function FieldRow(props: {
  file: StagedFile;
  field: TargetField;
  entry: FieldMapping | undefined;
  kind: string;
  header: readonly string[];
}) {
  const m = useMessages();
  const mapField = useAppStore((state) => state.mapField);
  const { field, entry, header } = props;
  const t = m.import.mapping;
  const label = mappingFieldLabel(m, field.name);
  const selected = entry?.columns[0] ?? '';
  const options = selected && !header.includes(selected) ? [...header, selected] : header;
  const required = field.key || field.required;
  const hint = mappingFieldHint(m, field, props.kind);
  const note =
    entry?.value !== undefined && entry.columns.length === 0
      ? t.constant(entry.value)
      : entry && entry.columns.length > 1
        ? t.combined(entry.columns.join(' + '))
        : null;
  const selectId = `${props.file.id}-map-${field.name}`;

  return (
    <li
      className={entry ? 'mapping-row is-mapped' : 'mapping-row'}
      data-field={field.name}
      data-required={required ? 'true' : 'false'}
    >
      <label className="mapping-field" htmlFor={selectId}>
        <span className="mapping-field-name">
          {label}
          {field.key && <KeyIcon />}
        </span>
        <span className="mapping-field-meta">
          {t.types[field.type]}
          {required && (
            <span className="badge badge-required">{field.key ? t.key : t.required}</span>
          )}
        </span>
        {hint && <span className="mapping-field-hint">{hint}</span>}
      </label>
      <div className="mapping-choice">
        <select
          id={selectId}
          className="select"
          value={selected}
          aria-label={t.columnFor(label)}
          aria-required={required}
          onChange={(event) =>
            mapField(
              props.file.id,
              field.name,
              event.target.value === '' ? null : event.target.value,
            )
          }
        >
          <option value="">{t.notMapped}</option>
          {options.map((column) => (
            <option key={column} value={column}>
              {column}
            </option>
          ))}
        </select>
        {note && <span className="mapping-note">{note}</span>}
      </div>
    </li>
  );
}

import { useId, type ReactNode } from 'react';
import {
  isImportKind,
  type Delimiter,
  type EncodingName,
  type FileInspection,
} from '../../../src-shared/model/import';
import { useMessages } from '../../i18n/use-i18n';
import type { StagedFile } from '../../state/import-staging';
import { useAppStore } from '../../state/store';
import { delimiterLabel, kindLabel, presetLabel } from './import-labels';

/** Kind, preset, encoding and delimiter: each as detected, and each can be chosen instead. */
export function FileSettings({
  file,
  inspection,
}: {
  file: StagedFile;
  inspection: FileInspection;
}) {
  const m = useMessages();
  const catalog = useAppStore((state) => state.importCatalog);
  const change = useAppStore((state) => state.changeFileOptions);
  if (catalog.state !== 'ready') return null;
  const { kinds, presets, encodings, delimiters } = catalog.value;
  const s = m.import.settings;
  const source = (chosen: unknown) => (chosen === undefined ? s.detected : s.yourChoice);
  const presetsOfKind = presets.filter((p) => p.kind === inspection.kind);
  // A saved mapping may name a preset of its own; it is listed so the choice shows as it is.
  const ownPreset =
    inspection.preset !== null && !presetsOfKind.some((p) => p.name === inspection.preset)
      ? inspection.preset
      : null;
  const encodingHint = {
    bom: s.fromBom,
    detected: s.detected,
    override: s.yourChoice,
  }[inspection.encodingSource];
  // The mapping has its own way back, in the mapping editor.
  const edited = Object.keys(file.options).some((option) => option !== 'mapping');
  // A file that could not be read has no columns to tell its kind by; its encoding may be the cause.
  const readable = inspection.header.length > 0;

  return (
    <div className="file-settings" role="group" aria-label={s.label}>
      {readable && (
        <Setting
          label={s.kind}
          hint={source(file.options.kind)}
          chosen={file.options.kind !== undefined}
          testId="setting-kind"
        >
          {(id) => (
            <select
              id={id}
              className="select"
              value={inspection.kind ?? ''}
              onChange={(event) => {
                const kind = event.target.value;
                if (isImportKind(kind)) change(file.id, { kind });
              }}
              data-testid="setting-kind"
            >
              {inspection.kind === null && (
                <option value="" disabled>
                  {s.chooseKind}
                </option>
              )}
              {kinds.map(({ kind }) => (
                <option key={kind} value={kind}>
                  {kindLabel(m, kind)}
                </option>
              ))}
            </select>
          )}
        </Setting>
      )}
      {readable && (
        <Setting
          label={s.preset}
          hint={source(file.options.preset)}
          chosen={file.options.preset !== undefined}
          testId="setting-preset"
        >
          {(id) => (
            <select
              id={id}
              className="select"
              value={inspection.preset ?? ''}
              disabled={presetsOfKind.length === 0 && !ownPreset}
              onChange={(event) => change(file.id, { preset: event.target.value })}
              data-testid="setting-preset"
            >
              {inspection.preset === null && (
                <option value="" disabled>
                  {s.noPreset}
                </option>
              )}
              {ownPreset && <option value={ownPreset}>{presetLabel(m, ownPreset, presets)}</option>}
              {presetsOfKind.map((preset) => (
                <option key={preset.name} value={preset.name}>
                  {presetLabel(m, preset.name, presets)}
                </option>
              ))}
            </select>
          )}
        </Setting>
      )}
      <Setting
        label={s.encoding}
        hint={encodingHint}
        chosen={inspection.encodingSource === 'override'}
        testId="setting-encoding"
      >
        {(id) => (
          <select
            id={id}
            className="select"
            value={inspection.encoding}
            onChange={(event) => {
              const encoding = encodings.find((e) => e === event.target.value);
              if (encoding) change(file.id, { encoding: encoding satisfies EncodingName });
            }}
            data-testid="setting-encoding"
          >
            {encodings.map((encoding) => (
              <option key={encoding} value={encoding}>
                {m.import.encodings[encoding]}
              </option>
            ))}
          </select>
        )}
      </Setting>
      <Setting
        label={s.delimiter}
        hint={source(file.options.delimiter)}
        chosen={file.options.delimiter !== undefined}
        testId="setting-delimiter"
      >
        {(id) => (
          <select
            id={id}
            className="select"
            value={inspection.delimiter}
            onChange={(event) => {
              const delimiter = delimiters.find((d) => d === event.target.value);
              if (delimiter) change(file.id, { delimiter: delimiter satisfies Delimiter });
            }}
            data-testid="setting-delimiter"
          >
            {delimiters.map((delimiter) => (
              <option key={delimiter} value={delimiter}>
                {delimiterLabel(m, delimiter)}
              </option>
            ))}
          </select>
        )}
      </Setting>
      {edited && (
        <button
          type="button"
          className="button button-ghost button-small file-settings-reset"
          onClick={() => change(file.id, { reset: true })}
        >
          {s.reset}
        </button>
      )}
    </div>
  );
}

function Setting(props: {
  label: string;
  hint: string;
  /** The analyst chose this instead of what was detected. */
  chosen: boolean;
  testId: string;
  children(id: string): ReactNode;
}) {
  const id = useId();
  return (
    <div className="setting" data-setting={props.testId}>
      <span className="setting-top">
        <label className="setting-label" htmlFor={id}>
          {props.label}
        </label>
        <span
          className={props.chosen ? 'setting-hint is-chosen' : 'setting-hint'}
          data-testid={`${props.testId}-hint`}
        >
          {props.hint}
        </span>
      </span>
      {props.children(id)}
    </div>
  );
}

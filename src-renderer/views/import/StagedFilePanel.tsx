import type { ReactNode } from 'react';
import type { FileInspection } from '../../../src-shared/model/import';
import { ErrorNotice } from '../../feedback/ErrorNotice';
import { ProgressBar } from '../../feedback/ProgressBar';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { editableMapping, type StagedFile } from '../../state/import-staging';
import { useAppStore } from '../../state/store';
import { FileSettings } from './FileSettings';
import { FileTableIcon } from './import-icons';
import { MappingEditor } from './MappingEditor';
import { PreviewTable } from './PreviewTable';
import { ProblemList } from './ProblemList';
import './import-mapping.css';

/** One waiting file: how it is read, what is wrong with it, its mapping and its first rows. */
export function StagedFilePanel({ file }: { file: StagedFile }) {
  const m = useMessages();
  const running = useAppStore((state) => state.importJob !== null);
  const remove = useAppStore((state) => state.removeStagedFile);
  const inspect = useAppStore((state) => state.inspectStagedFile);
  const inspection = file.inspection;
  const busy = file.status === 'handing-over' || file.status === 'inspecting';

  return (
    <>
      <FileHeader file={file} inspection={inspection} busy={busy}>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => remove(file.id)}
          disabled={running}
          aria-label={m.import.staged.removeFile(file.fileName)}
        >
          {m.import.staged.remove}
        </button>
      </FileHeader>
      {file.status === 'failed' && file.error && (
        <ErrorNotice
          title={m.import.staged.inspectFailed}
          error={file.error}
          retryLabel={m.app.retry}
          onRetry={() => void inspect(file.id)}
        />
      )}
      {!inspection && busy && (
        <div className="file-checking">
          <ProgressBar label={m.import.staged.inspecting} done={null} total={null} />
        </div>
      )}
      {inspection && (
        <fieldset className="file-body" disabled={running} aria-busy={busy}>
          <FileSettings file={file} inspection={inspection} />
          <ProblemList inspection={inspection} />
          <PreviewTable inspection={inspection} draft={editableMapping(file)} />
          <MappingEditor file={file} inspection={inspection} />
        </fieldset>
      )}
    </>
  );
}

function FileHeader(props: {
  file: StagedFile;
  inspection: FileInspection | null;
  busy: boolean;
  children: ReactNode;
}) {
  const m = useMessages();
  const format = useFormat();
  const { file, inspection, busy } = props;
  const meta =
    inspection && inspection.header.length > 0
      ? m.import.file.meta(format.bytes(inspection.size), format.integer(inspection.header.length))
      : null;
  const status = busy
    ? file.status === 'handing-over'
      ? m.import.staged.handingOver
      : m.import.file.rechecking
    : inspection?.mapping
      ? m.import.file.mappingSource[inspection.mappingSource]
      : null;
  return (
    <div className="file-header">
      <span className="file-header-icon">
        <FileTableIcon />
      </span>
      <p className="file-header-text">
        <span className="file-header-name">{file.fileName}</span>
        <span className="file-header-meta">{[meta, status].filter(Boolean).join(' · ')}</span>
      </p>
      {props.children}
    </div>
  );
}

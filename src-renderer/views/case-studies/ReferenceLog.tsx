import { useMemo, useState } from 'react';
import {
  referenceKinds,
  referenceOutcomes,
  type ReferenceKind,
  type ReferenceOutcome,
  type ReferenceRequest,
} from '../../../src-shared/model/analysis/case-studies';
import { useChannel } from '../../api/use-channel';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AccountLink } from '../../results/AccountLink';
import { ExportMenu, tableExportRequest } from '../../table/ExportMenu';
import { MemoryTable } from '../../table/MemoryTable';
import type { TableColumn } from '../../table/table-types';

/** Every reference request logged, newest first, filtered by its outcome and what was asked. */
export function ReferenceLog({ version, names }: { version: number; names: Map<string, string> }) {
  const m = useMessages();
  const format = useFormat();
  const t = m.caseStudies.log;
  const actions = m.advocates.actions;
  const requests = useChannel('analysis:reference-requests', {}, version);
  const [outcome, setOutcome] = useState<ReferenceOutcome | ''>('');
  const [kind, setKind] = useState<ReferenceKind | ''>('');
  const rows = useMemo(
    () =>
      (requests ?? []).filter(
        (r) => (outcome === '' || r.outcome === outcome) && (kind === '' || r.kind === kind),
      ),
    [requests, outcome, kind],
  );
  const h = t.columns;
  const none = <span className="muted">{m.common.none}</span>;
  const columns: TableColumn<ReferenceRequest>[] = [
    {
      id: 'askedAt',
      header: h.askedAt,
      width: '7rem',
      minWidth: 112,
      cell: (r) => format.date(r.askedAt),
      sortValue: (r) => r.askedAt,
    },
    {
      id: 'account',
      header: h.account,
      width: 'minmax(10rem, 1.4fr)',
      minWidth: 160,
      cell: (r) => <AccountLink accountId={r.accountId} name={names.get(r.accountId) ?? null} />,
      sortValue: (r) => names.get(r.accountId) ?? r.accountId,
    },
    {
      id: 'contact',
      header: h.contact,
      width: 'minmax(8rem, 1fr)',
      minWidth: 128,
      cell: (r) => r.contactName ?? none,
      sortValue: (r) => r.contactName,
    },
    {
      id: 'kind',
      header: h.kind,
      width: '8rem',
      minWidth: 128,
      cell: (r) => actions.kinds[r.kind],
      sortValue: (r) => r.kind,
    },
    {
      id: 'askedBy',
      header: h.askedBy,
      width: 'minmax(7rem, 1fr)',
      minWidth: 112,
      cell: (r) => r.askedBy ?? none,
      sortValue: (r) => r.askedBy,
    },
    {
      id: 'outcome',
      header: h.outcome,
      width: '7.5rem',
      minWidth: 120,
      cell: (r) => (
        <span className={`outcome outcome-${r.outcome}`}>{actions.outcomes[r.outcome]}</span>
      ),
      sortValue: (r) => r.outcome,
    },
    {
      id: 'note',
      header: h.note,
      width: 'minmax(10rem, 2fr)',
      minWidth: 160,
      cell: (r) => r.note ?? none,
      sortValue: (r) => r.note,
    },
  ];
  return (
    <section className="card card-flush" aria-label={t.title} data-testid="reference-log">
      <div className="table-toolbar">
        <div className="table-toolbar-title">
          <h3>{t.title}</h3>
          <span className="table-toolbar-count">{t.intro}</span>
        </div>
        <div className="table-toolbar-actions reference-log-filters">
          <ExportMenu
            title={t.title}
            testId="export-reference-log"
            request={tableExportRequest(t.title, columns, rows)}
          />
          <label>
            {t.outcome}
            <select
              value={outcome}
              onChange={(event) => setOutcome(event.target.value as ReferenceOutcome | '')}
              data-testid="log-outcome"
            >
              <option value="">{t.all}</option>
              {referenceOutcomes.map((o) => (
                <option key={o} value={o}>
                  {actions.outcomes[o]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.kind}
            <select
              value={kind}
              onChange={(event) => setKind(event.target.value as ReferenceKind | '')}
              data-testid="log-kind"
            >
              <option value="">{t.all}</option>
              {referenceKinds.map((k) => (
                <option key={k} value={k}>
                  {actions.kinds[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <MemoryTable
        testId="reference-table"
        label={t.title}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.id)}
        initialSort={{ column: 'askedAt', direction: 'descending' }}
        maxHeight={320}
        empty={requests?.length ? t.noMatch : t.empty}
      />
    </section>
  );
}

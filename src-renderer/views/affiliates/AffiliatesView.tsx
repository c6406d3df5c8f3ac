import { useCallback, useMemo, useState } from 'react';
import { ResultsGate } from '../../analysis/ResultsGate';
import { useChannel } from '../../api/use-channel';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { navigateTo } from '../../shell/navigation';
import { emptyListView } from '../../state/list-views-slice';
import { useAppStore } from '../../state/store';
import { ExportMenu, tableExportRequest } from '../../table/ExportMenu';
import { MemoryTable } from '../../table/MemoryTable';
import { bubbleOption, roiOption } from './affiliate-chart-options';
import { partnerColumns } from './partner-columns';
import { partnerTableRows, partnerValues } from './partner-rows';
import { PartnerDetail } from './PartnerDetail';
import './affiliates.css';

const VIEW = 'affiliates';

/**
 * Every affiliate partner with every figure of the partner report beside the non-referred
 * baseline, filtered by type and status; ROI and LTV-against-churn charts; a partner opens its
 * retention against the baseline with the sBG projection, its customers and its advocates.
 */
export function AffiliatesView() {
  const m = useMessages();
  const format = useFormat();
  const summary = useAppStore((state) => state.summary);
  const asOf = summary.state === 'ready' ? summary.value.stamp.asOf : null;
  return (
    <div className="view affiliates" data-testid="affiliates">
      <header className="view-header">
        <h1 className="view-title">{m.affiliates.title}</h1>
        {asOf && <p className="view-subtitle">{m.affiliates.intro(format.date(asOf))}</p>}
      </header>
      <ResultsGate>
        <AffiliatesBody />
      </ResultsGate>
    </div>
  );
}

function AffiliatesBody() {
  const m = useMessages();
  const format = useFormat();
  const t = m.affiliates;
  const version = useAppStore((s) => s.resultsVersion);
  const state = useAppStore((s) => s.listViews[VIEW] ?? emptyListView);
  const update = useAppStore((s) => s.updateListView);
  const report = useChannel('analysis:affiliates', { recruits: 1000 }, version);
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const currency = report?.currency ?? 'USD';
  const rows = useMemo(
    () => (report ? partnerTableRows(report, t.baseline, type, status) : []),
    [report, t, type, status],
  );
  const columns = useMemo(() => partnerColumns(m, format, currency), [m, format, currency]);
  const roi = useCallback(
    (palette: ChartPalette) => roiOption(rows, palette, m, format),
    [rows, m, format],
  );
  const bubble = useCallback(
    (palette: ChartPalette) => bubbleOption(rows, currency, palette, m, format),
    [rows, currency, m, format],
  );
  if (!report) return null;
  const selected = report.partners.find((p) => p.partnerId === state.selected) ?? null;
  const partnerCount = rows.length - 1;
  const c = t.charts;
  const openRecruits = () => {
    update('advocates', { mode: 'recruits', selected: null, scrollTop: 0 });
    navigateTo('advocates');
  };
  const select = (
    label: string,
    value: string,
    values: string[],
    set: (v: string) => void,
    id: string,
  ) => (
    <label className="affiliates-filter">
      {label}
      <select value={value} onChange={(event) => set(event.target.value)} data-testid={id}>
        <option value="">{t.all}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <div className="affiliates-toolbar">
        {select(t.type, type, partnerValues(report, 'type'), setType, 'partner-type')}
        {select(t.status, status, partnerValues(report, 'status'), setStatus, 'partner-status')}
        <button
          type="button"
          className="button button-secondary affiliates-recruits"
          onClick={openRecruits}
          data-testid="open-recruits"
        >
          {t.recruits(format.integer(report.recruits.length))}
        </button>
      </div>
      <p className="view-note">
        {t.assumptions(format.percent(report.grossMargin), format.percent(report.discountRate))}{' '}
        {rows.some((r) => r.row.sbgShrunk) && t.shrunkNote}
      </p>
      <section className="card card-flush affiliates-table" aria-label={t.tableLabel}>
        <div className="table-toolbar">
          <div className="table-toolbar-title">
            <h3>{t.tableLabel}</h3>
          </div>
          <div className="table-toolbar-actions">
            <ExportMenu
              title={t.title}
              testId="export-partners"
              request={tableExportRequest(t.title, columns, rows)}
            />
          </div>
        </div>
        <MemoryTable
          testId="partner-table"
          label={t.tableLabel}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          activeKey={state.selected}
          onActiveChange={(key) => update(VIEW, { selected: key })}
          onOpen={(r) => update(VIEW, { selected: r.key })}
          rowClassName={(r) => (r.partner ? undefined : 'is-baseline')}
          maxHeight={400}
          empty={m.table.noMatch}
        />
      </section>
      <div className="affiliates-charts">
        <div className="card">
          <Chart
            title={c.roiTitle}
            description={c.roiDescription}
            summary={c.roiSummary(format.integer(partnerCount))}
            minHeight={Math.max(220, 22 * partnerCount + 40)}
            option={roi}
            testId="partner-roi"
          />
        </div>
        <div className="card">
          <Chart
            title={c.bubbleTitle}
            description={c.bubbleDescription}
            summary={c.bubbleSummary(format.integer(partnerCount))}
            minHeight={Math.max(220, 22 * partnerCount + 40)}
            option={bubble}
            testId="partner-bubbles"
          />
        </div>
      </div>
      {selected ? (
        <PartnerDetail
          partner={selected}
          baseline={report.baseline}
          baselineLabel={t.baseline}
          version={version}
          currency={currency}
        />
      ) : (
        <p className="muted">{t.detail.choose}</p>
      )}
    </>
  );
}

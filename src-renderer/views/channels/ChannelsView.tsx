import { useCallback, useMemo, useState } from 'react';
import { ResultsGate } from '../../analysis/ResultsGate';
import { useChannel } from '../../api/use-channel';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { emptyListView } from '../../state/list-views-slice';
import { useAppStore } from '../../state/store';
import { ExportMenu, tableExportRequest } from '../../table/ExportMenu';
import { MemoryTable } from '../../table/MemoryTable';
import { advocateRateOption, kmOption, ltvOption } from './channel-chart-options';
import { channelColumns } from './channel-columns';
import { channelTableRows } from './channel-rows';
import { ChannelDetail } from './ChannelDetail';
import './channels.css';

const VIEW = 'channels';

/**
 * Every acquisition channel beside the non-referred baseline: who came, how many stay, what they
 * are worth and how they advocate, with charts of the advocate rate, LTV and retention; a channel
 * opens its customers and its churn by month.
 */
export function ChannelsView() {
  const m = useMessages();
  const format = useFormat();
  const summary = useAppStore((state) => state.summary);
  const asOf = summary.state === 'ready' ? summary.value.stamp.asOf : null;
  return (
    <div className="view channels" data-testid="channels">
      <header className="view-header">
        <h1 className="view-title">{m.channels.title}</h1>
        {asOf && <p className="view-subtitle">{m.channels.intro(format.date(asOf))}</p>}
      </header>
      <ResultsGate>
        <ChannelsBody />
      </ResultsGate>
    </div>
  );
}

function ChannelsBody() {
  const m = useMessages();
  const format = useFormat();
  const t = m.channels;
  const version = useAppStore((s) => s.resultsVersion);
  const state = useAppStore((s) => s.listViews[VIEW] ?? emptyListView);
  const update = useAppStore((s) => s.updateListView);
  const report = useChannel('analysis:channels', {}, version);
  const [bands, setBands] = useState(false);
  const currency = report?.currency ?? 'USD';
  const rows = useMemo(() => (report ? channelTableRows(report, t.baseline) : []), [report, t]);
  const columns = useMemo(() => channelColumns(m, format, currency), [m, format, currency]);
  const channelRows = useMemo(() => rows.filter((r) => !r.baseline), [rows]);
  const advocate = useCallback(
    (palette: ChartPalette) => advocateRateOption(rows, palette, m, format),
    [rows, m, format],
  );
  const ltv = useCallback(
    (palette: ChartPalette) => ltvOption(rows, currency, palette, m, format),
    [rows, currency, m, format],
  );
  const km = useCallback(
    (palette: ChartPalette) =>
      kmOption(
        rows.map((r) => ({ label: r.label, km: r.row.retentionCurve })),
        bands,
        palette,
        m,
        format,
      ),
    [rows, bands, m, format],
  );
  if (!report) return null;
  const selected = rows.find((r) => r.key === state.selected) ?? null;
  const c = t.charts;
  return (
    <>
      <p className="view-note channels-assumptions">
        {t.assumptions(format.percent(report.grossMargin), format.percent(report.discountRate))}
        {report.excludedCurrencies.length > 0 &&
          ` ${t.leftOut(format.list(report.excludedCurrencies))}`}
      </p>
      <section className="card card-flush channels-table" aria-label={t.tableLabel}>
        <div className="table-toolbar">
          <div className="table-toolbar-title">
            <h3>{t.tableLabel}</h3>
          </div>
          <div className="table-toolbar-actions">
            <ExportMenu
              title={t.title}
              testId="export-channels"
              request={tableExportRequest(t.title, columns, rows)}
            />
          </div>
        </div>
        <MemoryTable
          testId="channel-table"
          label={t.tableLabel}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          activeKey={state.selected}
          onActiveChange={(key) => update(VIEW, { selected: key })}
          onOpen={(r) => update(VIEW, { selected: r.key })}
          rowClassName={(r) => (r.baseline ? 'is-baseline' : undefined)}
          maxHeight={360}
          empty={m.table.empty}
        />
      </section>
      <div className="channels-charts">
        <div className="card">
          <Chart
            title={c.advocateTitle}
            description={c.advocateDescription}
            summary={c.advocateSummary(format.integer(channelRows.length))}
            minHeight={220}
            option={advocate}
            testId="channel-advocate-rate"
          />
        </div>
        <div className="card">
          <Chart
            title={c.ltvTitle}
            description={c.ltvDescription}
            summary={c.ltvSummary(format.integer(rows.length))}
            minHeight={220}
            option={ltv}
            testId="channel-ltv"
          />
        </div>
      </div>
      <div className="card channels-km">
        <label className="channels-bands">
          <input
            type="checkbox"
            checked={bands}
            onChange={(event) => setBands(event.target.checked)}
            data-testid="km-bands"
          />
          {c.bands}
        </label>
        <Chart
          title={c.kmTitle}
          description={c.kmDescription}
          summary={c.kmSummary(format.integer(rows.length))}
          minHeight={300}
          option={km}
          testId="channel-km"
        />
      </div>
      {selected ? (
        <ChannelDetail row={selected} version={version} currency={currency} />
      ) : (
        <p className="muted channels-choose">{t.detail.choose}</p>
      )}
    </>
  );
}

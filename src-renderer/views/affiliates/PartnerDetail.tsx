import { useCallback, useMemo } from 'react';
import type { BaselineRow, PartnerRow } from '../../../src-shared/model/analysis/economics';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AccountsTable } from '../../results/AccountsTable';
import { kmOption } from '../channels/channel-chart-options';
import { referredAdvocatesQuery, referredQuery } from './partner-rows';
import { sbgSurvival } from './sbg-survival';

const PROJECTED_MONTHS = 36;

/** The partner picked: its retention against the baseline with the sBG projection, its customers. */
export function PartnerDetail({
  partner,
  baseline,
  baselineLabel,
  version,
  currency,
}: {
  partner: PartnerRow;
  baseline: BaselineRow;
  baselineLabel: string;
  version: number;
  currency: string;
}) {
  const m = useMessages();
  const format = useFormat();
  const t = m.affiliates;
  const label = partner.name ?? partner.partnerId;
  const projection = useMemo(
    () =>
      partner.sbgAlpha !== null && partner.sbgBeta !== null
        ? {
            label: t.charts.projection(label),
            survival: sbgSurvival(partner.sbgAlpha, partner.sbgBeta, PROJECTED_MONTHS),
          }
        : undefined,
    [partner, label, t],
  );
  const option = useCallback(
    (palette: ChartPalette) =>
      kmOption(
        [
          { label, km: partner.retentionCurve },
          { label: baselineLabel, km: baseline.retentionCurve },
        ],
        true,
        palette,
        m,
        format,
        projection,
      ),
    [partner, baseline, label, baselineLabel, m, format, projection],
  );
  const p = partner.logRankPVersusBaseline;
  const pText = p === null ? m.common.none : p < 0.001 ? '< 0.001' : format.decimal(p, 3);
  return (
    <div className="partner-detail" data-testid="partner-detail" data-partner={partner.partnerId}>
      <p className="view-note partner-grade">{t.detail.grade(partner.gradeReason)}</p>
      <div className="card partner-km">
        <Chart
          title={t.charts.kmTitle(label)}
          description={t.charts.kmDescription(pText)}
          summary={t.charts.kmSummary}
          minHeight={260}
          option={option}
          testId="partner-km"
        />
      </div>
      <div className="partner-lists">
        <AccountsTable
          title={t.detail.customers(label)}
          query={referredQuery(partner.partnerId)}
          version={version}
          currency={currency}
          testId="partner-customers"
        />
        <AccountsTable
          title={t.detail.advocates(label)}
          query={referredAdvocatesQuery(partner.partnerId)}
          version={version}
          currency={currency}
          testId="partner-advocates"
        />
      </div>
    </div>
  );
}

import { useCallback, useMemo } from 'react';
import type { RiskModelSummary } from '../../../src-shared/model/analysis/risk';
import { riskModelReliable } from '../../../src-shared/model/analysis/risk-reliability';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { calibrationOption } from './calibration-option';
import { featureName } from './risk-reasons';

/**
 * The model card: how well the model ranks accounts it never saw, what it learned from, its
 * calibration, and each feature's coefficient, largest effect first.
 */
export function RiskModelCard({ model }: { model: RiskModelSummary }) {
  const m = useMessages();
  const format = useFormat();
  const t = m.atRisk.model;
  const bands = useMemo(() => model.calibration ?? [], [model]);
  const option = useCallback(
    (palette: ChartPalette) => calibrationOption(bands, palette, m, format),
    [bands, m, format],
  );
  const coefficients = [...model.features].sort(
    (a, b) =>
      Math.abs(b.coefficient) - Math.abs(a.coefficient) || a.feature.localeCompare(b.feature),
  );
  const largest = Math.max(1e-9, ...coefficients.map((c) => Math.abs(c.coefficient)));
  const facts = [
    {
      id: 'auc',
      label: t.auc,
      value: model.heldOutAuc === null ? m.common.none : format.decimal(model.heldOutAuc, 3),
      caption: t.aucCaption,
    },
    {
      id: 'training',
      label: t.training,
      value: format.integer(model.trainingAccounts),
      caption: t.trainingCaption(format.integer(model.trainingChurners)),
    },
    {
      id: 'held-out',
      label: t.heldOut,
      value: format.integer(model.heldOutAccounts),
      caption: t.heldOutCaption,
    },
  ];
  return (
    <section className="card risk-model" aria-label={t.title} data-testid="risk-model">
      <header className="risk-model-header">
        <h3 className="card-title">{t.title}</h3>
        {!riskModelReliable(model) && (
          <span className="risk-model-badge" data-testid="risk-model-badge">
            {m.atRisk.reliability.badge}
          </span>
        )}
      </header>
      <div className="risk-model-grid">
        <div className="risk-model-facts">
          <dl>
            {facts.map((f) => (
              <div key={f.id} className="risk-model-fact" data-fact={f.id}>
                <dt>{f.label}</dt>
                <dd>
                  <span className="risk-model-fact-value">{f.value}</span>
                  <span className="risk-model-fact-caption">{f.caption}</span>
                </dd>
              </div>
            ))}
          </dl>
          <p className="muted risk-model-trained">
            {t.trainedAt(format.date(model.trainedAt), format.integer(model.horizonDays))}
          </p>
        </div>
        <div className="risk-model-calibration">
          {bands.length > 0 ? (
            <Chart
              title={t.calibrationTitle}
              description={t.calibrationDescription}
              summary={t.calibrationSummary(format.integer(bands.length))}
              minHeight={230}
              option={option}
              testId="risk-calibration"
            />
          ) : (
            <p className="muted">{t.noCalibration}</p>
          )}
        </div>
        <div className="risk-model-coefficients">
          <h4>{t.coefficients}</h4>
          <p className="muted">{t.coefficientsCaption}</p>
          <table className="risk-coefficients" data-testid="risk-coefficients">
            <thead>
              <tr>
                <th scope="col">{t.feature}</th>
                <th scope="col" className="numeric">
                  {t.coefficient}
                </th>
              </tr>
            </thead>
            <tbody>
              {coefficients.map((c) => (
                <tr key={c.feature} data-feature={c.feature} data-coefficient={c.coefficient}>
                  <th scope="row">{featureName(c.feature, m)}</th>
                  <td className="numeric">
                    <span
                      className={`coefficient-bar ${c.coefficient > 0 ? 'reason-raises' : 'reason-lowers'}`}
                      style={{ width: `${(Math.abs(c.coefficient) / largest) * 100}%` }}
                      aria-hidden="true"
                    />
                    <span className="coefficient-value">
                      {`${c.coefficient > 0 ? '+' : ''}${format.decimal(c.coefficient, 2)}`}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

import { useId } from 'react';
import type { WorkspaceSettings } from '../../../src-shared/model/analysis/settings';
import type { AppError } from '../../../src-shared/result';
import { useMessages } from '../../i18n/use-i18n';
import { SegmentedControl } from '../../shell/SegmentedControl';
import { NumberField } from './NumberField';
import { SectionError } from './SectionError';

export type SettingsChange = Partial<{
  grossMargin: number;
  discountRate: number;
  crcPerAccountMonth: number | null;
  crcMonthlyTotal: number | null;
  crcAllocation: 'equal' | 'tickets';
  baseCurrency: string;
  rates: Record<string, number | null>;
}>;

/** A share 0–1 as the percentage typed, without the float noise of ×100 (0.07 × 100). */
export const asPercent = (share: number): number => Math.round(share * 1e6) / 1e4;

type CostMode = 'none' | 'perAccount' | 'monthlyTotal';

/** Gross margin, discount rate and the customer-success cost with its allocation. */
export function MoneySection({
  settings,
  onChange,
  error,
}: {
  settings: WorkspaceSettings;
  onChange(change: SettingsChange): Promise<boolean>;
  error: AppError | null;
}) {
  const m = useMessages();
  const t = m.settings.money;
  const titleId = useId();
  const mode: CostMode =
    settings.crcPerAccountMonth !== null
      ? 'perAccount'
      : settings.crcMonthlyTotal !== null
        ? 'monthlyTotal'
        : 'none';
  const chooseMode = (next: CostMode) => {
    if (next === 'none') void onChange({ crcPerAccountMonth: null, crcMonthlyTotal: null });
    else if (next === 'perAccount')
      onChange({ crcPerAccountMonth: settings.crcPerAccountMonth ?? 0 });
    else void onChange({ crcMonthlyTotal: settings.crcMonthlyTotal ?? 0 });
  };
  return (
    <section
      className="card settings-section"
      aria-labelledby={titleId}
      data-testid="settings-money"
    >
      <h2 id={titleId} className="card-title">
        {t.title}
      </h2>
      <p className="muted settings-intro">{t.intro}</p>
      <div className="form settings-form">
        <label htmlFor="gross-margin">{t.margin}</label>
        <NumberField
          id="gross-margin"
          value={asPercent(settings.grossMargin)}
          suffix="%"
          min={0}
          max={100}
          testId="gross-margin"
          onCommit={(value) => onChange({ grossMargin: (value ?? 0) / 100 })}
        />
        <label htmlFor="discount-rate">{t.discount}</label>
        <NumberField
          id="discount-rate"
          value={asPercent(settings.discountRate)}
          suffix="%"
          min={0}
          max={100}
          testId="discount-rate"
          onCommit={(value) => onChange({ discountRate: (value ?? 0) / 100 })}
        />
      </div>
      <h3 className="settings-subtitle">{t.costTitle}</h3>
      {settings.csCostsImported && <p className="notice">{t.importedCosts}</p>}
      <div className="form settings-form">
        <span>{t.costMode}</span>
        <SegmentedControl<CostMode>
          legend={t.costMode}
          testId="cost-mode"
          value={mode}
          onChange={chooseMode}
          options={[
            { value: 'none', label: t.modes.none },
            { value: 'perAccount', label: t.modes.perAccount },
            { value: 'monthlyTotal', label: t.modes.monthlyTotal },
          ]}
        />
        {mode === 'perAccount' && (
          <>
            <label htmlFor="cost-amount">{t.perAccount(settings.baseCurrency)}</label>
            <NumberField
              id="cost-amount"
              value={settings.crcPerAccountMonth}
              testId="cost-amount"
              onCommit={(value) => onChange({ crcPerAccountMonth: value ?? 0 })}
            />
          </>
        )}
        {mode === 'monthlyTotal' && (
          <>
            <label htmlFor="cost-amount">{t.monthlyTotal(settings.baseCurrency)}</label>
            <NumberField
              id="cost-amount"
              value={settings.crcMonthlyTotal}
              testId="cost-amount"
              onCommit={(value) => onChange({ crcMonthlyTotal: value ?? 0 })}
            />
          </>
        )}
        <span>{t.allocation}</span>
        <SegmentedControl<'equal' | 'tickets'>
          legend={t.allocation}
          testId="cost-allocation"
          value={settings.crcAllocation}
          onChange={(crcAllocation) => void onChange({ crcAllocation })}
          options={[
            { value: 'equal', label: t.allocations.equal },
            { value: 'tickets', label: t.allocations.tickets },
          ]}
        />
      </div>
      <SectionError error={error} />
    </section>
  );
}

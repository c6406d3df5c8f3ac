import { useId, useState } from 'react';
import type { WorkspaceSettings } from '../../../src-shared/model/analysis/settings';
import type { AppError } from '../../../src-shared/result';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import type { SettingsChange } from './MoneySection';
import { NumberField } from './NumberField';
import { SectionError } from './SectionError';

/**
 * The base currency and a rate for every other currency the data uses: an amount in a currency
 * without a rate is left out of money figures, and the table says which are.
 */
export function CurrencySection({
  settings,
  onChange,
  error,
}: {
  settings: WorkspaceSettings;
  onChange(change: SettingsChange): Promise<boolean>;
  error: AppError | null;
}) {
  const m = useMessages();
  const format = useFormat();
  const t = m.settings.currency;
  const titleId = useId();
  const [base, setBase] = useState(settings.baseCurrency);
  const [shownBase, setShownBase] = useState(settings.baseCurrency);
  if (shownBase !== settings.baseCurrency) {
    setShownBase(settings.baseCurrency);
    setBase(settings.baseCurrency);
  }
  const commitBase = () => {
    const code = base.trim().toUpperCase();
    if (code !== settings.baseCurrency) void onChange({ baseCurrency: code });
  };
  return (
    <section
      className="card settings-section"
      aria-labelledby={titleId}
      data-testid="settings-currency"
    >
      <h2 id={titleId} className="card-title">
        {t.title}
      </h2>
      <p className="muted settings-intro">{t.intro}</p>
      <div className="form settings-form">
        <label htmlFor="base-currency">{t.base}</label>
        <input
          id="base-currency"
          className="currency-code"
          value={base}
          maxLength={3}
          list="currencies-in-data"
          data-testid="base-currency"
          onChange={(event) => setBase(event.target.value)}
          onBlur={commitBase}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitBase();
          }}
        />
        <datalist id="currencies-in-data">
          {settings.currencies.map((c) => (
            <option key={c.code} value={c.code} />
          ))}
        </datalist>
      </div>
      <table className="currency-table" aria-label={t.tableLabel} data-testid="currency-table">
        <thead>
          <tr>
            <th scope="col">{t.code}</th>
            <th scope="col" className="numeric">
              {t.rows}
            </th>
            <th scope="col">{t.rate(settings.baseCurrency)}</th>
            <th scope="col">{m.settings.currency.counted}</th>
          </tr>
        </thead>
        <tbody>
          {settings.currencies.map((c) => (
            <tr key={c.code} data-currency={c.code}>
              <th scope="row">
                <label htmlFor={`rate-${c.code}`}>{c.code}</label>
              </th>
              <td className="numeric">{format.integer(c.rows)}</td>
              <td>
                {c.isBase ? (
                  <span className="muted">{t.isBase}</span>
                ) : (
                  <NumberField
                    id={`rate-${c.code}`}
                    value={c.rate}
                    allowEmpty
                    placeholder={t.ratePlaceholder}
                    testId={`rate-${c.code}`}
                    onCommit={(rate) => onChange({ rates: { [c.code]: rate } })}
                  />
                )}
              </td>
              <td>
                {c.isBase || c.rate !== null ? (
                  <span className="badge badge-positive" data-testid={`counted-${c.code}`}>
                    {t.counted}
                  </span>
                ) : (
                  <span className="badge badge-warning" data-testid={`left-out-${c.code}`}>
                    {t.leftOut}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SectionError error={error} />
    </section>
  );
}

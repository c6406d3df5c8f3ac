import type { WorkspaceSettings } from '../../../src-shared/model/analysis/settings';
import { show, textTable } from './text-table';

function costLine(s: WorkspaceSettings): string {
  const setting =
    s.crcPerAccountMonth !== null
      ? `${show.money(s.crcPerAccountMonth)} ${s.baseCurrency} per active account-month`
      : s.crcMonthlyTotal !== null
        ? `${show.money(s.crcMonthlyTotal)} ${s.baseCurrency} a month for the whole base`
        : 'none set';
  if (!s.csCostsImported) return setting;
  return `the imported customer-success costs (cs_costs)${setting === 'none set' ? '' : `; the setting (${setting}) applies only without them`}`;
}

/** The settings every analysis reads, and the currencies of the data with their rates. */
export function formatWorkspaceSettings(s: WorkspaceSettings): string {
  return [
    'Workspace settings (every analysis reads them; a change makes stored results stale).',
    '',
    `Gross margin            ${show.percent(s.grossMargin, 1)}`,
    `Discount rate           ${show.percent(s.discountRate, 1)} a year`,
    `Customer-success cost   ${costLine(s)}`,
    `Cost allocation         ${s.crcAllocation === 'tickets' ? 'by ticket load' : 'equal shares'}`,
    `NPS window              ${s.npsWindowDays} days`,
    `Base currency           ${s.baseCurrency}`,
    '',
    textTable(s.currencies, [
      { header: 'currency', value: (c) => c.code },
      { header: 'rows', value: (c) => show.int(c.rows), align: 'right' },
      {
        header: `rate (${s.baseCurrency} per unit)`,
        value: (c) => (c.isBase ? 'base' : c.rate === null ? '–' : String(c.rate)),
        align: 'right',
      },
      {
        header: 'money figures',
        value: (c) => (c.isBase || c.rate !== null ? 'counted' : 'left out: no rate'),
      },
    ]),
  ].join('\n');
}

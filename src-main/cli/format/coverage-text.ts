import type { DataCoverage } from '../../../src-shared/model/coverage';
import type { SourceKind } from '../../../src-shared/model/sources';

const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(0)}%`);

/** The coverage report as a terminal table. */
export function formatCoverage(coverage: DataCoverage, order: readonly SourceKind[]): string {
  const lines = [
    `Accounts: ${coverage.accounts}   Stage: ${coverage.maturity.stage} (${percent(coverage.maturity.score)} of core sources)`,
    '',
    `${'source'.padEnd(15)}${'rows'.padStart(10)}${'accounts'.padStart(10)}${'share'.padStart(7)}  ${'dates'.padEnd(23)}${'orphans'.padStart(8)}  empty fields`,
  ];
  for (const kind of order) {
    const s = coverage.sources.find((c) => c.kind === kind);
    if (!s) continue;
    const dates = s.dateRange ? `${s.dateRange.from}…${s.dateRange.to}` : '–';
    const empty = s.emptyFields
      .slice(0, 4)
      .map((f) => `${f.field} ${percent(f.emptyShare)}`)
      .join(', ');
    lines.push(
      `${kind.padEnd(15)}${String(s.rows).padStart(10)}${String(s.accountsCovered ?? '–').padStart(10)}${percent(s.accountShare).padStart(7)}  ${dates.padEnd(23)}${String(s.orphans).padStart(8)}  ${empty}`,
    );
  }
  if (coverage.nextImport) {
    lines.push(
      '',
      `Next import that adds most: ${coverage.nextImport.kind} (${coverage.nextImport.unlocks.join(', ')})`,
    );
  }
  return lines.join('\n');
}

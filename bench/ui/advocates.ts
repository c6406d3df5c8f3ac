import Database from 'better-sqlite3';
import { advocatesList } from '../../src-main/analysis/lists/advocates-list';
import { pageStatements } from '../../src-main/analysis/lists/list-query';
import type { ListQuery } from '../../src-shared/model/lists';
import { inlined, shellMs } from './shell-peer';
import { median, openUi, type UiSession } from './ui-session';

/**
 * The Advocates view on an analysed workspace, in Chromium against the harness (DESIGN section 9,
 * issue 10's budgets): from navigation to the table's first rows painted (about 1 s), a sort by
 * another column and a filter by a channel (under 300 ms each). Each is printed beside its peer:
 * the same statements (the page's keys and the count of all matches) in the `sqlite3` shell.
 *
 *   npx tsx bench/ui/advocates.ts WORKSPACE [RUNS]
 */
const [workspace, runsText = '5'] = process.argv.slice(2);
if (!workspace) throw new Error('usage: advocates.ts WORKSPACE [RUNS]');
const runs = Number(runsText);

const rowSelector = '[data-testid="advocate-table"] .data-table-row[data-key]';

/**
 * Time in the page from an action to the table showing settled rows whose first key differs from
 * `before`, and the frame that paints them. The script runs in the page as written (the page's
 * content security policy allows no `eval`, so the action is part of the script).
 */
async function timeUntilRows(ui: UiSession, action: string, before: string | null) {
  const script = `(async () => {
    const selector = ${JSON.stringify(rowSelector)};
    const before = ${JSON.stringify(before)};
    const settled = () => {
      const table = document.querySelector('[data-testid="advocate-table"]');
      const first = document.querySelector(selector);
      return table?.getAttribute('aria-busy') === 'false' && first !== null &&
        first.getAttribute('data-key') !== before;
    };
    const started = performance.now();
    ${action};
    while (!settled()) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - started;
  })()`;
  return (await ui.page.evaluate(script)) as number;
}

const firstKey = (ui: UiSession) => ui.page.locator(rowSelector).first().getAttribute('data-key');

const db = new Database(workspace, { readonly: true });
const channel = db
  .prepare(
    'SELECT channel FROM account_metrics WHERE channel IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
  )
  .pluck()
  .get() as string;
const accounts = db.prepare('SELECT count(*) FROM advocate_scores').pluck().get() as number;
db.close();

const peer = (query: ListQuery) => {
  const s = pageStatements(advocatesList, query, 0, 200);
  return shellMs(workspace, [
    inlined(s.keys.sql, s.keys.params),
    inlined(s.count.sql, s.count.params),
  ]);
};

const ui = await openUi(workspace);
const results: Record<string, { app: number[]; peer: number[] }> = {
  'first rows painted': { app: [], peer: [] },
  'sort by MRR': { app: [], peer: [] },
  'filter by a channel': { app: [], peer: [] },
};
try {
  for (let r = 0; r < runs; r++) {
    await ui.page.evaluate("window.location.hash = '#/overview'");
    await ui.page.locator('[data-testid="overview"]').waitFor();
    const open = await timeUntilRows(ui, "window.location.hash = '#/advocates'", null);
    results['first rows painted']?.app.push(open);
    results['first rows painted']?.peer.push(peer({}));

    await ui.page.waitForTimeout(300);
    const before = await firstKey(ui);
    const sorted = await timeUntilRows(
      ui,
      `document.querySelector('[data-testid="advocate-table"] [data-column="mrr"] button').click()`,
      before,
    );
    results['sort by MRR']?.app.push(sorted);
    results['sort by MRR']?.peer.push(peer({ sort: { column: 'mrr', direction: 'descending' } }));
    // Back to the rank order for the next run.
    await ui.page.locator('[data-testid="advocate-table"] [data-column="rank"] button').click();
    await ui.page.waitForTimeout(300);

    const filter = ui.page.getByTestId('filter-channel');
    await filter.getByRole('button').first().click();
    const box = filter.getByRole('checkbox', { name: channel });
    await box.waitFor();
    const unfiltered = await firstKey(ui);
    const filtered = await timeUntilRows(
      ui,
      `[...document.querySelectorAll('[data-testid="filter-channel"] label')].find((l) => l.textContent.startsWith(${JSON.stringify(channel)})).querySelector('input').click()`,
      unfiltered,
    );
    results['filter by a channel']?.app.push(filtered);
    results['filter by a channel']?.peer.push(
      peer({ filters: { channel: { values: [channel] } } }),
    );
    await box.uncheck();
    await ui.page.keyboard.press('Escape');
    await ui.page.waitForTimeout(300);
  }
} finally {
  await ui.close();
}

console.log(
  `Advocates view, ${accounts.toLocaleString('en-US')} scored accounts, ${runs} runs (median)`,
);
for (const [name, r] of Object.entries(results)) {
  const app = median(r.app);
  const shell = median(r.peer);
  console.log(
    `  ${name.padEnd(22)} app ${app.toFixed(0).padStart(5)} ms   sqlite3 shell ${shell.toFixed(0).padStart(5)} ms   ratio ${(app / shell).toFixed(2)}`,
  );
}

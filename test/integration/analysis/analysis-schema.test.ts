import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/store/workspace';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 2: the analysis tables', () => {
  const tempDir = useTempDir();

  const plan = (sql: string) => {
    const ws = openWorkspace(join(tempDir(), 'w.sqlite'), { create: true });
    const detail = (ws.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');
    ws.close();
    return detail;
  };

  it('ranks advocates and at-risk accounts from their indexes, without sorting', () => {
    const advocates = plan(
      'SELECT account_id FROM advocate_scores ORDER BY score DESC, account_id LIMIT 50',
    );
    expect(advocates).toContain('advocate_scores_rank');
    expect(advocates).not.toContain('TEMP B-TREE');
    const tier = plan(
      `SELECT account_id FROM advocate_scores WHERE tier = 'champion' ORDER BY score DESC, account_id LIMIT 50`,
    );
    expect(tier).toContain('advocate_scores_tier');
    expect(tier).not.toContain('TEMP B-TREE');
    const risk = plan(
      'SELECT account_id FROM churn_risk ORDER BY probability DESC, account_id LIMIT 20',
    );
    expect(risk).toContain('churn_risk_rank');
  });

  it('finds an account’s reference requests and a partner’s accounts by index', () => {
    expect(plan(`SELECT max(asked_at) FROM reference_requests WHERE account_id = 'A'`)).toContain(
      'reference_requests_account',
    );
    expect(plan(`SELECT account_id FROM account_metrics WHERE partner_id = 'P'`)).toContain(
      'account_metrics_partner',
    );
  });
});

import type Database from 'better-sqlite3';
import type { DataCoverage } from '../../src-shared/model/coverage';
import { sourceKinds, type SourceKind } from '../../src-shared/model/sources';
import { dataRevision } from '../store/settings';
import { assessMaturity, nextImport } from './maturity';
import { sourceCoverage } from './source-coverage';

/** Where the analyst's data stands: each source's reach, gaps and orphans, and what to import next. */
export function computeCoverage(
  db: Database.Database,
  onSource: (kind: SourceKind) => void = () => {},
): DataCoverage {
  const revision = dataRevision(db);
  const accounts = db.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
  const sources = sourceKinds.map((kind) => {
    onSource(kind);
    return sourceCoverage(db, kind, accounts);
  });
  const present = new Set(sources.filter((s) => s.rows > 0).map((s) => s.kind));
  return {
    accounts,
    sources,
    maturity: assessMaturity(present),
    nextImport: nextImport(present),
    dataRevision: revision,
    computedAt: new Date().toISOString(),
  };
}

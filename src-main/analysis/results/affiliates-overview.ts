import type Database from 'better-sqlite3';
import type {
  AffiliatesOverview,
  PartnerReport,
} from '../../../src-shared/model/analysis/economics';
import { readAffiliateRecruits } from '../store/advocate-reader';
import { readReport } from '../store/results-reader';

/** The stored affiliate partner report with the advocates to recruit next; null before analysis. */
export function readAffiliatesOverview(
  db: Database.Database,
  recruits = 20,
): AffiliatesOverview | null {
  const report = readReport<PartnerReport>(db, 'affiliates');
  return report ? { ...report, recruits: readAffiliateRecruits(db, recruits) } : null;
}

import type Database from 'better-sqlite3';
import type {
  RetentionGrouping,
  RetentionReport,
} from '../../../src-shared/model/analysis/retention';
import { InvalidAnalysisInput } from '../analysis-error';
import { populationOf } from '../groups/group-economics';
import { retentionReport } from '../groups/retention-report';
import { readCoreFacts } from '../load/read-core-facts';
import { readPartnerFacts } from '../load/partner-facts';
import { readAnalysisSettings } from '../settings/analysis-settings';
import { latestDataDate } from '../status/as-of';

/**
 * Kaplan–Meier, sBG and log-rank for one grouping at any as-of date, straight from the data and
 * without storing anything: what `retention --as-of` prints for a date other than the stored
 * analysis's. Call inside a read transaction.
 */
export function retentionAt(
  db: Database.Database,
  grouping: RetentionGrouping,
  asOf?: string,
): RetentionReport {
  const date = asOf ?? latestDataDate(db);
  if (date === null) {
    throw new InvalidAnalysisInput('The workspace has no dated data yet: import some files first.');
  }
  const settings = readAnalysisSettings(db, date, asOf !== undefined);
  const facts = readCoreFacts(db, date, settings.currency);
  const partners = readPartnerFacts(db, facts.ids, date, settings.currency);
  const money = {
    currency: settings.currency.base,
    grossMargin: settings.grossMargin,
    discountRate: settings.discountRate,
  };
  const context = {
    facts,
    money,
    population: populationOf(facts),
    horizonMonths: settings.horizonMonths,
  };
  return retentionReport(context, partners, grouping);
}

import type Database from 'better-sqlite3';
import { addDays } from '../../src-shared/calendar/days';
import type { CoreFacts } from '../analysis/load/core-facts';
import { readPartnerFacts, type PartnerFacts } from '../analysis/load/partner-facts';
import { readCoreFacts } from '../analysis/load/read-core-facts';
import { readSurveyFacts, type SurveyFacts } from '../analysis/load/survey-facts';
import type { CurrencyContext } from '../analysis/money/currency';

/** What the data-derived metrics are read with, the same for every date of one measurement. */
export interface DataSettings {
  currency: CurrencyContext;
  npsWindowDays: number;
  /** The latest date in the data, so a CRM status is read only at that date, as the engine does. */
  latestInData: string | null;
}

/**
 * The accounts as the analysis engine sees them on one date, read with the engine's own loaders:
 * status, MRR and lifetimes (`readCoreFacts`), NPS answers in the window ending that day
 * (`readSurveyFacts`) and each account's referring partner then (`readPartnerFacts`). Each part
 * is read the first time a metric or a segment needs it.
 */
export class DataAtDate {
  private core: CoreFacts | undefined;
  private surveyFacts: SurveyFacts | undefined;
  private partnerFacts: PartnerFacts | undefined;

  constructor(
    private readonly db: Database.Database,
    readonly date: string,
    private readonly settings: DataSettings,
  ) {}

  get facts(): CoreFacts {
    this.core ??= readCoreFacts(
      this.db,
      this.date,
      this.settings.currency,
      this.settings.latestInData,
    );
    return this.core;
  }

  get surveys(): SurveyFacts {
    // CSAT is not a goal metric: its window is the NPS window, so one pass reads both.
    const windowStart = addDays(this.date, 1 - this.settings.npsWindowDays);
    this.surveyFacts ??= readSurveyFacts(
      this.db,
      this.facts.ids,
      windowStart,
      windowStart,
      addDays(this.date, 1),
    );
    return this.surveyFacts;
  }

  get partners(): PartnerFacts {
    this.partnerFacts ??= readPartnerFacts(
      this.db,
      this.facts.ids,
      this.date,
      this.settings.currency,
    );
    return this.partnerFacts;
  }
}

/** One `DataAtDate` per date, so goals that share a start date or the as-of date read it once. */
export class DataByDate {
  private readonly byDate = new Map<string, DataAtDate>();

  constructor(
    private readonly db: Database.Database,
    private readonly settings: DataSettings,
  ) {}

  at(date: string): DataAtDate {
    let data = this.byDate.get(date);
    if (!data) this.byDate.set(date, (data = new DataAtDate(this.db, date, this.settings)));
    return data;
  }
}

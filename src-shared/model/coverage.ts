import type { SourceKind } from './sources';

/** What an import of a source makes possible; shown to explain why a missing source matters. */
export const capabilities = [
  'master-data',
  'champion-contacts',
  'mrr-and-churn',
  'mrr-movements',
  'realised-revenue',
  'support-friction',
  'nps-and-csat',
  'usage-trend',
  'partner-report',
  'commission-scenarios',
  'retention-cost',
] as const;
export type Capability = (typeof capabilities)[number];

/** The six areas of a 360-degree customer view; maturity counts how many are in place. */
export const dataDomains = [
  'master',
  'billing',
  'support',
  'voice',
  'product',
  'partners',
] as const;
export type DataDomain = (typeof dataDomains)[number];

export const maturityStages = [
  'none',
  'minimal',
  'commercial',
  'customer-success',
  'broad',
  'full',
] as const;
export type MaturityStage = (typeof maturityStages)[number];

export interface EmptyField {
  field: string;
  /** Share of rows where the field is empty, 0..1. */
  emptyShare: number;
}

export interface SourceCoverage {
  kind: SourceKind;
  rows: number;
  /** Distinct known accounts the source has rows for; null where the source is not per account. */
  accountsCovered: number | null;
  /** accountsCovered ÷ accounts, 0..1; null where not per account or there are no accounts. */
  accountShare: number | null;
  dateRange: { from: string; to: string } | null;
  emptyFields: EmptyField[];
  /** Rows that refer to an account (or partner) that is not in the workspace. */
  orphans: number;
  lastImportedAt: string | null;
}

export interface DataCoverage {
  accounts: number;
  sources: SourceCoverage[];
  maturity: {
    stage: MaturityStage;
    domains: { domain: DataDomain; present: boolean; kinds: SourceKind[] }[];
    /** Share of the core sources in place, 0..1. */
    score: number;
    present: SourceKind[];
    missing: SourceKind[];
  };
  /** The import that would add the most, and what it would unlock; null when nothing is missing. */
  nextImport: { kind: SourceKind; unlocks: Capability[] } | null;
  dataRevision: number;
  computedAt: string;
}

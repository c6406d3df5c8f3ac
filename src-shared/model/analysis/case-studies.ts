/** Case-study candidates, the rule that picks them, and the log of reference requests. */

import type { Tier } from './score';

export interface ProofPoints {
  tenureMonths: number | null;
  expansionCount: number;
  expansionMrr: number;
  usageGrowth: number | null;
  npsLatest: number | null;
  useCase: string | null;
}

export interface CandidateContact {
  contactId: string;
  name: string | null;
  email: string | null;
  title: string | null;
  role: string | null;
}

export interface CaseStudyCandidate {
  accountId: string;
  name: string | null;
  score: number;
  tier: Tier;
  contact: CandidateContact;
  otherContacts: number;
  proof: ProofPoints;
  lastAskedAt: string | null;
  channel: string | null;
  industry: string | null;
  plan: string | null;
}

export interface CaseStudyRule {
  name: string;
  minTenureMonths: number;
  minNps: number;
  minScore: number;
  requireChampionContact: boolean;
  /** Accounts asked within this many days are left out. */
  notAskedWithinDays: number;
  /** Accounts that declined within this many days are left out. */
  notDeclinedWithinDays: number;
  excludeConsentRefused: boolean;
  activeOnly: boolean;
}

export const referenceOutcomes = ['pending', 'accepted', 'declined', 'no_response'] as const;

export type ReferenceOutcome = (typeof referenceOutcomes)[number];

export const referenceKinds = ['case_study', 'reference', 'review', 'testimonial'] as const;

export type ReferenceKind = (typeof referenceKinds)[number];

export interface ReferenceRequest {
  id: number;
  accountId: string;
  contactId: string | null;
  contactName: string | null;
  kind: ReferenceKind;
  askedAt: string;
  askedBy: string | null;
  outcome: ReferenceOutcome;
  note: string | null;
}

/** Whether an account agreed to be a reference: recorded in the app, or as imported. */
export interface ReferenceConsent {
  accountId: string;
  /** True granted, false refused, null never said. */
  consent: boolean | null;
  source: 'recorded' | 'imported' | null;
  recordedAt: string | null;
  note: string | null;
}

import type Database from 'better-sqlite3';
import type {
  CaseStudyCandidate,
  CaseStudyRule,
} from '../../../src-shared/model/analysis/case-studies';
import { caseStudyCandidates } from '../candidates/case-studies';
import { findRule } from '../candidates/case-study-rules';
import { readStamp } from '../store/results-reader';

export interface CaseStudyList {
  asOf: string;
  rule: CaseStudyRule;
  candidates: CaseStudyCandidate[];
}

/** Case-study candidates of the stored scores under a rule (the active one by default). */
export function readCaseStudies(db: Database.Database, ruleName?: string): CaseStudyList | null {
  const stamp = readStamp(db);
  if (!stamp) return null;
  const rule = findRule(db, ruleName);
  return { asOf: stamp.asOf, rule, candidates: caseStudyCandidates(db, rule, stamp.asOf) };
}

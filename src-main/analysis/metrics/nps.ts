import type { NpsCategory } from '../../../src-shared/model/analysis/accounts';

/** 9–10 promoter, 7–8 passive, 0–6 detractor; null outside 0–10. */
export function npsCategory(score: number): NpsCategory | null {
  if (!(score >= 0 && score <= 10)) return null;
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

export interface NpsCounts {
  responses: number;
  promoters: number;
  detractors: number;
}

/**
 * Net Promoter Score: % promoters − % detractors, from −100 to +100. Never an average of scores:
 * two answers of 10 and 0 give 0, while their mean of 5 would read as a detractor.
 */
export function netPromoterScore(counts: NpsCounts): number | null {
  if (counts.responses === 0) return null;
  return (100 * (counts.promoters - counts.detractors)) / counts.responses;
}

export function npsFromScores(scores: Iterable<number>): number | null {
  const counts: NpsCounts = { responses: 0, promoters: 0, detractors: 0 };
  for (const score of scores) {
    const category = npsCategory(score);
    if (category === null) continue;
    counts.responses++;
    if (category === 'promoter') counts.promoters++;
    else if (category === 'detractor') counts.detractors++;
  }
  return netPromoterScore(counts);
}

/** CSAT: the share of answers of 4 or 5 on a 1–5 scale. */
export function csatShare(satisfied: number, responses: number): number | null {
  return responses > 0 ? satisfied / responses : null;
}

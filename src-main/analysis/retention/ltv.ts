/**
 * Lifetime value per customer. ARPA is monthly revenue per account and the gross margin a fraction
 * (1 = 100%). DESIGN section 4: LTV = ARPA × gross margin × expected lifetime.
 */
export function ltvFromLifetime(
  arpa: number,
  grossMargin: number,
  expectedLifetimeMonths: number,
): number {
  return arpa * grossMargin * expectedLifetimeMonths;
}

/**
 * The familiar shortcut ARPA × margin ÷ monthly churn rate, i.e. an expected lifetime of 1 ÷ churn
 * months (a constant churn rate). Null when the churn rate is 0 or unknown: the formula is then
 * undefined (it would be infinite), and no number is better than a made-up one.
 */
export function ltvSimple(
  arpa: number,
  grossMargin: number,
  monthlyChurnRate: number | null,
): number | null {
  if (monthlyChurnRate === null || !(monthlyChurnRate > 0)) return null;
  return (arpa * grossMargin) / monthlyChurnRate;
}

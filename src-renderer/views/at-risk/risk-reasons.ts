import type { RiskReason } from '../../../src-shared/model/analysis/risk';
import { isRiskFeature, reasonSide } from '../../../src-shared/model/analysis/risk-features';
import type { Messages } from '../../i18n/messages';

/** A stored reason in the analyst's language: what it says and which way it moves the risk. */
export interface ReasonWords {
  feature: string;
  text: string;
  raises: boolean;
  effect: number;
  value: number | null;
}

export function reasonWords(reason: RiskReason, m: Messages): ReasonWords {
  const words = isRiskFeature(reason.feature) ? m.atRisk.reasonWords[reason.feature] : null;
  return {
    feature: reason.feature,
    text: words ? words[reasonSide(reason)] : reason.label,
    raises: reason.effect > 0,
    effect: reason.effect,
    value: reason.value,
  };
}

/** The reasons a list row carries as the stored JSON text; none when it cannot be read. */
export function parseReasons(text: unknown): RiskReason[] {
  if (typeof text !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as RiskReason[]) : [];
  } catch {
    return [];
  }
}

/** A feature's name in the analyst's language. */
export const featureName = (feature: string, m: Messages): string =>
  isRiskFeature(feature) ? m.atRisk.featureNames[feature] : feature;

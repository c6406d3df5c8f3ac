import type { StaleReason } from '../../src-shared/model/analysis/runs';
import type { Messages } from '../i18n/messages';

/** Why results are out of date, in the analyst's language. */
export function staleReasonText(reason: StaleReason, m: Messages): string {
  const r = m.analysis.reasons;
  switch (reason.code) {
    case 'not-analysed':
      return r.notAnalysed;
    case 'data-changed':
      return r.dataChanged;
    case 'profile-missing':
      return r.profileMissing(reason.profile);
    case 'profile-changed':
      return r.profileChanged(reason.active, reason.profile);
    case 'settings-changed':
      return r.settingsChanged;
  }
}

/** The phase of a running analysis, in words: the engine's own name when none is known. */
export const phaseText = (phase: string, m: Messages): string => m.analysis.phases[phase] ?? phase;

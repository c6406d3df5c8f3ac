import type { ImportKind } from '../../../../src-shared/model/import';
import type { Preset, PresetField } from '../preset-types';
import { activitySynonyms } from './generic-activity';
import { billingSynonyms } from './generic-billing';
import { customerSynonyms } from './generic-customers';
import { partnerSynonyms } from './generic-partners';

/**
 * The names analysts and tools give each field, in English and Japanese, normalised. Key fields come
 * first, so a header they claim is not given to another field. Bare "id" comes last for a key.
 */
const synonyms: Record<ImportKind, PresetField[]> = {
  ...customerSynonyms,
  ...billingSynonyms,
  ...activitySynonyms,
  ...partnerSynonyms,
};

/** Headers that only a churn-events file has. */
const churnEventSignature = [
  'churn event id',
  'churn id',
  'reason code',
  'churn event',
  'event id',
];

/** A preset per kind that matches headers by their usual names alone. */
export const genericPresets: readonly Preset[] = (Object.keys(synonyms) as ImportKind[]).map(
  (kind) => ({
    name: `generic-${kind.replace(/_/g, '-')}`,
    label: `Generic ${kind.replace(/_/g, ' ')} file`,
    kind,
    signature: kind === 'churn_events' ? churnEventSignature : [],
    fields: synonyms[kind],
  }),
);

import type { Preset } from '../preset-types';
import { affiliatePresets } from './affiliates';
import { stripePresets } from './billing';
import { crmPresets } from './crm';
import { genericPresets } from './generic';
import { supportPresets } from './support';
import { surveyPresets } from './surveys';

/** Tools' own exports first; the generic presets match any file by the usual header names. */
export const presets: readonly Preset[] = [
  ...stripePresets,
  ...crmPresets,
  ...supportPresets,
  ...surveyPresets,
  ...affiliatePresets,
  ...genericPresets,
];

export const findPreset = (name: string): Preset | undefined =>
  presets.find((p) => p.name === name);

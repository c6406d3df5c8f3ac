import { asciiSlug } from './people';
import type { Locale } from './market';

const heads = [
  'Blue',
  'North',
  'Bright',
  'Silver',
  'Iron',
  'Cedar',
  'Summit',
  'Harbor',
  'Maple',
  'Granite',
  'Swift',
  'Clear',
  'True',
  'Nova',
  'Atlas',
  'Beacon',
  'Pine',
  'River',
  'Stone',
  'Oak',
  'Aurora',
  'Vertex',
  'Lumen',
  'Echo',
  'Orbit',
  'Prism',
  'Quartz',
  'Sage',
  'Terra',
  'Zen',
  'Alder',
  'Birch',
  'Cobalt',
  'Delta',
  'Ember',
  'Falcon',
  'Glacier',
  'Helix',
  'Indigo',
  'Juniper',
  'Kestrel',
  'Lark',
  'Meridian',
  'Nimbus',
  'Onyx',
  'Pioneer',
  'Quill',
  'Raven',
  'Sierra',
  'Tidal',
  'Upland',
  'Valley',
  'Willow',
  'Yonder',
  'Zephyr',
  'Crest',
  'Fern',
  'Golden',
  'Hollow',
  'Ivory',
  'Jade',
  'Keystone',
  'Linden',
  'Mosaic',
] as const;

const tails = [
  'peak',
  'wind',
  'field',
  'gate',
  'bridge',
  'wave',
  'line',
  'path',
  'point',
  'works',
  'forge',
  'light',
  'stack',
  'sphere',
  'leaf',
  'brook',
  'ridge',
  'bay',
  'port',
  'shore',
  'spring',
  'vale',
  'view',
  'mark',
  'craft',
  'hub',
  'loop',
  'nest',
  'grid',
  'mint',
  'sail',
  'star',
  'flow',
  'well',
  'wood',
  'dale',
  'shift',
  'trail',
  'bloom',
  'cloud',
  'yard',
  'haven',
  'scale',
  'frame',
  'signal',
  'block',
  'rock',
  'fox',
] as const;

const suffixes = [
  'Labs',
  'Group',
  'Systems',
  'Technologies',
  'Solutions',
  'Partners',
  'Studio',
  'Collective',
  'Ventures',
  'Digital',
  'Global',
  'Holdings',
  'Analytics',
  'Works',
  'Inc.',
  'Co.',
] as const;

/** How companies in each country write their legal form. */
const legalForms: Partial<Record<Locale, readonly string[]>> = {
  de: ['GmbH', 'GmbH', 'AG', 'GmbH & Co. KG'],
  fr: ['SAS', 'SARL', 'SA'],
  es: ['S.L.', 'S.A.'],
  pt: ['Ltda.', 'S.A.'],
  nl: ['B.V.', 'B.V.', 'N.V.'],
  sv: ['AB'],
  ja: ['株式会社', '合同会社'],
  hi: ['Pvt. Ltd.', 'Pvt. Ltd.', 'LLP'],
};

export const companyNameCount = heads.length * tails.length * suffixes.length;

/** A multiplier coprime with `companyNameCount`, so that `index × STEP mod count` visits every name once. */
const STEP = 7919;

export interface CompanyName {
  name: string;
  domain: string;
  /** The distinctive part of the name, such as "Bluepeak". */
  stem: string;
}

/**
 * The company name and domain of account `index` (0-based). Names are a permutation of a fixed word
 * grid, so domains (and with them contact e-mail addresses) are unique; past the grid's size a
 * number keeps them unique.
 */
export function companyName(
  index: number,
  offset: number,
  locale: Locale,
  tld: string,
  legalPick: number,
): CompanyName {
  const slot = (index * STEP + offset) % companyNameCount;
  const round = Math.floor(index / companyNameCount);
  const head = heads[slot % heads.length] as string;
  const tail = tails[Math.floor(slot / heads.length) % tails.length] as string;
  const suffix = suffixes[Math.floor(slot / (heads.length * tails.length))] as string;
  const stem = head + tail;
  const forms = legalForms[locale];
  let name: string;
  if (forms && legalPick < 0.7) {
    const form = forms[Math.floor(legalPick * 10) % forms.length] as string;
    name = locale === 'ja' ? `${form}${stem}` : `${stem} ${form}`;
  } else name = `${stem} ${suffix}`;
  const number = round > 0 ? String(round + 1) : '';
  return {
    name: number ? `${name} ${number}` : name,
    domain: `${asciiSlug(stem + suffix)}${number}.${tld}`,
    stem,
  };
}

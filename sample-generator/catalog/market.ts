/**
 * Who the sample company sells to: countries, industries and company sizes. The numbers beside each
 * value are the share of new accounts and the effect on how well such customers do (`quality`, in
 * standard deviations of the latent success score), which is what makes the patterns in the data.
 */
export type Locale = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'sv' | 'ja' | 'hi';

export interface Country {
  name: string;
  weight: number;
  locale: Locale;
  tld: string;
  /** Share of accounts billed in the local currency; the rest pay in USD. */
  localCurrency?: { code: 'eur' | 'gbp'; share: number };
  cities: readonly string[];
}

export const countries: readonly Country[] = [
  {
    name: 'United States',
    weight: 40,
    locale: 'en',
    tld: 'com',
    cities: [
      'New York',
      'San Francisco',
      'Austin',
      'Chicago',
      'Boston',
      'Seattle',
      'Denver',
      'Atlanta',
    ],
  },
  {
    name: 'United Kingdom',
    weight: 10,
    locale: 'en',
    tld: 'co.uk',
    localCurrency: { code: 'gbp', share: 0.6 },
    cities: ['London', 'Manchester', 'Bristol', 'Edinburgh', 'Leeds'],
  },
  {
    name: 'Canada',
    weight: 6,
    locale: 'en',
    tld: 'ca',
    cities: ['Toronto', 'Vancouver', 'Montreal', 'Calgary'],
  },
  {
    name: 'Australia',
    weight: 5,
    locale: 'en',
    tld: 'com.au',
    cities: ['Sydney', 'Melbourne', 'Brisbane'],
  },
  {
    name: 'Germany',
    weight: 8,
    locale: 'de',
    tld: 'de',
    localCurrency: { code: 'eur', share: 0.6 },
    cities: ['Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt am Main'],
  },
  {
    name: 'France',
    weight: 5,
    locale: 'fr',
    tld: 'fr',
    localCurrency: { code: 'eur', share: 0.6 },
    cities: ['Paris', 'Lyon', 'Toulouse', 'Nantes'],
  },
  {
    name: 'Netherlands',
    weight: 4,
    locale: 'nl',
    tld: 'nl',
    localCurrency: { code: 'eur', share: 0.5 },
    cities: ['Amsterdam', 'Rotterdam', 'Utrecht'],
  },
  {
    name: 'Spain',
    weight: 3,
    locale: 'es',
    tld: 'es',
    localCurrency: { code: 'eur', share: 0.6 },
    cities: ['Madrid', 'Barcelona', 'Valencia'],
  },
  {
    name: 'Sweden',
    weight: 3,
    locale: 'sv',
    tld: 'se',
    cities: ['Stockholm', 'Göteborg', 'Malmö'],
  },
  {
    name: 'Japan',
    weight: 6,
    locale: 'ja',
    tld: 'jp',
    cities: ['Tokyo', 'Osaka', 'Fukuoka', 'Yokohama'],
  },
  {
    name: 'India',
    weight: 4,
    locale: 'hi',
    tld: 'in',
    cities: ['Bengaluru', 'Mumbai', 'Pune', 'Hyderabad'],
  },
  {
    name: 'Brazil',
    weight: 3,
    locale: 'pt',
    tld: 'com.br',
    cities: ['São Paulo', 'Rio de Janeiro', 'Curitiba'],
  },
  { name: 'Singapore', weight: 3, locale: 'en', tld: 'sg', cities: ['Singapore'] },
];

export interface Industry {
  /** HubSpot's label for the industry. */
  label: string;
  weight: number;
  quality: number;
}

export const industries: readonly Industry[] = [
  { label: 'Computer Software', weight: 18, quality: 0.25 },
  { label: 'Marketing and Advertising', weight: 14, quality: -0.1 },
  { label: 'Retail', weight: 10, quality: -0.25 },
  { label: 'Financial Services', weight: 9, quality: 0.3 },
  { label: 'Hospital & Health Care', weight: 7, quality: 0.1 },
  { label: 'E-Learning', weight: 7, quality: -0.3 },
  { label: 'Management Consulting', weight: 8, quality: 0.15 },
  { label: 'Real Estate', weight: 5, quality: -0.15 },
  { label: 'Logistics and Supply Chain', weight: 6, quality: 0.1 },
  { label: 'Nonprofit Organization Management', weight: 4, quality: -0.2 },
  { label: 'Internet', weight: 8, quality: 0 },
  { label: 'Machinery', weight: 4, quality: 0.05 },
];

/** Share of companies whose industry nobody filled in. */
export const emptyIndustryShare = 0.045;

export interface SizeBand {
  min: number;
  max: number;
  weight: number;
  /** Initial plan weights: Starter, Growth, Pro, Enterprise. */
  planWeights: readonly [number, number, number, number];
}

export const sizeBands: readonly SizeBand[] = [
  { min: 1, max: 10, weight: 30, planWeights: [70, 30, 0, 0] },
  { min: 11, max: 50, weight: 35, planWeights: [30, 55, 15, 0] },
  { min: 51, max: 200, weight: 22, planWeights: [0, 50, 45, 5] },
  { min: 201, max: 1000, weight: 10, planWeights: [0, 20, 55, 25] },
  { min: 1001, max: 8000, weight: 3, planWeights: [0, 0, 40, 60] },
];

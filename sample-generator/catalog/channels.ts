/**
 * Acquisition channels, with HubSpot's "Original Source Type" labels. `hazard` multiplies the monthly
 * churn risk and `quality` shifts the latent success score: organic search customers stay and become
 * advocates most often; paid social customers churn most.
 */
export interface Channel {
  label: string;
  /** Share among customers that no partner referred. */
  weight: number;
  hazard: number;
  quality: number;
  /** HubSpot's "Original Source Data 1" drill-down values for the channel. */
  drillDowns: readonly string[];
}

export const channels: readonly Channel[] = [
  {
    label: 'Organic Search',
    weight: 30,
    hazard: 0.6,
    quality: 0.45,
    drillDowns: ['google', 'google', 'google', 'bing', 'duckduckgo', 'ecosia'],
  },
  {
    label: 'Paid Search',
    weight: 17,
    hazard: 1.1,
    quality: -0.05,
    drillDowns: ['Google Ads', 'Google Ads', 'Microsoft Ads'],
  },
  { label: 'Direct Traffic', weight: 13, hazard: 0.85, quality: 0.15, drillDowns: [''] },
  {
    label: 'Paid Social',
    weight: 12,
    hazard: 2.0,
    quality: -0.55,
    drillDowns: ['Facebook', 'Instagram', 'LinkedIn', 'TikTok'],
  },
  {
    label: 'Social Media',
    weight: 7,
    hazard: 1.05,
    quality: 0,
    drillDowns: ['LinkedIn', 'YouTube', 'X', 'Reddit'],
  },
  {
    label: 'Email Marketing',
    weight: 7,
    hazard: 0.95,
    quality: 0.05,
    drillDowns: ['Monthly newsletter', 'Trial nurture', 'Webinar follow-up'],
  },
  {
    label: 'Offline Sources',
    weight: 6,
    hazard: 0.8,
    quality: 0.2,
    drillDowns: ['SaaStr Annual', 'Web Summit', 'Sales prospecting', 'Import'],
  },
  {
    label: 'Referrals',
    weight: 5,
    hazard: 0.9,
    quality: 0.1,
    drillDowns: ['g2.com', 'capterra.com', 'producthunt.com', 'news.ycombinator.com'],
  },
  {
    label: 'Other Campaigns',
    weight: 3,
    hazard: 1.0,
    quality: 0,
    drillDowns: ['Spring promo', 'Partner webinar'],
  },
];

/** Share of new accounts that an affiliate partner referred. */
export const partnerReferredShare = 0.17;

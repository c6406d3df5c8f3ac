import type { FileSpec } from './file-spec';
import { churnZeroAccounts } from './mappings/churnzero';
import { csCosts } from './mappings/cs-costs';
import { hubspotCompanies, hubspotContacts } from './mappings/hubspot';
import {
  partnerstackCommissions,
  partnerstackPartners,
  partnerstackReferrals,
} from './mappings/partnerstack';
import { stripePayments, stripeSubscriptions } from './mappings/stripe';
import { delightedNps, typeformCsat } from './mappings/surveys';
import { productUsage } from './mappings/usage';
import { zendeskTickets } from './mappings/zendesk';

/** Every sample file's mapping, in load order: accounts, then contacts (surveys resolve through them), then the rest. */
export const sampleSpecs: readonly FileSpec[] = [
  hubspotCompanies,
  churnZeroAccounts,
  hubspotContacts,
  stripeSubscriptions,
  stripePayments,
  zendeskTickets,
  delightedNps,
  typeformCsat,
  productUsage,
  partnerstackPartners,
  partnerstackReferrals,
  partnerstackCommissions,
  csCosts,
];

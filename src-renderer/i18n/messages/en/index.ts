import { advocates } from './advocates';
import { analysis } from './analysis';
import { atRisk } from './at-risk';
import { caseStudies } from './case-studies';
import { channels } from './channels';
import { affiliates } from './affiliates';
import { customer360 } from './customer-360';
import { dataTerms } from './data-terms';
import { fields } from './fields';
import { goals } from './goals';
import { importView } from './import';
import { importProblems } from './import-problems';
import { overview } from './overview';
import { results } from './results';
import { settings } from './settings';
import { shell } from './shell';

/** The English table is the reference: every other language must have exactly its keys. */
export const en = {
  ...shell,
  ...analysis,
  ...advocates,
  ...overview,
  ...results,
  ...importView,
  ...importProblems,
  ...dataTerms,
  ...fields,
  ...settings,
  ...goals,
  ...atRisk,
  ...customer360,
  ...caseStudies,
  ...channels,
  ...affiliates,
};

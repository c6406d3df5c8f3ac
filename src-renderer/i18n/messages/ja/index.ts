import type { Messages } from '../index';
import { dataTerms } from './data-terms';
import { fields } from './fields';
import { importView } from './import';
import { importProblems } from './import-problems';
import { overview } from './overview';
import { shell } from './shell';

export const ja: Messages = {
  ...shell,
  ...overview,
  ...importView,
  ...importProblems,
  ...dataTerms,
  ...fields,
};

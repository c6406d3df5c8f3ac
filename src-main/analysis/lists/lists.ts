import type { ListName } from '../../../src-shared/model/lists';
import { accountList } from './account-list';
import { advocatesList, recruitsList } from './advocates-list';
import type { ListDefinition } from './list-definition';
import { riskList } from './risk-list';

/** Every list a view pages through, by name. */
export const lists: Partial<Record<ListName, ListDefinition>> = {
  advocates: advocatesList,
  recruits: recruitsList,
  risk: riskList,
  accounts: accountList,
};

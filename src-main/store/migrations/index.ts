import { canonicalTables } from './001-canonical-tables';
import { analysisTables } from './002-analysis';
import { importTables } from './003-import';
import { runProfileColumn } from './004-run-profile';
import { customerViewTables } from './005-customer-views';
import { goalTables } from './006-goals';
import { scenarioTables } from './007-scenarios';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every schema change, in order. A migration is never edited once released: its checksum is recorded
 * in the workspace, and a workspace whose recorded migrations differ from these is refused.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'canonical-tables', sql: canonicalTables },
  { version: 2, name: 'analysis', sql: analysisTables },
  { version: 3, name: 'import', sql: importTables },
  { version: 4, name: 'run-profile', sql: runProfileColumn },
  { version: 5, name: 'customer-views', sql: customerViewTables },
  { version: 6, name: 'goals', sql: goalTables },
  { version: 7, name: 'scenarios', sql: scenarioTables },
];

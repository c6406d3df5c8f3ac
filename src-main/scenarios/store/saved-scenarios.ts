import type Database from 'better-sqlite3';
import { RECORDED_COMMISSIONS, type SavedScenario } from '../../../src-shared/model/scenarios';
import type { ScenarioFile } from '../../../src-shared/scenarios/scenario-file';
import { validateScenarioFile } from '../../../src-shared/scenarios/validate-scenario';
import { ScenarioStoreError } from './scenario-store-error';

interface ScenarioRow {
  name: string;
  file: string;
  saved_at: string;
  updated_at: string;
}

/**
 * A stored file, checked again on the way out: a file saved by this version always passes, and
 * one that no longer does (edited by hand in the workspace) is named rather than evaluated.
 */
function savedOf(row: ScenarioRow): SavedScenario {
  const checked = validateScenarioFile(JSON.parse(row.file) as unknown);
  if (!checked.ok)
    throw new ScenarioStoreError(
      'invalid-file',
      `The saved scenario "${row.name}" is no longer a valid scenario file; save it again.`,
    );
  return { name: row.name, file: checked.file, savedAt: row.saved_at, updatedAt: row.updated_at };
}

/** Whether a name is the built-in scenario's, however it is capitalised. */
export const isBuiltInName = (name: string): boolean =>
  name.trim().toLowerCase() === RECORDED_COMMISSIONS.toLowerCase();

/** A name a scenario or comparison may be saved under: not empty, not the built-in's. */
export function checkedName(name: string, what: 'scenario' | 'comparison'): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 120)
    throw new ScenarioStoreError(
      'invalid-name',
      `A ${what} name must have 1 to 120 characters; "${name}" has ${trimmed.length}.`,
    );
  if (what === 'scenario' && isBuiltInName(trimmed))
    throw new ScenarioStoreError(
      'reserved-name',
      `"${RECORDED_COMMISSIONS}" is the built-in scenario; save this one under another name.`,
    );
  return trimmed;
}

/**
 * Saves a validated scenario file under a name, replacing the scenario of that name if there is
 * one (its first save date is kept). The file is stored with the name it is saved under, so an
 * export carries that name.
 */
export function saveScenario(
  db: Database.Database,
  name: string,
  file: ScenarioFile,
  now: Date = new Date(),
): { scenario: SavedScenario; replaced: boolean } {
  const saved = checkedName(name, 'scenario');
  const stored: ScenarioFile = { ...file, name: saved };
  const at = now.toISOString();
  const replaced = findScenario(db, saved) !== null;
  db.prepare(
    `INSERT INTO scenarios (name, file, saved_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET file = excluded.file, updated_at = excluded.updated_at`,
  ).run(saved, JSON.stringify(stored), at, at);
  return { scenario: requireScenario(db, saved), replaced };
}

/** Every saved scenario, by name. */
export function listScenarios(db: Database.Database): SavedScenario[] {
  return (
    db
      .prepare('SELECT name, file, saved_at, updated_at FROM scenarios ORDER BY name')
      .all() as ScenarioRow[]
  ).map(savedOf);
}

export function findScenario(db: Database.Database, name: string): SavedScenario | null {
  const row = db
    .prepare('SELECT name, file, saved_at, updated_at FROM scenarios WHERE name = ?')
    .get(name.trim()) as ScenarioRow | undefined;
  return row ? savedOf(row) : null;
}

/** The saved scenario of that name, or an error that says there is none. */
export function requireScenario(db: Database.Database, name: string): SavedScenario {
  const found = findScenario(db, name);
  if (!found) throw new ScenarioStoreError('not-found', noSuchScenario(db, name));
  return found;
}

/** Deletes a saved scenario; saved comparisons keep their own copies of the files they used. */
export function deleteScenario(db: Database.Database, name: string): void {
  if (isBuiltInName(name))
    throw new ScenarioStoreError(
      'reserved-name',
      `"${RECORDED_COMMISSIONS}" is the built-in scenario; it cannot be deleted.`,
    );
  const deleted = db.prepare('DELETE FROM scenarios WHERE name = ?').run(name.trim()).changes;
  if (deleted === 0) throw new ScenarioStoreError('not-found', noSuchScenario(db, name));
}

function noSuchScenario(db: Database.Database, name: string): string {
  const names = (db.prepare('SELECT name FROM scenarios ORDER BY name').pluck().all() as string[])
    .map((n) => `"${n}"`)
    .join(', ');
  return `No scenario is named "${name}". ${names === '' ? 'None is saved yet.' : `Saved scenarios: ${names}.`} The built-in one is "${RECORDED_COMMISSIONS}".`;
}

/**
 * The overrides of a file that name partners the workspace does not know: a warning when the file
 * is saved, as when it is evaluated, never a reason to refuse it (the partner may be imported later).
 */
export function unknownOverridePartners(db: Database.Database, file: ScenarioFile): string[] {
  const known = new Set(db.prepare('SELECT partner_id FROM partners').pluck().all() as string[]);
  return (file.overrides ?? []).flatMap((o, i) =>
    (o.partners ?? [])
      .filter((id) => !known.has(id))
      .map(
        (id) =>
          `${file.name}: overrides.${i}.partners names ${id}, which is not a partner in this workspace.`,
      ),
  );
}

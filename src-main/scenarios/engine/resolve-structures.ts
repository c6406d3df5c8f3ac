import type { ScenarioFile } from '../../../src-shared/scenarios/scenario-file';
import type { BookPartner } from '../book/scenario-book';
import { compileStructure, type CompiledStructure } from './compiled-structure';

const same = (a: string | null, b: string): boolean =>
  a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The structure each partner is paid by: the first override that matches it replaces the whole
 * structure (DESIGN section 4). An override matches a list of partner ids, the partners file's
 * commission plan text, or a partner type; plan and type compare without regard to case or
 * surrounding spaces. An override naming a partner the workspace does not know is a warning.
 */
export function resolveStructures(
  file: ScenarioFile,
  partners: readonly BookPartner[],
): { structures: CompiledStructure[]; warnings: string[] } {
  const base = compileStructure(file.structure);
  const overrides = (file.overrides ?? []).map((o) => ({
    ...o,
    compiled: compileStructure(o.structure),
  }));
  const known = new Set(partners.map((p) => p.partnerId));
  const warnings: string[] = [];
  overrides.forEach((o, i) => {
    for (const id of o.partners ?? [])
      if (!known.has(id))
        warnings.push(
          `${file.name}: overrides.${i}.partners names ${id}, which is not a partner in this workspace.`,
        );
  });
  const structures = partners.map((p) => {
    const match = overrides.find((o) =>
      o.partners !== undefined
        ? o.partners.includes(p.partnerId)
        : o.commissionPlan !== undefined
          ? same(p.commissionPlan, o.commissionPlan)
          : o.type !== undefined && same(p.type, o.type),
    );
    return match ? match.compiled : base;
  });
  return { structures, warnings };
}

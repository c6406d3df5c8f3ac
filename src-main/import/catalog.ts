import {
  importKinds,
  kindTable,
  delimiters,
  encodings,
  type ImportCatalog,
} from '../../src-shared/model/import';
import { presets } from './mapping/presets';
import { targetFields } from './mapping/target-fields';

/** The kinds with their fields and the presets, for the mapping editor. */
export function importCatalog(): ImportCatalog {
  return {
    kinds: importKinds.map((kind) => ({
      kind,
      table: kindTable(kind),
      fields: targetFields(kind),
    })),
    presets: presets.map((p) => ({ name: p.name, label: p.label, kind: p.kind })),
    encodings,
    delimiters,
  };
}

import { sourceKinds } from '../../../src-shared/model/sources';
import { computeCoverage } from '../../coverage/coverage';
import { defaultSampleDir } from '../../import/sample/sample-dir';
import { importSampleExports } from '../../import/sample/import-sample';
import { flag } from '../args';
import { jsonOption, workspaceOption, type Command } from '../command';
import { withWorkspace } from '../workspace-access';
import { formatCoverage } from '../format/coverage-text';

export const initCommand: Command = {
  name: 'init',
  summary: 'create an empty workspace',
  usage: 'init --workspace W.sqlite [--json]',
  options: { ...workspaceOption, ...jsonOption },
  run: (args, io) =>
    withWorkspace(
      args,
      (ws) => {
        if (flag(args, 'json'))
          io.out(JSON.stringify({ workspace: ws.path, schemaVersion: ws.schemaVersion }));
        else io.err(`Workspace ready: ${ws.path} (schema ${ws.schemaVersion})`);
        return 0;
      },
      { create: true },
    ),
};

export const demoCommand: Command = {
  name: 'demo',
  summary: 'import the bundled sample exports',
  usage: 'demo --workspace W.sqlite [--json]',
  options: { ...workspaceOption, ...jsonOption },
  run: (args, io) =>
    withWorkspace(
      args,
      (ws) => {
        // One line as each file starts, so the terminal shows where the load is without flooding it.
        const result = importSampleExports(ws.db, defaultSampleDir(), (p) => {
          if (p.rowsDone === 0 && p.filesDone < p.filesTotal)
            io.err(`  ${p.filesDone + 1}/${p.filesTotal} ${p.file}`);
        });
        if (flag(args, 'json')) io.out(JSON.stringify({ workspace: ws.path, ...result }, null, 2));
        else {
          for (const file of result.files) {
            io.out(
              `${file.file.padEnd(32)} ${file.kind.padEnd(14)} ${String(file.rows).padStart(7)} rows  ${file.inserted} inserted, ${file.updated} updated, ${file.unchanged} unchanged`,
            );
          }
        }
        return 0;
      },
      { create: true },
    ),
};

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'which sources are present, for how many accounts, with which gaps',
  usage: 'coverage --workspace W [--json]',
  options: { ...workspaceOption, ...jsonOption },
  run: (args, io) =>
    withWorkspace(args, (ws) => {
      const coverage = ws.db.transaction(() => computeCoverage(ws.db))();
      io.out(
        flag(args, 'json')
          ? JSON.stringify(coverage, null, 2)
          : formatCoverage(coverage, sourceKinds),
      );
      return 0;
    }),
};

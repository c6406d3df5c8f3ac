import type { ImportOutcome, ImportRunSummary } from '../../../src-shared/model/import';
import type { CommandIo } from '../command';

const FIRST_ERRORS = 10;

/** The per-file record of `import --json`. */
export function fileJson(outcome: ImportOutcome): Record<string, unknown> {
  if (!outcome.ok) {
    const f = outcome.failure;
    return {
      file: f.fileName,
      path: f.path,
      ok: false,
      error: {
        code: f.code,
        message: f.message,
        ...(f.line ? { line: f.line } : {}),
        ...(f.column ? { column: f.column } : {}),
      },
    };
  }
  const r = outcome.result;
  return {
    file: r.fileName,
    path: r.path,
    ok: true,
    runId: r.runId,
    kind: r.kind,
    preset: r.preset,
    encoding: r.encoding,
    delimiter: r.delimiter,
    rowsRead: r.rowsRead,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    merged: r.merged,
    rejected: r.rejected,
    errors: r.errors
      .slice(0, FIRST_ERRORS)
      .map((e) => ({ line: e.line, ...(e.column ? { column: e.column } : {}), reason: e.reason })),
    warnings: r.warnings,
    derived: r.derived,
    notes: r.notes.map((n) => n.message),
    durationMs: r.durationMs,
  };
}

const shownDelimiter = (d: string) => (d === '\t' ? 'tab' : d);

export function printOutcome(outcome: ImportOutcome, io: CommandIo): void {
  if (!outcome.ok) {
    io.err(`✗ ${outcome.failure.message}`);
    return;
  }
  const r = outcome.result;
  io.out(
    `${r.fileName}: ${r.kind} (${r.preset}, ${r.encoding}, "${shownDelimiter(r.delimiter)}") ${r.rowsRead} rows: ${r.inserted} inserted, ${r.updated} updated, ${r.unchanged} unchanged${r.merged ? `, ${r.merged} merged` : ''}, ${r.rejected} rejected, ${r.warnings} warnings — run ${r.runId}`,
  );
  for (const [table, c] of Object.entries(r.derived))
    io.out(
      `  also ${table}: ${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged`,
    );
  for (const e of r.errors.slice(0, FIRST_ERRORS))
    io.err(`  line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.reason}`);
  if (r.rejected > FIRST_ERRORS)
    io.err(
      `  … and ${r.rejected - FIRST_ERRORS} more rejected rows (runs --workspace W --json lists the runs)`,
    );
  for (const n of r.notes) if (n.severity !== 'info') io.err(`  note: ${n.message}`);
}

/** One progress line per tenth of a file, on stderr. */
export function progressPrinter(
  io: CommandIo,
): (update: { detail?: string; done: number; total: number | null; rows?: number }) => void {
  let file = '';
  let step = -1;
  return (update) => {
    if (update.detail !== file) {
      file = update.detail ?? '';
      step = -1;
    }
    const share = update.total ? update.done / update.total : 0;
    const next = Math.floor(share * 10);
    if (next <= step) return;
    step = next;
    io.err(`  ${file}: ${Math.round(share * 100)}% (${update.rows ?? 0} rows)`);
  };
}

export function printRuns(runs: readonly ImportRunSummary[], io: CommandIo): void {
  if (runs.length === 0) {
    io.out('No imports yet.');
    return;
  }
  for (const r of runs) {
    const state =
      r.status === 'undone'
        ? 'undone'
        : r.blockedBy.length > 0
          ? `undo after ${r.blockedBy.join(', ')}`
          : r.undoable
            ? 'undoable'
            : 'kept';
    io.out(
      `${String(r.id).padStart(4)}  ${r.startedAt.slice(0, 19).replace('T', ' ')}  ${r.fileName.padEnd(36)} ${r.kind.padEnd(14)} ${String(r.rowsRead).padStart(8)} rows  +${r.inserted} ~${r.updated} =${r.unchanged} ✗${r.rejected}  ${state}`,
    );
  }
}

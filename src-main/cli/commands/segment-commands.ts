import {
  segmentDimensions,
  type ClusterResult,
  type FactorRow,
  type SegmentDimension,
  type SegmentRow,
  type UseCaseRow,
} from '../../../src-shared/model/analysis/segments';
import { readReport, readStamp } from '../../analysis/store/results-reader';
import type { Workspace } from '../../store/workspace';
import { flag, optionalString, positiveInteger } from '../args';
import { InputError, UsageError } from '../cli-error';
import {
  jsonOption,
  workspaceOption,
  type Command,
  type CommandIo,
  type ParsedArgs,
} from '../command';
import { formatSegments, type SegmentsView } from '../format/segments-text';
import { withWorkspace } from '../workspace-access';
import { json, reanalyseIfStale } from './analysis-edits';

/** `--by plan+channel`: the segments over exactly these dimensions, in any order. */
function dimensionsOption(args: ParsedArgs): SegmentDimension[] | undefined {
  const text = optionalString(args, 'by');
  if (text === undefined) return undefined;
  const names = text.split(/[+,]/).map((s) => s.trim());
  for (const name of names)
    if (!(segmentDimensions as readonly string[]).includes(name))
      throw new UsageError(
        `--by takes one or two of ${segmentDimensions.join(', ')}, joined by +; "${name}" is not one.`,
      );
  if (new Set(names).size !== names.length || names.length > 2)
    throw new UsageError('--by takes one dimension, or two different ones joined by +.');
  return names as SegmentDimension[];
}

const over = (row: SegmentRow, dims: readonly SegmentDimension[]) => {
  const keys = Object.keys(row.dimensions);
  return keys.length === dims.length && dims.every((d) => keys.includes(d));
};

/**
 * The stored segment results, re-analysed first (and said so on stderr) when they are missing or
 * stale, as every command that reads results does. Read in one transaction, so the four
 * reports come from the same run.
 */
function readSegments(ws: Workspace, io: CommandIo): SegmentsView {
  reanalyseIfStale(ws, io);
  return ws.db.transaction(() => {
    const asOf = readStamp(ws.db)?.asOf;
    const segments = readReport<SegmentRow[]>(ws.db, 'segments');
    const factors = readReport<FactorRow[]>(ws.db, 'factors');
    const useCases = readReport<UseCaseRow[]>(ws.db, 'use-cases');
    const clusters = readReport<ClusterResult>(ws.db, 'clusters');
    if (!asOf || !segments || !factors || !useCases || !clusters)
      throw new InputError('The workspace has no data to analyse.');
    return { asOf, segments, factors, useCases, clusters };
  })();
}

const TEXT_ROWS = 20;

export const segmentsCommand: Command = {
  name: 'segments',
  summary: 'rule segments, common factors of top advocates, use cases and k-means clusters',
  usage: `segments --workspace W [--by DIMENSION[+DIMENSION]] [--top N] [--json]   dimensions: ${segmentDimensions.join(', ')}`,
  options: {
    ...workspaceOption,
    ...jsonOption,
    by: { type: 'string' },
    top: { type: 'string' },
  },
  run: (args, io) => {
    const dims = dimensionsOption(args);
    const top = positiveInteger(args, 'top');
    return withWorkspace(args, (ws) => {
      const stored = readSegments(ws, io);
      const view = {
        ...stored,
        segments:
          dims === undefined ? stored.segments : stored.segments.filter((r) => over(r, dims)),
      };
      if (flag(args, 'json')) {
        // JSON carries every row unless --top asks for fewer.
        io.out(
          json(
            top === undefined
              ? view
              : {
                  ...view,
                  segments: view.segments.slice(0, top),
                  factors: view.factors.slice(0, top),
                },
          ),
        );
      } else {
        const rows = top ?? TEXT_ROWS;
        io.out(formatSegments(view, { segments: rows, factors: rows }));
      }
      return 0;
    });
  },
};

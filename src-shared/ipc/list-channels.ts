import { z } from 'zod';
import { listNames, type ListExport, type ListFacet, type ListPage } from '../model/lists';
import { channel } from './define';

const columnId = z.string().min(1).max(60);
const cell = z.union([z.string().max(500), z.number(), z.null()]);

const filter = z.union([
  z.object({ values: z.array(cell).max(1000) }).strict(),
  z
    .object({ min: z.number().nullable().optional(), max: z.number().nullable().optional() })
    .strict(),
]);

export const listQuery = z
  .object({
    sort: z
      .object({ column: columnId, direction: z.enum(['ascending', 'descending']) })
      .strict()
      .optional(),
    filters: z.record(columnId, filter).optional(),
    search: z.string().max(200).optional(),
  })
  .strict();

/**
 * Lists of stored results, paged, sorted and filtered by the store so a million rows never cross
 * to the renderer: a page of rows with the columns shown, and a filter's choices with their
 * counts. An unknown column, or one that does not sort or filter as asked, fails with the error
 * code `invalid-list-query`; a list read before the first analysis with `not-analysed`.
 */
export const listChannels = {
  'lists:page': channel(
    z
      .object({
        list: z.enum(listNames),
        columns: z.array(columnId).min(1).max(60),
        query: listQuery,
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(1000),
        withTotal: z.boolean(),
      })
      .strict(),
  ).returns<ListPage>(),
  'lists:facet': channel(
    z.object({ list: z.enum(listNames), column: columnId, query: listQuery }).strict(),
  ).returns<ListFacet>(),
  /**
   * The rows and columns a view shows, written as CSV or XLSX by the same code as the command
   * line's exports; an XLSX beyond Excel's limits fails with the export's own error code.
   */
  /**
   * A small table a view holds whole (a report's rows), written by the same export code: the
   * cells as the view shows them, at most 100,000 rows.
   */
  'tables:export': channel(
    z
      .object({
        title: z.string().min(1).max(120),
        headers: z.array(z.string().max(200)).min(1).max(60),
        rows: z
          .array(
            z.array(z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()])).max(60),
          )
          .max(100_000),
        format: z.enum(['csv', 'xlsx']),
        encoding: z.enum(['utf-8', 'shift_jis']),
      })
      .strict(),
  ).returns<ListExport>(),
  'lists:export': channel(
    z
      .object({
        list: z.enum(listNames),
        columns: z.array(columnId).min(1).max(60),
        headers: z.array(z.string().max(200)).max(60),
        query: listQuery,
        format: z.enum(['csv', 'xlsx']),
        encoding: z.enum(['utf-8', 'shift_jis']),
        title: z.string().min(1).max(120),
      })
      .strict(),
  ).returns<ListExport>(),
};

/** A column of a terminal table: numbers align right, text left. */
export interface TextColumn<Row> {
  header: string;
  value(row: Row): string;
  align?: 'left' | 'right';
}

/** Rows as a plain terminal table with a header and a rule under it. */
export function textTable<Row>(rows: readonly Row[], columns: readonly TextColumn<Row>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  const widths = columns.map((c, j) =>
    Math.max(c.header.length, ...cells.map((line) => line[j]?.length ?? 0)),
  );
  const pad = (text: string, j: number) =>
    columns[j]?.align === 'right' ? text.padStart(widths[j] ?? 0) : text.padEnd(widths[j] ?? 0);
  const line = (values: readonly string[]) =>
    values
      .map((v, j) => pad(v, j))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

/** Figures as the terminal shows them; a dash for a figure that does not exist. */
export const show = {
  int: (x: number | null | undefined): string =>
    x === null || x === undefined || !Number.isFinite(x)
      ? '–'
      : Math.round(x).toLocaleString('en-US'),
  fixed: (x: number | null | undefined, digits = 1): string =>
    x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits),
  percent: (x: number | null | undefined, digits = 1): string =>
    x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(digits)}%`,
  money: (x: number | null | undefined): string =>
    x === null || x === undefined || !Number.isFinite(x)
      ? '–'
      : Math.round(x).toLocaleString('en-US'),
  text: (x: string | null | undefined): string => x ?? '–',
  p: (x: number | null | undefined): string =>
    x === null || x === undefined || !Number.isFinite(x)
      ? '–'
      : x < 0.001
        ? '<0.001'
        : x.toFixed(3),
};

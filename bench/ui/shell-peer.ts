import { execFileSync } from 'node:child_process';

type Param = string | number | null;

/** A statement with its parameters written in as SQL literals, for the `sqlite3` shell. */
export function inlined(sql: string, params: readonly Param[]): string {
  let k = 0;
  return sql.replace(/\?/g, () => {
    const value = params[k++];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') return String(value);
    return `'${value.replaceAll("'", "''")}'`;
  });
}

/**
 * The wall time the `sqlite3` shell takes for statements, by its own `.timer`, in milliseconds:
 * the same SQL the app runs, in the tool a skilled analyst would use, with its results discarded.
 */
export function shellMs(workspace: string, statements: readonly string[]): number {
  const script = ['.timer on', '.output /dev/null', ...statements.map((s) => `${s};`)].join('\n');
  const out = execFileSync('sqlite3', ['-readonly', workspace], {
    input: script,
    encoding: 'utf8',
  });
  let total = 0;
  for (const match of out.matchAll(/Run Time: real ([\d.]+)/g)) total += Number(match[1]) * 1000;
  return total;
}

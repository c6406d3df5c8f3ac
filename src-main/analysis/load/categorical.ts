/**
 * A text column stored as codes into a list of distinct values, so grouping and counting run over
 * an Int32Array. Code -1 means the value is missing.
 */
export class Categorical {
  readonly codes: Int32Array;
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(size: number) {
    this.codes = new Int32Array(size).fill(-1);
  }

  set(row: number, value: string | null | undefined): void {
    if (value === null || value === undefined) return;
    const trimmed = value.trim();
    if (trimmed === '') return;
    let code = this.index.get(trimmed);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(trimmed);
      this.index.set(trimmed, code);
    }
    this.codes[row] = code;
  }

  get(row: number): string | null {
    const code = this.codes[row];
    return code === undefined || code < 0 ? null : (this.values[code] ?? null);
  }

  codeOf(value: string): number {
    return this.index.get(value) ?? -1;
  }
}

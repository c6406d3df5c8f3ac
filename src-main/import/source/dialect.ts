import Papa from 'papaparse';
import { delimiters, type Delimiter } from '../../../src-shared/model/import';

export type Newline = '\n' | '\r\n' | '\r';

/** The first line break outside quotes decides how the file ends its lines. */
export function detectNewline(text: string): Newline {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    else if (!quoted && c === 10) return '\n';
  }
  return '\n';
}

interface Consistency {
  delimiter: Delimiter;
  fields: number;
  share: number;
  /** Fields left holding a quote: the fragments a wrong delimiter cuts out of quoted text. */
  quoted: number;
}

function consistency(
  text: string,
  delimiter: Delimiter,
  newline: Newline,
  complete: boolean,
): Consistency {
  const parser = new Papa.Parser({ delimiter, newline, preview: 60 });
  const result = parser.parse(text, 0, !complete) as { data: string[][] };
  const counts = new Map<number, number>();
  let rows = 0;
  let quoted = 0;
  for (const row of result.data) {
    if (row.length === 1 && (row[0] ?? '').trim() === '') continue;
    rows++;
    for (const field of row) if (field.includes('"')) quoted++;
    counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  }
  let fields = 1;
  let best = 0;
  for (const [count, n] of counts) {
    if (n > best || (n === best && count > fields)) {
      fields = count;
      best = n;
    }
  }
  return { delimiter, fields, share: rows === 0 ? 0 : best / rows, quoted };
}

/**
 * Sniffs the delimiter from the first rows: the candidate that splits them into the same number of
 * fields, more than one, most consistently. Quotes are honoured, so commas inside quoted text, or
 * decimal commas in a semicolon file, do not mislead it. A file of one column is read with commas.
 */
export function sniffDelimiter(text: string, newline: Newline, complete: boolean): Delimiter {
  let best: Consistency = { delimiter: ',', fields: 1, share: 0, quoted: 0 };
  const better = (c: Consistency) => {
    if (Math.abs(c.share - best.share) > 1e-9) return c.share > best.share;
    if (c.quoted !== best.quoted) return c.quoted < best.quoted;
    return c.fields > best.fields;
  };
  for (const delimiter of delimiters) {
    const c = consistency(text, delimiter, newline, complete);
    if (c.fields >= 2 && better(c)) best = c;
  }
  return best.delimiter;
}

import type { ImportProblemCode, RowIssueCode } from '../../../../src-shared/model/import';

/**
 * The import engine's problems, row issues and failures, worded from their code. `{name}` is filled
 * from the problem's params; a param named in `words` (a date order, a kind of record) is worded too.
 */
export const importProblems = {
  importProblems: {
    problems: {
      'not-found': '{file} cannot be read: it does not exist or is not a file.',
      empty: '{file} is empty.',
      'not-text':
        '{file} is not a text file in a known encoding: it holds binary data. Export the data as CSV (UTF-8, Shift_JIS or UTF-16) and import that file.',
      undecodable:
        "Line {line} has bytes that are not valid {encoding} text. Choose the file's encoding (for example Shift_JIS or Windows-1252) and import it again.",
      'record-too-long':
        'The record starting on line {line} is longer than {megabytes} MB. A quote is probably never closed; check that line.',
      'unterminated-quote':
        'The quoted field that opens on line {line} is never closed, so the rest of the file cannot be read. Close the quote and import again.',
      'no-rows': '{file} has a header but no rows to import.',
      'all-rejected':
        'None of its {rows} rows can be imported as a {kind} file. The first, line {line}: {reason}.',
      internal: '{file} could not be imported: {detail}. The workspace was not changed.',
      'no-mapping': '{file} cannot be mapped.',
      'bad-mapping': '"{field}" is not a field of a {kind} file.',
      'missing-column':
        'The mapping reads the column "{column}" for {field}, and the file has no such column.',
      'no-key':
        'This does not look like a {kind} file: no column holds its key, {key} (looked for {lookedFor}). Choose the right kind, or map the key column.',
      'missing-required': 'No column is mapped to {field}, which every {kind} row needs.',
      'unknown-preset': '"{preset}" is not a preset Advocate Lab knows.',
      'unknown-kind':
        'Advocate Lab cannot tell what this file holds: none of its columns ({columns}) is a key it knows, such as an account, subscription or ticket ID. Choose the kind of file and map its key column.',
      'blank-header': 'Column {index} has no name; it is called "{name}".',
      'duplicate-header':
        'The header "{header}" appears more than once; column {index} is called "{name}".',
      'serial-dates': '"{column}" holds spreadsheet serial numbers; they are read as dates.',
      'date-order': '"{column}" is read as {order}.',
      'mixed-date-orders':
        '"{column}" mixes day-first and month-first dates; it is read as {order}, and rows that do not fit are rejected.',
      'ambiguous-date-order':
        'Every date in "{column}" could be day-first or month-first; they are read as {order}. Set the order in the mapping if that is wrong.',
      'date-order-open':
        'The first rows of "{column}" could be day-first or month-first; the import reads the whole column to decide.',
      'row-rejected': 'Line {line}: {reason}.',
      'rows-rejected': '{count} of the first {rows} rows would be rejected.',
      orphans:
        '{count} of the {total} {table} referred to in the first rows ("{column}") are not in the workspace yet; their rows are kept and flagged.',
      'short-rows':
        '{count} rows have fewer fields than the header; the missing ones are read as blank.',
      'merged-rows': '{count} rows repeat a key of an earlier row; {merge}.',
    } satisfies Record<ImportProblemCode, string>,
    rows: {
      'not-a-number': '"{value}" is not a number',
      'not-whole-number': '"{value}" is not a whole number',
      'not-yes-no': '"{value}" is not yes or no',
      'not-a-date': '"{value}" is not a date (the column is read as {order})',
      'not-a-timestamp': '"{value}" is not a date and time (the column is read as {order})',
      'unknown-value': '"{value}" is not a known {field} ({known})',
      'unknown-value-dropped':
        '"{value}" is not a known {field} ({known}); the field is left empty',
      'not-billing-interval': '"{value}" is not a billing interval',
      'no-subscription-id': 'no subscription ID, so its account cannot be found',
      'unknown-subscription':
        'subscription {id} is not in the workspace; import its subscriptions file first',
      'no-key-value': 'no {field} (the key of {table})',
      'no-required-value': 'no {field}, which every {table} row needs',
      'undoubled-quote':
        'a quote inside a quoted field is not doubled, so the row cannot be read reliably',
      'nul-bytes': 'contains NUL bytes: binary data, not text',
      'extra-fields': 'the row has {fields} fields and the header {header}',
      'field-too-long':
        'field {field} holds {chars} characters, more than the {limit} a field may hold',
      orphan: 'unknown {record} {id}: the row is kept and flagged as an orphan',
      'duplicate-key': 'duplicate key: an earlier row of this file has the same {fields} ({key})',
      refused: 'the workspace refuses the row: {detail}',
    } satisfies Record<RowIssueCode, string>,
    /** Param values that are words of their own. */
    words: {
      mdy: 'month/day/year',
      dmy: 'day/month/year',
      ymd: 'year/month/day',
      sum: 'their values are added up',
      latest: 'the latest churn date is kept',
      account: 'account',
      partner: 'partner',
      payment: 'payment',
    },
    notChosen:
      'This file was not chosen in this window; choose it with “Choose files…” or drop it on the window.',
  },
};

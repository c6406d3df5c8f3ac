import { describe, expect, it } from 'vitest';
import type { FileInspection, ImportMapping } from '../../src-shared/model/import';
import {
  changedOptions,
  editableMapping,
  fileNameOf,
  isImportable,
  requestOptions,
  withFieldColumn,
  type StagedFile,
} from './import-staging';

const mapping: ImportMapping = {
  kind: 'accounts',
  preset: 'generic-accounts',
  fields: [
    { field: 'account_id', columns: ['id'] },
    { field: 'name', columns: ['first', 'last'], transform: 'join' },
    { field: 'signup_date', columns: ['created'] },
  ],
  dateOrders: { created: 'dmy' },
};

const inspection = (over: Partial<FileInspection> = {}): FileInspection => ({
  path: '/x/a.csv',
  fileName: 'a.csv',
  size: 10,
  encoding: 'utf-8',
  encodingSource: 'detected',
  delimiter: ',',
  decimal: '.',
  header: ['id', 'first', 'last', 'created'],
  rows: [],
  lines: [],
  columns: [],
  kind: 'accounts',
  preset: 'generic-accounts',
  candidates: [],
  mapping,
  mappingSource: 'detected',
  targetFields: [],
  problems: [],
  ...over,
});

const staged = (over: Partial<StagedFile> = {}): StagedFile => ({
  id: 's1',
  fileName: 'a.csv',
  path: '/x/a.csv',
  options: {},
  status: 'ready',
  inspection: inspection(),
  error: null,
  request: 1,
  ...over,
});

describe('staging files for import', () => {
  it('drops an edited mapping when the kind or preset changes, and keeps it for encoding or delimiter', () => {
    const edited = { encoding: 'shift_jis' as const, mapping };
    expect(changedOptions(edited, { kind: 'contacts' })).toEqual({
      encoding: 'shift_jis',
      kind: 'contacts',
    });
    expect(changedOptions({ kind: 'accounts', mapping }, { preset: 'hubspot-companies' })).toEqual({
      preset: 'hubspot-companies',
    });
    expect(changedOptions(edited, { delimiter: ';' })).toEqual({
      encoding: 'shift_jis',
      delimiter: ';',
      mapping,
    });
    expect(changedOptions({ kind: 'tickets' }, { encoding: 'utf-16le' })).toEqual({
      kind: 'tickets',
      encoding: 'utf-16le',
    });
    expect(changedOptions(edited, { resetMapping: true })).toEqual({ encoding: 'shift_jis' });
    expect(changedOptions(edited, { reset: true })).toEqual({});
  });

  it('maps a field to one column in its place, or unmaps it, leaving the rest alone', () => {
    const renamed = withFieldColumn(mapping, 'name', 'company');
    expect(renamed.fields.map((f) => [f.field, f.columns, f.transform])).toEqual([
      ['account_id', ['id'], undefined],
      ['name', ['company'], undefined],
      ['signup_date', ['created'], undefined],
    ]);
    expect(renamed.dateOrders).toEqual({ created: 'dmy' });
    expect(withFieldColumn(mapping, 'industry', 'sector').fields.at(-1)).toEqual({
      field: 'industry',
      columns: ['sector'],
    });
    expect(withFieldColumn(mapping, 'name', null).fields.map((f) => f.field)).toEqual([
      'account_id',
      'signup_date',
    ]);
    expect(mapping.fields).toHaveLength(3);
  });

  it('edits the analyst’s mapping first, then the detected one, then an empty one of the kind', () => {
    const own = { ...mapping, preset: 'custom' };
    expect(editableMapping(staged({ options: { mapping: own } }))).toBe(own);
    expect(editableMapping(staged())).toBe(mapping);
    expect(
      editableMapping(staged({ inspection: inspection({ mapping: null, kind: 'tickets' }) })),
    ).toEqual({ kind: 'tickets', preset: 'generic-accounts', fields: [] });
    expect(
      editableMapping(staged({ inspection: inspection({ mapping: null, kind: null }) })),
    ).toBeNull();
  });

  it('imports only files that are checked, mapped and free of fatal problems', () => {
    expect(isImportable(staged())).toBe(true);
    expect(isImportable(staged({ status: 'inspecting' }))).toBe(false);
    expect(isImportable(staged({ path: null }))).toBe(false);
    expect(isImportable(staged({ inspection: inspection({ mapping: null }) }))).toBe(false);
    const fatal = { severity: 'fatal' as const, code: 'no-key', message: 'No key.' };
    expect(isImportable(staged({ inspection: inspection({ problems: [fatal] }) }))).toBe(false);
    const warning = { severity: 'warning' as const, code: 'orphans', message: 'Orphans.' };
    expect(isImportable(staged({ inspection: inspection({ problems: [warning] }) }))).toBe(true);
  });

  it('sends no options when there are none, and names files on any platform', () => {
    expect(requestOptions({})).toBeUndefined();
    expect(requestOptions({ delimiter: ';' })).toEqual({ delimiter: ';' });
    expect(fileNameOf('/home/ana/exports/accounts.csv')).toBe('accounts.csv');
    expect(fileNameOf('C:\\Users\\ana\\顧客.csv')).toBe('顧客.csv');
  });
});

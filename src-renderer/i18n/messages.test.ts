import { describe, expect, it } from 'vitest';
import { canonicalSources } from '../../src-shared/model/canonical';
import { fieldNames } from './field-names';
import { messages } from './messages';

type Table = { [key: string]: unknown };

/** Every leaf of a translation table by its path; functions are called with sample arguments. */
function leaves(table: Table, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'function') found.set(path, String(value('①', '②')));
    else if (value && typeof value === 'object') {
      for (const [leaf, text] of leaves(value as Table, path)) found.set(leaf, text);
    }
  }
  return found;
}

describe('translation tables', () => {
  const en = leaves(messages.en);
  const ja = leaves(messages.ja);

  it('have the same keys in English and Japanese, none of them empty', () => {
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, text] of [...en, ...ja]) expect(text.trim(), path).not.toBe('');
  });

  it('put every argument of a message into its Japanese text as well', () => {
    for (const [path, english] of en) {
      const japanese = ja.get(path) ?? '';
      for (const mark of ['①', '②']) {
        if (english.includes(mark)) expect(japanese, path).toContain(mark);
      }
    }
  });

  it('translate the visible words: Japanese differs from English outside names and codes', () => {
    // The metrics' acronyms (MRR, LTV, NPS, CSAT) and the dash of an empty cell are written the
    // same in Japanese business text.
    const acronym = /^(?:[A-Z]{2,5}|—)$/;
    const same = [...en]
      .filter(([path, text]) => ja.get(path) === text && !acronym.test(text))
      .map(([path]) => path);
    // Product name, language names, the name of an encoding and the path example read the same in
    // both.
    expect(same.sort()).toEqual(
      [
        'app.name',
        'import.encodings.utf-8',
        'preferences.languages.en',
        'preferences.languages.ja',
        'workspace.pathPlaceholder',
      ].sort(),
    );
  });

  it('label every canonical field', () => {
    const canonical = new Set(
      Object.values(canonicalSources).flatMap((source) => source.fields.map((f) => f.name)),
    );
    expect(
      [...canonical].filter((name) => !(fieldNames as readonly string[]).includes(name)),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { importProblemCodes, rowIssueCodes } from '../../../src-shared/model/import';
import { messages } from '../../i18n/messages';
import { problemText, rowReasonText } from './problem-text';

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the wording of the engine’s problems', () => {
  it('has an English and a Japanese template with the same params for every code', () => {
    for (const [codes, table] of [
      [importProblemCodes, 'problems'],
      [rowIssueCodes, 'rows'],
    ] as const) {
      for (const code of codes) {
        const en = (messages.en.importProblems[table] as Record<string, string | undefined>)[code];
        const ja = (messages.ja.importProblems[table] as Record<string, string | undefined>)[code];
        expect(en, `${table} ${code} in English`).toBeTruthy();
        expect(ja, `${table} ${code} in Japanese`).toBeTruthy();
        expect(placeholders(ja ?? ''), `${table} ${code}`).toEqual(placeholders(en ?? ''));
      }
    }
  });

  it('fills a date order and words the order itself', () => {
    const note = {
      code: 'date-order',
      params: { file: 'accounts.csv', column: 'signup_date', order: 'mdy' },
      message: 'accounts.csv: "signup_date" is read as month/day/year.',
    };
    expect(problemText(messages.en, note)).toBe('"signup_date" is read as month/day/year.');
    expect(problemText(messages.ja, note)).toBe(
      '「signup_date」は月/日/年の順として読み取ります。',
    );
  });

  it('words a row’s reason, also inside a problem about that row', () => {
    expect(rowReasonText(messages.ja, 'not-a-number', { value: 'lots' }, 'English')).toBe(
      '「lots」は数値ではありません',
    );
    const rejected = {
      code: 'row-rejected',
      params: {
        line: 2,
        value: 'many',
        reason: '"many" is not a number',
        reasonCode: 'not-a-number',
      },
      message: 'Line 2, "health_score": "many" is not a number.',
    };
    expect(problemText(messages.ja, rejected)).toBe('2 行目: 「many」は数値ではありません。');
  });

  it('falls back to the English text for a code without a template or a missing param', () => {
    expect(problemText(messages.ja, { code: 'something-new', message: 'Something new.' })).toBe(
      'Something new.',
    );
    expect(problemText(messages.ja, { code: 'date-order', message: 'English' })).toBe('English');
    expect(rowReasonText(messages.ja, undefined, undefined, 'stored reason')).toBe('stored reason');
  });
});

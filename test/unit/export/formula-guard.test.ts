import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseFormula } from '../../../src-main/export/formula-guard';

describe('formula guard', () => {
  it('neutralises the ASCII formula starts and the control characters of DDE payloads', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n'])
      expect(neutraliseFormula(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
  });

  it('neutralises the full-width forms, which Excel in Japan also reads as formula starts', () => {
    for (const start of ['＝', '＋', '－', '＠'])
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
  });

  it('neutralises the small forms, the small equals sign included', () => {
    expect(neutraliseFormula('﹦1+1')).toBe("'﹦1+1");
    for (const start of ['\ufe62', '\ufe63', '\ufe6b'])
      expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
  });

  it('sees a formula start behind a leading zero-width space or other invisible characters', () => {
    expect(neutraliseFormula('\u200b=cmd|" /C calc"!A0')).toBe(`'\u200b=cmd|" /C calc"!A0`);
    expect(neutraliseFormula('\u200b\u200b﹦1')).toBe("'\u200b\u200b﹦1");
    expect(neutraliseFormula('\ufeff+1')).toBe("'\ufeff+1");
    expect(neutraliseFormula('\u2060@SUM(A1)')).toBe("'\u2060@SUM(A1)");
  });

  it('leaves plain text alone, an invisible character in front of plain text included', () => {
    for (const text of ['', 'plain', 'a=b', '1-2', '\u200b', '\u200bplain', ' =1', '株式会社'])
      expect(neutraliseFormula(text)).toBe(text);
    expect(looksLikeFormula('\u200bx=1')).toBe(false);
  });
});

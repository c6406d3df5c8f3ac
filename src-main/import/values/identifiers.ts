const wholeWithZeros = /^-?\d+\.0+$/;
const formulaText = /^="(.*)"$/;

/**
 * An identifier as the source system wrote it. Spreadsheets turn the ID 17850 into `17850.0`, and
 * some exports protect leading zeros as `="00123"`; both are read back as the original text.
 */
export function parseIdentifier(raw: string): string {
  const text = raw.trim();
  if (wholeWithZeros.test(text)) return text.slice(0, text.indexOf('.'));
  const formula = formulaText.exec(text);
  return formula ? (formula[1] ?? '') : text;
}

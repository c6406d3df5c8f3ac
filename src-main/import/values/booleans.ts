const truthy = new Set([
  'true',
  't',
  'yes',
  'y',
  '1',
  '1.0',
  'on',
  'checked',
  '✓',
  '✔',
  '○',
  '◯',
  'はい',
  '有',
  'あり',
  '有り',
  '済',
  'ja',
  'oui',
  'sí',
  'si',
]);
const falsy = new Set([
  'false',
  'f',
  'no',
  'n',
  '0',
  '0.0',
  'off',
  'unchecked',
  '✗',
  '✘',
  '×',
  'いいえ',
  '無',
  'なし',
  '無し',
  '未',
  'nein',
  'non',
]);

/** Reads yes or no in the forms exports use; undefined when the text is neither. */
export function parseBoolean(raw: string): 0 | 1 | undefined {
  const text = raw.trim().toLowerCase();
  if (truthy.has(text)) return 1;
  if (falsy.has(text)) return 0;
  return undefined;
}

/** True when a value is one of the words for yes or no (not a digit, which may be a count). */
export const isBooleanWord = (raw: string): boolean => {
  const text = raw.trim().toLowerCase();
  return text !== '0' && text !== '1' && parseBoolean(text) !== undefined;
};

/**
 * The names analysts and tools give the fields several kinds share, in English and Japanese,
 * normalised (see `normaliseHeader`).
 */
export const accountId = [
  'account id',
  'accountid',
  'customer id',
  'company id',
  'organization id',
  'org id',
  'client id',
  'account number',
  'customer number',
  'account external id',
  'external account id',
  'account',
  'customer',
  '顧客id',
  '顧客番号',
  '顧客コード',
  '企業id',
  '会社id',
  '取引先id',
  'アカウントid',
];
export const partnerId = [
  'partner id',
  'partner key',
  'affiliate id',
  'promoter id',
  'partner',
  'affiliate',
  'パートナーid',
  '紹介者id',
  'アフィリエイターid',
];
export const currency = ['currency', 'currency code', 'curr', '通貨', '通貨コード'];
export const status = ['status', 'state', 'ステータス', '状態'];
export const firstLast = [
  ['first name', 'firstname', 'given name'],
  ['last name', 'lastname', 'surname', 'family name'],
];
export const japaneseName = [['姓'], ['名']];

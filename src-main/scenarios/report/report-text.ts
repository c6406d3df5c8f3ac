const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to place in HTML, between tags or in a quoted attribute. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

const amount = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Money with two decimals and grouped thousands; the report states the currency once. */
export const money = (x: number): string => amount.format(x);

/** Money on a chart's axis: 79.9K. */
export const axisMoney = (x: number): string => compact.format(x);

/** A signed change: +1,200.00 USD, −35.10 USD, 0. */
export const signed = (text: string, x: number): string =>
  x > 0 ? `+${text}` : x < 0 ? `−${text.replace(/^-/, '')}` : text;

export const ratio = (x: number | null): string => (x === null ? '—' : x.toFixed(2));
export const share = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

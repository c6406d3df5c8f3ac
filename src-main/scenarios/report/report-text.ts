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

/** Money in the base currency with two decimals and grouped thousands. */
export const moneyFormat = (currency: string) => {
  const format = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (x: number): string => `${format.format(x)} ${currency}`;
};

/** A signed change: +1,200.00 USD, −35.10 USD, 0. */
export const signed = (text: string, x: number): string =>
  x > 0 ? `+${text}` : x < 0 ? `−${text.replace(/^-/, '')}` : text;

export const ratio = (x: number | null): string => (x === null ? '—' : x.toFixed(2));
export const share = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

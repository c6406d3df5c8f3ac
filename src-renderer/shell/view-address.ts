/**
 * Views live in the address's fragment (#/advocates), which survives a reload and needs no server. A
 * view may take one parameter after it (#/customer-360/ACC-00042), such as the account it shows.
 */
export const viewHash = (view: string, param?: string | null): string =>
  `#/${view}${param ? `/${encodeURIComponent(param)}` : ''}`;

/** The view a fragment names, when it is one of `known`; else the fallback. */
export function viewFromHash(hash: string, known: readonly string[], fallback: string): string {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return known.includes(id) ? id : fallback;
}

/** The parameter after the view in a fragment, or null. */
export function paramFromHash(hash: string): string | null {
  const rest = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  const at = rest.indexOf('/');
  if (at < 0 || at === rest.length - 1) return null;
  try {
    return decodeURIComponent(rest.slice(at + 1));
  } catch {
    return null;
  }
}

/** Views live in the address's fragment (#/overview), which survives a reload and needs no server. */
export const viewHash = (view: string): string => `#/${view}`;

/** The view a fragment names, when it is one of `known`; else the fallback. */
export function viewFromHash(hash: string, known: readonly string[], fallback: string): string {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return known.includes(id) ? id : fallback;
}

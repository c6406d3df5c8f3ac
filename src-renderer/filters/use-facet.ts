import { useEffect, useState } from 'react';
import type { ListFacet, ListName, ListQuery } from '../../src-shared/model/lists';
import { api } from '../api/client';

/** A filter's choices with their counts, among the rows the other filters keep; null while asked. */
export function useFacet(
  list: ListName,
  column: string,
  query: ListQuery,
  version: number,
  enabled: boolean,
): ListFacet | null {
  const key = JSON.stringify([list, column, query, version]);
  const [facet, setFacet] = useState<{ key: string; value: ListFacet } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void api.invoke('lists:facet', { list, column, query }).then((result) => {
      if (current && result.ok) setFacet({ key, value: result.value });
    });
    return () => {
      current = false;
    };
    // The key names everything the request depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);
  return facet?.key === key ? facet.value : null;
}

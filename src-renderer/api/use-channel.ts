import { useEffect, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../src-shared/ipc/contract';
import { api } from './client';

/**
 * The answer of one channel to one request, asked again whenever the request or `version` (the
 * results' version, say) changes; an answer that arrives after a newer request is dropped. Null
 * until the first answer, and kept while a newer one is on its way so the view does not flicker.
 */
export function useChannel<C extends Channel>(
  channel: C,
  request: RequestOf<C> | null,
  version = 0,
): ResponseOf<C> | null {
  const [value, setValue] = useState<ResponseOf<C> | null>(null);
  const key = JSON.stringify([channel, request, version]);
  useEffect(() => {
    if (request === null) return;
    let current = true;
    void api.invoke(channel, request).then((result) => {
      if (current && result.ok) setValue(result.value);
    });
    return () => {
      current = false;
    };
    // The key names everything the request depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value;
}

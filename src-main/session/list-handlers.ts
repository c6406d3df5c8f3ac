import type { listChannels } from '../../src-shared/ipc/list-channels';
import type { ListName } from '../../src-shared/model/lists';
import { exportList } from '../analysis/lists/list-export';
import { exportToBytes } from '../export/export-bytes';
import { listFacet, listPage, ListQueryError } from '../analysis/lists/list-query';
import { lists } from '../analysis/lists/lists';
import { analysed } from '../analysis/results/not-analysed';
import { readStamp } from '../analysis/store/results-reader';
import type { Handlers } from '../ipc/handlers';
import type { Session } from './session';

type ListChannel = keyof typeof listChannels;

function definition(name: ListName) {
  const def = lists[name];
  if (!def) throw new ListQueryError(`The list "${name}" is not available.`);
  return def;
}

/** Pages of stored results, read on the session's connection through the lists' indexes. */
export function listHandlers(session: Session): Handlers<ListChannel> {
  const db = () => session.current().db;
  return {
    'lists:page': ({ list, columns, query, offset, limit, withTotal }) => {
      analysed(readStamp(db()));
      return listPage(db(), definition(list), query, columns, offset, limit, withTotal);
    },
    'lists:facet': ({ list, column, query }) => {
      analysed(readStamp(db()));
      return listFacet(db(), definition(list), column, query);
    },
    'tables:export': ({ title, headers, rows, format, encoding }) =>
      exportToBytes({ name: title, headers, rows }, format, encoding, [db().name]),
    'lists:export': (request) => {
      analysed(readStamp(db()));
      return exportList(db(), definition(request.list), request);
    },
  };
}

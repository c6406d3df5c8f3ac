import type { KeyFigures } from '../../src-shared/model/overview';
import type { JobContext } from '../job/context';
import { computeKeyFigures } from './key-figures';

export function keyFiguresJob(params: { path: string }, context: JobContext): KeyFigures {
  const db = context.databases.reader(params.path);
  return db.transaction(() =>
    computeKeyFigures(db, (done) => {
      context.throwIfCancelled();
      context.progress({ phase: 'key-figures', done, total: null, unit: 'rows' });
    }),
  )();
}

import type { GoalChannel } from '../../src-shared/ipc/goal-channels';
import { InvalidGoalInput } from '../goals/goal-error';
import { readGoalProgress, readOneGoalProgress } from '../goals/goal-reader';
import { deleteGoal, saveGoal } from '../goals/goal-store';
import { segmentChoices } from '../goals/segment-choices';
import type { Handlers } from '../ipc/handlers';
import type { Session } from './session';

/**
 * The goal channels. Goals are small rows on the session's connection; measuring one against the
 * stored results reads the data, so it runs in the worker, as analyses do.
 */
export function goalHandlers(session: Session): Handlers<GoalChannel> {
  const db = () => session.current().db;
  return {
    'goals:list': () => readGoalProgress(db()),
    'goals:save': async ({ id, goal }) => {
      const saved = saveGoal(db(), goal, id);
      await session.runJob('measure-goals', { path: session.current().path, goalIds: [saved.id] });
      const progress = readOneGoalProgress(db(), saved.id);
      if (!progress) throw new InvalidGoalInput('The goal was deleted meanwhile.', 'id');
      return progress;
    },
    'goals:delete': ({ id }) => ({ deleted: deleteGoal(db(), id) }),
    'goals:segment-values': ({ dimension }) => segmentChoices(db(), dimension),
  };
}

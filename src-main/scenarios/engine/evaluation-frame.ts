import type { ScenarioBook } from '../book/scenario-book';
import { bookMoney, type BookMoney } from '../outputs/book-money';
import { historyPayback, projectionPayback, type PaybackBase } from './payback-base';
import { discountFactors, projectionFrame, type ProjectionFrame } from './projection-frame';

/** Everything scenarios over one book, horizon and money settings share. */
export interface EvaluationFrame {
  book: ScenarioBook;
  grossMargin: number;
  discountRate: number;
  horizon: number;
  frame: ProjectionFrame;
  discount: Float64Array;
  money: BookMoney;
  historyPayback: PaybackBase;
  projectionPayback: PaybackBase;
  /** Months from the book's first month to the horizon's last. */
  months: number;
}

const kept = new WeakMap<ScenarioBook, Map<string, EvaluationFrame>>();

export function evaluationFrame(
  book: ScenarioBook,
  grossMargin: number,
  discountRate: number,
  horizon: number,
): EvaluationFrame {
  let frames = kept.get(book);
  if (!frames) kept.set(book, (frames = new Map()));
  const key = `${horizon}:${discountRate}:${grossMargin}`;
  let made = frames.get(key);
  if (!made) {
    const frame = projectionFrame(book, horizon);
    const discount = discountFactors(discountRate, horizon);
    made = {
      book,
      grossMargin,
      discountRate,
      horizon,
      frame,
      discount,
      money: bookMoney(book, frame, discount),
      historyPayback: historyPayback(book),
      projectionPayback: projectionPayback(book, frame),
      months: book.asOfMonth + horizon - book.firstMonth + 1,
    };
    frames.set(key, made);
  }
  return made;
}

import type { ProblemParams } from '../../../src-shared/model/import';
import type { Messages } from '../../i18n/messages';

/** What the engine says about a file or a row: a code, what it is worded from, and the English text. */
export interface EngineText {
  code?: string | undefined;
  params?: ProblemParams | undefined;
  /** The engine's English wording, shown when the code has no template or a param is missing. */
  message: string;
}

type Table = Record<string, string | undefined>;

function fill(m: Messages, template: string, params: ProblemParams): string | null {
  const words: Table = m.importProblems.words;
  let complete = true;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) {
      complete = false;
      return '';
    }
    return typeof value === 'string' ? (words[value] ?? value) : String(value);
  });
  return complete ? text : null;
}

/** A row's reason in the analyst's language; the English reason without a code or a template. */
export function rowReasonText(
  m: Messages,
  code: string | undefined,
  params: ProblemParams | undefined,
  reason: string,
): string {
  const template = code === undefined ? undefined : (m.importProblems.rows as Table)[code];
  return (template !== undefined && fill(m, template, params ?? {})) || reason;
}

/**
 * A problem or failure in the analyst's language. A problem about a row (a rejected first row, a
 * file whose rows were all rejected) carries that row's reason as `reasonCode`, worded the same way.
 */
export function problemText(m: Messages, { code, params = {}, message }: EngineText): string {
  const template = code === undefined ? undefined : (m.importProblems.problems as Table)[code];
  if (template === undefined) return message;
  const reasonCode = params.reasonCode;
  const filled =
    typeof params.reason === 'string'
      ? {
          ...params,
          reason: rowReasonText(
            m,
            typeof reasonCode === 'string' ? reasonCode : undefined,
            params,
            params.reason,
          ),
        }
      : params;
  return fill(m, template, filled) ?? message;
}

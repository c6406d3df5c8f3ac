import type { z } from 'zod';
import { jsonErrorOffset } from './json-error-offset';
import { SCENARIO_FILE_VERSION, scenarioFileSchema, type ScenarioFile } from './scenario-file';

/** One problem with a scenario file, named by the field it is about (`structure.steps.0.percent`). */
export interface ScenarioFieldIssue {
  /** The field as a dotted path; empty for the file as a whole. */
  path: string;
  message: string;
  /** Where in the file's text, when the problem is that the text is not JSON. */
  line?: number;
  column?: number;
}

export type ScenarioValidation =
  { ok: true; file: ScenarioFile } | { ok: false; issues: ScenarioFieldIssue[] };

const dotted = (path: readonly PropertyKey[]): string => path.map(String).join('.');

function issueOf(issue: z.core.$ZodIssue): ScenarioFieldIssue[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      path: dotted([...issue.path, key]),
      message: 'unknown key: a version 1 scenario file has no such field',
    }));
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value')
    return [{ path: dotted(issue.path), message: issue.message }];
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return [{ path: dotted(issue.path), message: 'is required' }];
  return [{ path: dotted(issue.path), message: issue.message }];
}

/**
 * Checks a parsed JSON value against the scenario file's rules. The version is checked first and
 * alone: a file from a newer version may hold fields this one does not know, and one message
 * saying so helps more than a list of them.
 */
export function validateScenarioFile(input: unknown): ScenarioValidation {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, issues: [{ path: '', message: 'a scenario file is one JSON object' }] };
  const version = (input as Record<string, unknown>).version;
  if (version === undefined)
    return {
      ok: false,
      issues: [
        {
          path: 'version',
          message: `is required: a scenario file says which version it is written in (this application reads version ${SCENARIO_FILE_VERSION})`,
        },
      ],
    };
  if (typeof version === 'number' && Number.isInteger(version) && version > SCENARIO_FILE_VERSION)
    return {
      ok: false,
      issues: [
        {
          path: 'version',
          message: `${version} is newer than this application reads (version ${SCENARIO_FILE_VERSION}); update Advocate Lab to open this file`,
        },
      ],
    };
  if (version !== SCENARIO_FILE_VERSION)
    return {
      ok: false,
      issues: [{ path: 'version', message: `must be ${SCENARIO_FILE_VERSION}` }],
    };
  const parsed = scenarioFileSchema.safeParse(input);
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, issues: parsed.error.issues.flatMap(issueOf) };
}

/** The line and column (both from 1) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * A scenario file's text, parsed and checked. Text that is not JSON is reported with the line and
 * column where parsing stopped.
 */
export function parseScenarioText(text: string): ScenarioValidation {
  const body = text.replace(/^\ufeff/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(body);
    const where = offset === null ? undefined : lineAndColumn(body, offset);
    return {
      ok: false,
      issues: [{ path: '', message: `not valid JSON: ${message}`, ...(where ?? {}) }],
    };
  }
  return validateScenarioFile(value);
}

/** Issues as one line each: `structure.steps: must list at least one step`. */
export const describeIssues = (issues: readonly ScenarioFieldIssue[]): string[] =>
  issues.map((issue) => {
    const where =
      issue.line === undefined ? '' : `line ${issue.line}, column ${issue.column ?? 1}: `;
    return `${where}${issue.path === '' ? 'the file' : issue.path}: ${issue.message}`;
  });

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseStudyRule } from '../../../src-shared/model/analysis/case-studies';
import {
  activeRuleName,
  chooseRule,
  deleteRule,
  listRules,
  saveRule,
} from '../../analysis/candidates/case-study-rules';
import { defaultCaseStudyRule } from '../../analysis/settings/analysis-settings';
import { flag, optionalString } from '../args';
import { InputError, UsageError } from '../cli-error';
import {
  jsonOption,
  workspaceOption,
  type Command,
  type OptionSpec,
  type ParsedArgs,
} from '../command';
import { formatRule, formatRules } from '../format/settings-text';
import { withWorkspace } from '../workspace-access';
import {
  asInputError,
  json,
  numberOption,
  onlyWith,
  oneOperand,
  subcommand,
  validRequest,
} from './analysis-edits';

type RuleField = Exclude<keyof CaseStudyRule, 'name'>;

/** Every field of a rule, as an option named after it (`minScore` → `--min-score`). */
const ruleFields = (Object.keys(defaultCaseStudyRule) as (keyof CaseStudyRule)[]).filter(
  (field): field is RuleField => field !== 'name',
);
const optionName = (field: string) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const isFlag = (field: RuleField) => typeof defaultCaseStudyRule[field] === 'boolean';
const fieldOptions: OptionSpec = Object.fromEntries(
  ruleFields.map((field) => [optionName(field), { type: 'string' as const }]),
);
const saveOptions = [...ruleFields.map(optionName), 'json-file'];

const withoutName = (fields: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(fields).filter(([key]) => key !== 'name'));

function flagOption(args: ParsedArgs, name: string): boolean | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  if (value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  throw new UsageError(`--${name} must be true or false.`);
}

/** `--json-file RULE.json`: rule fields as `rules --json` lists them; a name in it is ignored. */
function readRuleFile(path: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  } catch (error) {
    throw new InputError(`${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InputError(`${path} must hold one JSON object of rule fields.`);
  return withoutName(value);
}

/** The fields to save: the rule as it is (if it exists), then the file, then the options. */
function ruleEdit(args: ParsedArgs, existing: CaseStudyRule | undefined): Record<string, unknown> {
  const current = withoutName(existing ?? {});
  const file = optionalString(args, 'json-file');
  const fields: Record<string, unknown> = {
    ...current,
    ...(file === undefined ? {} : readRuleFile(resolve(file))),
  };
  for (const field of ruleFields) {
    const option = optionName(field);
    const value = isFlag(field) ? flagOption(args, option) : numberOption(args, option);
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}

const fieldUsage = ruleFields
  .map((f) => `[--${optionName(f)} ${isFlag(f) ? 'true|false' : 'N'}]`)
  .join(' ');

export const rulesCommand: Command = {
  name: 'rules',
  summary:
    'case-study rules; save one (fields not given keep their values), delete one, or choose the active one',
  usage: `rules [save NAME [--json-file RULE.json] ${fieldUsage} | delete NAME | use NAME] --workspace W [--json]`,
  options: {
    ...workspaceOption,
    ...jsonOption,
    ...fieldOptions,
    'json-file': { type: 'string' },
  },
  positionals: true,
  run: (args, io) => {
    const { verb, operands } = subcommand(args, 'rules', ['save', 'delete', 'use']);
    if (verb !== 'save') onlyWith(args, saveOptions, 'rules save');
    const name = verb === undefined ? '' : oneOperand(operands, 'rule name', `rules ${verb}`);
    return withWorkspace(args, (ws) => {
      const db = ws.db;
      if (verb === 'save') {
        const existing = listRules(db).find((r) => r.name === name.trim());
        const request = validRequest(
          'analysis:rule-save',
          { name, rule: ruleEdit(args, existing) },
          (path) => {
            if (path === 'name') return 'The rule name';
            if (path === 'rule') return optionalString(args, 'json-file') ?? 'The rule';
            const field = path.replace('rule.', '');
            return `${field} (--${optionName(field)})`;
          },
        );
        const rule = asInputError(() => saveRule(db, request.name, request.rule));
        io.out(flag(args, 'json') ? json(rule) : formatRule(rule, 'Saved'));
      } else if (verb === 'delete') {
        const wasActive = activeRuleName(db) === name;
        if (!deleteRule(db, name))
          throw new InputError(
            name === defaultCaseStudyRule.name
              ? `"${name}" is the built-in case-study rule and stays.`
              : `No saved case-study rule is named "${name}".`,
          );
        const active = activeRuleName(db);
        if (flag(args, 'json')) io.out(json({ deleted: true, name, active }));
        else
          io.out(
            `Deleted the case-study rule "${name}".${wasActive ? ` It was the active one; "${active}" is active now.` : ''}`,
          );
      } else if (verb === 'use') {
        const rule = asInputError(() => chooseRule(db, name));
        io.out(flag(args, 'json') ? json(rule) : formatRule(rule, 'Active'));
      } else {
        const listing = { rules: listRules(db), active: activeRuleName(db) };
        io.out(flag(args, 'json') ? json(listing) : formatRules(listing.rules, listing.active));
      }
      return 0;
    });
  },
};

import type Database from 'better-sqlite3';
import type { CaseStudyRule } from '../../../src-shared/model/analysis/case-studies';
import { readSetting, writeSetting } from '../../store/settings';
import { InvalidAnalysisInput } from '../analysis-error';
import { defaultCaseStudyRule, settingKeys } from '../settings/analysis-settings';

const numberFields = [
  'minTenureMonths',
  'minNps',
  'minScore',
  'notAskedWithinDays',
  'notDeclinedWithinDays',
] as const;
const flagFields = ['requireChampionContact', 'excludeConsentRefused', 'activeOnly'] as const;

export function validateRule(input: Partial<Record<string, unknown>>, name: string): CaseStudyRule {
  const rule: CaseStudyRule = { ...defaultCaseStudyRule, name };
  for (const [key, value] of Object.entries(input)) {
    if (key === 'name') continue;
    if ((numberFields as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw new InvalidAnalysisInput(`${key} must be a number of at least 0.`);
      rule[key as (typeof numberFields)[number]] = value;
    } else if ((flagFields as readonly string[]).includes(key)) {
      if (typeof value !== 'boolean')
        throw new InvalidAnalysisInput(`${key} must be true or false.`);
      rule[key as (typeof flagFields)[number]] = value;
    } else throw new InvalidAnalysisInput(`Unknown rule field "${key}".`);
  }
  return rule;
}

/** The built-in rule (DESIGN section 4) first, then the analyst's saved rules by name. */
export function listRules(db: Database.Database): CaseStudyRule[] {
  const rows = db.prepare('SELECT name, rule FROM case_study_rules ORDER BY name').all() as {
    name: string;
    rule: string;
  }[];
  return [
    defaultCaseStudyRule,
    ...rows
      .filter((r) => r.name !== defaultCaseStudyRule.name)
      .map((r) => validateRule(JSON.parse(r.rule) as Record<string, unknown>, r.name)),
  ];
}

export function findRule(db: Database.Database, name?: string): CaseStudyRule {
  const wanted = name ?? readSetting(db, settingKeys.activeRule, defaultCaseStudyRule.name);
  const rule = listRules(db).find((r) => r.name === wanted);
  if (rule) return rule;
  if (name !== undefined) throw new InvalidAnalysisInput(`No case-study rule is named "${name}".`);
  return defaultCaseStudyRule;
}

export function saveRule(
  db: Database.Database,
  name: string,
  fields: Partial<Record<string, unknown>>,
): CaseStudyRule {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed === defaultCaseStudyRule.name)
    throw new InvalidAnalysisInput(
      `Save the rule under a name other than "${defaultCaseStudyRule.name}".`,
    );
  const rule = validateRule(fields, trimmed);
  db.prepare(
    `INSERT INTO case_study_rules (name, rule, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET rule = excluded.rule, updated_at = excluded.updated_at`,
  ).run(trimmed, JSON.stringify(rule), new Date().toISOString());
  return rule;
}

export function deleteRule(db: Database.Database, name: string): boolean {
  const removed = db.prepare('DELETE FROM case_study_rules WHERE name = ?').run(name).changes > 0;
  if (removed && readSetting(db, settingKeys.activeRule, '') === name)
    writeSetting(db, settingKeys.activeRule, defaultCaseStudyRule.name);
  return removed;
}

/** Makes a rule the one case-study lists use by default. */
export function chooseRule(db: Database.Database, name: string): CaseStudyRule {
  const rule = findRule(db, name);
  writeSetting(db, settingKeys.activeRule, rule.name);
  return rule;
}

/** The name of the rule case-study lists use by default. */
export const activeRuleName = (db: Database.Database): string => findRule(db).name;

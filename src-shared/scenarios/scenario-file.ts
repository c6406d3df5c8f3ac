import { z } from 'zod';

/**
 * The scenario file of DESIGN section 4, version 1: a named commission structure that is saved in a
 * workspace and can be exported, edited, sent and imported. The editor validates with this schema
 * as the analyst types; main parses every file with it before saving or evaluating one. Every
 * field a version 1 file may hold is named here, and any other key is refused.
 */
export const SCENARIO_FILE_VERSION = 1;

/** The longest projection, in months: ten years, as the lifetime models go. */
export const MAX_HORIZON_MONTHS = 120;
export const DEFAULT_HORIZON_MONTHS = 24;

const hasAtMostDecimals = (value: number, decimals: number): boolean => {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

/** An amount of money in the base currency: not negative, whole cents. */
const money = z
  .number()
  .finite()
  .min(0, { error: 'must not be negative' })
  .max(1e9, { error: 'must be at most 1,000,000,000' })
  .refine((x) => hasAtMostDecimals(x, 2), { error: 'must be in whole cents (two decimals)' });

/** A percentage from 0 to 100, with at most four decimals. */
const percent = z
  .number()
  .finite()
  .min(0, { error: 'must not be negative' })
  .max(100, { error: 'must be at most 100' })
  .refine((x) => hasAtMostDecimals(x, 4), { error: 'must have at most four decimals' });

const count = (min: number, max: number) =>
  z
    .number()
    .int({ error: 'must be a whole number' })
    .min(min, { error: min === 0 ? 'must not be negative' : `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** One commission: a percent of the amount or a flat amount per event, never both. */
const amountFields = { percent: percent.optional(), flat: money.optional() };

const rateSchema = z.strictObject(amountFields);

const stepSchema = z.strictObject({ payments: count(1, 100_000).optional(), ...amountFields });

const tierLevelSchema = z.strictObject({
  from: z.number().finite().min(0, { error: 'must not be negative' }),
  ...amountFields,
});

const tiersSchema = z.strictObject({
  by: z.enum(['activeCustomers', 'monthRevenue']),
  apply: z.enum(['all', 'marginal']).optional(),
  levels: z.array(tierLevelSchema).min(1, { error: 'must list at least one level' }),
});

const durationSchema = z.strictObject({
  lifetime: z.literal(true).optional(),
  payments: count(1, 100_000).optional(),
  months: count(1, 1200).optional(),
});

const bonusSchema = z.strictObject({
  when: z.enum(['activeCustomers', 'newCustomers', 'monthRevenue']),
  atLeast: z.number().finite().min(0, { error: 'must not be negative' }),
  amount: money,
  repeat: z.enum(['once', 'monthly']),
});

const clawbackSchema = z.strictObject({
  refunds: z.boolean().optional(),
  churnWithinDays: count(0, 3650).optional(),
});

const capsSchema = z.strictObject({
  perCustomer: money.optional(),
  perPartnerMonth: money.optional(),
  perPartner: money.optional(),
});

const structureFields = z.strictObject({
  event: z.enum(['payment', 'firstPayment', 'lead']).optional(),
  rate: rateSchema.optional(),
  steps: z.array(stepSchema).min(1, { error: 'must list at least one step' }).optional(),
  tiers: tiersSchema.optional(),
  duration: durationSchema.optional(),
  bonuses: z.array(bonusSchema).max(50).optional(),
  holdDays: count(0, 3650).optional(),
  clawback: clawbackSchema.optional(),
  caps: capsSchema.optional(),
});

type StructureFields = z.infer<typeof structureFields>;

interface Issue {
  path: (string | number)[];
  message: string;
}

/** The rules that tie one field of a structure to another (DESIGN section 4, "The rules"). */
function structureRules(s: StructureFields): Issue[] {
  const issues: Issue[] = [];
  const sources = (['rate', 'steps', 'tiers'] as const).filter((key) => s[key] !== undefined);
  if (sources.length > 1)
    issues.push({
      path: [sources[1] as string],
      message: `two rate sources (${sources.join(' and ')}): give exactly one of rate, steps or tiers`,
    });
  if (sources.length === 0)
    issues.push({ path: [], message: 'no rate: give exactly one of rate, steps or tiers' });
  const oneAmount = (
    value: { percent?: number | undefined; flat?: number | undefined },
    path: (string | number)[],
  ) => {
    if (value.percent !== undefined && value.flat !== undefined)
      issues.push({ path, message: 'give a percent or a flat amount, not both' });
    else if (value.percent === undefined && value.flat === undefined)
      issues.push({ path, message: 'give a percent or a flat amount' });
  };
  if (s.rate) oneAmount(s.rate, ['rate']);
  s.steps?.forEach((step, i) => {
    oneAmount(step, ['steps', i]);
    const last = i === (s.steps?.length ?? 0) - 1;
    if (last && step.payments !== undefined)
      issues.push({
        path: ['steps', i, 'payments'],
        message: 'the last step covers the rest of the payments and takes no payments count',
      });
    if (!last && step.payments === undefined)
      issues.push({
        path: ['steps', i, 'payments'],
        message: 'every step but the last says how many payments it covers',
      });
  });
  if (s.tiers) {
    const tiers = s.tiers;
    tiers.levels.forEach((level, i) => {
      oneAmount(level, ['tiers', 'levels', i]);
      const previous = tiers.levels[i - 1];
      if (previous && !(level.from > previous.from))
        issues.push({
          path: ['tiers', 'levels', i, 'from'],
          message: 'levels must rise: each from is above the one before',
        });
      if (tiers.by === 'monthRevenue' && level.flat !== undefined)
        issues.push({
          path: ['tiers', 'levels', i, 'flat'],
          message:
            'tiers by monthRevenue take percents (a flat amount for reaching a month revenue is a bonus)',
        });
      if (tiers.by === 'activeCustomers' && !Number.isInteger(level.from))
        issues.push({
          path: ['tiers', 'levels', i, 'from'],
          message: 'a count of customers is a whole number',
        });
      if (tiers.by === 'monthRevenue' && !hasAtMostDecimals(level.from, 2))
        issues.push({
          path: ['tiers', 'levels', i, 'from'],
          message: 'must be in whole cents (two decimals)',
        });
    });
    if (tiers.apply === 'marginal' && tiers.by !== 'monthRevenue')
      issues.push({
        path: ['tiers', 'apply'],
        message: 'marginal applies to tiers by monthRevenue only (slices of the month revenue)',
      });
  }
  if (s.duration) {
    const given = (['lifetime', 'payments', 'months'] as const).filter(
      (key) => s.duration?.[key] !== undefined,
    );
    if (given.length !== 1)
      issues.push({
        path: ['duration'],
        message: 'give exactly one of lifetime: true, payments: N or months: N',
      });
    if ((s.event ?? 'payment') !== 'payment')
      issues.push({ path: ['duration'], message: 'a duration applies to payment events only' });
  }
  if (s.event === 'lead') {
    const percentAt: (string | number)[][] = [];
    if (s.rate?.percent !== undefined) percentAt.push(['rate', 'percent']);
    s.steps?.forEach((step, i) => {
      if (step.percent !== undefined) percentAt.push(['steps', i, 'percent']);
    });
    s.tiers?.levels.forEach((level, i) => {
      if (level.percent !== undefined) percentAt.push(['tiers', 'levels', i, 'percent']);
    });
    for (const path of percentAt)
      issues.push({
        path,
        message: 'a lead event pays flat amounts only: a lead has no payment to take a percent of',
      });
    if (s.steps)
      issues.push({
        path: ['steps'],
        message: 'steps count payments; a lead event takes rate or tiers by activeCustomers',
      });
    if (s.tiers?.by === 'monthRevenue')
      issues.push({
        path: ['tiers', 'by'],
        message: 'a lead event has no revenue: use tiers by activeCustomers',
      });
  }
  if (s.bonuses)
    s.bonuses.forEach((bonus, i) => {
      if (bonus.when === 'monthRevenue' && !hasAtMostDecimals(bonus.atLeast, 2))
        issues.push({
          path: ['bonuses', i, 'atLeast'],
          message: 'must be in whole cents (two decimals)',
        });
      if (bonus.when !== 'monthRevenue' && !Number.isInteger(bonus.atLeast))
        issues.push({
          path: ['bonuses', i, 'atLeast'],
          message: 'a count of customers is a whole number',
        });
    });
  return issues;
}

/** One commission structure: the scenario's own, or an override's. */
export const structureSchema = structureFields.superRefine((value, ctx) => {
  for (const issue of structureRules(value))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

const overrideSchema = z
  .strictObject({
    partners: z
      .array(z.string().min(1).max(200))
      .min(1, { error: 'must list at least one partner id' })
      .optional(),
    commissionPlan: z.string().trim().min(1).max(500).optional(),
    type: z.string().trim().min(1).max(100).optional(),
    structure: structureSchema,
  })
  .superRefine((value, ctx) => {
    const matchers = (['partners', 'commissionPlan', 'type'] as const).filter(
      (key) => value[key] !== undefined,
    );
    if (matchers.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'an override matches by exactly one of partners, commissionPlan or type',
      });
  });

export const scenarioFileSchema = z.strictObject({
  version: z.literal(SCENARIO_FILE_VERSION),
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(120),
  description: z.string().max(2000).optional(),
  structure: structureSchema,
  overrides: z.array(overrideSchema).max(500).optional(),
  horizonMonths: count(1, MAX_HORIZON_MONTHS).optional(),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type CommissionStructure = z.infer<typeof structureSchema>;
export type ScenarioOverride = NonNullable<ScenarioFile['overrides']>[number];

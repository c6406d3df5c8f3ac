import type { ParsedRequestOf } from '../../../src-shared/ipc/contract';
import { saveAnalysisSettings } from '../../analysis/settings/settings-edits';
import { readWorkspaceSettings } from '../../analysis/settings/workspace-settings';
import { flag, optionalString } from '../args';
import { InputError, UsageError } from '../cli-error';
import { jsonOption, workspaceOption, type Command, type ParsedArgs } from '../command';
import { formatWorkspaceSettings } from '../format/workspace-settings-text';
import { withWorkspace } from '../workspace-access';
import { asInputError, json, onlyWith, subcommand, validRequest } from './analysis-edits';

const setOptions = [
  'margin',
  'discount-rate',
  'cs-cost-per-account-month',
  'cs-monthly-total',
  'cs-allocation',
  'base-currency',
  'rate',
] as const;

/** `--margin 80` or `--margin 80%`: a percentage, as the Settings view shows it, kept as 0–1. */
function percentOption(args: ParsedArgs, name: string): number | undefined {
  const text = optionalString(args, name);
  if (text === undefined) return undefined;
  const trimmed = text.trim().replace(/%$/, '').trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value))
    throw new UsageError(`--${name} must be a percentage such as 80 or 80%.`);
  if (value < 0 || value > 100) throw new InputError(`--${name} must be between 0% and 100%.`);
  return value / 100;
}

/** An amount, or `none` to clear the setting. */
function amountOption(args: ParsedArgs, name: string): number | null | undefined {
  const text = optionalString(args, name);
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === 'none') return null;
  const value = Number(text.trim().replace(/,/g, ''));
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--${name} must be an amount, or none to clear it.`);
  return value;
}

/** `--rate EUR=1.08 --rate GBP=1.27`; `--rate EUR=none` removes a rate. */
function rateOptions(args: ParsedArgs): Record<string, number | null> | undefined {
  const given = args.values.rate;
  if (given === undefined) return undefined;
  const rates: Record<string, number | null> = {};
  for (const pair of Array.isArray(given) ? given : [String(given)]) {
    const [code = '', text, ...extra] = pair.split('=').map((s) => s.trim());
    if (code === '' || text === undefined || text === '' || extra.length > 0)
      throw new UsageError(
        `--rate takes CURRENCY=RATE, such as EUR=1.08 (or EUR=none to remove it); "${pair}" is not one.`,
      );
    const key = code.toUpperCase();
    if (key in rates) throw new UsageError(`--rate names ${key} twice.`);
    const value = text.toLowerCase() === 'none' ? null : Number(text.replace(/,/g, ''));
    if (value !== null && !Number.isFinite(value))
      throw new UsageError(`--rate ${pair}: the rate must be a number.`);
    rates[key] = value;
  }
  return rates;
}

function allocationOption(args: ParsedArgs): 'equal' | 'tickets' | undefined {
  const text = optionalString(args, 'cs-allocation');
  if (text === undefined) return undefined;
  if (text !== 'equal' && text !== 'tickets')
    throw new UsageError('--cs-allocation must be equal or tickets.');
  return text;
}

/** The change the options ask for, with only the settings given. */
function settingsChange(args: ParsedArgs): Record<string, unknown> {
  const change: Record<string, unknown> = {
    grossMargin: percentOption(args, 'margin'),
    discountRate: percentOption(args, 'discount-rate'),
    crcPerAccountMonth: amountOption(args, 'cs-cost-per-account-month'),
    crcMonthlyTotal: amountOption(args, 'cs-monthly-total'),
    crcAllocation: allocationOption(args),
    baseCurrency: optionalString(args, 'base-currency'),
    rates: rateOptions(args),
  };
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
}

const optionOf: Record<string, string> = {
  grossMargin: '--margin',
  discountRate: '--discount-rate',
  crcPerAccountMonth: '--cs-cost-per-account-month',
  crcMonthlyTotal: '--cs-monthly-total',
  crcAllocation: '--cs-allocation',
  baseCurrency: '--base-currency',
  rates: '--rate',
};

export const settingsCommand: Command = {
  name: 'settings',
  summary:
    'the settings every analysis reads: margin, discount rate, customer-success cost, base currency and rates; `settings set` changes them',
  usage:
    'settings [set [--margin PERCENT] [--discount-rate PERCENT] [--cs-cost-per-account-month A|none] [--cs-monthly-total A|none] [--cs-allocation equal|tickets] [--base-currency C] [--rate CUR=R|CUR=none]...] --workspace W [--json]',
  options: {
    ...workspaceOption,
    ...jsonOption,
    margin: { type: 'string' },
    'discount-rate': { type: 'string' },
    'cs-cost-per-account-month': { type: 'string' },
    'cs-monthly-total': { type: 'string' },
    'cs-allocation': { type: 'string' },
    'base-currency': { type: 'string' },
    rate: { type: 'string', multiple: true },
  },
  positionals: true,
  run: (args, io) => {
    const { verb, operands } = subcommand(args, 'settings', ['set']);
    if (operands.length > 0) throw new UsageError('settings set takes options, not operands.');
    if (verb === undefined) onlyWith(args, setOptions, 'settings set');
    const change = verb === 'set' ? settingsChange(args) : {};
    if (verb === 'set' && Object.keys(change).length === 0)
      throw new UsageError(
        `settings set needs at least one of ${setOptions.map((o) => `--${o}`).join(', ')}.`,
      );
    return withWorkspace(args, (ws) => {
      if (verb === 'set') {
        const request: ParsedRequestOf<'analysis:settings-save'> = validRequest(
          'analysis:settings-save',
          change,
          (path) => {
            const [field = '', code] = path.split('.');
            return code ? `${optionOf[field] ?? field} ${code}` : (optionOf[field] ?? field);
          },
        );
        asInputError(() => saveAnalysisSettings(ws.db, request));
      }
      const settings = readWorkspaceSettings(ws.db);
      if (flag(args, 'json')) io.out(json(settings));
      else
        io.out(
          `${formatWorkspaceSettings(settings)}${verb === 'set' ? '\n\nSaved. Results computed with other settings are analysed again by the next command that reads them.' : ''}`,
        );
      return 0;
    });
  },
};

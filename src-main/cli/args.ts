import { isCalendarDate } from '../../src-shared/calendar/days';
import { UsageError } from './cli-error';
import type { ParsedArgs } from './command';

export function requireString(args: ParsedArgs, name: string): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required.`);
  return value;
}

export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function positiveInteger(args: ParsedArgs, name: string): number | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new UsageError(`--${name} must be a positive whole number.`);
  return parsed;
}

export function isoDate(args: ParsedArgs, name: string): string | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  if (!isCalendarDate(value))
    throw new UsageError(
      `--${name} must be a real date written YYYY-MM-DD; ${JSON.stringify(value)} is not one.`,
    );
  return value;
}

import type Database from 'better-sqlite3';
import {
  referenceKinds,
  referenceOutcomes,
  type ReferenceKind,
  type ReferenceOutcome,
} from '../../../src-shared/model/analysis/case-studies';
import {
  listReferenceRequests,
  logReferenceRequest,
  updateReferenceOutcome,
} from '../../analysis/candidates/reference-requests';
import { flag, isoDate, optionalString, requireString } from '../args';
import { InputError, UsageError } from '../cli-error';
import { jsonOption, workspaceOption, type Command, type ParsedArgs } from '../command';
import { formatReference, formatReferences } from '../format/references-text';
import { withWorkspace } from '../workspace-access';
import {
  asInputError,
  json,
  onlyWith,
  oneOperand,
  subcommand,
  validRequest,
} from './analysis-edits';

function oneOf<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

/**
 * The contact asked, named by its id or by its e-mail address at the account. Text that names
 * neither is passed on as an id, and the engine says the account has no such contact.
 */
function contactId(db: Database.Database, accountId: string, contact: string): string {
  const byId = db
    .prepare('SELECT contact_id FROM contacts WHERE account_id = ? AND contact_id = ?')
    .pluck()
    .get(accountId, contact) as string | undefined;
  if (byId !== undefined) return byId;
  const byEmail = db
    .prepare(
      'SELECT contact_id FROM contacts WHERE account_id = ? AND lower(email) = lower(?) ORDER BY contact_id',
    )
    .pluck()
    .all(accountId, contact.trim()) as string[];
  if (byEmail.length > 1)
    throw new InputError(
      `Account ${accountId} has ${byEmail.length} contacts with the address ${contact} (${byEmail.join(', ')}): name one by its id.`,
    );
  return byEmail[0] ?? contact;
}

/** Requests are logged as they happen, on the day the case-study rule counts back from. */
const today = () => new Date().toISOString().slice(0, 10);

const logOptions = ['contact', 'date', 'kind', 'by'];

export const referencesCommand: Command = {
  name: 'references',
  summary: 'reference requests logged, so the same advocates are not asked over and over',
  usage: `references [--account ID | log --account ID [--contact CONTACT_ID|EMAIL] [--date YYYY-MM-DD] [--kind ${referenceKinds.join('|')}] [--outcome O] [--by WHO] [--note TEXT] | outcome REQUEST_ID --outcome ${referenceOutcomes.join('|')} [--note TEXT]] --workspace W [--json]`,
  options: {
    ...workspaceOption,
    ...jsonOption,
    account: { type: 'string' },
    contact: { type: 'string' },
    date: { type: 'string' },
    kind: { type: 'string' },
    outcome: { type: 'string' },
    by: { type: 'string' },
    note: { type: 'string' },
  },
  positionals: true,
  run: (args, io) => {
    const { verb, operands } = subcommand(args, 'references', ['log', 'outcome']);
    if (verb !== 'log') onlyWith(args, logOptions, 'references log');
    if (verb === undefined) onlyWith(args, ['outcome', 'note'], 'references log or outcome');
    if (verb === 'outcome') onlyWith(args, ['account'], 'references or references log');
    if (verb === 'log' && operands.length > 0)
      throw new UsageError('references log takes options, not operands.');
    const id = verb === 'outcome' ? oneOperand(operands, 'request id', 'references outcome') : '';
    if (verb === 'outcome' && !/^\d+$/.test(id))
      throw new UsageError('references outcome takes one request id, a whole number.');
    const kind = oneOf<ReferenceKind>(args, 'kind', referenceKinds);
    const outcome = oneOf<ReferenceOutcome>(args, 'outcome', referenceOutcomes);
    const askedAt = isoDate(args, 'date') ?? today();
    const note = optionalString(args, 'note');
    const accountId = verb === 'log' ? requireString(args, 'account') : '';
    if (verb === 'outcome' && outcome === undefined)
      throw new UsageError(`--outcome is required: ${referenceOutcomes.join(', ')}.`);
    return withWorkspace(args, (ws) => {
      const db = ws.db;
      if (verb === 'log') {
        const contact = optionalString(args, 'contact');
        const request = validRequest('analysis:reference-log', {
          accountId,
          ...(contact === undefined ? {} : { contactId: contactId(db, accountId, contact) }),
          ...(kind === undefined ? {} : { kind }),
          askedAt,
          askedBy: optionalString(args, 'by') ?? null,
          ...(outcome === undefined ? {} : { outcome }),
          note: note ?? null,
        });
        const logged = asInputError(() => logReferenceRequest(db, request));
        io.out(flag(args, 'json') ? json(logged) : formatReference(logged, 'Logged'));
      } else if (verb === 'outcome') {
        const request = validRequest('analysis:reference-outcome', {
          id: Number(id),
          outcome,
          ...(note === undefined ? {} : { note }),
        });
        const updated = asInputError(() =>
          updateReferenceOutcome(db, request.id, request.outcome, request.note),
        );
        io.out(flag(args, 'json') ? json(updated) : formatReference(updated, 'Updated'));
      } else {
        const account = optionalString(args, 'account');
        const requests = listReferenceRequests(db, account);
        io.out(flag(args, 'json') ? json(requests) : formatReferences(requests, account));
      }
      return 0;
    });
  },
};

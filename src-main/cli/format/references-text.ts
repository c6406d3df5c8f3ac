import type { ReferenceRequest } from '../../../src-shared/model/analysis/case-studies';
import { show, textTable } from './text-table';

const contact = (r: ReferenceRequest) =>
  r.contactId === null ? '–' : `${r.contactName ?? '(no name)'} (${r.contactId})`;

const short = (text: string | null, width: number) =>
  text === null ? '–' : text.length > width ? `${text.slice(0, width - 1)}…` : text;

/** The logged reference requests, newest first. */
export function formatReferences(requests: readonly ReferenceRequest[], account?: string): string {
  const scope = account === undefined ? '' : ` for account ${account}`;
  if (requests.length === 0) return `No reference requests logged${scope}.`;
  return [
    `${requests.length} reference request${requests.length === 1 ? '' : 's'}${scope}, newest first.`,
    '',
    textTable(requests, [
      { header: 'id', value: (r) => String(r.id), align: 'right' },
      { header: 'asked', value: (r) => r.askedAt },
      { header: 'account', value: (r) => r.accountId },
      { header: 'contact', value: contact },
      { header: 'kind', value: (r) => r.kind },
      { header: 'outcome', value: (r) => r.outcome },
      { header: 'asked by', value: (r) => show.text(r.askedBy) },
      { header: 'note', value: (r) => short(r.note, 40) },
    ]),
  ].join('\n');
}

/** One request in a line: what was logged or updated. */
export function formatReference(r: ReferenceRequest, what: 'Logged' | 'Updated'): string {
  return `${what} reference request ${r.id}: ${r.kind} asked of account ${r.accountId}, contact ${contact(r)}, on ${r.askedAt}${r.askedBy ? ` by ${r.askedBy}` : ''}; outcome ${r.outcome}${r.note ? `; note "${r.note}"` : ''}.`;
}

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AccountContact } from '../../../src-shared/model/analysis/accounts';
import {
  referenceKinds,
  type ReferenceKind,
} from '../../../src-shared/model/analysis/case-studies';
import { todayIso } from '../../../src-shared/calendar/today';
import { api } from '../../api/client';
import { useMessages } from '../../i18n/use-i18n';
import { ModalDialog, useModal } from '../../shell/ModalDialog';

/** Logs that someone at the account was asked for a case study, a reference, a review or a quote. */
export function AskDialog({
  accountId,
  name,
  onClose,
}: {
  accountId: string;
  name: string;
  onClose(logged: boolean): void;
}) {
  const modal = useModal();
  const m = useMessages();
  const a = m.advocates.actions;
  const id = useId();
  const [contacts, setContacts] = useState<AccountContact[]>([]);
  const [contactId, setContactId] = useState('');
  const [kind, setKind] = useState<ReferenceKind>('case_study');
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const logged = useRef(false);

  useEffect(() => {
    void api.invoke('analysis:account-contacts', { accountId }).then((result) => {
      if (!result.ok) return;
      setContacts(result.value);
      setContactId(result.value[0]?.contactId ?? '');
    });
  }, [accountId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.invoke('analysis:reference-log', {
      accountId,
      contactId: contactId || null,
      kind,
      askedAt: date,
      note: note.trim() || null,
    });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    logged.current = true;
    modal.close();
  };

  return (
    <ModalDialog
      dialogRef={modal.ref}
      close={modal.close}
      title={`${a.askedTitle}: ${name}`}
      testId="ask-dialog"
      onClose={() => onClose(logged.current)}
    >
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-contact`}>{a.contact}</label>
        <select
          id={`${id}-contact`}
          value={contactId}
          onChange={(e) => setContactId(e.target.value)}
        >
          {contacts.map((c) => (
            <option key={c.contactId} value={c.contactId}>
              {[
                c.name ?? c.email ?? c.contactId,
                c.title,
                c.role && m.roles[c.role as keyof typeof m.roles],
              ]
                .filter(Boolean)
                .join(' · ')}
            </option>
          ))}
          <option value="">{a.noContact}</option>
        </select>
        <label htmlFor={`${id}-kind`}>{a.kind}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as ReferenceKind)}
        >
          {referenceKinds.map((k) => (
            <option key={k} value={k}>
              {a.kinds[k]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-date`}>{a.date}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          required
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor={`${id}-note`}>{a.note}</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={modal.close}>
            {a.cancel}
          </button>
          <button type="submit" className="button button-primary" data-testid="ask-save">
            {a.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

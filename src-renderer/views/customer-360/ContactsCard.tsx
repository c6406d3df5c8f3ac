import type { AccountContact } from '../../../src-shared/model/analysis/accounts';
import { useFormat, useMessages } from '../../i18n/use-i18n';

/** The account's people, the ones to approach first at the top, with their roles. */
export function ContactsCard({ contacts }: { contacts: readonly AccountContact[] }) {
  const m = useMessages();
  const format = useFormat();
  const c = m.customer360.contacts;
  return (
    <section className="card c360-contacts" aria-label={c.title} data-testid="c360-contacts">
      <h3 className="card-title">{c.title}</h3>
      {contacts.length === 0 ? (
        <p className="muted">{c.none}</p>
      ) : (
        <ul className="c360-contact-list">
          {contacts.map((contact) => (
            <li key={contact.contactId} data-contact={contact.contactId}>
              <span className="c360-contact-name">
                {contact.name ?? contact.email ?? contact.contactId}
                {contact.isPrimary && <span className="c360-pill">{c.primary}</span>}
              </span>
              <span className="c360-contact-role">
                {[contact.title, contact.role].filter(Boolean).join(' · ')}
              </span>
              {contact.email && (
                <a className="c360-contact-email" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              )}
              {contact.lastActivityDate && (
                <span className="muted c360-contact-activity">
                  {c.lastActive(format.date(contact.lastActivityDate))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

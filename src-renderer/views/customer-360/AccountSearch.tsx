import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type {
  AccountMatch,
  AccountSearch as SearchAnswer,
} from '../../../src-shared/model/accounts';
import { api } from '../../api/client';
import { useMessages } from '../../i18n/use-i18n';
import { SearchIcon } from '../../icons/ui-icons';
import { StatusBadge, TierBadge } from '../../results/TierBadge';
import { navigateTo } from '../../shell/navigation';

const DELAY_MS = 120;

/**
 * Finds an account as the analyst types: by the start of its id, its name or a word of it, its
 * domain, or a contact's e-mail address. Arrows move through the matches, Enter opens one.
 */
export function AccountSearch() {
  const m = useMessages();
  const c = m.customer360;
  const listId = useId();
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const wanted = text.trim();
    if (wanted === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void api.invoke('accounts:search', { text: wanted, limit: 12 }).then((result) => {
        if (!current || !result.ok) return;
        setAnswer(result.value);
        setActive(0);
      });
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const wanted = text.trim();
  const matches = wanted !== '' && answer?.text === wanted ? answer.matches : [];
  const choose = (match: AccountMatch) => {
    setOpen(false);
    setText('');
    navigateTo('customer-360', match.accountId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((k) => (matches.length === 0 ? 0 : (k + step + matches.length) % matches.length));
    } else if (event.key === 'Enter') {
      const match = matches[active];
      if (match) {
        event.preventDefault();
        choose(match);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };
  const shown = open && wanted !== '';
  const settled = answer?.text === wanted;
  return (
    <div className="account-search" data-testid="account-search">
      <label className="search-field account-search-field">
        <SearchIcon />
        <span className="visually-hidden">{c.searchLabel}</span>
        <input
          type="search"
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && matches[active] ? `${listId}-${active}` : undefined}
          placeholder={c.searchPlaceholder}
          value={text}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          data-testid="account-search-input"
        />
      </label>
      {shown && (
        <div className="account-search-popup" aria-live="polite">
          <ul id={listId} role="listbox" aria-label={c.searchLabel} className="account-search-list">
            {matches.map((match, k) => (
              <li
                key={`${match.accountId}-${match.field}`}
                id={`${listId}-${k}`}
                role="option"
                aria-selected={k === active}
                className={`account-search-option${k === active ? ' is-active' : ''}`}
                data-account={match.accountId}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(match)}
                onMouseEnter={() => setActive(k)}
              >
                <span className="account-search-name">{match.name ?? match.accountId}</span>
                <span className="account-search-meta">
                  {match.field === 'name'
                    ? [match.accountId, match.domain].filter(Boolean).join(' · ')
                    : `${c.matchedOn[match.field]}: ${
                        match.field === 'email' && match.contactName
                          ? c.matchedContact(match.matched, match.contactName)
                          : match.matched
                      }`}
                </span>
                <span className="account-search-badges">
                  {match.tier && <TierBadge tier={match.tier} />}
                  {match.status && <StatusBadge status={match.status} />}
                </span>
              </li>
            ))}
          </ul>
          {!settled && <p className="account-search-note muted">{c.searching}</p>}
          {settled && matches.length === 0 && (
            <p className="account-search-note muted">{c.noMatch(wanted)}</p>
          )}
          {settled && answer.more && <p className="account-search-note muted">{c.more}</p>}
        </div>
      )}
    </div>
  );
}

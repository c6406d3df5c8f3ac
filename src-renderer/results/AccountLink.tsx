import { useMessages } from '../i18n/use-i18n';
import { navigateTo } from '../shell/navigation';
import './results.css';

/**
 * An account's name, anywhere in the app: it opens the account in Customer 360. It is a link to the
 * view's address, so the browser's and the app's Back come back to where the analyst was.
 */
export function AccountLink({ accountId, name }: { accountId: string; name: string | null }) {
  const m = useMessages();
  const label = name ?? accountId;
  return (
    <a
      className="account-link"
      href={`#/customer-360/${encodeURIComponent(accountId)}`}
      title={m.common.openAccount(label)}
      data-account={accountId}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        navigateTo('customer-360', accountId);
      }}
    >
      {label}
    </a>
  );
}

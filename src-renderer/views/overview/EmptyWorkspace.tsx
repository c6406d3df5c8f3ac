import { useMessages } from '../../i18n/use-i18n';
import { DatabaseIcon } from '../../icons/ui-icons';
import './key-figures.css';

/** A new workspace: what to do first, instead of a row of zeros. */
export function EmptyWorkspace() {
  const m = useMessages();
  return (
    <section className="empty-state" data-testid="empty-workspace">
      <span className="empty-state-icon">
        <DatabaseIcon />
      </span>
      <div>
        <h2>{m.overview.empty.title}</h2>
        <p>{m.overview.empty.body}</p>
      </div>
    </section>
  );
}

import { useId } from 'react';
import { ErrorNotice } from '../../feedback/ErrorNotice';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AlertIcon } from '../../icons/ui-icons';
import { useAppStore } from '../../state/store';
import { EmptyWorkspace } from './EmptyWorkspace';
import { figureCards } from './key-figure-cards';
import './key-figures.css';

const placeholders = ['accounts', 'active', 'churned', 'mrr', 'partners', 'referredAccounts'];

/** The headline numbers, or their placeholders while they load. */
export function KeyFiguresSection() {
  const m = useMessages();
  const format = useFormat();
  const titleId = useId();
  const keyFigures = useAppStore((state) => state.keyFigures);
  const retry = useAppStore((state) => state.loadKeyFigures);

  if (keyFigures.state === 'error') {
    return (
      <ErrorNotice
        title={m.overview.errorTitle}
        error={keyFigures.error}
        retryLabel={m.app.retry}
        onRetry={() => void retry()}
      />
    );
  }
  if (keyFigures.state === 'ready' && keyFigures.value.accounts === 0) return <EmptyWorkspace />;

  const cards = keyFigures.state === 'ready' ? figureCards(keyFigures.value, m, format) : null;
  return (
    <section className="figures-section" aria-labelledby={titleId} aria-busy={cards === null}>
      <h2 id={titleId} className="visually-hidden">
        {m.overview.keyFiguresLabel}
      </h2>
      {cards === null ? (
        <ul className="figures" aria-label={m.overview.loadingFigures}>
          {placeholders.map((id) => (
            <li key={id} className="figure-card figure-card-loading">
              <span className="skeleton skeleton-label" />
              <span className="skeleton skeleton-value" />
              <span className="skeleton skeleton-caption" />
            </li>
          ))}
        </ul>
      ) : (
        <ul className="figures">
          {cards.map((card) => (
            <li
              key={card.id}
              className={`figure-card tone-${card.tone}`}
              data-figure={card.id}
              data-value={card.raw}
            >
              <span className="figure-label">{card.label}</span>
              <span className="figure-value">{card.value}</span>
              <span className="figure-caption">{card.caption}</span>
              {card.note && (
                <span className="figure-note" data-testid={`figure-note-${card.id}`}>
                  {card.note}
                </span>
              )}
              {card.warning && (
                <span className="figure-warning">
                  <AlertIcon />
                  <span>{card.warning}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

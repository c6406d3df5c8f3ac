import type { KeyFigures } from '../../../src-shared/model/overview';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

export type FigureTone = 'neutral' | 'positive' | 'negative' | 'accent';

export interface FigureCard {
  id: 'accounts' | 'active' | 'churned' | 'mrr' | 'partners' | 'referredAccounts';
  label: string;
  value: string;
  /** The exact number behind the displayed value. */
  raw: number;
  caption: string;
  warning?: string;
  /** What the figure counts that the analyst should know, such as currencies converted. */
  note?: string;
  tone: FigureTone;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The six headline figures with the line under each that puts it in context. */
export function figureCards(figures: KeyFigures, m: Messages, format: Formatters): FigureCard[] {
  const labels = m.overview.figures;
  const captions = m.overview.captions;
  const customers = figures.active + figures.churned;
  const notPaying = figures.asOf === null ? 0 : figures.accounts - customers;
  const { mrr } = figures;
  return [
    {
      id: 'accounts',
      label: labels.accounts,
      value: format.integer(figures.accounts),
      raw: figures.accounts,
      caption:
        notPaying > 0
          ? captions.accountsNotPaying(format.integer(notPaying))
          : captions.allAccounts,
      tone: 'neutral',
    },
    {
      id: 'active',
      label: labels.active,
      value: format.integer(figures.active),
      raw: figures.active,
      caption: captions.shareOfCustomers(format.percent(share(figures.active, customers))),
      tone: 'positive',
    },
    {
      id: 'churned',
      label: labels.churned,
      value: format.integer(figures.churned),
      raw: figures.churned,
      caption: captions.shareOfCustomers(format.percent(share(figures.churned, customers))),
      tone: 'negative',
    },
    {
      id: 'mrr',
      label: labels.mrr,
      value: format.compactCurrency(mrr.amount, mrr.currency),
      raw: mrr.amount,
      caption: captions.mrrExact(format.currency(mrr.amount, mrr.currency)),
      ...(mrr.excludedCurrencies.length > 0
        ? { warning: captions.mrrExcluded(format.list(mrr.excludedCurrencies)) }
        : {}),
      ...(figures.mrrConverted.length > 0
        ? {
            note: captions.mrrConverted(
              format.list(
                figures.mrrConverted.map((c) =>
                  captions.currencyAtRate(c.currency, format.decimal(c.rate, 4)),
                ),
              ),
            ),
          }
        : {}),
      tone: 'accent',
    },
    {
      id: 'partners',
      label: labels.partners,
      value: format.integer(figures.partners),
      raw: figures.partners,
      caption: captions.partners,
      tone: 'neutral',
    },
    {
      id: 'referredAccounts',
      label: labels.referredAccounts,
      value: format.integer(figures.referredAccounts),
      raw: figures.referredAccounts,
      caption: captions.referredShare(
        format.percent(share(figures.referredAccounts, figures.accounts)),
      ),
      tone: 'neutral',
    },
  ];
}

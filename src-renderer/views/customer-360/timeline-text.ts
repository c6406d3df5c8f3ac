import type { TimelineEvent } from '../../../src-shared/model/accounts';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

/** What a touchpoint says: a headline and the details after it, in the analyst's language. */
export interface EventText {
  title: string;
  details: string[];
}

/** Every touchpoint in words. Money is in the event's own currency, as the export gave it. */
export function eventText(event: TimelineEvent, m: Messages, format: Formatters): EventText {
  const t = m.customer360.timeline;
  const none = m.common.none;
  const money = (amount: number | null, currency: string | null) =>
    amount === null
      ? none
      : currency
        ? format.currency(amount, currency)
        : format.decimal(amount, 2);
  const date = (value: string | null) => (value ? format.date(value.slice(0, 10)) : null);
  const present = (...items: (string | null | false)[]) => items.filter((i): i is string => !!i);
  switch (event.kind) {
    case 'account':
      return { title: event.change === 'signup' ? t.signup : t.crmChurn, details: [] };
    case 'subscription':
      return {
        title: t.subscription(event.plan ?? none, money(event.mrr, event.currency)),
        details: present(
          event.subscriptionId,
          event.interval,
          event.status,
          event.endDate !== null && t.subscriptionEnded(date(event.endDate) ?? ''),
        ),
      };
    case 'planChange':
    case 'mrr':
    case 'cancellation': {
      const delta =
        event.mrrDelta === null
          ? null
          : `${event.mrrDelta > 0 ? '+' : ''}${format.currency(event.mrrDelta, event.currency)}`;
      const title =
        event.kind === 'planChange'
          ? t.planChange(event.planFrom ?? none, event.planTo ?? none)
          : event.kind === 'cancellation'
            ? t.cancellation
            : t.movements[event.movement];
      return {
        title:
          delta && event.kind !== 'mrr'
            ? `${title}, ${delta}`
            : delta
              ? `${title} ${delta}`
              : title,
        details: present(
          event.kind !== 'mrr' && t.movements[event.movement],
          event.reason !== null && t.reason(event.reason),
          event.source === 'derived' && t.derived,
        ),
      };
    }
    case 'payment':
      return {
        title: t.payment(money(event.amount, event.currency)),
        details: present(event.paymentId, event.status),
      };
    case 'refund':
      return {
        title: t.refund(money(event.refunded, event.currency), money(event.amount, event.currency)),
        details: present(event.paymentId, event.status),
      };
    case 'ticket':
      return {
        title: event.subject ? t.ticket(event.subject) : t.ticketNoSubject,
        details: present(
          event.category,
          event.priority !== null && t.priority(event.priority),
          event.status,
          event.solvedAt !== null && t.solved(date(event.solvedAt) ?? ''),
          event.satisfaction !== null && t.satisfaction(format.decimal(event.satisfaction)),
        ),
      };
    case 'survey':
      return {
        title:
          event.type === null
            ? t.surveyNoType
            : t.survey(event.type, event.score === null ? none : format.decimal(event.score)),
        details: present(event.comment !== null && `“${event.comment}”`, event.contactEmail),
      };
    case 'usage':
      return {
        title: t.usage(event.month),
        details: event.metrics.map((v) => {
          const change =
            v.previous === null || v.previous === 0
              ? ''
              : ` (${v.value >= v.previous ? '+' : ''}${format.percent((v.value - v.previous) / v.previous)})`;
          return `${v.metric} ${format.decimal(v.value)}${change}`;
        }),
      };
    case 'referral':
      return {
        title: t.referral(event.partnerName ?? event.partnerId ?? none),
        details: present(
          event.convertedAt !== null && t.converted(date(event.convertedAt) ?? ''),
          event.status,
          event.coupon !== null && t.coupon(event.coupon),
          event.landingPage,
        ),
      };
    case 'commission':
      return {
        title: t.commission(
          money(event.amount, event.currency),
          event.partnerName ?? event.partnerId ?? none,
        ),
        details: present(event.status, event.paidAt !== null && t.paid(date(event.paidAt) ?? '')),
      };
    case 'reference': {
      const kind = m.advocates.actions.kinds[event.requestKind];
      return {
        title: event.contactName ? t.reference(kind, event.contactName) : t.referenceNobody(kind),
        details: present(m.advocates.actions.outcomes[event.outcome], event.note),
      };
    }
  }
}

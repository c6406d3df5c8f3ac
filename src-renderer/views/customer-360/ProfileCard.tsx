import type { ReactNode } from 'react';
import type { AccountProfile } from '../../../src-shared/model/accounts';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { StatusBadge } from '../../results/TierBadge';

/** The account's facts: what the CRM says, with the analysed figures beside them. */
export function ProfileCard({ profile }: { profile: AccountProfile }) {
  const m = useMessages();
  const format = useFormat();
  const p = m.customer360.profile;
  const metrics = profile.metrics;
  const money = (value: number | null | undefined) =>
    value === null || value === undefined ? null : format.currency(value, profile.currency);
  const date = (value: string | null | undefined) => (value ? format.date(value) : null);
  const facts: { id: string; label: string; value: ReactNode }[] = [
    {
      id: 'status',
      label: p.status,
      value: metrics ? <StatusBadge status={metrics.status} /> : null,
    },
    { id: 'plan', label: p.plan, value: profile.plan },
    { id: 'mrr', label: p.mrr, value: money(metrics?.mrr) },
    {
      id: 'tenure',
      label: p.tenure,
      value:
        metrics?.tenureMonths === null || metrics?.tenureMonths === undefined
          ? null
          : p.tenureMonths(format.decimal(metrics.tenureMonths, 1)),
    },
    { id: 'csm', label: p.csm, value: profile.csm },
    { id: 'channel', label: p.channel, value: profile.channel },
    {
      id: 'partner',
      label: p.partner,
      value: profile.partner ? (profile.partner.name ?? profile.partner.partnerId) : null,
    },
    { id: 'industry', label: p.industry, value: profile.industry },
    { id: 'country', label: p.country, value: profile.country },
    {
      id: 'employees',
      label: p.employees,
      value:
        profile.employees === null ? null : p.employeesValue(format.integer(profile.employees)),
    },
    { id: 'useCase', label: p.useCase, value: profile.useCase },
    {
      id: 'health',
      label: p.health,
      value: profile.healthScore === null ? null : format.decimal(profile.healthScore),
    },
    { id: 'signup', label: p.signup, value: date(profile.signupDate) },
    { id: 'firstPaid', label: p.firstPaid, value: date(metrics?.firstPaidStart) },
    { id: 'churned', label: p.churned, value: date(metrics?.churnDate ?? profile.crmChurnDate) },
    { id: 'revenue', label: p.revenue, value: money(metrics?.realisedRevenue) },
    { id: 'ltv', label: p.ltv, value: money(metrics?.ltv) },
    { id: 'crmStatus', label: p.crmStatus, value: profile.crmStatus },
  ];
  return (
    <section className="card c360-profile" aria-label={p.title} data-testid="c360-profile">
      <h3 className="card-title">{p.title}</h3>
      {!profile.inCrm && <p className="muted c360-note">{p.notInCrm}</p>}
      {metrics === null && <p className="muted c360-note">{p.notAnalysed}</p>}
      <dl className="c360-facts">
        {facts.map((f) => (
          <div key={f.id} className="c360-fact" data-fact={f.id}>
            <dt>{f.label}</dt>
            <dd>{f.value ?? <span className="muted">{m.common.none}</span>}</dd>
          </div>
        ))}
      </dl>
      {profile.extra.length > 0 && (
        <>
          <h4 className="c360-subtitle">{p.extra}</h4>
          <dl className="c360-facts c360-extra" data-testid="c360-extra">
            {profile.extra.map((e) => (
              <div key={e.column} className="c360-fact" data-fact={e.column}>
                <dt>{e.column}</dt>
                <dd>{e.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

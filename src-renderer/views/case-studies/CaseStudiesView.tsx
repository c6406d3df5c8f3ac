import { useMemo, useState } from 'react';
import type { CaseStudyRule } from '../../../src-shared/model/analysis/case-studies';
import { ResultsGate } from '../../analysis/ResultsGate';
import { api } from '../../api/client';
import { useChannel } from '../../api/use-channel';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { navigateTo } from '../../shell/navigation';
import { useAppStore } from '../../state/store';
import { ExportMenu } from '../../table/ExportMenu';
import { MemoryTable } from '../../table/MemoryTable';
import { candidateColumns } from './candidate-columns';
import { ConfirmDialog } from '../settings/ConfirmDialog';
import { ReferenceLog } from './ReferenceLog';
import { BUILT_IN_RULE } from './rule-fields';
import { RuleDialog } from './RuleDialog';
import './case-studies.css';

/**
 * The customers the case-study rule picks, with the contact to approach and their proof points;
 * the rule itself, in words and as a form, with named rules saved, chosen and deleted; and the
 * log of every reference request.
 */
export function CaseStudiesView() {
  const m = useMessages();
  const format = useFormat();
  const summary = useAppStore((state) => state.summary);
  const asOf = summary.state === 'ready' ? summary.value.stamp.asOf : null;
  return (
    <div className="view case-studies" data-testid="case-studies">
      <header className="view-header">
        <h1 className="view-title">{m.caseStudies.title}</h1>
        {asOf && <p className="view-subtitle">{m.caseStudies.intro(format.date(asOf))}</p>}
      </header>
      <ResultsGate>
        <CaseStudiesBody />
      </ResultsGate>
    </div>
  );
}

function CaseStudiesBody() {
  const m = useMessages();
  const format = useFormat();
  const t = m.caseStudies;
  const version = useAppStore((s) => s.resultsVersion);
  const summary = useAppStore((s) => s.summary);
  const currency = summary.state === 'ready' ? summary.value.currency : 'USD';
  // Saving, choosing or deleting a rule changes what the lists show without a new analysis.
  const [edits, setEdits] = useState(0);
  const rules = useChannel('analysis:rules', {}, version + edits * 1e6);
  const active = rules?.active;
  const candidates = useChannel(
    'analysis:case-studies',
    active === undefined ? null : { rule: active },
    version + edits * 1e6,
  );
  const [editing, setEditing] = useState<CaseStudyRule | null>(null);
  const rule = rules?.rules.find((r) => r.name === active) ?? null;
  const columns = useMemo(() => candidateColumns(m, format, currency), [m, format, currency]);
  const names = useMemo(
    () => new Map((candidates ?? []).map((c) => [c.accountId, c.name ?? c.accountId])),
    [candidates],
  );
  const changed = () => setEdits((k) => k + 1);
  const choose = async (name: string) => {
    await api.invoke('analysis:rule-choose', { name });
    changed();
  };
  const [deleting, setDeleting] = useState<string | null>(null);

  return (
    <>
      <section className="card rule-bar" aria-label={t.rule.label} data-testid="rule-bar">
        <div className="rule-bar-controls">
          <label className="rule-choice">
            <span>{t.rule.label}</span>
            <select
              value={active ?? ''}
              onChange={(event) => void choose(event.target.value)}
              data-testid="rule-choice"
            >
              {rules?.rules.map((r) => (
                <option key={r.name} value={r.name}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-secondary"
            disabled={!rule}
            onClick={() => rule && setEditing(rule)}
            data-testid="rule-edit"
          >
            {t.rule.edit}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={!rule}
            onClick={() => rule && setEditing({ ...rule, name: '' })}
            data-testid="rule-new"
          >
            {t.rule.create}
          </button>
          <button
            type="button"
            className="button button-ghost"
            disabled={!rule || rule.name === BUILT_IN_RULE}
            title={rule?.name === BUILT_IN_RULE ? t.rule.builtIn : undefined}
            onClick={() => rule && setDeleting(rule.name)}
            data-testid="rule-delete"
          >
            {t.rule.delete}
          </button>
        </div>
        {rule && (
          <p className="rule-words" data-testid="rule-words">
            {m.settings.rule.words({
              tenure: format.decimal(rule.minTenureMonths),
              nps: format.decimal(rule.minNps),
              score: format.decimal(rule.minScore),
              asked: format.integer(rule.notAskedWithinDays),
              declined: format.integer(rule.notDeclinedWithinDays),
              champion: rule.requireChampionContact,
              consent: rule.excludeConsentRefused,
              active: rule.activeOnly,
            })}
          </p>
        )}
      </section>
      <section className="card card-flush candidates" aria-label={t.candidates.title}>
        <div className="table-toolbar">
          <div className="table-toolbar-title">
            <h3>{t.candidates.title}</h3>
            {candidates && (
              <span className="table-toolbar-count" data-testid="candidate-count">
                {t.candidates.count(format.integer(candidates.length))}
              </span>
            )}
          </div>
          <div className="table-toolbar-actions">
            <ExportMenu
              title={t.candidates.title}
              testId="export-candidates"
              request={(choice) =>
                api.invoke('analysis:case-studies-export', {
                  ...(active === undefined ? {} : { rule: active }),
                  ...choice,
                })
              }
            />
          </div>
        </div>
        <MemoryTable
          testId="candidate-table"
          label={t.candidates.title}
          columns={columns}
          rows={candidates ?? []}
          rowKey={(c) => c.accountId}
          onOpen={(c) => navigateTo('customer-360', c.accountId)}
          maxHeight={440}
          rowHeight={52}
          empty={t.candidates.empty}
        />
      </section>
      <ReferenceLog version={version + edits} names={names} />
      {deleting && (
        <ConfirmDialog
          title={t.rule.delete}
          body={t.rule.confirmDelete(deleting)}
          confirmLabel={t.rule.delete}
          cancelLabel={t.rule.cancel}
          testId="rule-delete-dialog"
          onConfirm={async () => {
            const result = await api.invoke('analysis:rule-delete', { name: deleting });
            changed();
            return result;
          }}
          onClose={() => setDeleting(null)}
        />
      )}
      {editing && <RuleDialog rule={editing} onSaved={changed} onClose={() => setEditing(null)} />}
    </>
  );
}

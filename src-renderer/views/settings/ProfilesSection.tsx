import { useEffect, useId, useState } from 'react';
import {
  signalNames,
  type ScoreProfile,
  type SignalName,
} from '../../../src-shared/model/analysis/score';
import type { Result } from '../../../src-shared/result';
import { api } from '../../api/client';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { NameDialog } from './NameDialog';
import { NumberField } from './NumberField';
import { SectionError } from './SectionError';
import { useLoaded, useSettingsSave } from './use-settings-save';

type Dialog =
  | { kind: 'create' }
  | { kind: 'duplicate'; from: string }
  | { kind: 'rename'; from: string }
  | { kind: 'delete'; name: string };

/** Each weight over the sum of the profile's weights: the share it has when every signal is there. */
export function weightShares(weights: Record<SignalName, number>): Record<SignalName, number> {
  const total = signalNames.reduce((sum, signal) => sum + weights[signal], 0);
  return Object.fromEntries(
    signalNames.map((signal) => [signal, total > 0 ? weights[signal] / total : 0]),
  ) as Record<SignalName, number>;
}

/** The weight profiles: list, choose, create, duplicate, rename, delete, and each weight edited. */
export function ProfilesSection() {
  const m = useMessages();
  const format = useFormat();
  const t = m.settings.profiles;
  const titleId = useId();
  const loaded = useLoaded(() => api.invoke('analysis:profiles', {}));
  const { save, error } = useSettingsSave(loaded.reload);
  const [selected, setSelected] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(loaded.reload, []);

  const data = loaded.value;
  const profile: ScoreProfile | undefined =
    data?.profiles.find((p) => p.name === selected) ??
    data?.profiles.find((p) => p.name === data.active);
  const shares = profile ? weightShares(profile.weights) : null;

  const run = async <T,>(request: () => Promise<Result<T>>, select?: string) => {
    const done = await save(request);
    if (done && select !== undefined) setSelected(select);
    return done;
  };
  const viaDialog =
    <T,>(request: (name: string) => Promise<Result<T>>) =>
    async (name: string): Promise<Result<unknown>> => {
      const result = await request(name);
      if (result.ok) await run(() => Promise.resolve(result), name.trim());
      return result;
    };

  return (
    <section
      className="card settings-section"
      aria-labelledby={titleId}
      data-testid="settings-profiles"
    >
      <h2 id={titleId} className="card-title">
        {t.title}
      </h2>
      <p className="muted settings-intro">{t.intro}</p>
      <div className="profiles">
        <ul className="profile-list" aria-label={t.listLabel}>
          {data?.profiles.map((p) => (
            <li key={p.name}>
              <button
                type="button"
                className={`profile-item${p.name === profile?.name ? ' is-selected' : ''}`}
                aria-pressed={p.name === profile?.name}
                onClick={() => setSelected(p.name)}
                data-testid="profile-item"
                data-name={p.name}
              >
                <span className="profile-name">{p.name}</span>
                {p.name === data.active && <span className="badge badge-accent">{t.active}</span>}
                {p.builtIn && <span className="badge">{t.builtIn}</span>}
              </button>
            </li>
          ))}
        </ul>
        {profile && shares && (
          <div className="profile-detail">
            <div className="profile-actions">
              <button
                type="button"
                className="button button-primary button-small"
                disabled={profile.name === data?.active}
                onClick={() =>
                  void run(() => api.invoke('analysis:profile-choose', { name: profile.name }))
                }
                data-testid="profile-choose"
              >
                {t.choose}
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => setDialog({ kind: 'create' })}
                data-testid="profile-create"
              >
                {t.create}
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => setDialog({ kind: 'duplicate', from: profile.name })}
                data-testid="profile-duplicate"
              >
                {t.duplicate}
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={profile.builtIn}
                onClick={() => setDialog({ kind: 'rename', from: profile.name })}
                data-testid="profile-rename"
              >
                {t.rename}
              </button>
              <button
                type="button"
                className="button button-ghost button-small"
                disabled={profile.builtIn}
                onClick={() => setDialog({ kind: 'delete', name: profile.name })}
                data-testid="profile-delete"
              >
                {t.delete}
              </button>
            </div>
            {profile.builtIn && <p className="muted">{t.builtInNote}</p>}
            <table className="weights-table" data-testid="weights-table">
              <thead>
                <tr>
                  <th scope="col">{t.signal}</th>
                  <th scope="col" className="numeric">
                    {t.weight}
                  </th>
                  <th scope="col" className="numeric">
                    {t.share}
                  </th>
                </tr>
              </thead>
              <tbody>
                {signalNames.map((signal) => (
                  <tr key={signal} data-signal={signal}>
                    <th scope="row">
                      <label htmlFor={`weight-${signal}`}>{m.signals[signal]}</label>
                    </th>
                    <td className="numeric">
                      <NumberField
                        id={`weight-${signal}`}
                        value={profile.weights[signal]}
                        disabled={profile.builtIn}
                        testId={`weight-${signal}`}
                        onCommit={(weight) =>
                          run(() =>
                            api.invoke('analysis:profile-save', {
                              name: profile.name,
                              weights: { ...profile.weights, [signal]: weight ?? 0 },
                            }),
                          )
                        }
                      />
                    </td>
                    <td className="numeric">
                      <span className="share-cell" data-testid={`share-${signal}`}>
                        <span className="share-bar" aria-hidden="true">
                          <span style={{ inlineSize: `${shares[signal] * 100}%` }} />
                        </span>
                        {`${format.decimal(shares[signal] * 100, 1)}%`}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <SectionError error={error ?? loaded.error} />
      {dialog?.kind === 'create' && (
        <NameDialog
          title={t.createTitle}
          initial={t.newName(data?.profiles.length ?? 1)}
          onClose={() => setDialog(null)}
          onSubmit={viaDialog((name) =>
            api.invoke('analysis:profile-duplicate', { name: 'Default', copy: name }),
          )}
        />
      )}
      {dialog?.kind === 'duplicate' && (
        <NameDialog
          title={t.duplicateTitle(dialog.from)}
          initial={t.copyName(dialog.from)}
          onClose={() => setDialog(null)}
          onSubmit={viaDialog((name) =>
            api.invoke('analysis:profile-duplicate', { name: dialog.from, copy: name }),
          )}
        />
      )}
      {dialog?.kind === 'rename' && (
        <NameDialog
          title={t.renameTitle(dialog.from)}
          initial={dialog.from}
          onClose={() => setDialog(null)}
          onSubmit={viaDialog((name) =>
            api.invoke('analysis:profile-rename', { name: dialog.from, newName: name }),
          )}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t.deleteTitle(dialog.name)}
          body={t.deleteBody}
          confirmLabel={t.confirmDelete}
          cancelLabel={t.cancel}
          testId="delete-profile-dialog"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const result = await api.invoke('analysis:profile-delete', { name: dialog.name });
            if (result.ok) await run(() => Promise.resolve(result), 'Default');
            return result;
          }}
        />
      )}
    </section>
  );
}

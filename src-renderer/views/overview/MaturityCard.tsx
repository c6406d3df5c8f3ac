import { useId } from 'react';
import type { DataCoverage } from '../../../src-shared/model/coverage';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { CheckIcon, MissingIcon } from '../../icons/ui-icons';
import { ladderStages, rungState } from './coverage-rows';
import { NextImport } from './NextImport';
import './maturity.css';

/** Where the CRM strategy stands on the ladder to a 360-degree view, and what to import next. */
export function MaturityCard({ coverage }: { coverage: DataCoverage }) {
  const m = useMessages();
  const format = useFormat();
  const titleId = useId();
  const { maturity } = coverage;

  return (
    <section className="card maturity" aria-labelledby={titleId} data-testid="maturity">
      <div className="card-header">
        <h3 id={titleId} className="card-title">
          {m.coverage.maturity.title}
        </h3>
        <span className="card-meta" data-testid="core-sources">
          {m.coverage.maturity.coreSources(format.percent(maturity.score))}
        </span>
      </div>
      <div className="maturity-body">
        <ol className="ladder" data-stage={maturity.stage}>
          {ladderStages.map((stage) => {
            const state = rungState(stage, maturity.stage);
            return (
              <li
                key={stage}
                className={`rung rung-${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
                data-stage={stage}
              >
                <span className="rung-marker" aria-hidden="true">
                  {state === 'reached' || state === 'current' ? <CheckIcon /> : null}
                </span>
                <span className="rung-text">
                  <span className="rung-name">{m.stages[stage].name}</span>
                  <span className="rung-description">{m.stages[stage].description}</span>
                </span>
                {state === 'current' && (
                  <span className="badge badge-accent">{m.coverage.maturity.current}</span>
                )}
              </li>
            );
          })}
        </ol>
        <div className="maturity-side">
          <h4 className="subheading">{m.coverage.maturity.areas}</h4>
          <ul className="areas">
            {maturity.domains.map((area) => (
              <li
                key={area.domain}
                className={area.present ? 'area area-present' : 'area area-missing'}
                data-domain={area.domain}
              >
                {area.present ? <CheckIcon /> : <MissingIcon />}
                <span>{m.domains[area.domain]}</span>
                <span className="visually-hidden">
                  {area.present ? m.coverage.maturity.areaPresent : m.coverage.maturity.areaMissing}
                </span>
              </li>
            ))}
          </ul>
          <NextImport next={coverage.nextImport} />
        </div>
      </div>
    </section>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  timelineKinds,
  type AccountTimeline,
  type TimelineKind,
  type UsageEvent,
} from '../../../src-shared/model/accounts';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { eventText } from './timeline-text';
import { usageOption } from './usage-option';

const ROW_ESTIMATE = 58;

/**
 * Every touchpoint of the account on one line of time, newest first, filtered by kind. The list
 * is virtualised: an account with years of daily usage and thousands of payments scrolls as one
 * with ten.
 */
export function Timeline({ timeline }: { timeline: AccountTimeline }) {
  const m = useMessages();
  const format = useFormat();
  const t = m.customer360.timeline;
  const [hidden, setHidden] = useState<ReadonlySet<TimelineKind>>(new Set());
  const present = timelineKinds.filter((k) => timeline.counts[k] > 0);
  const events = useMemo(
    () => timeline.events.filter((e) => !hidden.has(e.kind)),
    [timeline, hidden],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser's functions change on every render by design; nothing memoises on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const toggle = (kind: TimelineKind) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });

  return (
    <section className="card c360-timeline" aria-label={t.title} data-testid="c360-timeline">
      <h3 className="card-title">{t.title}</h3>
      <fieldset className="c360-kinds" aria-label={t.filterLabel}>
        <legend className="visually-hidden">{t.filterLabel}</legend>
        <button
          type="button"
          className="c360-kind"
          aria-pressed={hidden.size === 0}
          onClick={() => setHidden(new Set())}
        >
          {t.all} <span className="c360-kind-count">{format.integer(timeline.events.length)}</span>
        </button>
        {present.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`c360-kind kind-${kind}`}
            aria-pressed={!hidden.has(kind)}
            onClick={() => toggle(kind)}
            data-kind={kind}
          >
            {t.kinds[kind]}{' '}
            <span className="c360-kind-count">{format.integer(timeline.counts[kind])}</span>
          </button>
        ))}
      </fieldset>
      {timeline.movementCurrenciesLeftOut.length > 0 && (
        <p className="muted c360-note">
          {t.leftOut(format.list(timeline.movementCurrenciesLeftOut))}
        </p>
      )}
      <UsageChart timeline={timeline} />
      {events.length === 0 ? (
        <p className="muted c360-timeline-empty">{t.empty}</p>
      ) : (
        <div className="c360-timeline-scroll" ref={scroller} tabIndex={0} aria-label={t.label}>
          <ol
            className="c360-events"
            style={{ height: virtualizer.getTotalSize() }}
            data-testid="c360-events"
            data-count={events.length}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const event = events[item.index];
              if (!event) return null;
              const text = eventText(event, m, format);
              return (
                <li
                  key={event.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-kind={event.kind}
                  data-key={event.key}
                  className={`c360-event kind-${event.kind}`}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <time className="c360-event-date" dateTime={event.date}>
                    {format.date(event.date.slice(0, 10))}
                  </time>
                  <span className="c360-event-kind">{t.kinds[event.kind]}</span>
                  <span className="c360-event-body">
                    <span className="c360-event-title">{text.title}</span>
                    {text.details.length > 0 && (
                      <span className="c360-event-details">{text.details.join(' · ')}</span>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}

function UsageChart({ timeline }: { timeline: AccountTimeline }) {
  const m = useMessages();
  const format = useFormat();
  const t = m.customer360.timeline;
  const months = useMemo(
    () => timeline.events.filter((e): e is UsageEvent => e.kind === 'usage'),
    [timeline],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const metric = chosen ?? timeline.usageMetrics[0] ?? null;
  const option = useCallback(
    (palette: ChartPalette) => (metric ? usageOption(months, metric, palette, format) : {}),
    [months, metric, format],
  );
  if (metric === null || months.length === 0) return null;
  return (
    <div className="c360-usage">
      {timeline.usageMetrics.length > 1 && (
        <label className="c360-usage-metric">
          <span className="visually-hidden">{t.usageChart}</span>
          <select value={metric} onChange={(event) => setChosen(event.target.value)}>
            {timeline.usageMetrics.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      <Chart
        title={t.usageChart}
        description={t.usageDescription(metric)}
        summary={t.usageSummary(metric, format.integer(months.length))}
        minHeight={120}
        option={option}
        testId="c360-usage"
      />
    </div>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import type { TimelineFilter } from '../../shared/ipc/contract.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { errorMessage } from '../api/error-message.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { EventRow, LoadingRow } from './EventRow.tsx';
import { useEventsAt, useFirstPage } from './use-event-pages.ts';

/** A first guess at a row's height in px; each row is measured once drawn. */
const ESTIMATED_ROW_PX = 56;
const OVERSCAN_ROWS = 8;

/** One click on a link: a new object each time, so following the same link again scrolls again. */
export interface NavigationTarget {
  readonly seq: number;
}

export interface EventListProps {
  readonly filter: TimelineFilter;
  readonly playbook: Playbook;
  readonly timeZone: string;
  readonly now: Date;
  /** The event a link led to: scrolled to, highlighted, given focus. */
  readonly target: NavigationTarget | null;
  readonly onNavigate: (seq: number) => void;
}

/**
 * Every matching event, newest first, virtualised: only the rows in view (and a few more) are
 * in the DOM, so 100,000 events scroll as smoothly as 100.
 */
export function EventList({ filter, playbook, timeZone, now, target, onNavigate }: EventListProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const first = useFirstPage(filter);
  const total = first.data?.total ?? 0;
  // TanStack Virtual hands back new functions each render, so a React Compiler would not memoise
  // this component; the app does not use the compiler, and the list re-renders on scroll anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
  });
  const rows = virtualizer.getVirtualItems();
  const eventAt = useEventsAt(filter, rows[0]?.index ?? 0, rows.at(-1)?.index ?? -1);
  useBackToTopOn(filter, scroller);
  useScrollToTarget(target, filter, total, (index) =>
    virtualizer.scrollToIndex(index, { align: 'center' }),
  );
  if (first.error) {
    return (
      <p className="timeline-message" role="alert">
        {t('timeline.error', { message: errorMessage(first.error) })}
      </p>
    );
  }
  return (
    <div className="event-scroller" ref={scroller} data-testid={testIds.timelineList}>
      {first.isSuccess && total === 0 && <p className="timeline-message">{t('timeline.empty')}</p>}
      <div
        className="event-rows"
        role="list"
        aria-label={t('timeline.list')}
        aria-busy={first.isPending}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => {
          const event = eventAt(row.index);
          return (
            <div
              key={event?.seq ?? `row-${row.index}`}
              className="event-slot"
              role="listitem"
              aria-setsize={total}
              aria-posinset={row.index + 1}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {event ? (
                <EventRow
                  event={event}
                  playbook={playbook}
                  timeZone={timeZone}
                  now={now}
                  highlighted={event.seq === target?.seq}
                  onNavigate={onNavigate}
                />
              ) : (
                <LoadingRow />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** A new filter is a new list: start reading it from its newest event. */
function useBackToTopOn(filter: TimelineFilter, scrollerRef: RefObject<HTMLDivElement | null>) {
  const key = JSON.stringify(filter);
  // The `Ref` suffix tells the React Compiler lint this is a ref, which an effect may write to.
  useEffect(() => {
    if (scrollerRef.current) scrollerRef.current.scrollTop = 0;
  }, [key, scrollerRef]);
}

/**
 * Brings each new target into view once. Seqs run 1, 2, 3… without gaps (docs/timeline.md),
 * so in the unfiltered list, newest first, seq `s` is row `total - s`.
 */
function useScrollToTarget(
  target: NavigationTarget | null,
  filter: TimelineFilter,
  total: number,
  scrollTo: (index: number) => void,
) {
  const ready = Object.keys(filter).length === 0 && total > 0;
  const index = target && ready ? total - target.seq : null;
  const handled = useRef<NavigationTarget | null>(null);
  const scroll = useRef(scrollTo);
  useEffect(() => {
    scroll.current = scrollTo;
  });
  useEffect(() => {
    if (!target || handled.current === target || index === null || index < 0) return;
    handled.current = target;
    scroll.current(index);
  }, [target, index]);
}

import { memo } from 'react';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot, SourceState } from '../../../shared/snapshot/snapshot-schema.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { sameData } from '../../common/same-data.ts';
import { testIds } from '../../testids.ts';
import { PrivacyCountdown } from './PrivacyCountdown.tsx';
import { TileFooter } from './TileFooter.tsx';
import { TileHeadline } from './TileHeadline.tsx';
import { WallMarks } from './WallMarks.tsx';

export interface WallTileProps {
  readonly domain: DomainSnapshot;
  readonly playbook: Playbook;
  /** The states of the sources that feed it. */
  readonly sources: readonly SourceState[];
  readonly timeZone: string;
  /** The time to the minute: the tile re-draws once a minute, not every second. */
  readonly minute: Date;
  /** How long after a change of state the tile stays highlighted. */
  readonly highlightMs: number;
  /** It took the screen for its alarm, and nobody has seen to it yet. */
  readonly alarm: boolean;
}

/**
 * One domain on the wall: its state (word, shape, colour) and since when, its marks as far as
 * there is room, its line and roles, and how old the data is. Drawn again only when what it
 * shows changed (the snapshot arrives every few seconds; most of the time nothing did).
 */
export const WallTile = memo(function WallTile(props: WallTileProps) {
  const { language } = useI18n();
  const { domain, playbook, minute } = props;
  const definition = playbook.domains.find((candidate) => candidate.id === domain.id);
  if (!definition) return null;
  // `minute` is the start of this minute: a change within it has a negative age.
  const changed =
    props.highlightMs > 0 &&
    domain.since !== null &&
    minute.getTime() - Date.parse(domain.since) < props.highlightMs;
  const classes = [
    'tile',
    'wall-tile',
    `status-${domain.status}`,
    changed && 'is-changed',
    props.alarm && 'is-alarm',
  ];
  return (
    <article
      className={classes.filter(Boolean).join(' ')}
      data-testid={testIds.domainTile(domain.id)}
      data-status={domain.status}
      aria-label={definition.title[language]}
    >
      <TileHeadline
        status={domain.status}
        since={domain.since}
        minute={minute}
        timeZone={props.timeZone}
        flag={props.alarm ? 'alarm' : changed ? 'changed' : null}
      />
      <h2 className="tile-title">{definition.title[language]}</h2>
      <WallMarks domain={domain} playbook={playbook} timeZone={props.timeZone} minute={minute} />
      {domain.id === 'privacy' && (
        <PrivacyCountdown domain={domain} timeZone={props.timeZone} minute={minute} />
      )}
      <TileFooter
        domain={domain}
        definition={definition}
        playbook={playbook}
        sources={props.sources}
        timeZone={props.timeZone}
        minute={minute}
      />
    </article>
  );
}, sameTile);

/** Equal when it would draw the same: the snapshot's objects are new on every push. */
export function sameTile(before: WallTileProps, after: WallTileProps): boolean {
  return (
    before.minute.getTime() === after.minute.getTime() &&
    before.alarm === after.alarm &&
    before.highlightMs === after.highlightMs &&
    before.timeZone === after.timeZone &&
    before.playbook === after.playbook &&
    sameData(shownOf(before), shownOf(after))
  );
}

/**
 * What of the domain and its sources the tile draws. Times it shows to the minute count to
 * the minute: a poll that only moved "last success" by a few seconds draws nothing new.
 */
function shownOf({ domain, sources }: WallTileProps): unknown {
  const toMinute = (at: string | null) =>
    at === null ? null : Math.floor(Date.parse(at) / 60_000);
  return [
    { ...domain, dataAt: toMinute(domain.dataAt) },
    sources.map((source) => [
      source.id,
      source.health,
      source.error?.category,
      source.paused?.since,
      toMinute(source.lastSuccessAt),
    ]),
  ];
}

import type { Config } from '../../../shared/config/parse-config.ts';
import { wallSettingsFromConfig } from '../../../shared/config/wall-settings.ts';
import { detailFromMarks } from '../../../shared/desk/detail-from-marks.ts';
import type { InvokeHandlers } from '../../../shared/ipc/dispatch.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { detailFromSnapshot } from '../../../shared/sources/from-snapshot.ts';
import { wallDate, type Clock } from '../../time/clock.ts';
import { topdeskIncidentUrl } from '../domain-detail-tickets.ts';
import { createLinkOpener, linkPolicyFor } from '../external-links.ts';
import type { SeatWatch } from './seat-watch.ts';
import { emptyCharts } from './waiting-snapshot.ts';

export type SeatChannel =
  | 'app:info'
  | 'playbook:get'
  | 'snapshot:get'
  | 'charts:get'
  | 'domain:detail'
  | 'link:open'
  | 'sources:detail'
  | 'source:pause'
  | 'source:resume'
  | 'source:poll-now'
  | 'source:test'
  | 'source:add'
  | 'warroom:get';

export interface SeatHandlerOptions {
  readonly version: string;
  /** The seat's own config file (contacts, settings, the TOPdesk its links may open), or null. */
  readonly configFile: string | null;
  readonly config: Config;
  /** What a seat shows before any collector published its own. */
  readonly playbook: Playbook;
  readonly watch: SeatWatch;
  readonly clock: Clock;
  readonly openExternal?: ((href: string) => Promise<void>) | undefined;
  readonly log: (line: string) => void;
}

/**
 * What a seat answers from the collector's publication (docs/war-room.md): the title, the
 * playbook, the snapshot and the charts it published. A domain's detail and the sources page
 * show what the published snapshot holds: the signals behind it stay with the collector.
 * Everything that polls a source is the collector's, and the seat says which one that is.
 */
export function seatHandlers(options: SeatHandlerOptions): Pick<InvokeHandlers, SeatChannel> {
  const { watch, config } = options;
  const openLink = createLinkOpener({
    policy: linkPolicyFor(config.sources),
    openExternal:
      options.openExternal ??
      (async () => {
        throw new Error('this process cannot open links');
      }),
    log: options.log,
  });
  const refuse = async (): Promise<never> => {
    throw new Error(doesNotPoll(watch));
  };
  return {
    'app:info': async () => {
      const info = watch.published?.info;
      return {
        version: options.version,
        configFile: options.configFile,
        title: info?.title ?? config.title,
        timezone: info?.timezone ?? config.timezone,
        demo: info?.demo ?? config.demo,
        wall: info?.wall ?? wallSettingsFromConfig(config),
      };
    },
    'playbook:get': async () => watch.published?.playbook ?? options.playbook,
    'snapshot:get': async () => watch.snapshot(),
    'charts:get': async () => watch.published?.charts ?? emptyCharts(wallDate(options.clock)),
    'domain:detail': async ({ domain }) =>
      detailFromMarks(watch.snapshot(), domain, ticketLink(config)),
    'link:open': async ({ url }) => openLink(url),
    'sources:detail': async () => detailFromSnapshot(watch.snapshot()),
    'source:pause': refuse,
    'source:resume': refuse,
    'source:poll-now': refuse,
    'source:test': refuse,
    'source:add': refuse,
    'warroom:get': async () => watch.state(),
  };
}

/** "This seat does not poll; the collector (label on HOST) does", in Dutch and English. */
export function doesNotPoll(watch: Pick<SeatWatch, 'state'>): string {
  const collector = watch.state().collector;
  if (!collector)
    return 'Deze zitplaats peilt geen bronnen; dat doet de collector van de gedeelde dijkwacht / This seat does not poll; the shared war room’s collector does';
  const { label, host } = collector;
  return `Deze zitplaats peilt geen bronnen; dat doet de collector (${label} op ${host}) / This seat does not poll; the collector (${label} on ${host}) does`;
}

/** A ticket's link on the seat's own TOPdesk, when its config names one. */
function ticketLink(config: Config): (number: string) => string | null {
  const topdesk = config.sources.find((source) => source.kind === 'topdesk');
  return topdesk ? (number) => topdeskIncidentUrl(topdesk.url, number) : () => null;
}

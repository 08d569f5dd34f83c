import { useRef } from 'react';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot, SourceState } from '../../../shared/snapshot/snapshot-schema.ts';
import { formatClock, formatMinutes } from '../../../shared/text/format.ts';
import { sourceErrorText } from '../../../shared/text/source-error-text.ts';
import { useFitCount } from '../../common/use-fit-count.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

export interface TileFooterProps {
  readonly domain: DomainSnapshot;
  readonly definition: Playbook['domains'][number];
  readonly playbook: Playbook;
  /** The states of the sources that feed the domain. */
  readonly sources: readonly SourceState[];
  readonly timeZone: string;
  readonly minute: Date;
}

/** Who acts and on which line, and how old the data behind the tile is (or which source fails). */
export function TileFooter(props: TileFooterProps) {
  const { t, language } = useI18n();
  return (
    <footer className="tile-footer">
      <p className="tile-line clamp-2" data-testid={testIds.domainLine}>
        <span className="tile-label">{t('domain.line')}: </span>
        {props.definition.line[language]}
      </p>
      <WallRoles roles={props.definition.roles} playbook={props.playbook} />
      <DataLine {...props} />
    </footer>
  );
}

/** The roles, as many as fit on two lines, then "+2 meer". */
function WallRoles({ roles, playbook }: { roles: readonly string[]; playbook: Playbook }) {
  const { t, language } = useI18n();
  const box = useRef<HTMLUListElement>(null);
  const titles = roles.map(
    (roleId) => playbook.roles.find((role) => role.id === roleId)?.title[language] ?? roleId,
  );
  const shown = useFitCount(box, titles.length, `${language} ${titles.join('\n')}`);
  const hidden = titles.length - shown;
  return (
    <ul
      className="tile-roles wall-roles"
      ref={box}
      data-testid={testIds.domainRoles}
      aria-label={t('domain.roles')}
    >
      {titles.slice(0, shown).map((title) => (
        <li key={title}>{title}</li>
      ))}
      {hidden > 0 && (
        <li className="tile-more" data-testid={testIds.tileMore}>
          {t('tile.moreRoles', { n: hidden })}
        </li>
      )}
    </ul>
  );
}

/** "Gegevens 2 min oud", or for each feeding source that is not ok: which, and why. */
function DataLine({ domain, sources, timeZone, minute }: TileFooterProps) {
  const { t, language } = useI18n();
  const troubled = sources.filter((source) => source.health !== 'ok');
  const text = troubled.length > 0 ? troubles() : dataAge();
  return (
    <p
      className={troubled.length > 0 ? 'tile-data clamp-2 is-troubled' : 'tile-data clamp-2'}
      data-testid={testIds.domainData}
    >
      {text}
    </p>
  );

  /** "Bron onbereikbaar: topdesk, statuscake": the reason first, so a cut keeps it. */
  function troubles(): string {
    const byReason = new Map<string, SourceState[]>();
    for (const source of troubled) {
      const reason = sourceTrouble(source);
      byReason.set(reason, [...(byReason.get(reason) ?? []), source]);
    }
    return [...byReason]
      .map(([reason, group]) =>
        t('tile.sourceProblem', {
          reason: capitalised(reason),
          sources: group.map((source) => source.id).join(', '),
        }),
      )
      .join(' · ');
  }

  function sourceTrouble(source: SourceState): string {
    // Paused by a coordinator: say so, not "no fresh data", which would send people looking.
    if (source.paused) return t('sources.paused');
    if (source.error) return sourceErrorText[source.error.category][language];
    if (!source.lastSuccessAt) return t('tile.sourceNoData');
    return t('tile.sourceStale', {
      time: formatClock(source.lastSuccessAt, language, timeZone, minute),
    });
  }

  function dataAge(): string {
    if (domain.sources.length === 0) return t('tile.noSources');
    if (!domain.dataAt) return t('tile.noData');
    const age = minute.getTime() - Date.parse(domain.dataAt);
    return age < 60_000
      ? t('tile.dataFresh')
      : t('tile.dataAge', { age: formatMinutes(age, language) });
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

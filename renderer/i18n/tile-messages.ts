/** The wall's tiles: since when, how old the data is, what is not shown. */
export const tileMessagesNl = {
  'tile.since': 'sinds {time} · {duration}',
  'tile.markSince': 'sinds {time}',
  'tile.more': '+{n} meer',
  'tile.moreRoles': '+{n} meer',
  'tile.changed': 'Gewijzigd',
  'tile.alarm': 'Alarm',
  'tile.dataFresh': 'Gegevens < 1 min oud',
  'tile.dataAge': 'Gegevens {age} oud',
  'tile.noData': 'Nog geen gegevens',
  'tile.noSources': 'Leest meldingen van andere domeinen',
  'tile.sourceProblem': '{reason}: {sources}',
  'tile.sourceStale': 'geen verse gegevens sinds {time}',
  'tile.sourceNoData': 'nog geen gegevens',
  'tile.announce': '{domain}: {status}',
} as const;

export const tileMessagesEn: Record<keyof typeof tileMessagesNl, string> = {
  'tile.since': 'since {time} · {duration}',
  'tile.markSince': 'since {time}',
  'tile.more': '+{n} more',
  'tile.moreRoles': '+{n} more',
  'tile.changed': 'Changed',
  'tile.alarm': 'Alarm',
  'tile.dataFresh': 'Data < 1 min old',
  'tile.dataAge': 'Data {age} old',
  'tile.noData': 'No data yet',
  'tile.noSources': 'Reads the marks of other domains',
  'tile.sourceProblem': '{reason}: {sources}',
  'tile.sourceStale': 'no fresh data since {time}',
  'tile.sourceNoData': 'no data yet',
  'tile.announce': '{domain}: {status}',
};

/** The shared war room (docs/war-room.md): a seat's banner and the header's badge. */
export const warRoomMessagesNl = {
  'warroom.badge.seat': 'Gedeelde dijkwacht · zitplaats',
  'warroom.badge.collector': 'Gedeelde dijkwacht · collector',
  'warroom.badge.explain':
    'Deze plek toont wat de collector van de gedeelde dijkwacht publiceert: {store}',
  'warroom.disconnected':
    'Geen verbinding met de gedeelde dijkwacht ({store}) sinds {time} — opnieuw verbinden…',
  'warroom.connecting': 'Nog geen verbinding met de gedeelde dijkwacht ({store}) — verbinden…',
  'warroom.silent': 'De collector ({label} op {host}) publiceert niet meer sinds {time}',
  'warroom.noCollector':
    'Wacht op een collector: nog niemand peilt de bronnen van deze gedeelde dijkwacht ({store})',
  'warroom.schema':
    'De gedeelde dijkwacht ({store}) hoort bij een andere versie van Dijkwacht: deze zitplaats schrijft niets',
  'warroom.reason': 'Oorzaak: {error}',
  'warroom.wall.disconnected':
    'Geen verbinding met de gedeelde dijkwacht sinds {time} — opnieuw verbinden…',
  'warroom.wall.connecting': 'Nog geen verbinding met de gedeelde dijkwacht — verbinden…',
  'warroom.wall.noCollector': 'Wacht op een collector: nog niemand peilt de bronnen',
  'warroom.wall.schema': 'Deze gedeelde dijkwacht hoort bij een andere versie van Dijkwacht',
} as const;

export const warRoomMessagesEn: Record<keyof typeof warRoomMessagesNl, string> = {
  'warroom.badge.seat': 'Shared war room · seat',
  'warroom.badge.collector': 'Shared war room · collector',
  'warroom.badge.explain':
    'This seat shows what the shared war room’s collector publishes: {store}',
  'warroom.disconnected':
    'No connection to the shared war room ({store}) since {time} — reconnecting…',
  'warroom.connecting': 'Not connected to the shared war room ({store}) yet — connecting…',
  'warroom.silent': 'The collector ({label} on {host}) has not published since {time}',
  'warroom.noCollector':
    'Waiting for a collector: nobody polls the sources of this shared war room ({store}) yet',
  'warroom.schema':
    'The shared war room ({store}) belongs to another version of Dijkwacht: this seat writes nothing',
  'warroom.reason': 'Cause: {error}',
  'warroom.wall.disconnected': 'No connection to the shared war room since {time} — reconnecting…',
  'warroom.wall.connecting': 'Not connected to the shared war room yet — connecting…',
  'warroom.wall.noCollector': 'Waiting for a collector: nobody polls the sources yet',
  'warroom.wall.schema': 'This shared war room belongs to another version of Dijkwacht',
};

/** The wall's rotation: a domain's detail page, and where the round is. */
export const wallMessagesNl = {
  'wall.detail.since': 'sinds {time} · {duration}',
  'wall.detail.marks': 'Markeringen',
  'wall.detail.more': '+{n} meer',
  'wall.detail.chart': 'Grafiek',
  'wall.pages.label': 'Rotatie van het wandscherm',
  'wall.pages.overview': 'Overzicht',
  'wall.pages.alarm': '{page} — alarm',
  'wall.pages.current': '{page} — nu in beeld',
} as const;

export const wallMessagesEn: Record<keyof typeof wallMessagesNl, string> = {
  'wall.detail.since': 'since {time} · {duration}',
  'wall.detail.marks': 'Marks',
  'wall.detail.more': '+{n} more',
  'wall.detail.chart': 'Chart',
  'wall.pages.label': 'Wall display rotation',
  'wall.pages.overview': 'Overview',
  'wall.pages.alarm': '{page} — alarm',
  'wall.pages.current': '{page} — on screen now',
};

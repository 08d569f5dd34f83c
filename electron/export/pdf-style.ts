/** The report's look on A4: sizes in points, colours in hex. */
export const PAGE = {
  size: 'A4',
  margins: { top: 50, bottom: 56, left: 45, right: 45 },
  /** Where the page number sits, from the page's bottom edge. */
  footerFromBottom: 34,
} as const;

export const TYPE = {
  title: 18,
  heading2: 13.5,
  heading3: 11,
  body: 9.5,
  small: 8.5,
  table: 8,
  footer: 8,
} as const;

export const COLOUR = {
  text: '#1a1a1a',
  muted: '#5c5c5c',
  rule: '#c8c8c8',
  headerFill: '#ececec',
} as const;

/** Room a heading needs below it, so it never ends a page alone. */
export const KEEP_WITH_NEXT = 60;
/** Padding inside a table cell. */
export const CELL_PADDING = 3;
export const FACT_LABEL_WIDTH = 150;

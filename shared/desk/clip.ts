/** A text cut to `max` characters, saying so with an ellipsis rather than silently. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

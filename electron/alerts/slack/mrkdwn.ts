/**
 * Slack reads `&`, `<` and `>` as control characters (links, mentions such as <!channel>);
 * its formatting reference says to send them as HTML entities, and nothing else
 * (docs.slack.dev, "Formatting text for app surfaces", escaping). `&` goes first, so the
 * entities made for `<` and `>` are not escaped twice.
 */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The body of an incoming-webhook post: plain text only, no blocks. */
export function webhookPayload(text: string): string {
  return JSON.stringify({ text: escapeMrkdwn(text) });
}

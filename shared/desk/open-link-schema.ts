import { z } from 'zod';

/**
 * `link:open`: the renderer asks main to open a link outside the app (a ticket in TOPdesk, a
 * phone number, an e-mail address). Main opens only what its allow-list accepts
 * (electron/app/external-links.ts, docs/desk.md) and says why it refused the rest.
 */

/** Longer than any link main would open: a longer one is refused, still with an answer. */
export const MAX_LINK_REQUEST_LENGTH = 8_192;

export const linkRefusals = [
  /** Not a URL at all, or one with characters a link never needs (spaces, controls, `\`). */
  'malformed',
  /** Longer than MAX_OPENED_LINK_LENGTH. */
  'too-long',
  /** Not https:, tel: or mailto: (javascript:, file:, http: to a real host, …). */
  'scheme',
  /** https: to a host that is not the configured TOPdesk's. */
  'host',
  /** A user name or password in the URL (https://topdesk.example@evil.example). */
  'userinfo',
  /** A tel: or mailto: whose number or address is not plausible. */
  'not-plausible',
  /** Allowed, but the system could not open it. */
  'failed',
] as const;
export type LinkRefusal = (typeof linkRefusals)[number];

export const openLinkRequestSchema = z.strictObject({
  url: z.string().max(MAX_LINK_REQUEST_LENGTH),
});

export const openLinkResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened') }),
  z.strictObject({ status: z.literal('refused'), reason: z.enum(linkRefusals) }),
]);
export type OpenLinkResult = z.infer<typeof openLinkResultSchema>;

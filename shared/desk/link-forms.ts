/**
 * What main's allow-list (electron/app/external-links.ts) accepts as a `tel:` or `mailto:`
 * link: the bare forms the contacts' line card makes (shared/contacts/contact-links.ts),
 * nothing a protocol handler could read as more than a number or one address.
 */

/** The longest link either takes: a phone number or an address, with room to spare. */
const MAX_LENGTH = 320;

/** `tel:+31612345678`: an optional +, then 3 to 20 digits and nothing else (RFC 3966, bare). */
const TEL = /^tel:\+?[0-9]{3,20}$/;

/**
 * `mailto:name@example.nl`: one address, no query (`?cc=`, `?body=`), no second recipient.
 * Stricter than RFC 6068 on purpose: what a contacts file holds, and nothing more.
 */
const MAILTO = /^mailto:[A-Za-z0-9._'+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$/;

export function isPlausibleTel(href: string): boolean {
  return href.length <= MAX_LENGTH && TEL.test(href);
}

export function isPlausibleMailto(href: string): boolean {
  return href.length <= MAX_LENGTH && MAILTO.test(href) && !href.includes('..');
}

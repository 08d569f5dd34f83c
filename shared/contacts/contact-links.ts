/**
 * The links a line card dials and mails with. Only what the contact schemas let through
 * reaches these (phone characters, a checked address), and the links are built to hold
 * nothing else.
 */

/**
 * `tel:` with the digits only (RFC 3966 allows no spaces), a leading `+` kept. In an
 * international number the Dutch "(0)" is the trunk prefix a caller from abroad leaves out:
 * `+31 (0)6 1234 5678` dials `+31612345678`. Null when there is nothing to dial.
 */
export function telHref(phone: string): string | null {
  const international = phone.trim().startsWith('+');
  const dialled = international ? phone.replace(/\(0\)/g, '') : phone;
  const digits = dialled.replace(/\D/g, '');
  // More than 20 digits is no number a phone dials (E.164 has at most 15, plus an extension).
  if (digits.length < 3 || digits.length > 20) return null;
  return `tel:${international ? '+' : ''}${digits}`;
}

/** A plain `user@host.tld`, as the contact schemas accept it; anything else gets no link. */
const PLAIN_ADDRESS =
  /^[A-Za-z0-9._'+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,63}$/;

/** `mailto:` for one plain address; null for anything that could add headers (`?cc=`, `&body=`). */
export function mailtoHref(email: string): string | null {
  const address = email.trim();
  return PLAIN_ADDRESS.test(address) && !address.includes('..') ? `mailto:${address}` : null;
}

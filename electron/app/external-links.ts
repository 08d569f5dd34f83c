import type { Config } from '../../shared/config/parse-config.ts';
import { isPlausibleMailto, isPlausibleTel } from '../../shared/desk/link-forms.ts';
import type { LinkRefusal, OpenLinkResult } from '../../shared/desk/open-link-schema.ts';

/**
 * The allow-list for links the desk asks main to open (`link:open`). `shell.openExternal`
 * hands a URL to whatever the OS registered for its scheme, which can run commands
 * (Electron's security checklist, item 15), so only three forms ever reach it:
 * - `https:` to the configured TOPdesk's host and port (a ticket), no user name or password;
 * - `tel:` with a plausible number and `mailto:` with one plain address (shared/desk/link-forms.ts);
 * - `http:` only to a TOPdesk on loopback (the demo's), never to a host on the network.
 * Hosts are compared as the URL parser normalises them (lower case, IDN as punycode), so
 * a look-alike (`tоpdesk.example` with a Cyrillic о) or `topdesk.example.evil.example`
 * is another host. What is opened is the parser's own serialisation, not the text asked for.
 */

/** Longer than any ticket link; browsers and OS handlers cap somewhere near here. */
export const MAX_OPENED_LINK_LENGTH = 2_048;

/** Controls, spaces and backslashes: the URL parser drops or reinterprets them silently. */
function hasUnsafeCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Where ticket links may point: each configured TOPdesk source's origin. */
export interface LinkPolicy {
  readonly origins: readonly { readonly protocol: string; readonly host: string }[];
}

export type LinkCheck =
  | { readonly ok: true; readonly href: string }
  | { readonly ok: false; readonly reason: LinkRefusal };

/** The policy for a config: every TOPdesk source whose URL is https, or http on loopback. */
export function linkPolicyFor(sources: Config['sources']): LinkPolicy {
  const origins = sources.flatMap((source) => {
    if (source.kind !== 'topdesk') return [];
    const url = parseUrl(source.url);
    if (!url || !allowedProtocol(url)) return [];
    return [{ protocol: url.protocol, host: url.host }];
  });
  return { origins };
}

/** Whether the desk may open `url`, and the exact text to open. */
export function checkExternalLink(url: string, policy: LinkPolicy): LinkCheck {
  if (url.length > MAX_OPENED_LINK_LENGTH) return refused('too-long');
  if (hasUnsafeCharacter(url)) return refused('malformed');
  const parsed = parseUrl(url);
  if (!parsed) return refused('malformed');
  switch (parsed.protocol) {
    case 'tel:':
      return isPlausibleTel(url) ? { ok: true, href: url } : refused('not-plausible');
    case 'mailto:':
      return isPlausibleMailto(url) ? { ok: true, href: url } : refused('not-plausible');
    case 'https:':
    case 'http:':
      return checkWebLink(parsed, policy);
    default:
      return refused('scheme');
  }
}

function checkWebLink(url: URL, policy: LinkPolicy): LinkCheck {
  if (url.username !== '' || url.password !== '') return refused('userinfo');
  const sameOrigin = policy.origins.some(
    (origin) => origin.protocol === url.protocol && origin.host === url.host,
  );
  if (sameOrigin) return { ok: true, href: url.href };
  // Plain http to anything but the demo's loopback TOPdesk is the wrong scheme, whatever the host.
  return refused(url.protocol === 'http:' ? 'scheme' : 'host');
}

function allowedProtocol(url: URL): boolean {
  return (
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  );
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function refused(reason: LinkRefusal): LinkCheck {
  return { ok: false, reason };
}

export interface LinkOpenerOptions {
  readonly policy: LinkPolicy;
  /** Electron's shell.openExternal in the app; a recorder in the browser tests. */
  readonly openExternal: (href: string) => Promise<void>;
  readonly log: (line: string) => void;
}

/** The `link:open` handler: checks, opens, and logs every refusal with its reason. */
export function createLinkOpener(options: LinkOpenerOptions) {
  return async (url: string): Promise<OpenLinkResult> => {
    const check = checkExternalLink(url, options.policy);
    if (!check.ok) {
      options.log(`Dijkwacht: refused to open a link (${check.reason}): ${linkForLog(url)}`);
      return { status: 'refused', reason: check.reason };
    }
    try {
      await options.openExternal(check.href); // eng-disable OPEN_EXTERNAL_JS_CHECK — only what checkExternalLink allowed, as it serialised it
      return { status: 'opened' };
    } catch (error) {
      options.log(`Dijkwacht: could not open ${linkForLog(url)}: ${errorText(error)}`);
      return { status: 'refused', reason: 'failed' };
    }
  };
}

/**
 * What a log may say of a link: its scheme and host. Never the path or query (a ticket
 * number, a token someone pasted), nor a phone number or address (personal data).
 */
export function linkForLog(url: string): string {
  const parsed = hasUnsafeCharacter(url) ? null : parseUrl(url.slice(0, MAX_OPENED_LINK_LENGTH));
  if (!parsed) return '(not a usable URL)';
  if (parsed.host === '') return parsed.protocol;
  return `${parsed.protocol}//${parsed.host}`.slice(0, 200);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

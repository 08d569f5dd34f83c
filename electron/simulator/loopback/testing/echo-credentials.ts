/**
 * A server that echoes the credentials it was sent — in its error text, a `Location` and a
 * `WWW-Authenticate` header, in every spelling (raw, decoded, URL-encoded, inside a URL's
 * query string). Real servers do this by accident (a debug error page, a proxy's redirect to
 * a login page); the clients must never pass any of it on.
 */
export interface EchoCredentialsFault {
  readonly kind: 'echo-credentials';
  /** The status to answer with (default 401); a 3xx makes it a redirect. */
  readonly status?: number;
}

export interface Echo {
  readonly status: number;
  /** One text with every spelling; each server wraps it in its own error body. */
  readonly text: string;
  /** The credential alone, for servers that echo it in a field name (StatusCake's `errors`). */
  readonly credential: string;
  readonly headers: Readonly<Record<string, string>>;
}

export function echoCredentials(
  fault: EchoCredentialsFault,
  authorization: string | undefined,
  pathAndQuery: string,
): Echo {
  const header = authorization ?? '';
  const credential = header.replace(/^\S+\s+/, '');
  const decoded = Buffer.from(credential, 'base64').toString('utf8');
  const login = `https://login.example.org/sso?token=${encodeURIComponent(credential)}`;
  const text = [
    `Rejected Authorization: ${header}`,
    `decoded: ${decoded}`,
    `password: ${decoded.slice(decoded.indexOf(':') + 1)}`,
    `url-encoded: ${encodeURIComponent(header)}`,
    `sign in again at ${login}`,
    `request was ${pathAndQuery}?access_token=${encodeURIComponent(credential)}`,
  ].join('; ');
  return {
    status: fault.status ?? 401,
    text,
    credential,
    headers: {
      location: `${login}&authorization=${encodeURIComponent(header)}`,
      // A header value holds only what came in one; the credential did.
      'www-authenticate': `Bearer realm="${credential.replace(/["\\]/g, '')}", error="invalid_token"`,
    },
  };
}

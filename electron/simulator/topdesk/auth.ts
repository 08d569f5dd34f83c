import { errorReply, type Reply } from './reply.ts';

/** The simulator's TOPdesk accounts: login name plus application password (docs/sources.md, "TOPdesk"). */
export interface TopdeskUser {
  readonly loginName: string;
  readonly password: string;
  /** False: a valid login whose permission group lacks REST API or incident rights (403). */
  readonly permitted?: boolean;
}

export const DEFAULT_TOPDESK_USER: TopdeskUser = {
  loginName: 'dijkwacht-api',
  password: 'app-password',
};

/** Basic auth: an unknown login or wrong password is 401, a login without rights 403. */
export function checkAuth(users: readonly TopdeskUser[], header: string | undefined): Reply | null {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const user = users.find(
    (candidate) =>
      colon > 0 &&
      candidate.loginName === decoded.slice(0, colon) &&
      candidate.password === decoded.slice(colon + 1),
  );
  if (!user) {
    return errorReply(401, 'The supplied credentials are not valid.', {
      'WWW-Authenticate': 'Basic realm="TOPdesk"',
    });
  }
  return user.permitted === false
    ? errorReply(403, 'You do not have permission to access this resource.')
    : null;
}

/**
 * Why a poll failed, as a class a coordinator can act on. Every class describes the *source*:
 * "StatusCake is unreachable" never means "the website is down".
 */
export const sourceErrorCategories = [
  'wrong-credentials',
  'no-permission',
  'not-found',
  'bad-request',
  'unreachable',
  'timeout',
  'rate-limited',
  'server-error',
  'bad-payload',
] as const;
export type SourceErrorCategory = (typeof sourceErrorCategories)[number];

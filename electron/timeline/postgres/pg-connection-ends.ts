import type pg from 'pg';

/**
 * Ending connections that may be cut. Over a silent network cut nothing answers: a connect,
 * a query and even pg's end() (which waits for the server's goodbye) hang forever, so each
 * gets a deadline, and a connection past it is torn down at the socket.
 */

/** How long a connect or a query may take before the connection counts as lost. */
export const ANSWER_DEADLINE_MS = 3_000;
const CONNECT_DEADLINE_MS = 10_000;

/** connect() with a deadline; a connection that arrives after it is closed at once. */
export async function connectWithin(
  connect: () => Promise<pg.Client>,
  ms = CONNECT_DEADLINE_MS,
): Promise<pg.Client> {
  let late = false;
  const connecting = connect();
  void connecting.then(
    (client) => late && void endOrDestroy(client),
    () => undefined,
  );
  return withDeadline(connecting, ms, `the database did not answer within ${ms / 1000} s`, () => {
    late = true;
  });
}

/** A query with a deadline; past it the client's socket is destroyed (and the query fails). */
export function queryWithin<R extends pg.QueryResultRow = pg.QueryResultRow>(
  client: pg.ClientBase,
  text: string,
  values: unknown[] = [],
  ms = ANSWER_DEADLINE_MS,
): Promise<pg.QueryResult<R>> {
  return withDeadline(
    client.query<R>(text, values),
    ms,
    `the database did not answer within ${ms / 1000} s`,
    () => destroySocket(client),
  );
}

/** end(), or the socket destroyed when the server does not say goodbye within a second. */
export async function endOrDestroy(client: pg.Client): Promise<void> {
  await withDeadline(client.end(), 1_000, 'end', () => undefined).catch(() => undefined);
  destroySocket(client);
}

/** Tears the connection down without a word: pg has no public way to. */
export function destroySocket(client: pg.ClientBase): void {
  const stream = (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection
    ?.stream;
  stream?.destroy();
}

async function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  message: string,
  onLate: () => void,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onLate();
      reject(new Error(message));
    }, ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

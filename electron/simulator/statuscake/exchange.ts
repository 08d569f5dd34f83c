import type { ServerResponse } from 'node:http';

/** One request as the server saw it; tests read these to check the client's pacing. */
export interface StatusCakeRequestRecord {
  /** Arrival, on the server's clock (epoch ms). */
  readonly at: number;
  readonly method: string;
  /** Path and query, e.g. /v1/uptime?limit=100&page=1. */
  readonly path: string;
  /** The status sent; null while (or if) no answer was started. */
  readonly status: number | null;
  /** Body bytes sent. */
  readonly bytes: number;
}

/** The record while its answer is being written. */
export type OpenRequestRecord = {
  -readonly [K in keyof StatusCakeRequestRecord]: StatusCakeRequestRecord[K];
};

/** A response being written, keeping its log record up to date. */
export class Exchange {
  readonly response: ServerResponse;
  readonly record: OpenRequestRecord;

  constructor(response: ServerResponse, record: OpenRequestRecord) {
    this.response = response;
    this.record = record;
  }

  head(status: number, headers: Readonly<Record<string, string>>): void {
    this.record.status = status;
    this.response.writeHead(status, headers);
  }

  write(chunk: string, done?: () => void): void {
    this.record.bytes += Buffer.byteLength(chunk);
    this.response.write(chunk, done);
  }

  json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
    this.text(status, 'application/json', JSON.stringify(body), headers);
  }

  text(
    status: number,
    type: string,
    body: string,
    headers: Readonly<Record<string, string>> = {},
  ): void {
    this.head(status, {
      'content-type': type,
      'content-length': String(Buffer.byteLength(body)),
      ...headers,
    });
    this.record.bytes += Buffer.byteLength(body);
    this.response.end(body);
  }
}

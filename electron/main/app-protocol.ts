import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, CONTENT_SECURITY_POLICY } from './security.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Answers app://dijkwacht/<path> from the built renderer folder. Other hosts and paths that
 * escape the folder are refused, every answer carries the CSP, and unknown files are 404.
 * `host` is null for the test harness's loopback server, which serves the same files.
 */
export function createAppProtocolHandler(rendererRoot: string, host: string | null = APP_HOST) {
  const root = path.resolve(rendererRoot);
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (host !== null && url.host !== host) return new Response('not found', { status: 404 });
    const { pathname } = url;
    const relative = decodePath(pathname === '/' ? '/index.html' : pathname);
    if (relative === null) return new Response('bad request', { status: 400 });
    const file = path.resolve(root, `.${relative}`);
    if (file !== root && !file.startsWith(root + path.sep))
      return new Response('forbidden', { status: 403 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

/** A malformed escape such as a lone `%` is the caller's error, not a crash of the handler. */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

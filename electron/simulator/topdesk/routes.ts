import type { IncomingMessage } from 'node:http';
import { checkAuth, type TopdeskUser } from './auth.ts';
import type { TopdeskDataset } from './dataset.ts';
import { BadRequestError } from './fiql.ts';
import { listIncidents, lookupList, type ListingCache } from './listing.ts';
import { errorReply, type Reply } from './reply.ts';

/** What the routes read: the accounts, the dataset and the listing settings. */
export interface RouteContext {
  readonly users: readonly TopdeskUser[];
  readonly incidents: TopdeskDataset;
  readonly maxPageSize: number;
  readonly utcOffsetMinutes: number;
  readonly version: string;
  readonly cache: ListingCache;
}

/** The answer to one request: Basic auth first, then the route; a bad query is a 400. */
export function respond(context: RouteContext, req: IncomingMessage, url: URL): Reply {
  const denied = checkAuth(context.users, req.headers.authorization);
  if (denied) return denied;
  if (req.method !== 'GET') return errorReply(405, 'Method not allowed');
  try {
    return route(context, url);
  } catch (error) {
    if (error instanceof BadRequestError) return errorReply(400, error.message);
    throw error;
  }
}

function route(context: RouteContext, url: URL): Reply {
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/tas/api/version')
    return { status: 200, body: JSON.stringify({ version: context.version }) };
  if (path === '/tas/api/incidents')
    return listIncidents(url.searchParams, context.incidents, context, context.cache);
  const lookup = /^\/tas\/api\/incidents\/(categories|subcategories|priorities)$/.exec(path)?.[1];
  if (lookup) return lookupList(context.incidents, LOOKUPS[lookup as keyof typeof LOOKUPS]);
  return errorReply(404, 'Resource not found');
}

const LOOKUPS = {
  categories: 'category',
  subcategories: 'subcategory',
  priorities: 'priority',
} as const;

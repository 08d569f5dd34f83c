import { statusOf, type StatusCakeCheck, type StatusCakeDataset } from './dataset.ts';
import {
  errorAnswer,
  INVALID_PARAMETERS,
  readLimit,
  readInt,
  type StatusCakeAnswer,
} from './answers.ts';
import { listPeriods } from './periods.ts';

/** GET /v1/uptime, /v1/uptime/{id} and /v1/uptime/{id}/periods, as documented. */
export function route(dataset: StatusCakeDataset, url: URL): StatusCakeAnswer {
  const parts = url.pathname.replace(/\/+$/, '').split('/').slice(1);
  if (parts[0] !== 'v1' || parts[1] !== 'uptime') return errorAnswer(404, 'Not found');
  if (parts.length === 2) return listUptime(dataset, url.searchParams);
  const check = dataset.find(decodeURIComponent(parts[2] ?? ''));
  if (!check) return errorAnswer(404, 'No results found');
  if (parts.length === 3) return { status: 200, body: { data: overview(check, true) } };
  if (parts.length === 4 && parts[3] === 'periods') return listPeriods(check, url);
  return errorAnswer(404, 'Not found');
}

function listUptime(dataset: StatusCakeDataset, params: URLSearchParams): StatusCakeAnswer {
  const page = readInt(params.get('page'), 1);
  const limit = readLimit(params);
  const status = params.get('status');
  if (page === null || page < 1)
    return errorAnswer(400, INVALID_PARAMETERS, { page: ['must be at least 1'] });
  if (limit === null || limit < 1)
    return errorAnswer(400, INVALID_PARAMETERS, { limit: ['must be between 1 and 100'] });
  if (status !== null && status !== 'up' && status !== 'down') {
    return errorAnswer(400, INVALID_PARAMETERS, { status: ['must be up or down'] });
  }
  const matching = dataset
    .checks()
    .filter((check) => (status === null || statusOf(check) === status) && hasTags(check, params));
  const withUptime = params.get('nouptime') !== 'true';
  const data = matching
    .slice((page - 1) * limit, page * limit)
    .map((check) => overview(check, withUptime));
  const metadata = {
    page,
    per_page: limit,
    page_count: Math.ceil(matching.length / limit),
    total_count: matching.length,
  };
  return { status: 200, body: { data, metadata } };
}

/** tags is a CSV; every tag must match unless matchany=true. */
function hasTags(check: StatusCakeCheck, params: URLSearchParams): boolean {
  const wanted = (params.get('tags') ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (wanted.length === 0) return true;
  const has = (tag: string) => check.tags.includes(tag);
  return params.get('matchany') === 'true' ? wanted.some(has) : wanted.every(has);
}

/** An UptimeTestOverview (statuscake-go model_uptime_test_overview.go); uptime only when asked. */
function overview(check: StatusCakeCheck, withUptime: boolean): Record<string, unknown> {
  return {
    id: check.id,
    name: check.name,
    website_url: check.websiteUrl,
    test_type: check.testType,
    check_rate: check.checkRate,
    contact_groups: check.contactGroups,
    paused: check.paused,
    status: statusOf(check),
    tags: check.tags,
    ...(withUptime ? { uptime: check.uptime } : {}),
  };
}

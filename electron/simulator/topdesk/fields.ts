import { BadRequestError, type FiqlNode, type FiqlOp } from './fiql.ts';
import type { IncidentRecord } from './incident.ts';
import { lookupId } from './json.ts';

/** The incident fields the simulator can filter and sort on, with their FIQL types. */
type FieldValue = string | boolean | number | null;
interface Field {
  readonly type: 'string' | 'boolean' | 'date';
  readonly get: (record: IncidentRecord) => FieldValue;
}

const REFERENCES = [
  'category',
  'subcategory',
  'priority',
  'operatorGroup',
  'processingStatus',
] as const;
const DATES = [
  'callDate',
  'creationDate',
  'modificationDate',
  'targetDate',
  'completedDate',
  'closedDate',
] as const;

const FIELDS = new Map<string, Field>([
  ...(['id', 'number', 'status', 'briefDescription'] as const).map(
    (key) => [key, { type: 'string', get: (r: IncidentRecord) => r[key] }] as const,
  ),
  ...(['closed', 'completed', 'majorCall'] as const).map(
    (key) => [key, { type: 'boolean', get: (r: IncidentRecord) => r[key] }] as const,
  ),
  ...DATES.map((key) => [key, { type: 'date', get: (r: IncidentRecord) => r[key] }] as const),
  ...REFERENCES.map(
    (key) => [`${key}.name`, { type: 'string', get: (r: IncidentRecord) => r[key] }] as const,
  ),
  ...REFERENCES.map(
    (key) =>
      [
        `${key}.id`,
        {
          type: 'string',
          get: (r: IncidentRecord) => (r[key] === null ? null : lookupId(key, r[key])),
        },
      ] as const,
  ),
]);

function field(selector: string): Field {
  const found = FIELDS.get(selector);
  if (!found) throw new BadRequestError(`Unknown field '${selector}'`);
  return found;
}

/** FIQL dates: ISO 8601 with `Z` or an offset such as `+0100` or `+01:00` (TOPdesk's FIQL hints). */
export function parseFiqlDate(text: string): number {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?)(Z|[+-]\d{2}:?\d{2})$/.exec(
    text,
  );
  const zone = match?.[2]?.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const ms = match ? Date.parse(`${match[1]}${zone}`) : Number.NaN;
  if (Number.isNaN(ms)) throw new BadRequestError(`Invalid date '${text}'`);
  return ms;
}

export type Filter = (record: IncidentRecord) => boolean;

export function compileFilter(node: FiqlNode): Filter {
  if (node.kind === 'compare') return compileComparison(field(node.selector), node.op, node.value);
  const items = node.items.map(compileFilter);
  if (node.kind === 'and') return (record) => items.every((item) => item(record));
  return (record) => items.some((item) => item(record));
}

function compileComparison(target: Field, op: FiqlOp, text: string): Filter {
  if (text === 'null' && (op === '==' || op === '!=')) {
    return (record) => (target.get(record) === null) === (op === '==');
  }
  if (target.type === 'date') return compareOrdered(target, op, parseFiqlDate(text));
  if (op !== '==' && op !== '!=') {
    throw new BadRequestError(`Operator ${op} is only available for numeric and date values`);
  }
  const value = target.type === 'boolean' ? parseBoolean(text) : text;
  return (record) => (target.get(record) === value) === (op === '==');
}

function compareOrdered(target: Field, op: FiqlOp, value: number): Filter {
  const test: Record<FiqlOp, (a: number) => boolean> = {
    '==': (a) => a === value,
    '!=': (a) => a !== value,
    '=gt=': (a) => a > value,
    '=ge=': (a) => a >= value,
    '=lt=': (a) => a < value,
    '=le=': (a) => a <= value,
  };
  return (record) => {
    const actual = target.get(record);
    return typeof actual === 'number' ? test[op](actual) : op === '!=';
  };
}

function parseBoolean(text: string): boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  throw new BadRequestError(`Invalid boolean '${text}'`);
}

/** `field:asc,other:desc` → a comparator; ties fall back to id, like a clustered index. */
export function compileSort(text: string): (a: IncidentRecord, b: IncidentRecord) => number {
  const keys = text.split(',').map((part) => {
    const [name = '', direction = 'asc'] = part.split(':');
    if (direction !== 'asc' && direction !== 'desc')
      throw new BadRequestError(`Invalid sort '${part}'`);
    return { field: field(name), sign: direction === 'asc' ? 1 : -1 };
  });
  return (a, b) => {
    for (const key of keys) {
      const order = compareValues(key.field.get(a), key.field.get(b));
      if (order !== 0) return order * key.sign;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

// Nulls sort first, as SQL Server (TOPdesk's usual database) sorts them ascending.
function compareValues(a: FieldValue, b: FieldValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

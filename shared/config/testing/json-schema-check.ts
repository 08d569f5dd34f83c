/**
 * A JSON Schema check of the keywords docs/config.schema.json uses, so that tests validate
 * example configs against it without a validator dependency. A keyword it does not know
 * throws: a schema that grows one is never checked by half without anyone noticing.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** What is wrong with `value`, as `path: keyword` lines; empty when it is valid. */
export function schemaErrors(root: JsonSchema, value: unknown): string[] {
  return check(root, root, value, '');
}

/** Keywords that say nothing about validity. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'definitions']);

type Keyword = (argument: never, value: unknown, at: Place) => string[];

interface Place {
  readonly root: JsonSchema;
  /** The schema the keyword is in: additionalProperties reads its properties. */
  readonly schema: JsonSchema;
  readonly path: string;
}

function check(root: JsonSchema, schema: JsonSchema, value: unknown, path: string): string[] {
  return Object.entries(schema).flatMap(([keyword, argument]) => {
    if (ANNOTATIONS.has(keyword)) return [];
    const rule = KEYWORDS[keyword];
    if (!rule) throw new Error(`json-schema-check does not know the keyword ${keyword}`);
    return rule(argument as never, value, { root, schema, path });
  });
}

const failIf = (failed: boolean, at: Place, keyword: string) =>
  failed ? [`${at.path || '(root)'}: ${keyword}`] : [];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const matches = (at: Place, schema: JsonSchema, value: unknown) =>
  check(at.root, schema, value, at.path).length === 0;

const KEYWORDS: Record<string, Keyword> = {
  type: (type: string, value, at) => failIf(!hasType(value, type), at, `type ${type}`),
  const: (expected: unknown, value, at) => failIf(value !== expected, at, 'const'),
  enum: (values: unknown[], value, at) => failIf(!values.includes(value), at, 'enum'),
  pattern: (pattern: string, value, at) =>
    failIf(typeof value === 'string' && !new RegExp(pattern, 'u').test(value), at, 'pattern'),
  minLength: (min: number, value, at) =>
    failIf(typeof value === 'string' && [...value].length < min, at, 'minLength'),
  minItems: (min: number, value, at) =>
    failIf(Array.isArray(value) && value.length < min, at, 'minItems'),
  minimum: (min: number, value, at) =>
    failIf(typeof value === 'number' && value < min, at, 'minimum'),
  maximum: (max: number, value, at) =>
    failIf(typeof value === 'number' && value > max, at, 'maximum'),
  exclusiveMinimum: (min: number, value, at) =>
    failIf(typeof value === 'number' && value <= min, at, 'exclusiveMinimum'),
  required: (keys: string[], value, at) =>
    isObject(value) ? keys.flatMap((key) => failIf(!(key in value), at, `required ${key}`)) : [],
  properties: (properties: Record<string, JsonSchema>, value, at) =>
    isObject(value)
      ? Object.entries(properties).flatMap(([key, schema]) =>
          key in value ? check(at.root, schema, value[key], `${at.path}/${key}`) : [],
        )
      : [],
  additionalProperties: (extra: JsonSchema | false, value, at) => {
    if (!isObject(value)) return [];
    const known = Object.keys((at.schema.properties as object | undefined) ?? {});
    return Object.keys(value)
      .filter((key) => !known.includes(key))
      .flatMap((key) =>
        extra === false
          ? [`${at.path}/${key}: additionalProperties`]
          : check(at.root, extra, value[key], `${at.path}/${key}`),
      );
  },
  propertyNames: (schema: JsonSchema, value, at) =>
    isObject(value)
      ? Object.keys(value).flatMap((key) => check(at.root, schema, key, `${at.path}/${key}`))
      : [],
  items: (schema: JsonSchema, value, at) =>
    Array.isArray(value)
      ? value.flatMap((item, index) => check(at.root, schema, item, `${at.path}/${index}`))
      : [],
  allOf: (schemas: JsonSchema[], value, at) =>
    schemas.flatMap((schema) => check(at.root, schema, value, at.path)),
  anyOf: (schemas: JsonSchema[], value, at) =>
    failIf(!schemas.some((schema) => matches(at, schema, value)), at, 'anyOf'),
  oneOf: (schemas: JsonSchema[], value, at) => {
    const matching = schemas.filter((schema) => matches(at, schema, value)).length;
    return failIf(matching !== 1, at, `oneOf (${matching} match)`);
  },
  $ref: (ref: string, value, at) => check(at.root, resolve(at.root, ref), value, at.path),
};

function hasType(value: unknown, type: string): boolean {
  if (type === 'object') return isObject(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'null') return value === null;
  return typeof value === type;
}

/** `#/definitions/secret` → that schema; the only references the generator writes. */
function resolve(root: JsonSchema, ref: string): JsonSchema {
  const match = /^#\/definitions\/([^/]+)$/.exec(ref);
  const schema = match ? (root.definitions as Record<string, JsonSchema>)[match[1]!] : undefined;
  if (!schema) throw new Error(`json-schema-check cannot resolve ${ref}`);
  return schema;
}

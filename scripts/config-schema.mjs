// Writes docs/config.schema.json, the JSON Schema editors use to complete and check a config
// file (`npm run config-schema`). shared/config/json-schema.test.ts fails when it is stale.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { configJsonSchema } from '../shared/config/json-schema.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = path.join(ROOT, 'docs', 'config.schema.json');

// Formatted as `prettier --check .` (npm run lint) expects it, so the file is commit-ready.
const options = await resolveConfig(SCHEMA_FILE);
const text = await format(JSON.stringify(configJsonSchema()), {
  ...options,
  filepath: SCHEMA_FILE,
});
await writeFile(SCHEMA_FILE, text);
console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);

import { z } from 'zod';
import { configDocumentSchema } from './config-schema.ts';

/** A name, not an address: the schema is published in the repository, not on a server. */
export const CONFIG_SCHEMA_ID = 'urn:dijkwacht:config';

/**
 * The JSON Schema of a config file as users write it (docs/config.schema.json), so that
 * editors complete and check it: zod's input side, with durations as texts and secrets as
 * `{ env: NAME }` or `{ keychain: NAME }`. What a JSON Schema cannot say (a duration's range, references between
 * sections, a pattern's safety) is left to Dijkwacht's own check of the file.
 */
export function configJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(configDocumentSchema({ demo: false }), {
    io: 'input',
    // VS Code's YAML extension (yaml-language-server) checks draft-07 and older, not 2020-12.
    target: 'draft-07',
  });
  return {
    $schema,
    $id: CONFIG_SCHEMA_ID,
    title: 'Dijkwacht config',
    description:
      'The config file of Dijkwacht, the war-room dashboard (docs/config.md). Every key is checked; secrets are only ever references: { env: NAME }, or { keychain: NAME } as the app writes it.',
    ...schema,
  };
}

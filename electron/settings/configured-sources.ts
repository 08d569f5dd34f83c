import { sourceKinds, type SourceKind } from '../../shared/config/sources-schema.ts';
import type { ConfiguredSource, SecretStatus } from '../../shared/settings/settings-contract.ts';
import { secretKeys } from '../../shared/settings/source-draft.ts';

type Fields = Readonly<Record<string, unknown>>;

/**
 * The sources a config document lists, for the settings page: id, kind, URL and where each
 * secret is kept — never a value. Read leniently from the document's data: the app started
 * with this file, so it was valid then; an entry that is not (edited since) is skipped here,
 * and the config check says what is wrong with it at the next start.
 */
export function configuredSources(
  data: unknown,
  hasKeychainSecret: (name: string) => boolean,
): ConfiguredSource[] {
  const sources = isFields(data) ? data.sources : undefined;
  if (!Array.isArray(sources)) return [];
  return sources.slice(0, 100).flatMap((source: unknown) => {
    if (!isFields(source) || typeof source.id !== 'string' || !isKind(source.kind)) return [];
    return [
      {
        id: source.id.slice(0, 200),
        kind: source.kind,
        url: typeof source.url === 'string' ? source.url.slice(0, 2_000) : '',
        secrets: secretsOf(source, hasKeychainSecret),
      },
    ];
  });
}

function secretsOf(source: Fields, hasKeychainSecret: (name: string) => boolean): SecretStatus[] {
  return secretKeys.flatMap((key): SecretStatus[] => {
    const ref = source[key];
    if (!isFields(ref)) return [];
    if (typeof ref.env === 'string') return [{ key, kind: 'env', name: ref.env.slice(0, 200) }];
    if (typeof ref.keychain === 'string')
      return [
        {
          key,
          kind: 'keychain',
          name: ref.keychain.slice(0, 200),
          set: hasKeychainSecret(ref.keychain),
        },
      ];
    return [];
  });
}

/** The ids of the document's sources, for the unique-id check of a new one. */
export function sourceIds(data: unknown): string[] {
  const sources = isFields(data) ? data.sources : undefined;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((source: unknown) =>
    isFields(source) && typeof source.id === 'string' ? [source.id] : [],
  );
}

function isKind(kind: unknown): kind is SourceKind {
  return typeof kind === 'string' && (sourceKinds as readonly string[]).includes(kind);
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where the config keeps one secret of one source, or null when it names none there. */
export function findSecretRef(
  data: unknown,
  sourceId: string,
  key: string,
): { readonly env: string } | { readonly keychain: string } | null {
  const sources = isFields(data) ? data.sources : undefined;
  if (!Array.isArray(sources)) return null;
  const source: unknown = sources.find((item: unknown) => isFields(item) && item.id === sourceId);
  const ref = isFields(source) ? source[key] : undefined;
  if (!isFields(ref)) return null;
  if (typeof ref.keychain === 'string' && ref.env === undefined) return { keychain: ref.keychain };
  if (typeof ref.env === 'string' && ref.keychain === undefined) return { env: ref.env };
  return null;
}

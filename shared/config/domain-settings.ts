import { defaultDomainConfig } from '../playbook/default-domain-config.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { Config } from './parse-config.ts';
import type { DomainConfig } from './rules-schema.ts';

/** A domain listed in the config replaces the default's selectors and rules (docs/contracts.md). */
export function domainSettings(config: Pick<Config, 'domains'>, id: DomainId): DomainConfig {
  return config.domains[id] ?? defaultDomainConfig[id];
}

import type { Config } from '../../shared/config/parse-config.ts';
import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { domainDetailFrom, type DetailSource } from './domain-detail.ts';
import { createLinkOpener, linkPolicyFor } from './external-links.ts';

export interface DeskHandlerOptions {
  readonly collector: DetailSource;
  readonly config: Config;
  readonly playbook: Playbook;
  /** Electron's shell.openExternal in the app; without it every allowed link fails to open. */
  readonly openExternal?: ((href: string) => Promise<void>) | undefined;
  readonly log?: (line: string) => void;
}

/** The desk's channels (docs/desk.md): a domain's detail, and links through the allow-list. */
export function deskHandlers(
  options: DeskHandlerOptions,
): Pick<InvokeHandlers, 'domain:detail' | 'link:open'> {
  const openLink = createLinkOpener({
    policy: linkPolicyFor(options.config.sources),
    openExternal:
      options.openExternal ??
      (async () => {
        throw new Error('this process cannot open links');
      }),
    log: options.log ?? ((line) => console.error(line)),
  });
  return {
    'domain:detail': async ({ domain }) =>
      domainDetailFrom(options.collector, {
        domain,
        config: options.config,
        playbook: options.playbook,
      }),
    'link:open': async ({ url }) => openLink(url),
  };
}

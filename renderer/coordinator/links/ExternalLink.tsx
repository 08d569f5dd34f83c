import type { MouseEvent, ReactNode } from 'react';
import type { LinkRefusal } from '../../../shared/desk/open-link-schema.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { testIds } from '../../testids.ts';
import { useOpenLink } from '../desk-api.ts';

export interface ExternalLinkProps {
  /** null: nothing that may be opened (a number no phone dials): the text alone, no link. */
  readonly href: string | null;
  readonly children: ReactNode;
  readonly className?: string;
  /** The link's accessible name, where the visible text alone does not say where it goes. */
  readonly label?: string;
  readonly testId?: string;
}

const refusalWords: Readonly<Record<LinkRefusal, MessageKey>> = {
  malformed: 'link.why.malformed',
  'too-long': 'link.why.tooLong',
  scheme: 'link.why.scheme',
  host: 'link.why.host',
  userinfo: 'link.why.userinfo',
  'not-plausible': 'link.why.notPlausible',
  failed: 'link.why.failed',
};

/**
 * A link that leaves the app (a ticket in TOPdesk, a number to call, an address to mail).
 * The page never navigates: main opens it after its allow-list, or refuses and says why,
 * and the refusal is shown right after the link ("link geweigerd").
 */
export function ExternalLink(props: ExternalLinkProps) {
  return props.href === null ? (
    <span className={props.className ? `${props.className} is-plain` : 'is-plain'}>
      {props.children}
    </span>
  ) : (
    <OpenedLink {...props} href={props.href} />
  );
}

function OpenedLink({
  href,
  children,
  className,
  label,
  testId,
}: ExternalLinkProps & { readonly href: string }) {
  const { t } = useI18n();
  const open = useOpenLink();
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (!open.isPending) open.mutate(href);
  };
  const answer = open.data;
  const refused =
    answer?.status === 'refused'
      ? `${t('link.refused')}: ${t(refusalWords[answer.reason])}`
      : open.error
        ? `${t('link.refused')}: ${errorMessage(open.error)}`
        : null;
  return (
    <>
      <a
        className={className}
        href={href}
        onClick={click}
        aria-label={label}
        rel="noreferrer"
        data-testid={testId}
      >
        {children}
      </a>
      <span className="link-refused" role="status" data-testid={testIds.linkRefused}>
        {refused}
      </span>
    </>
  );
}

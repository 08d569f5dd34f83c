import type { MessageKey } from '../../i18n/messages.ts';

/**
 * The desk's keyboard shortcuts (docs/desk.md): single keys for what a coordinator does most,
 * never while typing in a field, never with Ctrl, Alt or ⌘ (the system's and the browser's).
 */
export type Shortcut =
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'open' }
  | { readonly kind: 'overview' }
  | { readonly kind: 'acknowledge' }
  | { readonly kind: 'note' }
  | { readonly kind: 'help' }
  /** Open the n-th domain of the playbook (0-based). */
  | { readonly kind: 'domain'; readonly index: number };

export type ShortcutKind = Shortcut['kind'];

const BY_KEY: Readonly<Record<string, Shortcut>> = {
  j: { kind: 'next' },
  k: { kind: 'previous' },
  o: { kind: 'open' },
  Escape: { kind: 'overview' },
  a: { kind: 'acknowledge' },
  n: { kind: 'note' },
  '?': { kind: 'help' },
};

/** The playbook has seven domains: 1 to 7 open them. */
export const DOMAIN_KEYS = 7;

/** What the help overlay lists, in this order: the keys, and what they do. */
export const shortcutHelp: readonly {
  readonly keys: readonly string[];
  readonly what: MessageKey;
}[] = [
  { keys: ['j'], what: 'keys.next' },
  { keys: ['k'], what: 'keys.previous' },
  { keys: ['o', 'Enter'], what: 'keys.open' },
  { keys: ['1', '…', String(DOMAIN_KEYS)], what: 'keys.domain' },
  { keys: ['Esc'], what: 'keys.overview' },
  { keys: ['a'], what: 'keys.acknowledge' },
  { keys: ['n'], what: 'keys.note' },
  { keys: ['?'], what: 'keys.help' },
];

/** What a keydown carries that decides whether it is a shortcut. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
  readonly isComposing?: boolean;
  readonly target: EventTarget | null;
}

/** The shortcut a key press means, or null: typing, a modifier, or a key that is none. */
export function shortcutFor(press: KeyPress): Shortcut | null {
  if (press.defaultPrevented || press.isComposing) return null;
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (isTypingTarget(press.target)) return null;
  const digit = /^[1-9]$/.test(press.key) ? Number(press.key) : 0;
  if (digit >= 1 && digit <= DOMAIN_KEYS) return { kind: 'domain', index: digit - 1 };
  return BY_KEY[press.key] ?? null;
}

/** Inputs a key press edits or chooses in; a checkbox or a radio button types nothing. */
const NOT_TYPED = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file']);

/** Whether keys pressed in `target` are someone typing (a field, a list box, editable text). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  switch (element.tagName) {
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    case 'INPUT':
      return !NOT_TYPED.has((element as HTMLInputElement).type);
    default:
      return false;
  }
}

import { useEffect, useLayoutEffect, useRef } from 'react';
import { shortcutFor, type Shortcut, type ShortcutKind } from './shortcuts.ts';

export type ShortcutHandlers = {
  readonly [K in ShortcutKind]?: (shortcut: Extract<Shortcut, { kind: K }>) => void;
};

/**
 * Listens on the document for the desk's shortcuts while `enabled` (not while a dialog is
 * open), and runs the handler of each; a key that runs one does nothing else. The handlers
 * are read at the key press, so they always see the desk as it is.
 */
export function useDeskShortcuts(handlers: ShortcutHandlers, enabled: boolean): void {
  const current = useRef(handlers);
  useLayoutEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      const handler = current.current[shortcut.kind] as ((value: Shortcut) => void) | undefined;
      if (!handler) return;
      event.preventDefault();
      handler(shortcut);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}

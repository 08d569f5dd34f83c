import { useCallback, useRef, useState } from 'react';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';

/**
 * Which of a group's forms is open, what the last one recorded, and where the keyboard
 * returns when a form closes: the button that opened it.
 */
export function useOpenForm<Form extends string>() {
  const [open, setOpen] = useState<Form | null>(null);
  const [saved, setSaved] = useState<TimelineEvent | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  /** Opens `form` whatever is open (a shortcut asked); the keyboard returns to `button`. */
  const show = useCallback((form: Form, button: HTMLElement | null) => {
    opener.current = button;
    setSaved(null);
    setOpen(form);
  }, []);
  const close = () => {
    setOpen(null);
    if (opener.current?.isConnected) opener.current.focus();
  };
  return {
    open,
    saved,
    toggle: (form: Form, button: HTMLElement) => {
      opener.current = button;
      setSaved(null);
      setOpen(open === form ? null : form);
    },
    show,
    close,
    done: (event: TimelineEvent) => {
      setSaved(event);
      close();
    },
  };
}

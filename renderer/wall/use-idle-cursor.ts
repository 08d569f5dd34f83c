import { useEffect } from 'react';

const IDLE_MS = 3_000;
const HIDDEN_CLASS = 'cursor-hidden';

/** Hides the mouse pointer on the wall once it has not moved for a few seconds. */
export function useIdleCursor(): void {
  useEffect(() => {
    const root = document.documentElement;
    let timer = setTimeout(hide, IDLE_MS);
    function hide() {
      root.classList.add(HIDDEN_CLASS);
    }
    function moved() {
      root.classList.remove(HIDDEN_CLASS);
      clearTimeout(timer);
      timer = setTimeout(hide, IDLE_MS);
    }
    window.addEventListener('pointermove', moved);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', moved);
      root.classList.remove(HIDDEN_CLASS);
    };
  }, []);
}

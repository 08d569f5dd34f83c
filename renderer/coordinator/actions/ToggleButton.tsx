import type { ReactNode } from 'react';

/** Opens and closes an action's form; says which it is to assistive technology. */
export function ToggleButton({
  open,
  onToggle,
  testId,
  children,
}: {
  open: boolean;
  onToggle: (button: HTMLButtonElement) => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={open ? 'tile-button is-open' : 'tile-button'}
      aria-expanded={open}
      onClick={(event) => onToggle(event.currentTarget)}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

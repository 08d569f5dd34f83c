import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useOperator } from '../../api/hooks.ts';
import { OperatorPrompt } from './OperatorPrompt.tsx';

interface Seat {
  /** Null until this seat has given a name. */
  readonly name: string | null;
  readonly askAgain: () => void;
}

const SeatContext = createContext<Seat>({ name: null, askAgain: () => {} });

export const useSeat = () => useContext(SeatContext);

/**
 * The desk's views act in someone's name: until the seat has one, the prompt sits over the
 * view and the view is inert, so no action can start without it.
 */
export function OperatorGate({ children }: { children: ReactNode }) {
  const operator = useOperator();
  const [changing, setChanging] = useState(false);
  const name = operator.data?.name ?? null;
  const asking = operator.isSuccess && (name === null || changing);
  const seat = useMemo(() => ({ name, askAgain: () => setChanging(true) }), [name]);
  return (
    <SeatContext.Provider value={seat}>
      <div className="operator-gate" inert={asking}>
        {children}
      </div>
      {asking && <OperatorPrompt current={name} onDone={() => setChanging(false)} />}
    </SeatContext.Provider>
  );
}

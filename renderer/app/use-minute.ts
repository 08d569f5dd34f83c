import { useEffect, useState } from 'react';

const MINUTE = 60_000;

/**
 * The current time to the minute, changing once a minute on the minute: what tiles need for
 * "12 min" and "data 2 min old", without re-drawing every tile every second (the header's
 * clock is the one thing that ticks).
 */
export function useMinute(): Date {
  const [minute, setMinute] = useState(currentMinute);
  useEffect(() => {
    const timer = setTimeout(() => setMinute(currentMinute()), msToNextMinute() + 50);
    return () => clearTimeout(timer);
  }, [minute]);
  return minute;
}

function currentMinute(): Date {
  return new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
}

function msToNextMinute(): number {
  return MINUTE - (Date.now() % MINUTE);
}

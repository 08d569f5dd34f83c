import type { Check } from '../signals/signals.ts';
import type { CheckSegment } from './chart-schema.ts';

/** Placeholder signature; being built (issue 11). */
export class CheckHistory {
  record(_checks: readonly Check[], _at: Date): void {
    throw new Error('not built yet');
  }

  recordUnknown(_at: Date): void {
    throw new Error('not built yet');
  }

  segments(_checkId: string, _from: Date, _to: Date): CheckSegment[] {
    throw new Error('not built yet');
  }
}

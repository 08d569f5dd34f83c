import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '../../../shared/playbook/text.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import type { ChartSize } from '../ChartBox.tsx';

/** A 1920×1080 wall cell: the wall's font there is 20 px (wall.css). */
export const WALL_CELL: ChartSize = { width: 900, height: 420, em: 20 };

export function renderChart(chart: ReactElement, language: Language = 'nl') {
  return render(<I18nProvider language={language}>{chart}</I18nProvider>);
}

/** The stroke width recharts drew a named line with. */
export function lineWidth(container: HTMLElement, name: string): number {
  const path = container.querySelector(`path.recharts-line-curve[name="${name}"]`);
  if (!path) throw new Error(`no line named ${name}`);
  return Number(path.getAttribute('stroke-width'));
}

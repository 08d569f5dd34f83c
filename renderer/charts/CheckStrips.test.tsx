import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckStrip } from '../../shared/charts/chart-schema.ts';
import type { Language } from '../../shared/playbook/text.ts';
import { CheckStrips } from './CheckStrips.tsx';
import { renderChart, WALL_CELL } from './testing/render-chart.tsx';
import {
  SAMPLE_FROM,
  SAMPLE_GENERATED_AT,
  SAMPLE_TIME_ZONE,
  sampleChecks,
} from './testing/sample-charts.ts';

afterEach(cleanup);

function draw(checks: CheckStrip[], language: Language = 'nl') {
  return renderChart(
    <CheckStrips
      checks={checks}
      from={SAMPLE_FROM}
      to={SAMPLE_GENERATED_AT}
      timeZone={SAMPLE_TIME_ZONE}
      size={WALL_CELL}
    />,
    language,
  );
}

function segments(container: HTMLElement, checkId: string) {
  return [
    ...container.querySelectorAll<HTMLElement>(`[data-check="${checkId}"] .check-segment`),
  ].map((segment) => ({
    status: segment.className.replace('check-segment ', ''),
    left: Number.parseFloat(segment.style.left),
    width: Number.parseFloat(segment.style.width),
  }));
}

describe('CheckStrips', () => {
  it('draws one segment per period, with its status class and proportional width', () => {
    const { container } = draw(sampleChecks);
    const website = segments(container, '7100');
    expect(website.map((segment) => segment.status)).toEqual([
      'status-up',
      'status-down',
      'status-up',
    ]);
    // 12 of 180 minutes, from minute 140.
    expect(website[1]?.left).toBeCloseTo((140 / 180) * 100);
    expect(website[1]?.width).toBeCloseTo((12 / 180) * 100);
    expect(website.reduce((sum, segment) => sum + segment.width, 0)).toBeCloseTo(100);
    expect(segments(container, '7002').map((segment) => segment.status)).toEqual([
      'status-unknown',
      'status-up',
      'status-paused',
      'status-up',
    ]);
  });

  it('names each check and says its state now', () => {
    const { container } = draw(sampleChecks);
    const rows = [...container.querySelectorAll('.check-row')].map((row) => row.textContent);
    expect(rows).toEqual([
      'GGD-portaal inloggenbereikbaar',
      'GGD-portaal afsprakenbereikbaar',
      'Website coronacheckbereikbaar',
    ]);
  });

  it('sums up who is down now and every down period as its accessible name', () => {
    draw(sampleChecks);
    expect(
      screen.getByRole('img', {
        name:
          'Beschikbaarheid (StatusCake), 13:00–16:00. 3 checks, geen onbereikbaar. ' +
          "'Website coronacheck' onbereikbaar 15:20–15:32 (12 min).",
      }),
    ).toBeTruthy();
  });

  it('speaks English, and marks a check that is down now', () => {
    const down: CheckStrip = {
      ...sampleChecks[0]!,
      segments: [
        { status: 'up', from: SAMPLE_FROM, to: '2026-11-29T14:55:00.000Z' },
        { status: 'down', from: '2026-11-29T14:55:00.000Z', to: SAMPLE_GENERATED_AT },
      ],
    };
    const { container } = draw([down], 'en');
    expect(
      screen.getByRole('img', {
        name:
          "Availability (StatusCake), 13:00–16:00. 1 checks, down now: 'GGD-portaal inloggen'. " +
          "'GGD-portaal inloggen' down 15:55–16:00 (5 min).",
      }),
    ).toBeTruthy();
    expect(container.querySelector('.check-now')?.className).toBe('check-now status-down');
    expect(container.querySelector('.check-now')?.textContent).toBe('down');
  });

  it('clips periods to the span and leaves out what lies outside it', () => {
    const { container } = draw([
      {
        ...sampleChecks[0]!,
        segments: [
          { status: 'unknown', from: '2026-11-29T10:00:00.000Z', to: '2026-11-29T11:00:00.000Z' },
          { status: 'up', from: '2026-11-29T11:00:00.000Z', to: '2026-11-29T14:30:00.000Z' },
          { status: 'paused', from: '2026-11-29T14:30:00.000Z', to: '2026-11-29T16:00:00.000Z' },
        ],
      },
    ]);
    const strip = segments(container, '7001');
    expect(
      strip.map((segment) => [segment.status, Math.round(segment.left), Math.round(segment.width)]),
    ).toEqual([
      ['status-up', 0, 83],
      ['status-paused', 83, 17],
    ]);
  });

  it('puts as many time ticks as fit on round times of the war room’s clock', () => {
    const { container } = draw(sampleChecks);
    const ticks = () => [...container.querySelectorAll<HTMLElement>('.check-tick')];
    expect(ticks().map((tick) => tick.textContent)).toEqual(['13:00', '14:00', '15:00', '16:00']);
    expect(ticks().map((tick) => Math.round(Number.parseFloat(tick.style.left)))).toEqual([
      0, 33, 67, 100,
    ]);
    cleanup();
    const wide = renderChart(
      <CheckStrips
        checks={sampleChecks}
        from={SAMPLE_FROM}
        to={SAMPLE_GENERATED_AT}
        timeZone={SAMPLE_TIME_ZONE}
        size={{ ...WALL_CELL, width: 1800 }}
      />,
    );
    expect(wide.container.querySelectorAll('.check-tick')).toHaveLength(7);
  });

  it('says "geen gegevens" without checks', () => {
    const { container } = draw([]);
    expect(
      screen.getByRole('img', { name: 'Beschikbaarheid (StatusCake): geen gegevens' }),
    ).toBeTruthy();
    expect(container.querySelector('.check-strips')).toBeNull();
  });
});

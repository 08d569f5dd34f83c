import type { Language } from '../playbook/text.ts';

/**
 * Every sentence a mark can be, in each language, written as that language says it (not
 * word for word). The values come formatted already: counts, durations, clock times.
 */
export interface Phrases {
  readonly language: Language;
  readonly or: string;
  readonly lastHour: string;
  lastSpan(duration: string): string;
  readonly fewerThanOne: string;
  spike(value: string, count: string, window: string, normal: string): string;
  spikeOver(value: string, count: string, window: string, peak: string, normal: string): string;
  peak(count: string, span: string | null, at: string): string;
  checkDown(name: string, duration: string): string;
  checkBack(name: string, since: string, duration: string): string;
  alert(name: string, summary: string | null): string;
  alertGone(name: string, since: string): string;
  hits(count: string, label: string | null, query: string): string;
  queryNow(hits: string, window: string, threshold: string): string;
  queryOver(hits: string, window: string, peak: string, threshold: string): string;
  readonly partial: string;
  deadline(at: string, left: string): string;
  deadlinePassed(at: string): string;
  belongsWith(groups: string): string;
  noGroupYet(waited: string): string;
  noLongerOpen(since: string): string;
  unacknowledged(duration: string, domain: string, mark: string): string;
  clearsAt(at: string): string;
  criterionMet(reason: string, by: string): string;
}

const nl: Phrases = {
  language: 'nl',
  or: ' of ',
  lastHour: 'in het laatste uur',
  lastSpan: (duration) => `in de laatste ${duration}`,
  fewerThanOne: 'minder dan 1',
  spike: (value, count, window, normal) =>
    `Toename "${value}": ${count} meldingen ${window} (normaal ${normal})`,
  spikeOver: (value, count, window, peak, normal) =>
    `Toename "${value}" voorbij: nu ${count} ${window}, ${peak} (normaal ${normal})`,
  peak: (count, span, at) => `piek ${count}${span ? ` in ${span}` : ''} om ${at}`,
  checkDown: (name, duration) => `${name} al ${duration} onbereikbaar`,
  checkBack: (name, since, duration) =>
    `${name} weer bereikbaar sinds ${since} (was ${duration} onbereikbaar)`,
  alert: (name, summary) => `Alert ${name}${summary ? `: ${summary}` : ''}`,
  alertGone: (name, since) => `Alert ${name} niet meer actief sinds ${since}`,
  hits: (count, label, query) => (label ? `${count} ${label}` : `${count} treffers voor ${query}`),
  queryNow: (hits, window, threshold) => `${hits} ${window}, drempel ${threshold}`,
  queryOver: (hits, window, peak, threshold) =>
    `Nu ${hits} ${window}, ${peak}, drempel ${threshold}`,
  partial: ' (onvolledig: minstens zoveel)',
  deadline: (at, left) => `, melden vóór ${at} (nog ${left})`,
  deadlinePassed: (at) => `, meldtermijn verstreken om ${at}`,
  belongsWith: (groups) => ` — hoort bij ${groups}`,
  noGroupYet: (waited) => ` — na ${waited} nog geen oplosgroep`,
  noLongerOpen: (since) => ` — niet meer open sinds ${since}`,
  criterionMet: (reason, by) => `Met de hand vastgesteld door ${by}: ${reason}`,
  unacknowledged: (duration, domain, mark) => `Al ${duration} niet bevestigd: ${domain} — ${mark}`,
  clearsAt: (at) => `wordt opgeheven om ${at} als het rustig blijft`,
};

const en: Phrases = {
  language: 'en',
  or: ' or ',
  lastHour: 'in the last hour',
  lastSpan: (duration) => `in the last ${duration}`,
  fewerThanOne: 'fewer than 1',
  spike: (value, count, window, normal) =>
    `Rise in "${value}": ${count} reports ${window} (normally ${normal})`,
  spikeOver: (value, count, window, peak, normal) =>
    `Rise in "${value}" over: now ${count} ${window}, ${peak} (normally ${normal})`,
  peak: (count, span, at) => `peak ${count}${span ? ` in ${span}` : ''} at ${at}`,
  checkDown: (name, duration) => `${name} down for ${duration}`,
  checkBack: (name, since, duration) => `${name} back up since ${since} (was down for ${duration})`,
  alert: (name, summary) => `Alert ${name}${summary ? `: ${summary}` : ''}`,
  alertGone: (name, since) => `Alert ${name} no longer firing since ${since}`,
  hits: (count, label, query) => (label ? `${count} ${label}` : `${count} hits for ${query}`),
  queryNow: (hits, window, threshold) => `${hits} ${window}, threshold ${threshold}`,
  queryOver: (hits, window, peak, threshold) =>
    `Now ${hits} ${window}, ${peak}, threshold ${threshold}`,
  partial: ' (partial: at least this many)',
  deadline: (at, left) => `, notify before ${at} (${left} left)`,
  deadlinePassed: (at) => `, notification deadline passed at ${at}`,
  belongsWith: (groups) => ` — belongs with ${groups}`,
  noGroupYet: (waited) => ` — no resolver group after ${waited}`,
  noLongerOpen: (since) => ` — no longer open since ${since}`,
  criterionMet: (reason, by) => `Declared met by ${by}: ${reason}`,
  unacknowledged: (duration, domain, mark) => `Unacknowledged for ${duration}: ${domain} — ${mark}`,
  clearsAt: (at) => `clears at ${at} if all stays quiet`,
};

export const phrases: Readonly<Record<Language, Phrases>> = { nl, en };

import type { MarkRuleKind } from '../../shared/marks/rule-kind.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { EventDraft, TimelineEvent } from '../../shared/timeline/event.ts';
import { domainTitle, roleTitle, summaries } from '../../shared/timeline/summaries.ts';
import type { OpenMarkRecord, TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { wallDate, type Clock } from '../time/clock.ts';

/**
 * The coordinator's actions (docs/timeline.md), the same for the app and the command line:
 * each checks what it refers to against the timeline as it is now, and writes its events —
 * or writes nothing and says why in one line (ActionError).
 */

/** Which open marks an acknowledgement or a snooze is for. */
export type MarkSelection =
  | { readonly raisedSeq: number }
  | { readonly domain: DomainId; readonly rule: MarkRuleKind | null };

export type Action =
  | { readonly kind: 'acknowledge'; readonly select: MarkSelection; readonly note: string | null }
  | {
      readonly kind: 'snooze';
      readonly select: MarkSelection;
      readonly forMs: number;
      readonly reason: string;
    }
  | {
      readonly kind: 'informed';
      readonly domain: DomainId;
      readonly role: string;
      readonly text: string | null;
    }
  | {
      readonly kind: 'criterion-met' | 'criterion-withdrawn';
      readonly domain: DomainId;
      readonly reason: string;
    }
  | {
      readonly kind: 'note' | 'decision';
      readonly text: string;
      readonly domain: DomainId | null;
      readonly corrects?: number;
    };

export interface ActionContext {
  readonly actor: string;
  /** Its wall time stamps the events (and a snooze's end). */
  readonly clock: Clock;
  readonly playbook: Playbook;
}

/** An action's context with the one instant all its events carry. */
interface Drafting {
  readonly actor: string;
  readonly now: Date;
  readonly playbook: Playbook;
}

/** An action that cannot be done as asked: one line for the person who asked. */
export class ActionError extends Error {
  override name = 'ActionError';
}

export async function performAction(
  store: TimelineStore,
  action: Action,
  context: ActionContext,
): Promise<TimelineEvent[]> {
  const drafting = {
    actor: context.actor,
    now: wallDate(context.clock),
    playbook: context.playbook,
  };
  const drafts = await draftsFor(store, oneLineTexts(action), drafting);
  return store.append(drafts);
}

/** A summary is one line: line breaks in what someone typed become " / ". */
export function oneLine(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' / ')
    .replace(/\p{Cc}/gu, ' ')
    .trim();
}

function oneLineTexts(action: Action): Action {
  switch (action.kind) {
    case 'acknowledge':
      return { ...action, note: action.note === null ? null : oneLine(action.note) };
    case 'snooze':
    case 'criterion-met':
    case 'criterion-withdrawn':
      return { ...action, reason: oneLine(action.reason) };
    case 'informed':
      return { ...action, text: action.text === null ? null : oneLine(action.text) };
    case 'note':
    case 'decision':
      return { ...action, text: oneLine(action.text) };
  }
}

async function draftsFor(
  store: TimelineStore,
  action: Action,
  context: Drafting,
): Promise<EventDraft[]> {
  switch (action.kind) {
    case 'acknowledge':
      return acknowledgements(await selectMarks(store, action.select), action.note, context);
    case 'snooze':
      return snoozes(await selectMarks(store, action.select), action, context);
    case 'informed':
      return [informed(action, context)];
    case 'criterion-met':
    case 'criterion-withdrawn':
      return [await criterion(store, action, context)];
    case 'note':
    case 'decision':
      return [logEntry(action, context)];
  }
}

function envelope(context: Drafting, domain: DomainId | null) {
  return { at: context.now.toISOString(), domain, source: null, actor: context.actor };
}

async function selectMarks(store: TimelineStore, select: MarkSelection): Promise<OpenMarkRecord[]> {
  const open = (await store.resumeState()).openMarks;
  if ('raisedSeq' in select) {
    const found = open.filter((record) => record.raised.seq === select.raisedSeq);
    if (found.length === 0)
      throw new ActionError(`mark #${select.raisedSeq} is not open (cleared, or no such mark)`);
    return withNested(found, open);
  }
  const found = open.filter(
    (record) =>
      record.raised.domain === select.domain &&
      (select.rule === null || record.raised.data.rule === select.rule),
  );
  if (found.length === 0)
    throw new ActionError(
      `no open mark in ${select.domain}${select.rule ? ` with rule ${select.rule}` : ''}`,
    );
  return withNested(found, open);
}

/**
 * Acknowledging Escalatie's "nobody acknowledged X" acknowledges X too: that is what the
 * coordinator answers to, and otherwise the escalation would stand.
 */
function withNested(
  selected: readonly OpenMarkRecord[],
  open: readonly OpenMarkRecord[],
): OpenMarkRecord[] {
  const nested = selected.flatMap((record) => {
    if (record.raised.data.rule !== 'unacknowledged' || record.markKey === null) return [];
    const nestedKey = record.markKey.split(':').slice(2).join(':');
    return open.filter((candidate) => candidate.markKey === nestedKey);
  });
  const all = [...selected, ...nested];
  return all.filter((record, index) => all.indexOf(record) === index);
}

function acknowledgements(
  records: readonly OpenMarkRecord[],
  note: string | null,
  context: Drafting,
): EventDraft[] {
  const unacknowledged = records.filter((record) => record.acknowledgements.length === 0);
  // Two coordinators acknowledging one mark a moment apart (two seats, a seat and a terminal):
  // the later one is on the record too, not refused; the mark stays acknowledged once.
  const chosen = unacknowledged.length > 0 ? unacknowledged : records;
  return chosen.map(({ raised }) => ({
    ...envelope(context, raised.domain),
    kind: 'mark-acknowledged',
    summary: summaries.acknowledged(
      domainTitle(context.playbook, raised.domain),
      raised.data.rule,
      raised.seq,
      note,
    ),
    data: { rule: raised.data.rule, raisedSeq: raised.seq },
  }));
}

function snoozes(
  records: readonly OpenMarkRecord[],
  action: Extract<Action, { kind: 'snooze' }>,
  context: Drafting,
): EventDraft[] {
  const until = new Date(context.now.getTime() + action.forMs).toISOString();
  return records.map(({ raised }) => ({
    ...envelope(context, raised.domain),
    kind: 'mark-snoozed',
    summary: summaries.snoozed(
      domainTitle(context.playbook, raised.domain),
      raised.seq,
      action.forMs,
      action.reason,
    ),
    data: { rule: raised.data.rule, raisedSeq: raised.seq, until },
  }));
}

function informed(action: Extract<Action, { kind: 'informed' }>, context: Drafting): EventDraft {
  const { playbook } = context;
  if (!playbook.roles.some((role) => role.id === action.role))
    throw new ActionError(
      `unknown role "${action.role}"; the playbook's roles are ${playbook.roles.map((role) => role.id).join(', ')}`,
    );
  const line = playbook.domains.find((domain) => domain.id === action.domain)?.line.nl ?? '';
  return {
    ...envelope(context, action.domain),
    kind: 'informed',
    summary: summaries.informed(
      domainTitle(playbook, action.domain),
      roleTitle(playbook, action.role),
      line,
      action.text,
    ),
    data: { role: action.role, line },
  };
}

async function criterion(
  store: TimelineStore,
  action: Extract<Action, { kind: 'criterion-met' | 'criterion-withdrawn' }>,
  context: Drafting,
): Promise<EventDraft> {
  const title = domainTitle(context.playbook, action.domain);
  if (action.kind === 'criterion-withdrawn') {
    const open = (await store.resumeState()).openCriteria;
    if (!open.some((met) => met.domain === action.domain))
      throw new ActionError(`no criterion met by hand in ${action.domain} to withdraw`);
  }
  return {
    ...envelope(context, action.domain),
    kind: action.kind,
    summary:
      action.kind === 'criterion-met'
        ? summaries.criterionMet(title, action.reason)
        : summaries.criterionWithdrawn(title, action.reason),
    data: { reason: action.reason },
  };
}

function logEntry(
  action: Extract<Action, { kind: 'note' | 'decision' }>,
  context: Drafting,
): EventDraft {
  return {
    ...envelope(context, action.domain),
    kind: action.kind,
    summary: action.text,
    data: action.corrects === undefined ? {} : { corrects: action.corrects },
  };
}

import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor, type KeyPress } from './shortcuts.ts';

function press(key: string, changes: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    target: document.body,
    ...changes,
  };
}

function element(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild!;
}

describe('shortcutFor', () => {
  it('maps the desk’s keys', () => {
    expect(shortcutFor(press('j'))).toEqual({ kind: 'next' });
    expect(shortcutFor(press('k'))).toEqual({ kind: 'previous' });
    expect(shortcutFor(press('o'))).toEqual({ kind: 'open' });
    expect(shortcutFor(press('Escape'))).toEqual({ kind: 'overview' });
    expect(shortcutFor(press('a'))).toEqual({ kind: 'acknowledge' });
    expect(shortcutFor(press('n'))).toEqual({ kind: 'note' });
    expect(shortcutFor(press('?'))).toEqual({ kind: 'help' });
    expect(shortcutFor(press('1'))).toEqual({ kind: 'domain', index: 0 });
    expect(shortcutFor(press('7'))).toEqual({ kind: 'domain', index: 6 });
  });

  it('ignores other keys, 8 and 9, and capitals (Shift+A is someone else’s)', () => {
    for (const key of ['x', '8', '9', '0', 'A', 'J', 'Enter', ' ', 'Tab'])
      expect(shortcutFor(press(key))).toBeNull();
  });

  it('never fires with Ctrl, Alt or ⌘, nor on a key something else handled, nor mid-composition', () => {
    expect(shortcutFor(press('a', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('j', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('n', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('Escape', { defaultPrevented: true }))).toBeNull();
    expect(shortcutFor(press('a', { isComposing: true }))).toBeNull();
  });

  it('never fires while someone types in a field', () => {
    for (const html of [
      '<input>',
      '<input type="search">',
      '<textarea></textarea>',
      '<select></select>',
    ])
      expect(shortcutFor(press('a', { target: element(html) }))).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('tells fields from buttons, boxes and text', () => {
    expect(isTypingTarget(element('<input type="text">'))).toBe(true);
    expect(isTypingTarget(element('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(element('<input type="radio">'))).toBe(false);
    expect(isTypingTarget(element('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(element('<button>x</button>'))).toBe(false);
    expect(isTypingTarget(element('<article tabindex="0"></article>'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});

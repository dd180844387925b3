/**
 * Keyboard shortcuts. `useShortcut('g m', goToMembers, { description: 'Go to members' })` registers
 * a shortcut while the component is mounted; `?` opens the help overlay (`ShortcutsHelp`) that
 * lists every registered shortcut with a description.
 *
 * Keys: a space-separated sequence of strokes typed within a second (`g m`); a stroke is a key
 * with optional modifiers (`mod+k`, `shift+n`, `/`, `?`, `escape`); `mod` is ⌘ on macOS, Ctrl
 * elsewhere. Mantine's `useHotkeys` handles single strokes only, so sequences need this listener.
 * Strokes without Ctrl/⌘/Alt are ignored while typing in a field. When two mounted components
 * register the same keys, the one mounted last wins.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';

export interface ShortcutInfo {
  keys: string;
  description: string;
}

interface Entry {
  strokes: string[];
  keys: string;
  description?: string;
  handler: { current: () => void };
}

const SEQUENCE_TIMEOUT_MS = 1000;
const entries = new Set<Entry>();
const listeners = new Set<() => void>();
let snapshot: readonly ShortcutInfo[] = [];
let buffer: string[] = [];
let lastStrokeAt = 0;

const isMac = () => typeof navigator !== 'undefined' && /mac|iphone|ipad/i.test(navigator.platform || navigator.userAgent);

/** `Mod+K` → `mod+k`, modifiers in a fixed order so keys compare as strings. */
export function normaliseStroke(stroke: string): string {
  const parts = stroke.toLowerCase().split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts);
  return [...['mod', 'alt', 'shift'].filter((m) => mods.has(m)), key].join('+');
}

const KEY_NAMES: Record<string, string> = { esc: 'escape', ' ': 'space', spacebar: 'space' };

/** The stroke a keyboard event stands for, in the same form as `normaliseStroke`. */
export function eventStroke(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  const raw = event.key.toLowerCase();
  const key = KEY_NAMES[raw] ?? raw;
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  // Shift is part of a letter stroke (`shift+n`) but already in the character for `?`, `/`, `!`.
  const shift = event.shiftKey && /^[a-z0-9]$|^[a-z]{2,}$/.test(key);
  return [mod && 'mod', event.altKey && 'alt', shift && 'shift', key].filter(Boolean).join('+');
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

const endsWith = (buf: string[], strokes: string[]) => strokes.length <= buf.length && strokes.every((s, i) => buf[buf.length - strokes.length + i] === s);

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || ['shift', 'control', 'alt', 'meta'].includes(event.key.toLowerCase())) return;
  const stroke = eventStroke(event);
  const modified = stroke.startsWith('mod+') || stroke.startsWith('alt+');
  if (!modified && isTyping(event.target)) return;
  const now = Date.now();
  if (now - lastStrokeAt > SEQUENCE_TIMEOUT_MS) buffer = [];
  lastStrokeAt = now;
  buffer = [...buffer, stroke].slice(-4);
  // The longest sequence wins; among equals, the newest registration.
  let match: Entry | undefined;
  for (const entry of entries) {
    if (endsWith(buffer, entry.strokes) && (!match || entry.strokes.length >= match.strokes.length)) match = entry;
  }
  if (!match) return;
  event.preventDefault();
  buffer = [];
  match.handler.current();
}

function changed(): void {
  const seen = new Map<string, ShortcutInfo>();
  for (const entry of entries) if (entry.description) seen.set(entry.keys, { keys: entry.keys, description: entry.description });
  snapshot = [...seen.values()];
  for (const listener of listeners) listener();
}

function register(entry: Entry): () => void {
  if (entries.size === 0) window.addEventListener('keydown', onKeyDown);
  entries.add(entry);
  changed();
  return () => {
    entries.delete(entry);
    if (entries.size === 0) window.removeEventListener('keydown', onKeyDown);
    changed();
  };
}

/** Registers `keys` while the calling component is mounted. `description` lists it in the `?` overlay. */
export function useShortcut(keys: string, handler: () => void, opts?: { description: string }): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  const description = opts?.description;
  useEffect(() => {
    const strokes = keys.trim().split(/\s+/).map(normaliseStroke);
    return register({ strokes, keys: keys.trim(), description, handler: ref });
  }, [keys, description]);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The shortcuts registered right now that have a description, for the help overlay. */
export function useRegisteredShortcuts(): readonly ShortcutInfo[] {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** `mod+k` → `Ctrl K` (or `⌘ K` on macOS), for display. */
export function displayStroke(stroke: string): string[] {
  return normaliseStroke(stroke)
    .split('+')
    .map((part) => (part === 'mod' ? (isMac() ? '⌘' : 'Ctrl') : part === 'alt' ? 'Alt' : part === 'shift' ? 'Shift' : part === 'escape' ? 'Esc' : part.length === 1 ? part : part[0]!.toUpperCase() + part.slice(1)));
}

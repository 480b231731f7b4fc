/**
 * Notes saved as you type: each keystroke keeps a draft in the page's localStorage (synchronous, so a
 * reload or a closed tab loses nothing), a debounced request saves it through the background, and
 * drafts left by a page that closed before saving are sent on the next load.
 */
import { send } from '../shared/messages.ts';

const PREFIX = 'vml-note-draft:';
const DELAY_MS = 500;
const timers = new Map<string, ReturnType<typeof setTimeout>>();

async function commit(id: string, note: string): Promise<void> {
  await send({ type: 'updateNote', id, note });
  if (localStorage.getItem(PREFIX + id) === note) localStorage.removeItem(PREFIX + id);
}

/** Records a keystroke; `onSaved` runs once the background has stored the note. */
export function noteChanged(id: string, note: string, onSaved: (ok: boolean, error?: string) => void): void {
  localStorage.setItem(PREFIX + id, note);
  clearTimeout(timers.get(id));
  timers.set(id, setTimeout(() => {
    timers.delete(id);
    commit(id, note).then(() => onSaved(true), (e: Error) => onSaved(false, e.message));
  }, DELAY_MS));
}

/** Sends every pending note now (on pagehide). The drafts stay until the background confirms. */
export function flushNotes(): void {
  for (const [id, t] of timers) {
    clearTimeout(t);
    const note = localStorage.getItem(PREFIX + id);
    if (note !== null) void commit(id, note).catch(() => undefined);
  }
  timers.clear();
}

/** Drafts not saved yet, by teardown id. */
export function pendingDrafts(): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(PREFIX)) out.set(k.slice(PREFIX.length), localStorage.getItem(k) ?? '');
  }
  return out;
}

/** Saves drafts a closed page left behind (only for teardowns that still exist); true when any was sent. */
export async function recoverDrafts(existing: Map<string, string>): Promise<boolean> {
  let sent = false;
  for (const [id, note] of pendingDrafts()) {
    if (!existing.has(id)) { localStorage.removeItem(PREFIX + id); continue; }
    if (existing.get(id) === note) { localStorage.removeItem(PREFIX + id); continue; }
    await commit(id, note);
    sent = true;
  }
  return sent;
}

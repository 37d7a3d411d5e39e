import { useCallback, useSyncExternalStore } from 'react';
import { emptyDraft, readDraft, type Draft } from './draft';

// The answers live in memory and in sessionStorage, so a reload (or a phone that unloads the tab)
// keeps them, while closing the tab forgets them. Nothing is sent to the server. What is read
// back is checked field by field (draft.ts): corrupt storage is ignored, never a crash.

export const CHECK_IN_KEY = 'acupress.check-in.v1';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Draft | null = null;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // blocked by privacy settings: memory only
  }
}

function load(): Draft {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(CHECK_IN_KEY);
  } catch {
    return emptyDraft();
  }
  if (!raw) return emptyDraft();
  try {
    return readDraft(JSON.parse(raw));
  } catch {
    return emptyDraft();
  }
}

export function getDraft(): Draft {
  current ??= load();
  return current;
}

export function setDraft(next: Draft): void {
  current = next;
  try {
    storage()?.setItem(CHECK_IN_KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the answers stay in memory for this visit.
  }
  listeners.forEach((l) => l());
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(CHECK_IN_KEY);
  } catch {
    // nothing stored
  }
  setDraftInMemory(emptyDraft());
}

function setDraftInMemory(next: Draft): void {
  current = next;
  listeners.forEach((l) => l());
}

/** Forgets the in-memory copy, so the next read comes from storage (a reload, in tests). */
export function reloadDraft(): void {
  current = null;
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type DraftUpdate = (update: (d: Draft) => Draft) => void;

/** The current answers and a function to change them. */
export function useDraft(): [Draft, DraftUpdate] {
  const draft = useSyncExternalStore(subscribe, getDraft);
  const update = useCallback<DraftUpdate>((fn) => setDraft(fn(getDraft())), []);
  return [draft, update];
}

import { useEffect, useId, useRef, useState } from 'react';
import { signOut, useAuthSession } from '../api';
import { Link, navigate, useLocation } from '../router';
import { UnsentConfirm, useUnsentGuard } from './unsent-confirm';
import './account-menu.css';

function PersonIcon() {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="6.5" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path
        d="M3.5 17c.8-3.3 3.4-5 6.5-5s5.7 1.7 6.5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** "Ana María López" → "AL". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * The header's account control: "Sign in" when signed out; when signed in, the person's name
 * opening a small panel (a disclosure, not an ARIA menu: plain links and a button, reached with
 * Tab) with their account, the clinic for its staff, and "Sign out". Nothing while the session
 * is unknown or the server cannot be reached.
 */
export function AccountMenu() {
  const session = useAuthSession();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  /** What is still on this device only after trying to send it: ask before signing out. */
  const guard = useUnsentGuard();
  const { dismiss } = guard;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // Following a link (or going back) closes the panel: adjusted while rendering, not in an
  // effect, so no render shows the panel open on the new page.
  const [shownAt, setShownAt] = useState(pathname);
  if (shownAt !== pathname) {
    setShownAt(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) dismiss();
  }, [open, dismiss]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (session.status !== 'ready') return null;
  const user = session.user;
  if (!user) {
    return (
      <Link to="/sign-in" matchCurrent="exact" className="account-menu__sign-in">
        <PersonIcon />
        <span className="account-menu__label">Sign in</span>
      </Link>
    );
  }

  const staff = user.role === 'owner' || user.role === 'practitioner';
  const onSignOut = async (anyway = false) => {
    if (busy) return;
    setBusy(true);
    // Send what waits first; what still cannot be sent would be deleted: ask.
    if (!anyway && !(await guard.sendFirst())) return setBusy(false);
    guard.dismiss();
    await signOut();
    setBusy(false);
    setOpen(false);
    navigate('/sign-in?from=signed-out');
  };

  return (
    <div
      ref={rootRef}
      className="account-menu"
      onBlur={(event) => {
        // Tabbing out of the panel closes it.
        if (open && !rootRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="account-menu__avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="account-menu__label">{user.name}</span>
        <span className="visually-hidden">, account menu</span>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__who">
          <strong>{user.name}</strong>
          <span className="account-menu__email">{user.email}</span>
        </p>
        <ul className="account-menu__links">
          <li>
            <Link to="/account" matchCurrent="prefix" className="account-menu__item">
              Account
            </Link>
          </li>
          {staff ? (
            <li>
              <Link to="/clinic" matchCurrent="prefix" className="account-menu__item">
                Clinic
              </Link>
            </li>
          ) : null}
          <li>
            <button
              type="button"
              className="account-menu__item"
              aria-disabled={busy || undefined}
              onClick={() => void onSignOut()}
            >
              {busy ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
        {guard.unsent ? (
          <UnsentConfirm
            unsent={guard.unsent}
            question="Sign out anyway?"
            confirmLabel="Sign out anyway"
            onConfirm={() => void onSignOut(true)}
            onCancel={() => {
              guard.dismiss();
              buttonRef.current?.focus();
            }}
          />
        ) : null}
      </div>
    </div>
  );
}

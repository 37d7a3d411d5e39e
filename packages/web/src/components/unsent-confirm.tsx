import { useCallback, useEffect, useRef, useState } from 'react';
import { sendBeforeSignOut, unsentQuestion, type Unsent } from '../offline/sync';
import { Button } from './button';
import './unsent-confirm.css';

// Asked before signing out (or deleting the account) while session entries are still on this
// device only: signing out deletes them here, so the person decides, in words, with the count.

/**
 * For a way out (sign out, sign out everywhere, delete the account): `sendFirst` sends what waits
 * and says whether the person may go on at once; otherwise `unsent` holds what to ask about.
 */
export function useUnsentGuard() {
  const [unsent, setUnsent] = useState<Unsent | null>(null);
  const sendFirst = async (): Promise<boolean> => {
    setUnsent(null);
    const left = await sendBeforeSignOut();
    setUnsent(left);
    return left === null;
  };
  const dismiss = useCallback(() => setUnsent(null), []);
  return { unsent, sendFirst, dismiss };
}

export interface UnsentConfirmProps {
  unsent: Unsent;
  /** "Sign out anyway?" */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function UnsentConfirm({
  unsent,
  question,
  confirmLabel,
  onConfirm,
  onCancel,
}: UnsentConfirmProps) {
  const text = useRef<HTMLParagraphElement>(null);
  // Focus goes to the question, so a screen reader reads it before the choices.
  useEffect(() => text.current?.focus(), []);
  return (
    <div className="unsent-confirm" role="group" aria-label="Entries not sent yet">
      <p ref={text} tabIndex={-1} className="unsent-confirm__text">
        {unsentQuestion(unsent, question)}
      </p>
      <p className="unsent-confirm__actions">
        <Button variant="secondary" onClick={onConfirm}>
          {confirmLabel}
        </Button>{' '}
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </p>
    </div>
  );
}

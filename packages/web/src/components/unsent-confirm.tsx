import { useEffect, useRef } from 'react';
import { unsentQuestion } from '../offline/sync';
import { Button } from './button';
import './unsent-confirm.css';

// Asked before signing out (or deleting the account) while session entries are still on this
// device only: signing out deletes them here, so the person decides, in words, with the count.

export interface UnsentConfirmProps {
  count: number;
  /** "Sign out anyway?" */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function UnsentConfirm({
  count,
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
        {unsentQuestion(count, question)}
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

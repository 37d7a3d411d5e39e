import { useState } from 'react';
import type { Assessment, CreatedCheckIn } from '@acupress/core';
import { api, useAuthSession } from '../../api';
import { Button, ButtonLink } from '../../components/button';
import { Notice } from '../../components/notice';
import { Link, useLocation } from '../../router';

// Keeping a check-in is a choice: nothing leaves the device until a signed-in person presses
// "Save to my record". Signed out, one quiet line says what an account would add; offline (or
// with no server), nothing is said at all.

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; id: string }
  | { kind: 'failed'; message: string };

export function SaveToRecord({ assessment }: { assessment: Assessment | null }) {
  const session = useAuthSession();
  const { pathname } = useLocation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (session.status !== 'ready') return null;
  if (!assessment) {
    if (!session.user) return null;
    return (
      <p className="save-record save-record--quiet no-print">
        This check-in stopped before every question was answered, so it is not saved to your record.
        Print the summary above to show your doctor.
      </p>
    );
  }

  if (!session.user) {
    if (session.setupNeeded) return null;
    return (
      <p className="save-record save-record--quiet no-print">
        <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>Sign in</Link> to keep this
        check-in in your record. Nothing is saved otherwise.
      </p>
    );
  }

  const save = async () => {
    if (state.kind === 'saving' || state.kind === 'saved') return;
    setState({ kind: 'saving' });
    const result = await api.post<CreatedCheckIn>('/api/people/me/check-ins', { assessment });
    setState(
      result.ok
        ? { kind: 'saved', id: result.data.id }
        : { kind: 'failed', message: result.error.message },
    );
  };

  return (
    <div className="save-record no-print">
      <Button
        variant="secondary"
        aria-disabled={state.kind === 'saving' || state.kind === 'saved' || undefined}
        onClick={() => void save()}
      >
        {state.kind === 'saving'
          ? 'Saving…'
          : state.kind === 'saved'
            ? 'Saved to my record'
            : 'Save to my record'}
      </Button>
      <div role="status" aria-live="polite">
        {state.kind === 'saved' ? (
          <Notice tone="success">
            <p>
              Saved to your record.{' '}
              <Link to="/account">See your saved check-ins in your account</Link>.
            </p>
            <p>
              <ButtonLink to="/practice/session">Start a guided session</ButtonLink>
            </p>
          </Notice>
        ) : null}
      </div>
      {state.kind === 'failed' ? (
        <Notice tone="danger" role="alert">
          <p>Not saved: {state.message}</p>
        </Notice>
      ) : null}
    </div>
  );
}

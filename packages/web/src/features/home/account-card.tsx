import type { ReactNode } from 'react';
import { useAuthSession } from '../../api';
import { ButtonLink } from '../../components/button';
import { usePracticeUser } from '../../offline/practice-user';

type Variant = 'setup' | 'practice' | 'sign-in';

/** Which card the person needs: known only once the session has answered (or not). */
function useVariant(): Variant | null {
  const session = useAuthSession();
  const who = usePracticeUser();
  if (session.status === 'ready' && session.setupNeeded) return 'setup';
  if (who.state === 'signed-in') return 'practice';
  if (session.status === 'ready') return 'sign-in';
  return null;
}

function Slot({ id, shown, children }: { id: Variant; shown: boolean; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`home-${id}`}
      className={`home-account__card card card--tinted${shown ? '' : ' home-account__card--idle'}`}
      aria-hidden={shown ? undefined : true}
      inert={!shown}
    >
      {children}
    </section>
  );
}

/**
 * The top of the home page: create the owner account on a new server, go to your practice when
 * signed in, or sign in. Which one depends on the session, which the pre-rendered page cannot
 * know, so all three are in the page from its first paint, stacked in one place and invisible
 * until one is chosen: the space is the tallest card's from the start, and nothing below it moves
 * when the answer comes (a card appearing above the page shifted it by a third of the screen).
 */
export function AccountCard() {
  const variant = useVariant();
  return (
    <div className="home-account">
      <Slot id="setup" shown={variant === 'setup'}>
        <h2 id="home-setup">Set up Acupress: create the owner account</h2>
        <p>
          This Acupress server has no account yet. The owner account keeps check-ins in a record and
          invites practitioners and clients; using it just for yourself, create it in your own name.
        </p>
        <p>
          <ButtonLink to="/setup">Set up Acupress</ButtonLink>
        </p>
      </Slot>
      <Slot id="practice" shown={variant === 'practice'}>
        <h2 id="home-practice">Your practice</h2>
        <p>Your next guided session, how the last ones went, and how your pain has changed.</p>
        <p>
          <ButtonLink to="/practice">Go to your practice</ButtonLink>
        </p>
      </Slot>
      <Slot id="sign-in" shown={variant === 'sign-in'}>
        <h2 id="home-sign-in">Keep your check-ins and sessions</h2>
        <p>
          Sign in with the account your practitioner or clinic made for you. The check-in and the
          atlas work without one.
        </p>
        <p>
          <ButtonLink to="/sign-in" variant="secondary">
            Sign in
          </ButtonLink>
        </p>
      </Slot>
    </div>
  );
}

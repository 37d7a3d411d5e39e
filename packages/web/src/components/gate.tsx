import { useEffect, type ReactNode } from 'react';
import type { Role, SignedInUser } from '@acupress/core';
import { ensureAuthSession, useAuthSession } from '../api';
import { ButtonLink } from './button';
import { Notice } from './notice';
import { PageHeader } from './page-header';
import { useLocation } from '../router';
import { ACCOUNT_PATH, signInHref } from '../lib/account-paths';
import './gate.css';

export interface GateProps {
  title: string;
  documentTitle: string;
  /** Roles that may see the page; everyone signed in by default. */
  roles?: readonly Role[];
  /** Why to sign in, for a signed-out visitor ("Sign in to see your account…"). */
  signInReason?: string;
  children: (user: SignedInUser) => ReactNode;
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="page-loading" role="status">
      Loading {what}…
    </p>
  );
}

/**
 * A page for signed-in people: waits for the session, asks to sign in when there is none, and
 * says politely when the page is not for this account (the server refuses it as well).
 */
export function Gate({
  title,
  documentTitle,
  roles,
  signInReason = 'Sign in to see this page.',
  children,
}: GateProps) {
  const session = useAuthSession();
  const { pathname, search } = useLocation();
  useEffect(() => {
    void ensureAuthSession();
  }, []);

  if (session.status === 'loading') return <Loading what="your account" />;
  if (session.status === 'unavailable') {
    return (
      <>
        <PageHeader title={title} documentTitle={documentTitle} />
        <Notice tone="caution" title="The server cannot be reached" titleAs="h2">
          <p>
            You appear to be offline, or the Acupress server is not running. The atlas and the
            check-in still work on this device; your account needs the server.
          </p>
        </Notice>
      </>
    );
  }
  const user = session.user;
  if (!user) {
    return (
      <>
        <PageHeader title={title} documentTitle={documentTitle} />
        <div className="account-narrow stack">
          <p>{signInReason}</p>
          <p>
            <ButtonLink to={signInHref(pathname + search)}>Sign in</ButtonLink>
          </p>
          <p className="muted">
            No account? The check-in and the atlas work without one, on this device.
          </p>
        </div>
      </>
    );
  }
  if (roles && !roles.includes(user.role)) {
    return <NotForYou title={title} documentTitle={documentTitle} />;
  }
  return <>{children(user)}</>;
}

export function NotForYou({ title, documentTitle }: { title: string; documentTitle: string }) {
  return (
    <>
      <PageHeader title={title} documentTitle={documentTitle} />
      <div className="account-narrow stack">
        <Notice title="This page is not available for your account" titleAs="h2">
          <p>It is for the people who run a clinic. Your own records are in your account.</p>
        </Notice>
        <p>
          <ButtonLink to={ACCOUNT_PATH}>Go to your account</ButtonLink>
        </p>
      </div>
    </>
  );
}

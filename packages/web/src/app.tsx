import { Suspense, lazy } from 'react';
import { Layout } from './components/layout';
import { AtlasPage } from './features/atlas/atlas-page';
import type { AccountView } from './features/account/account-feature';
import type { CheckInView } from './features/check-in/check-in-feature';
import type { PracticeView } from './features/practice/practice-feature';
import { HomePage } from './features/home/home-page';
import { MeasurementsPage } from './features/measurements/measurements-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { PointRoute } from './features/point/point-page';
import { matchRoute, useLocation, type Route } from './router';

// The check-in and plan (with the assessment schema's validator) load on first use only.
const CheckInFeature = lazy(() => import('./features/check-in/check-in-feature'));
// Accounts, the clinic and the audit log, likewise.
const AccountFeature = lazy(() => import('./features/account/account-feature'));
// Practice (guided sessions, progress), likewise.
const PracticeFeature = lazy(() => import('./features/practice/practice-feature'));

function CheckIn({ route }: { route: CheckInView }) {
  return (
    <Suspense
      fallback={
        <p className="page-loading" role="status">
          Loading the check-in…
        </p>
      }
    >
      <CheckInFeature route={route} />
    </Suspense>
  );
}

function Account({ route }: { route: AccountView }) {
  return (
    <Suspense
      fallback={
        <p className="page-loading" role="status">
          Loading…
        </p>
      }
    >
      <AccountFeature route={route} />
    </Suspense>
  );
}

function Practice({ route }: { route: PracticeView }) {
  return (
    <Suspense
      fallback={
        <p className="page-loading" role="status">
          Loading your practice…
        </p>
      }
    >
      <PracticeFeature route={route} />
    </Suspense>
  );
}

export const ROUTES: readonly Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/atlas', render: () => <AtlasPage /> },
  { path: '/points/:id', render: ({ id }) => <PointRoute id={id ?? ''} /> },
  { path: '/measurements', render: () => <MeasurementsPage /> },
  { path: '/check-in', render: () => <CheckIn route={{ view: 'wizard' }} /> },
  { path: '/check-in/plan', render: () => <CheckIn route={{ view: 'plan' }} /> },
  { path: '/check-in/referral', render: () => <CheckIn route={{ view: 'referral' }} /> },
  { path: '/practice', render: () => <Practice route={{ view: 'home' }} /> },
  { path: '/practice/session', render: () => <Practice route={{ view: 'session' }} /> },
  {
    path: '/practice/next-day/:sessionId',
    render: ({ sessionId }) => (
      <Practice route={{ view: 'next-day', sessionId: sessionId ?? '' }} />
    ),
  },
  { path: '/setup', render: () => <Account route={{ view: 'setup' }} /> },
  { path: '/sign-in', render: () => <Account route={{ view: 'sign-in' }} /> },
  {
    path: '/invite/:token',
    render: ({ token }) => <Account route={{ view: 'invite', token: token ?? '' }} />,
  },
  {
    path: '/reset/:token',
    render: ({ token }) => <Account route={{ view: 'reset', token: token ?? '' }} />,
  },
  { path: '/account', render: () => <Account route={{ view: 'account' }} /> },
  { path: '/account/deleted', render: () => <Account route={{ view: 'deleted' }} /> },
  {
    path: '/account/check-ins/:id',
    render: ({ id }) => <CheckIn route={{ view: 'saved', id: id ?? '' }} />,
  },
  { path: '/clinic', render: () => <Account route={{ view: 'clinic' }} /> },
  { path: '/clinic/audit', render: () => <Account route={{ view: 'audit' }} /> },
];

/** The frame of every page with nothing in it yet (prerender/: the HTML of the other URLs). */
export function AppShell() {
  return (
    <Layout>
      <div className="page" />
    </Layout>
  );
}

export function App() {
  const { pathname } = useLocation();
  const match = matchRoute(ROUTES, pathname);
  return (
    <Layout>
      {/* Keyed by path: each page starts fresh (and its heading can take focus). */}
      <div key={pathname} className="page">
        {match ? match.route.render(match.params) : <NotFoundPage />}
      </div>
    </Layout>
  );
}

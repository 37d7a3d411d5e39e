import { Suspense, lazy } from 'react';
import { Layout } from './components/layout';
import { AtlasPage } from './features/atlas/atlas-page';
import type { CheckInView } from './features/check-in/check-in-feature';
import { HomePage } from './features/home/home-page';
import { MeasurementsPage } from './features/measurements/measurements-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { PointRoute } from './features/point/point-page';
import { matchRoute, useLocation, type Route } from './router';

// The check-in and plan (with the assessment schema's validator) load on first use only.
const CheckInFeature = lazy(() => import('./features/check-in/check-in-feature'));

function CheckIn({ view }: { view: CheckInView }) {
  return (
    <Suspense
      fallback={
        <p className="page-loading" role="status">
          Loading the check-in…
        </p>
      }
    >
      <CheckInFeature view={view} />
    </Suspense>
  );
}

export const ROUTES: readonly Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/atlas', render: () => <AtlasPage /> },
  { path: '/points/:id', render: ({ id }) => <PointRoute id={id ?? ''} /> },
  { path: '/measurements', render: () => <MeasurementsPage /> },
  { path: '/check-in', render: () => <CheckIn view="wizard" /> },
  { path: '/check-in/plan', render: () => <CheckIn view="plan" /> },
  { path: '/check-in/referral', render: () => <CheckIn view="referral" /> },
];

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

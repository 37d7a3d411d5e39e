import { Layout } from './components/layout';
import { AtlasPage } from './features/atlas/atlas-page';
import { HomePage } from './features/home/home-page';
import { MeasurementsPage } from './features/measurements/measurements-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { PointRoute } from './features/point/point-page';
import { matchRoute, useLocation, type Route } from './router';

export const ROUTES: readonly Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/atlas', render: () => <AtlasPage /> },
  { path: '/points/:id', render: ({ id }) => <PointRoute id={id ?? ''} /> },
  { path: '/measurements', render: () => <MeasurementsPage /> },
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

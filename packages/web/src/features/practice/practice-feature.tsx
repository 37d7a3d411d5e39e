import { NextDayPage } from './next-day-page';
import { PracticePage } from './practice-page';
import { SessionPage } from './session-page';
import './practice.css';

// Practice (the daily screen, a guided session, the next-day check): loaded on first use only
// (React.lazy in app.tsx); the player inside a session loads later still.

export type PracticeView =
  { view: 'home' } | { view: 'session' } | { view: 'next-day'; sessionId: string };

export default function PracticeFeature({ route }: { route: PracticeView }) {
  switch (route.view) {
    case 'home':
      return <PracticePage />;
    case 'session':
      return <SessionPage />;
    case 'next-day':
      return <NextDayPage sessionId={route.sessionId} />;
  }
}

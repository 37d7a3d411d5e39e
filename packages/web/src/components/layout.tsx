import type { ReactNode } from 'react';
import { usePracticeUser } from '../offline/practice-user';
import { Link } from '../router';
import { AccountMenu } from './account-menu';
import { SkipLink } from './skip-link';
import './layout.css';

export const DISCLAIMER =
  'Acupress is not a diagnosis or a substitute for a clinician. It does not promise a cure. If your pain follows a fall or injury, or comes with numbness between the legs, new trouble passing urine or controlling your bowels, leg weakness or fever, see a doctor now rather than pressing points.';

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      className="brand-mark"
      viewBox="0 0 64 64"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <rect width="64" height="64" rx="14" fill="currentColor" />
      <circle cx="32" cy="32" r="17" fill="none" stroke="#cfe6e1" strokeWidth="4" />
      <circle cx="32" cy="32" r="7" fill="#fff" />
    </svg>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  // Practice needs an account; offline, the person last signed in here still has theirs.
  const practice = usePracticeUser().state === 'signed-in';
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand">
            <BrandMark />
            <span className="brand__name">Acupress</span>
          </Link>
          <nav className={practice ? 'app-nav app-nav--full' : 'app-nav'} aria-label="Main">
            <ul>
              <li>
                <Link to="/check-in" matchCurrent="prefix" className="app-nav__link">
                  Check-in
                </Link>
              </li>
              {practice ? (
                <li>
                  <Link to="/practice" matchCurrent="prefix" className="app-nav__link">
                    Practice
                  </Link>
                </li>
              ) : null}
              <li>
                <Link to="/atlas" matchCurrent="prefix" className="app-nav__link">
                  Atlas
                </Link>
              </li>
              <li>
                <Link to="/measurements" matchCurrent="exact" className="app-nav__link">
                  {/* Phones show "Measurements"; the name stays "Your measurements". */}
                  <span className="app-nav__long">Your measurements</span>
                  <span className="app-nav__short" aria-hidden="true">
                    Measurements
                  </span>
                </Link>
              </li>
            </ul>
          </nav>
          <AccountMenu />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <footer className="app-footer">
        <div className="app-footer__inner">
          <p className="app-footer__disclaimer">{DISCLAIMER}</p>
          <p className="app-footer__meta">
            Acupress is open-source software (AGPL-3.0). Point locations follow the WHO 2008
            standard; every fact names its source.
          </p>
        </div>
      </footer>
    </div>
  );
}

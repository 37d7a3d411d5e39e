import type { ReactNode } from 'react';
import type { Referral } from '@acupress/core';
import { Button, ButtonLink } from '../../components/button';
import { CautionIcon } from '../../components/chip';
import { PageHeader } from '../../components/page-header';
import { stepHref } from './paths';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The advice's first clause ("Get medical help today"), as the screen's heading. */
export function referralHeadline(advice: string): string {
  return advice.split(/[:,.]/)[0]!.trim();
}

/**
 * The referral: how urgently to see whom, why, and a summary to show the doctor. No plan is
 * offered. The summary prints on its own (print styles hide the app around it).
 */
export interface ReferralViewProps {
  referral: Referral;
  /** A referral saved in the person's record: its date and the way back. */
  saved?: { date: string; back: ReactNode };
  /** "Save to my record" (or the line about signing in), under the actions. */
  record?: ReactNode;
  /** The check-in step "Change an answer" opens (the safety questions by default). */
  changeStep?: number;
}

export function ReferralView({ referral, saved, record, changeStep = 2 }: ReferralViewProps) {
  const { summary } = referral;
  const today = saved?.date ?? new Date().toLocaleDateString(undefined, { dateStyle: 'long' });
  return (
    <div className={`referral referral--${referral.urgency}`}>
      <PageHeader
        eyebrow={saved ? `Saved check-in · ${saved.date}` : 'Check-in'}
        title={referralHeadline(referral.advice)}
        documentTitle={referralHeadline(referral.advice)}
      />

      <div className="referral__advice">
        <span className="referral__icon" aria-hidden="true">
          <CautionIcon />
        </span>
        <div>
          <p className="referral__advice-text">{referral.advice}</p>
          <p>Because of your answers, Acupress has not made an acupressure plan.</p>
        </div>
      </div>

      <section className="referral__section" aria-labelledby="referral-why">
        <h2 id="referral-why">Why</h2>
        {referral.groups.map((g) => (
          <div key={g.group} className="referral__group">
            <h3>{g.label}</h3>
            <ul>
              {g.flags.map((f) => (
                <li key={f.id}>You reported {f.reported}.</li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section className="referral__summary" aria-labelledby="referral-summary">
        <h2 id="referral-summary">A summary for your doctor</h2>
        <p className="muted">From an Acupress check-in on {today}.</p>
        <dl className="summary-list">
          <div>
            <dt>Reported</dt>
            <dd>
              <ul>
                {summary.reported.map((r) => (
                  <li key={r}>{capital(r)}</li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>Where it hurts</dt>
            <dd>
              {summary.pain.length ? (
                <ul>
                  {summary.pain.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : (
                'No area marked'
              )}
            </dd>
          </div>
          <div>
            <dt>Down the legs</dt>
            <dd>{capital(summary.radiation)}</dd>
          </div>
          <div>
            <dt>For how long</dt>
            <dd>{capital(summary.duration)}</dd>
          </div>
          <div>
            <dt>How it started</dt>
            <dd>{capital(summary.onset)}</dd>
          </div>
          {summary.nrs !== undefined ? (
            <div>
              <dt>Pain now</dt>
              <dd>{summary.nrs} out of 10</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <div className="referral__actions no-print">
        <Button onClick={() => window.print()}>Print this summary</Button>
        {saved ? (
          saved.back
        ) : (
          <ButtonLink to={stepHref(changeStep)} variant="secondary">
            Change an answer
          </ButtonLink>
        )}
      </div>
      {saved ? null : record}
    </div>
  );
}

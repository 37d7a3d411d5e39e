import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_IDS, makePlan } from '@acupress/core';
import { CLIENT, apiError, renderWithApi, sessionRoute } from '../../test/api-stub';
import { formatDate } from '../../lib/dates';
import { answeredDraft } from './test-draft';
import { assessmentToSave, referralFrom } from './outcome';

// A check-in from the person's record (/account/check-ins/:id) is shown with the check-in's own
// plan or referral screen, dated, with the way back to the account.

const CREATED = '2030-03-01T09:00:00.000Z';
const PATH = '/api/people/u-client/check-ins/ci-1';

function savedPlan() {
  const assessment = assessmentToSave(answeredDraft());
  if (!assessment) throw new Error('the answers make no assessment');
  const outcome = makePlan(assessment);
  if (outcome.kind !== 'plan') throw new Error(`expected a plan, got ${outcome.kind}`);
  return outcome;
}

function savedReferral() {
  const referral = referralFrom(answeredDraft(RED_FLAG_IDS[0]));
  if (!referral) throw new Error('a red flag makes no referral');
  return referral;
}

const body = (outcome: unknown) => ({ body: { id: 'ci-1', createdAt: CREATED, outcome } });

describe('a saved check-in', () => {
  it('shows a saved plan on the plan screen, with its date and the way back to the account', async () => {
    await renderWithApi('/account/check-ins/ci-1', {
      ...sessionRoute(CLIENT),
      [`GET ${PATH}`]: body(savedPlan()),
    });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Your acupressure plan');
    expect(screen.getByText(`Saved check-in · ${formatDate(CREATED)}`)).toBeTruthy();
    const back = screen.getByRole('link', { name: 'Back to your account' });
    expect(back.getAttribute('href')).toBe('/account');
    // Saved: the check-in's own "Save to my record" is not offered again.
    expect(screen.queryByRole('button', { name: 'Save to my record' })).toBeNull();
  });

  it('shows a saved referral on the referral screen, dated', async () => {
    const referral = savedReferral();
    await renderWithApi('/account/check-ins/ci-1', {
      ...sessionRoute(CLIENT),
      [`GET ${PATH}`]: body(referral),
    });
    expect(await screen.findByText(`Saved check-in · ${formatDate(CREATED)}`)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('Your acupressure plan');
    expect(screen.getByRole('link', { name: 'Back to your account' })).toBeTruthy();
  });

  it('says so when the check-in is not in the person’s record', async () => {
    await renderWithApi('/account/check-ins/ci-1', {
      ...sessionRoute(CLIENT),
      [`GET ${PATH}`]: apiError(404, 'NOT_FOUND', 'Not found'),
    });
    const notice = await screen.findByText('This check-in is not in your record.');
    expect(notice).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Saved check-in' })).toBeTruthy();
  });

  it('asks a signed-out visitor to sign in, and comes back here afterwards', async () => {
    const { calls } = await renderWithApi('/account/check-ins/ci-1', sessionRoute(null));
    const main = await screen.findByRole('main');
    const signIn = await within(main).findByRole('link', { name: 'Sign in' });
    expect(signIn.getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent('/account/check-ins/ci-1')}`,
    );
    expect(calls.some((c) => c.path === PATH)).toBe(false);
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAIN_REGION_IDS, RED_FLAG_IDS } from '@acupress/core';
import { CLIENT, CSRF, renderWithApi, sessionRoute } from '../../test/api-stub';
import type { Draft } from './draft';
import { answeredDraft } from './test-draft';
import { reloadDraft, setDraft } from './draft-store';

// "Save to my record" under the plan and the referral: only when signed in, only on request.

beforeEach(() => {
  window.sessionStorage.clear();
  reloadDraft();
});

describe('Save to my record', () => {
  it('saves the plan’s check-in when a signed-in person asks, and links to the account', async () => {
    setDraft(answeredDraft());
    const { calls } = await renderWithApi('/check-in/plan', {
      ...sessionRoute(CLIENT),
      'POST /api/people/me/check-ins': {
        status: 201,
        body: { id: 'ci-1', createdAt: '2030-01-01T00:00:00Z', outcome: { kind: 'plan' } },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Your acupressure plan' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Save to my record' }));
    expect(await screen.findByText(/Saved to your record/, { selector: 'p' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'See your saved check-ins in your account' }),
    ).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['X-CSRF-Token']).toBe(CSRF);
    const { assessment } = post.body as { assessment: Record<string, unknown> };
    expect(assessment.duration).toBe('chronic');
    expect(assessment.pain).toEqual([
      { region: PAIN_REGION_IDS[0], intensity: 6, quality: 'aching' },
    ]);
  });

  it('offers the same under a referral', async () => {
    setDraft(answeredDraft(RED_FLAG_IDS[0]));
    await renderWithApi('/check-in/referral', sessionRoute(CLIENT));
    expect(await screen.findByRole('button', { name: 'Save to my record' })).toBeTruthy();
  });

  it('never saves a referral reached before the later questions, with stand-in answers', async () => {
    const early: Draft = {
      ...answeredDraft(RED_FLAG_IDS[0]),
      pregnancy: '',
      bleedingRisk: null,
      boneFragility: null,
    };
    setDraft(early);
    const { calls } = await renderWithApi('/check-in/referral', sessionRoute(CLIENT));
    expect(await screen.findByText(/not saved to your record/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save to my record' })).toBeNull();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('signed out, only says that signing in would keep it', async () => {
    setDraft(answeredDraft());
    await renderWithApi('/check-in/plan', sessionRoute(null));
    await screen.findByRole('heading', { level: 1, name: 'Your acupressure plan' });
    expect(screen.queryByRole('button', { name: 'Save to my record' })).toBeNull();
    const line = screen.getByText(/to keep this check-in in your record/);
    expect(line.querySelector('a')!.getAttribute('href')).toBe('/sign-in?next=%2Fcheck-in%2Fplan');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { RED_FLAGS } from '@acupress/core';
import { renderAt } from '../../test/render-at';
import { CHECK_IN_KEY, reloadDraft } from './draft-store';

// The check-in as a person uses it: through the whole app, by its labels and roles.

beforeEach(() => {
  window.sessionStorage.clear();
  reloadDraft();
});

const h1 = () => screen.getByRole('heading', { level: 1 });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const group = (id: string) => within(document.getElementById(id)!);
// (Label queries: computing every role's name is slow in jsdom on a 20-question screen.)
const choose = (id: string, option: string) => fireEvent.click(group(id).getByLabelText(option));
/** The section a heading names. */
const section = (heading: string) => within(screen.getByText(heading).closest('section')!);

async function openCheckIn() {
  renderAt('/check-in');
  await screen.findByRole('heading', { level: 1, name: 'Where does it hurt?' });
}

/**
 * Taps an area and waits for its questions: on a busy machine the first tap can come before the
 * page has subscribed to the answers, and the screen shows it a moment later.
 */
async function markArea(name: string) {
  fireEvent.click(screen.getByRole('checkbox', { name }));
  await waitFor(() =>
    expect(screen.getByRole('checkbox', { name }).getAttribute('aria-checked')).toBe('true'),
  );
}

async function answerWhere() {
  await markArea('Lower back, middle');
  fireEvent.change(screen.getByRole('slider', { name: 'How much it hurts' }), {
    target: { value: '6' },
  });
  fireEvent.change(screen.getByRole('combobox', { name: 'What it feels like' }), {
    target: { value: 'aching' },
  });
  choose('radiation', 'No');
  choose('duration', 'More than 12 weeks');
  choose('onset', 'Gradually');
  next();
  expect(h1().textContent).toBe('Safety questions');
}

function answerSafety(except: string[] = []) {
  for (const f of RED_FLAGS) if (!except.includes(f.id)) choose(`flag-${f.id}`, 'No');
}

function answerAbout(pregnancy: 'No' | 'Yes' = 'No', then = true) {
  expect(h1().textContent).toBe('About you');
  choose('pregnancy', pregnancy);
  choose('bleeding', 'No');
  choose('bones', 'No');
  choose('fragile-skin', 'No');
  choose('any-sites', 'No');
  if (then) next();
}

/** Steps 4 to 6 with their defaults, then the plan. */
function finish() {
  expect(h1().textContent).toBe('How you are');
  fireEvent.click(screen.getByRole('button', { name: 'Skip this step' }));
  expect(h1().textContent).toBe('Tender spots');
  next();
  expect(h1().textContent).toBe('Your session');
  fireEvent.click(screen.getByRole('button', { name: 'Make my plan' }));
}

// Whole-app flows through several screens: slow on a busy machine, never racing.
describe('Check-in', { timeout: 20_000 }, () => {
  it('does not go past the safety questions until every one is answered', async () => {
    await openCheckIn();
    await answerWhere();
    expect(document.activeElement).toBe(h1());
    answerSafety(['fever']);
    next();

    expect(h1().textContent).toBe('Safety questions');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Have you had a fever or chills with this back pain?');
    const fieldset = document.getElementById('flag-fever')!;
    expect(fieldset.getAttribute('aria-describedby')).toBe('flag-fever-error');
    expect(document.getElementById('flag-fever-error')?.textContent).toContain('Answer yes or no');

    choose('flag-fever', 'No');
    expect(screen.queryByRole('alert')).toBeNull();
    next();
    expect(h1().textContent).toBe('About you');
  });

  it('stops at a referral when an answer is yes, and never shows a plan', async () => {
    await openCheckIn();
    await answerWhere();
    choose('flag-saddle-numbness', 'Yes');
    next();

    expect(window.location.pathname).toBe('/check-in/referral');
    expect(h1().textContent).toBe('Get medical help today');
    expect(screen.getByText(/go to an emergency department/)).toBeTruthy();
    expect(screen.getByText('You reported numbness in the saddle area.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print this summary' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change an answer' }).getAttribute('href')).toBe(
      '/check-in?step=2',
    );

    // Asking for the plan directly gives the referral again, and the later steps stay shut.
    renderAt('/check-in/plan');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Get medical help today',
    );
    expect(screen.queryByText(/Your acupressure plan/)).toBeNull();
    renderAt('/check-in?step=3');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Safety questions');
  });

  it('makes a plan that lists BL23 with its reason, and what was left out', async () => {
    await openCheckIn();
    await answerWhere();
    answerSafety();
    next();
    answerAbout();
    finish();

    expect(window.location.pathname).toBe('/check-in/plan');
    expect(h1().textContent).toBe('Your acupressure plan');
    const bl23 = section('Your steps, in order').getByRole('link', { name: 'BL23 Shenshu' });
    expect(bl23.getAttribute('href')).toBe('/points/BL23');
    const card = bl23.closest('li')!;
    expect(card.textContent).toContain(
      'Why: A main point of the standard-text prescription for low back pain. (CAM)',
    );
    expect(card.textContent).toContain('3 minutes on each side');
    expect(card.textContent).toContain('About 5 out of 10');
    expect(section('Left out, and why').getByText('To fit your time')).toBeTruthy();
  });

  it('leaves BL23 out for pregnancy, saying why', async () => {
    await openCheckIn();
    await answerWhere();
    answerSafety();
    next();
    answerAbout('Yes');
    finish();

    expect(h1().textContent).toBe('Your acupressure plan');
    expect(section('Your steps, in order').queryByText('BL23 Shenshu')).toBeNull();
    const bl23 = section('For your safety').getByRole('link', { name: 'BL23 Shenshu' });
    expect(bl23.closest('li')?.parentElement?.closest('li')?.textContent).toContain(
      'Left out because you are pregnant',
    );
  });

  it('keeps the answers through a reload, and ignores corrupt storage', async () => {
    await openCheckIn();
    await markArea('Buttock, left');
    choose('duration', '6 to 12 weeks');
    reloadDraft();
    await openCheckIn();
    expect(
      screen.getByRole('checkbox', { name: 'Buttock, left' }).getAttribute('aria-checked'),
    ).toBe('true');
    expect(
      group('duration').getByRole<HTMLInputElement>('radio', { name: '6 to 12 weeks' }).checked,
    ).toBe(true);

    window.sessionStorage.setItem(CHECK_IN_KEY, '{"pain": [oops');
    reloadDraft();
    await openCheckIn();
    expect(screen.getByRole('heading', { name: 'No area marked yet' })).toBeTruthy();

    // Field by field: what fits is kept, what does not is dropped.
    window.sessionStorage.setItem(
      CHECK_IN_KEY,
      JSON.stringify({
        pain: [{ region: 'nowhere', intensity: 3 }, 'x', { region: 'calf-left', intensity: 99 }],
        duration: 'acute',
        redFlags: { fever: 'maybe' },
        minutes: { n: 1 },
      }),
    );
    reloadDraft();
    await openCheckIn();
    expect(screen.getByRole('heading', { name: 'No area marked yet' })).toBeTruthy();
    expect(
      group('duration').getByRole<HTMLInputElement>('radio', { name: 'Less than 6 weeks' }).checked,
    ).toBe(true);
  });

  it('works by keyboard: areas toggle with Space, tender spots are added by area', async () => {
    await openCheckIn();
    const area = screen.getByRole('checkbox', { name: 'Calf, right' });
    fireEvent.keyDown(area, { key: ' ' });
    expect(area.getAttribute('aria-checked')).toBe('true');
    fireEvent.keyDown(area, { key: 'Enter' });
    expect(area.getAttribute('aria-checked')).toBe('false');

    await answerWhere();
    answerSafety();
    next();
    answerAbout();
    fireEvent.click(screen.getByRole('button', { name: 'Skip this step' }));
    fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'lumbar-left' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a tender spot' }));
    expect(screen.getByRole('status').textContent).toBe('Tender spot 1 marked: lower back, left.');
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Make my plan' }));

    const first = section('Your steps, in order').getAllByRole('heading', { level: 3 })[0]!;
    expect(first.textContent).toContain('Tender spot 1 (lower back, left)');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { RED_FLAGS } from '@acupress/core';
import { renderAt } from '../../test/render-at';
import { reloadDraft } from './draft-store';

// Issue 9 in the check-in: the pain map and the answers agree, the profile's red flags refer at
// once, every place not to press is asked, and tender spots on any drawing keep their true side.

beforeEach(() => {
  window.sessionStorage.clear();
  reloadDraft();
});

const h1 = () => screen.getByRole('heading', { level: 1 });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const group = (id: string) => within(document.getElementById(id)!);
const choose = (id: string, option: string) => fireEvent.click(group(id).getByLabelText(option));
const section = (heading: string) => within(screen.getByText(heading).closest('section')!);

async function openCheckIn() {
  renderAt('/check-in');
  await screen.findByRole('heading', { level: 1, name: 'Where does it hurt?' });
}

/** Taps an area, waiting until it shows as marked (a first tap can come before the page listens). */
async function mark(name: string) {
  fireEvent.click(screen.getByRole('checkbox', { name }));
  await waitFor(() =>
    expect(screen.getByRole('checkbox', { name }).getAttribute('aria-checked')).toBe('true'),
  );
  const selects = screen.getAllByRole('combobox', { name: 'What it feels like' });
  fireEvent.change(selects[selects.length - 1]!, { target: { value: 'aching' } });
}

async function answerWhere(...areas: string[]) {
  for (const a of areas.length ? areas : ['Lower back, middle']) await mark(a);
  choose('radiation', 'No');
  choose('duration', 'More than 12 weeks');
  choose('onset', 'Gradually');
}

function answerSafety() {
  for (const f of RED_FLAGS) choose(`flag-${f.id}`, 'No');
}

function answerAbout(pregnancy: 'No' | 'Yes' = 'No') {
  choose('pregnancy', pregnancy);
  choose('bleeding', 'No');
  choose('bones', 'No');
  choose('fragile-skin', 'No');
}

// Whole-app flows through several screens: slow on a busy machine, never racing.
describe('Check-in safety', { timeout: 20_000 }, () => {
  it('asks, rather than guesses, when both legs hurt but the pain is said not to spread', async () => {
    await openCheckIn();
    await answerWhere('Calf, left', 'Calf, right');
    next();
    expect(h1().textContent).toBe('Where does it hurt?');
    expect(screen.getByRole('alert').textContent).toContain('Pain in both legs');
    expect(document.getElementById('leg-pain-error')?.textContent).toContain(
      'comes from your back',
    );

    choose('leg-pain', 'No, the pain in my legs does not come from my back');
    next();
    expect(h1().textContent).toBe('Safety questions');

    // The other answer is pain down both legs: a cauda equina flag, referred at once.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    choose('radiation', 'No');
    choose('leg-pain', 'Yes, it spreads down both legs');
    choose('radiation-extent', 'Below the knee');
    next();
    answerSafety();
    next();
    expect(window.location.pathname).toBe('/check-in/referral');
    expect(screen.getByText('You reported sciatica in both legs.')).toBeTruthy();
  });

  it('refers the same day for a swollen calf given as a place not to press, before the plan', async () => {
    await openCheckIn();
    await answerWhere();
    next();
    answerSafety();
    next();
    expect(h1().textContent).toBe('About you');
    choose('any-sites', 'Yes');
    fireEvent.click(screen.getByRole('button', { name: 'Add a place' }));
    fireEvent.change(screen.getByLabelText('What it is'), {
      target: { value: 'swollen-or-inflamed' },
    });
    fireEvent.change(screen.getByLabelText('Where'), { target: { value: 'calf' } });
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: 'left' } });
    next();

    expect(window.location.pathname).toBe('/check-in/referral');
    expect(h1().textContent).toBe('See a doctor today');
    expect(screen.getByText('You reported a swollen, red, hot or inflamed calf.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change an answer' }).getAttribute('href')).toBe(
      '/check-in?step=3',
    );
    // Nothing the person has not answered is reported as an answer.
    expect(screen.getByText('More than 12 weeks')).toBeTruthy();
  });

  it('asks about every place not to press, and offers no middle of a leg', async () => {
    await openCheckIn();
    await answerWhere();
    next();
    answerSafety();
    next();
    answerAbout();
    next();
    expect(screen.getByRole('alert').textContent).toContain('Places not to press');

    expect(group('any-sites').getByText(/a bruise/).textContent).toMatch(
      /line, tube or device.*known tumour/,
    );
    choose('any-sites', 'Yes');
    next();
    expect(document.getElementById('any-sites-error')?.textContent).toContain('Add each place');
    fireEvent.click(screen.getByRole('button', { name: 'Add a place' }));
    const kinds = [...screen.getByLabelText<HTMLSelectElement>('What it is').options].map(
      (o) => o.value,
    );
    expect(kinds).toEqual(expect.arrayContaining(['bruise', 'line-tube-device', 'tumour']));
    fireEvent.change(screen.getByLabelText('Where'), { target: { value: 'calf' } });
    const sides = [...screen.getByLabelText<HTMLSelectElement>('Side').options].map((o) => o.value);
    expect(sides).not.toContain('midline');
    fireEvent.change(screen.getByLabelText('Where'), { target: { value: 'lumbar' } });
    expect(
      [...screen.getByLabelText<HTMLSelectElement>('Side').options].map((o) => o.value),
    ).toContain('midline');
  });

  it('says where it narrows "no improvement after a month"', async () => {
    await openCheckIn();
    await answerWhere();
    next();
    expect(group('flag-no-improvement-month').getByText(/on its own/)).toBeTruthy();
  });

  it('marks a tender spot on the back of the hand with its side, and leaves it out in pregnancy', async () => {
    await openCheckIn();
    await answerWhere();
    next();
    answerSafety();
    next();
    answerAbout('Yes');
    choose('any-sites', 'No');
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Skip this step' }));
    expect(h1().textContent).toBe('Tender spots');

    fireEvent.change(screen.getByLabelText('Drawing'), { target: { value: 'dorsal-hand' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a tender spot' }));
    expect(screen.getByRole('status').textContent).toBe('Choose which hand first.');
    choose('tender-side', 'Left hand');
    fireEvent.click(screen.getByRole('button', { name: 'Add a tender spot' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Tender spot 1 marked: hand and wrist, left hand.',
    );
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Make my plan' }));

    expect(h1().textContent).toBe('Your acupressure plan');
    // The middle of the back of the hand lies within about 1 cun of LI4.
    const safety = section('For your safety');
    expect(safety.getByText('Tender spot 1 (left side)')).toBeTruthy();
    expect(safety.getByText(/within about 1 cun of LI4/)).toBeTruthy();
  });
});

#!/usr/bin/env python3
"""Expected values for packages/core/src/outcomes, computed independently of the TypeScript code.

Run from the repository root (python3 with numpy and scipy; made with scipy 1.17.1, numpy 2.4.6):

    python3 scripts/outcomes-fixtures/make_fixtures.py
    npx prettier --write packages/core/src/outcomes/fixtures/outcomes-fixtures.json

Every number the TypeScript computes is computed here by another route:

- normal quantiles: scipy.stats.norm.ppf;
- Hodges-Lehmann: all n(n+1)/2 Walsh averages with numpy and np.median; the Wilcoxon
  signed-rank null distribution read from scipy.stats.wilcoxon(method='exact') p-values (and
  checked against brute-force enumeration of every sign pattern for small n); the normal
  approximation from scipy.stats.norm;
- Theil-Sen: scipy.stats.theilslopes (its Sen 1968 interval, method='separate');
- progress reports: the week, window, baseline and threshold rules re-implemented below with
  fractions.Fraction (exact rationals), so a threshold met exactly is met;
- the personal experiment: mulberry32 ported to Python integers; the randomisation p-value by
  relabelling the days of every one of the 2^pairs allocations and recomputing the block means
  (exact rationals); the interval by inverting the one-sided tests over every candidate shift.

The conventions (which k, which rounding) are stated in docs/outcomes.md.
"""

import itertools
import json
import math
from fractions import Fraction
from pathlib import Path

import numpy as np
import scipy
from scipy import stats

OUT = Path(__file__).resolve().parents[2] / 'packages/core/src/outcomes/fixtures/outcomes-fixtures.json'
DAY = 86_400_000
EXACT_MAX_N = 50


# ---------------------------------------------------------------- normal quantile

def normal_quantiles():
    ps = [1e-300, 1e-12, 1e-6, 0.001, 0.005, 0.025, 0.05, 0.1, 0.3, 0.425, 0.5, 0.575, 0.9,
          0.95, 0.975, 0.995, 0.999, 1 - 1e-6, 1 - 1e-12]
    return [{'p': p, 'z': float(stats.norm.ppf(p))} for p in ps]


# ---------------------------------------------------------------- signed-rank distribution

def signed_rank_cdf_scipy(n, t):
    """P(T+ <= t) for n tie-free, zero-free values, read from scipy's exact test."""
    if t < 0:
        return 0.0
    # a sample whose positive ranks sum to t: ranks 1..n, the largest that fit are positive
    left, positive = t, set()
    for r in range(n, 0, -1):
        if r <= left:
            positive.add(r)
            left -= r
    assert left == 0
    x = [r if r in positive else -r for r in range(1, n + 1)]
    res = stats.wilcoxon(x, alternative='less', method='exact')
    return float(res.pvalue)


def signed_rank_cdf_brute(n, t):
    total = 0
    for signs in itertools.product([0, 1], repeat=n):
        if sum(r for r, s in zip(range(1, n + 1), signs) if s) <= t:
            total += 1
    return total / 2 ** n


for n_check in (1, 2, 5, 8, 11):
    for t_check in range(0, n_check * (n_check + 1) // 2 + 1):
        a, b = signed_rank_cdf_scipy(n_check, t_check), signed_rank_cdf_brute(n_check, t_check)
        assert abs(a - b) < 1e-12, (n_check, t_check, a, b)


def hl_index(n, confidence):
    """k of the interval [W_(k), W_(N+1-k)] and its achieved confidence, or (0, None)."""
    alpha = 1 - confidence
    N = n * (n + 1) // 2
    if n <= EXACT_MAX_N:
        # largest k with P(T+ <= k-1) <= alpha/2
        k = 0
        while k + 1 <= N and signed_rank_cdf_scipy(n, k) <= alpha / 2 + 1e-15:
            k += 1
        if k == 0:
            return 0, None, 'exact'
        return k, 1 - 2 * signed_rank_cdf_scipy(n, k - 1), 'exact'
    z = stats.norm.ppf(1 - alpha / 2)
    sd = math.sqrt(n * (n + 1) * (2 * n + 1) / 24)
    k = math.floor(N / 2 + 0.5 - z * sd)
    achieved = 1 - 2 * stats.norm.cdf((k - 0.5 - N / 2) / sd)
    return k, float(achieved), 'normal'


def hodges_lehmann(values, confidence=0.95):
    x = np.asarray(values, dtype=float)
    n = len(x)
    i, j = np.triu_indices(n)
    walsh = np.sort((x[i] + x[j]) / 2)
    k, achieved, method = hl_index(n, confidence)
    out = {'n': n, 'estimate': float(np.median(walsh)), 'method': method, 'k': k}
    if k:
        out.update(low=float(walsh[k - 1]), high=float(walsh[len(walsh) - k]),
                   achievedConfidence=achieved)
    return out


def hl_cases():
    rng = np.random.default_rng(20261125)
    cases = [
        ('n=5: no 95% interval exists', [-2, -1, -3, 0.5, -1.5], 0.95),
        ('n=6, no ties: the full range', [-2.5, -1.0, -3.2, 0.4, -1.7, -0.6], 0.95),
        ('n=10, NRS changes with ties and zeros', [-2, -1, 0, -3, -1, -2, 0, -1, -4, -2], 0.95),
        ('n=10, the same at 90%', [-2, -1, 0, -3, -1, -2, 0, -1, -4, -2], 0.90),
        ('n=10, the same at 99%', [-2, -1, 0, -3, -1, -2, 0, -1, -4, -2], 0.99),
        ('constant: no change in any session', [0] * 8, 0.95),
        ('one value repeated: always 1 point lower', [-1] * 12, 0.95),
        ('n=20, real values', [round(float(v), 2) for v in rng.normal(-1.2, 1.5, 20)], 0.95),
        ('n=50, the largest exact', [int(v) for v in rng.integers(-4, 3, 50)], 0.95),
        ('n=51, the smallest normal approximation', [int(v) for v in rng.integers(-4, 3, 51)], 0.95),
        ('n=84, twelve weeks of daily sessions', [int(v) for v in rng.integers(-3, 2, 84)], 0.95),
        ('n=84 at 80%', [int(v) for v in rng.integers(-3, 2, 84)], 0.80),
    ]
    return [{'name': name, 'values': vals, 'confidence': conf, **hodges_lehmann(vals, conf)}
            for name, vals, conf in cases]


# ---------------------------------------------------------------- Theil-Sen

def theil_sen(x, y, confidence=0.95):
    r = stats.theilslopes(y, x, alpha=confidence, method='separate')
    return {'slope': float(r.slope), 'intercept': float(r.intercept),
            'low': float(r.low_slope), 'high': float(r.high_slope)}


def ts_cases():
    cases = [
        ('two weeks', [1, 2], [6, 5], 0.95),
        ('four weeks falling', [1, 2, 3, 4], [6.5, 6, 5.25, 5], 0.95),
        ('ties in the weekly means', [1, 2, 3, 4, 5, 6], [6, 5.5, 5.5, 5, 5.5, 4], 0.95),
        ('constant pain', [1, 2, 3, 4, 5], [5, 5, 5, 5, 5], 0.95),
        ('missing weeks 3 and 4', [1, 2, 5, 6, 7], [7, 6.5, 5, 5.5, 4.5], 0.95),
        ('twelve weeks, noisy', list(range(1, 13)),
         [6, 6.2, 5.8, 6.1, 5.5, 5.9, 5.2, 5.4, 5.6, 4.9, 5.1, 4.8], 0.95),
        ('twelve weeks at 90%', list(range(1, 13)),
         [6, 6.2, 5.8, 6.1, 5.5, 5.9, 5.2, 5.4, 5.6, 4.9, 5.1, 4.8], 0.90),
        ('rising', [1, 2, 3, 4, 5, 6], [3, 3.5, 4, 4, 5, 5.5], 0.95),
    ]
    return [{'name': name, 'x': x, 'y': y, 'confidence': c, **theil_sen(x, y, c)}
            for name, x, y, c in cases]


# ---------------------------------------------------------------- progress reports

WINDOW_WEEKS = 8
RECENT_DAYS = 7
CHANGE_MIN_DAYS = 28
CHANGE_MIN_SESSIONS = 5
IMMEDIATE_MIN = 6
TREND_MIN_WEEKS = 4
T0 = 1_795_000_000_000  # an instant (ms); sessions are offsets from it in hours


def meets(start, now):
    """Ostelo 2008: improvement of 2 points or 30% of the start; exact rationals."""
    down = start - now
    return {'points': down >= 2, 'percent': start > 0 and down >= Fraction(3, 10) * start}


def progress_case(name, sessions, now_hours, baseline=None, planned_per_week=None):
    """sessions: [hours after T0, before, after or None, planned s, pressed s]."""
    s = sorted(sessions, key=lambda r: r[0])
    now = T0 + now_hours * 3_600_000
    first = T0 + s[0][0] * 3_600_000
    t = lambda r: T0 + r[0] * 3_600_000
    week_of = lambda ms: (ms - first) // (7 * DAY) + 1
    current = week_of(now)
    win_first = max(1, current - WINDOW_WEEKS + 1)
    win_start = first + (win_first - 1) * 7 * DAY
    win = [r for r in s if win_start <= t(r) <= now]
    start = Fraction(baseline if baseline is not None else s[0][1])
    elapsed = now - first
    out = {'name': name, 'nowHours': now_hours, 'sessions': sessions,
           'baselineNrs': baseline, 'plannedSessionsPerWeek': planned_per_week,
           'expected': {'weeks': elapsed // (7 * DAY), 'windowFirstWeek': win_first,
                        'currentWeek': current, 'startNrs': float(start)}}
    e = out['expected']
    recent = [r for r in win if now - RECENT_DAYS * DAY < t(r) <= now]
    e['recentRatings'] = len(recent)
    if recent:
        now_nrs = Fraction(sum(r[1] for r in recent), len(recent))
        e['nowNrs'] = float(now_nrs)
        e['changePoints'] = float(now_nrs - start)
        e['changePercent'] = float((now_nrs - start) / start * 100) if start else None
        e['improvementRules'] = meets(start, now_nrs)
        # the same sizes upwards: a meaningful worsening (an Acupress choice)
        up = now_nrs - start
        e['worseningRules'] = {'points': up >= 2, 'percent': start > 0 and up >= Fraction(3, 10) * start}
    e['changeEnough'] = (elapsed >= CHANGE_MIN_DAYS * DAY and len(win) >= CHANGE_MIN_SESSIONS
                         and len(recent) > 0)
    # first week: regression to the mean check
    first_week = [r[1] for r in s if t(r) < first + 7 * DAY]
    e['firstWeekRatings'] = len(first_week)
    if len(first_week) >= 2:
        med = Fraction(int(np.median(first_week) * 2), 2)
        e['firstWeekMedian'] = float(med)
        e['highStart'] = start > med
    # immediate effect
    changes = [r[2] - r[1] for r in win if r[2] is not None]
    e['immediateSessions'] = len(changes)
    if len(changes) >= IMMEDIATE_MIN:
        e['immediate'] = hodges_lehmann(changes)
    # weekly means in the window
    weeks = {}
    for r in win:
        weeks.setdefault(week_of(t(r)), []).append(r[1])
    pts = sorted((w, Fraction(sum(v), len(v))) for w, v in weeks.items())
    e['weekly'] = [{'week': int(w), 'meanNrs': float(m), 'ratings': len(weeks[w])} for w, m in pts]
    if len(pts) >= TREND_MIN_WEEKS:
        e['trend'] = theil_sen([int(w) for w, _ in pts], [float(m) for _, m in pts])
    # adherence over the window's weeks
    per_week = {w: 0 for w in range(win_first, current + 1)}
    for r in win:
        per_week[week_of(t(r))] += 1
    complete = [w for w in per_week if first + w * 7 * DAY <= now]
    e['completeWeeks'] = len(complete)
    if complete:
        e['sessionsPerWeek'] = float(Fraction(sum(per_week[w] for w in complete), len(complete)))
    logged = [r for r in win if r[2] is not None]
    e['pressedSeconds'] = sum(r[4] for r in logged)
    e['plannedSeconds'] = sum(r[3] for r in logged)
    return out


def daily(days, before, after, start_day=0, hour=19, planned=1200, pressed=1100):
    before_f = before if callable(before) else (lambda d: before)
    after_f = after if callable(after) else (lambda d: after)
    return [[(start_day + d) * 24 + hour, before_f(d), after_f(d), planned, pressed]
            for d in range(days)]


def progress_cases():
    rng = np.random.default_rng(7)
    improving = daily(42, lambda d: 7 - d // 12, lambda d: 7 - d // 12 - 1 - d % 2)
    del improving[10:13]  # a few days without a session
    bad_first = [[19, 9, 8, 1200, 1200]] + daily(40, lambda d: 5 + d % 2, lambda d: 4 + d % 2, 1)
    constant = daily(35, 5, 5)
    one = [[19, 6, 5, 1200, 900]]
    gaps = daily(14, 6, 5) + daily(21, lambda d: 5 - d // 11, lambda d: 4 - d // 11, 28)
    unlogged = [[h, b, None, p, 0] for h, b, _, p, _ in daily(30, lambda d: 6 - d // 10, 0)]
    two_years = [[d * 24 + 19, int(v), max(0, int(v) - int(c)), 1200, int(q)] for d, (v, c, q) in
                 enumerate(zip(np.clip(np.round(6 - np.arange(730) / 365 + rng.normal(0, 1, 730)), 0, 10),
                               rng.integers(0, 3, 730), rng.integers(600, 1300, 730)))]
    # ten sessions in the last 7 days averaging 3.5: 1.5 points lower, exactly 30% of 5
    exactly_30 = daily(28, 5, 4) + [[28 * 24 + 19 + 16 * i, 3 + i % 2, 3, 1200, 1200] for i in range(10)]
    return [
        progress_case('six weeks, pain falling, three days missed', improving, 42 * 24 + 21, baseline=7,
                      planned_per_week=7),
        progress_case('a bad first day', bad_first, 41 * 24 + 21),
        progress_case('constant pain', constant, 35 * 24 + 21, baseline=5),
        progress_case('one session', one, 24),
        progress_case('missing weeks 3 and 4', gaps, 49 * 24 + 21, baseline=6, planned_per_week=5),
        progress_case('all sessions unlogged', unlogged, 30 * 24 + 21),
        progress_case('two years of daily sessions', two_years, 730 * 24 + 1, baseline=7,
                      planned_per_week=7),
        progress_case('exactly 30% lower (1.5 of 5)', exactly_30, 35 * 24 + 1, baseline=5),
    ]


# ---------------------------------------------------------------- personal experiment

M32 = 0xFFFFFFFF


def mulberry32(seed):
    a = seed & M32

    def nxt():
        nonlocal a
        a = (a + 0x6D2B79F5) & M32
        t = ((a ^ (a >> 15)) * (1 | a)) & M32
        t = ((t + (((t ^ (t >> 7)) * (61 | t)) & M32)) & M32) ^ t
        return ((t ^ (t >> 14)) & M32) / 4294967296

    return nxt


def allocation(seed, pairs):
    nxt = mulberry32(seed)
    return ['acupressure-first' if nxt() < 0.5 else 'usual-care-first' for _ in range(pairs)]


def mulberry_cases():
    out = []
    for seed in (0, 1, 42, 123456789, 2 ** 32 - 1):
        nxt = mulberry32(seed)
        out.append({'seed': seed, 'first': [nxt() for _ in range(5)], 'allocation8': allocation(seed, 8)})
    return out


def condition_days(alloc, block_days, washout):
    """For each day index of the experiment: (pair, block-in-pair, condition, counted)."""
    days = []
    for p, order in enumerate(alloc):
        first = 'acupressure' if order == 'acupressure-first' else 'usual-care'
        second = 'usual-care' if first == 'acupressure' else 'acupressure'
        for b, cond in ((0, first), (1, second)):
            for d in range(block_days):
                days.append((p, b, cond, d >= washout))
    return days


def statistic(alloc, ratings_by_index, block_days, washout, used_pairs):
    """Mean over the used pairs of (acupressure block mean - usual-care block mean), exact."""
    sums = {}
    for i, (p, b, cond, counted) in enumerate(condition_days(alloc, block_days, washout)):
        if counted and i in ratings_by_index and p in used_pairs:
            sums.setdefault((p, cond), []).append(ratings_by_index[i])
    diffs = [Fraction(sum(sums[(p, 'acupressure')]), len(sums[(p, 'acupressure')])) -
             Fraction(sum(sums[(p, 'usual-care')]), len(sums[(p, 'usual-care')])) for p in used_pairs]
    return sum(diffs, Fraction(0)) / len(diffs), diffs


def n_of_1_case(name, seed, pairs, block_days, washout, alternative, ratings, as_of_day, stopped_day=None):
    """ratings: {day index: nrs}; as_of_day: the last day index whose evening rating counts."""
    alloc = allocation(seed, pairs)
    last = as_of_day if stopped_day is None else min(as_of_day, stopped_day)
    complete = [p for p in range(pairs) if (2 * p + 2) * block_days - 1 <= last]
    days = condition_days(alloc, block_days, washout)
    usable = []
    for p in complete:
        have = {cond for i, (pp, b, cond, counted) in enumerate(days)
                if pp == p and counted and i in ratings}
        if have == {'acupressure', 'usual-care'}:
            usable.append(p)
    out = {'name': name, 'seed': seed, 'pairs': pairs, 'blockDays': block_days, 'washoutDays': washout,
           'alternative': alternative, 'ratings': [{'day': d, 'nrs': v} for d, v in sorted(ratings.items())],
           'asOfDay': as_of_day, 'stoppedDay': stopped_day,
           'expected': {'allocation': alloc, 'pairsComplete': len(complete), 'pairsUsed': len(usable)}}
    e = out['expected']
    K = len(usable)
    if K < 2:
        return out
    obs, diffs = statistic(alloc, ratings, block_days, washout, usable)
    e['differences'] = [float(d) for d in diffs]
    e['estimate'] = float(obs)
    # every allocation of the pairs analysed: relabel the days and recompute the block means
    count = 0
    flip = {'acupressure-first': 'usual-care-first', 'usual-care-first': 'acupressure-first'}
    for choice in itertools.product([False, True], repeat=K):
        a = list(alloc)
        for p, f in zip(usable, choice):
            if f:
                a[p] = flip[a[p]]
        s, _ = statistic(a, ratings, block_days, washout, usable)
        if alternative == 'two-sided' and abs(s) >= abs(obs):
            count += 1
        if alternative == 'acupressure-lower' and s <= obs:
            count += 1
    e['pValue'] = count / 2 ** K
    e['pCount'] = count
    e['allocationsCounted'] = 2 ** K

    # the 95% interval: shifts d not rejected by either one-sided test at 2.5%
    def p_one(delta, upper):
        e_ = [x - delta for x in diffs]
        obs_ = sum(e_)
        c = 0
        for signs in itertools.product([1, -1], repeat=K):
            v = sum(s * x for s, x in zip(signs, e_))
            c += (v >= obs_) if upper else (v <= obs_)
        return Fraction(c, 2 ** K)

    cands = sorted({sum(sub, Fraction(0)) / len(sub) for r in range(1, K + 1)
                    for sub in itertools.combinations(diffs, r)})
    inside = [d for d in cands if p_one(d, True) > Fraction(1, 40) and p_one(d, False) > Fraction(1, 40)]
    m = math.floor(2 ** K / 40)
    if m >= 1:
        e['interval'] = {'low': float(min(inside)), 'high': float(max(inside)),
                         'achievedConfidence': 1 - 2 * m / 2 ** K}
    else:
        e['interval'] = None
    return out


def n_of_1_cases():
    rng = np.random.default_rng(11)
    cases = []
    # 6 pairs of 7-day blocks, acupressure about 2 points lower, 2 washout days
    alloc = allocation(2026, 6)
    r = {}
    for i, (p, b, cond, _) in enumerate(condition_days(alloc, 7, 2)):
        base = 6 + (1 if cond == 'usual-care' else -1) + int(rng.integers(-1, 2))
        r[i] = max(0, min(10, base))
    cases.append(n_of_1_case('6 pairs, acupressure lower, 2 washout days', 2026, 6, 7, 2, 'two-sided', r, 83))
    cases.append(n_of_1_case('the same, one-sided', 2026, 6, 7, 2, 'acupressure-lower', r, 83))
    # no difference, 4 pairs, ties
    r2 = {i: 5 + (i % 3 == 0) for i in range(56)}
    cases.append(n_of_1_case('4 pairs, no difference, many ties', 99, 4, 7, 0, 'two-sided', r2, 55))
    # stopped early after 3 of 5 pairs, with missing days
    alloc3 = allocation(7, 5)
    r3 = {}
    for i, (p, b, cond, _) in enumerate(condition_days(alloc3, 7, 1)):
        if i % 5 == 3:
            continue
        r3[i] = 6 if cond == 'usual-care' else 5
    cases.append(n_of_1_case('stopped after 3 of 5 pairs, days missing', 7, 5, 7, 1, 'two-sided', r3, 69, 44))
    # a pair with no counted rating in one block is left out
    r4 = {i: 4 + (i // 7) % 2 for i in range(40) if not (14 <= i <= 20)}
    cases.append(n_of_1_case('a block without ratings drops its pair', 5, 3, 7, 0, 'two-sided', r4, 41))
    # acupressure higher (worse)
    alloc5 = allocation(31337, 6)
    r5 = {i: (7 if cond == 'acupressure' else 5) for i, (p, b, cond, _) in
          enumerate(condition_days(alloc5, 5, 0))}
    cases.append(n_of_1_case('acupressure blocks higher: worse', 31337, 6, 5, 0, 'two-sided', r5, 59))
    return cases


def main():
    data = {
        'howMade': ('Written by scripts/outcomes-fixtures/make_fixtures.py (python3, numpy '
                    f'{np.__version__}, scipy {scipy.__version__}), then formatted with prettier. '
                    'Every expected value is computed there independently of the TypeScript: scipy '
                    'norm.ppf, Walsh averages with numpy and the exact signed-rank distribution from '
                    "scipy.stats.wilcoxon(method='exact'), scipy.stats.theilslopes, the progress rules "
                    'in exact rationals (fractions.Fraction), and the randomisation test by relabelling '
                    'every allocation. Do not edit by hand: change the script and run it again.'),
        'normalQuantile': normal_quantiles(),
        'hodgesLehmann': hl_cases(),
        'theilSen': ts_cases(),
        'progress': {'t0': T0, 'cases': progress_cases()},
        'mulberry32': mulberry_cases(),
        'nOf1': n_of_1_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=2) + '\n')
    print(f'wrote {OUT}')


if __name__ == '__main__':
    main()

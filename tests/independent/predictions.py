#!/usr/bin/python3
"""The figures of predictions in teaser's report, computed again from the raw
rows with scipy, as a check on engine/report.c that shares none of its code.

    python3 tests/independent/predictions.py EXPORT.csv CUSTOMERS.csv [TOUCHPOINT...]

EXPORT.csv is `teaser export` of one workshop's sessions of one scenario;
CUSTOMERS.csv the scenario's customer data (a frequency table). Prints one
line per touchpoint (those named, else every one in the export, sorted):

    id n_predicted mean_predicted predicted_gap predicted_gap_ci_low
       predicted_gap_ci_high n_shift shift shift_ci_low shift_ci_high

Definitions (docs/contract.md): every value on -4..+4; a session's value at a
touchpoint is the mean of its ratings there of that kind (felt or
predicted); predicted_gap = mean predicted - mean customers with Welch's 95%
interval; shift = mean over the sessions with both of |P - mean C| -
|E - mean C|, with a paired t 95% interval. Needs Debian's python3-scipy.
"""
import csv
import math
import sys
from collections import defaultdict

import numpy as np
from scipy import stats


def common(value, lo, hi):
    """A value of a lo..hi scale on -4..+4."""
    return (value - lo) / (hi - lo) * 8 - 4


def session_values(export_path):
    """{kind: {touchpoint: {session: mean value}}} from the export's rows."""
    sums = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    with open(export_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["valence"] or not row["touchpoint"]:
                continue
            points = int(row["valence_points"])
            value = common(int(row["valence"]), 1, points)
            sums[row["kind"]][row["touchpoint"]][row["session"]].append(value)
    return {kind: {tp: {s: np.mean(v) for s, v in by_session.items()}
                   for tp, by_session in by_tp.items()}
            for kind, by_tp in sums.items()}


def customers(path):
    """{touchpoint: array of every respondent's value on -4..+4}."""
    values = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lo, hi = float(row["scale_min"]), float(row["scale_max"])
            v = float(row["value"])
            if row.get("orientation") == "reversed":
                v = lo + hi - v
            values[row["touchpoint"]] += [common(v, lo, hi)] * int(row["count"])
    return {tp: np.array(v) for tp, v in values.items()}


def welch(p, c):
    """mean p - mean c and Welch's 95% interval (by hand: the ttest_ind of
    scipy 1.10 has no confidence_interval)."""
    vp, vc = np.var(p, ddof=1) / len(p), np.var(c, ddof=1) / len(c)
    se = math.sqrt(vp + vc)
    df = (vp + vc) ** 2 / (vp ** 2 / (len(p) - 1) + vc ** 2 / (len(c) - 1))
    d = np.mean(p) - np.mean(c)
    half = stats.t.ppf(0.975, df) * se
    # the same df and statistic as scipy's own Welch test
    t = stats.ttest_ind(p, c, equal_var=False)
    assert abs(t.statistic - d / se) < 1e-9 * max(1, abs(t.statistic))
    return d, d - half, d + half


def shift(pairs, mean_c):
    """mean of |P - mean C| - |E - mean C| with the paired t interval."""
    away_p = np.array([abs(p - mean_c) for p, _ in pairs])
    away_e = np.array([abs(e - mean_c) for _, e in pairs])
    ci = stats.ttest_rel(away_p, away_e).confidence_interval(0.95)
    return np.mean(away_p - away_e), ci.low, ci.high


def fmt(v):
    return "null" if v is None or not math.isfinite(v) else "%.10g" % v


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    values = session_values(argv[1])
    felt, predicted = values.get("felt", {}), values.get("predicted", {})
    cust = customers(argv[2])
    tps = argv[3:] or sorted(set(felt) | set(predicted))
    for tp in tps:
        p = np.array(list(predicted.get(tp, {}).values()))
        c = cust.get(tp, np.array([]))
        gap = welch(p, c) if len(p) >= 2 and len(c) >= 2 else (None, None, None)
        both = [(v, felt[tp][s]) for s, v in predicted.get(tp, {}).items()
                if s in felt.get(tp, {})]
        moved = shift(both, np.mean(c)) if len(both) >= 2 and len(c) else (None,) * 3
        print(tp, len(p), fmt(np.mean(p) if len(p) else None), *map(fmt, gap), len(both),
              *map(fmt, moved))


if __name__ == "__main__":
    main(sys.argv)

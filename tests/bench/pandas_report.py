"""The figures of `teaser report --format json`, computed with pandas, numpy and
scipy from the same store and customer CSV: the yardstick of report_vs_pandas
in `make bench`, and an independent check of teaser's numbers (the bench
fails when they disagree).

usage: pandas_report.py STORE CSV TOUCHPOINT,TOUCHPOINT,... [TEASER_JSON]
"""
import json
import sqlite3
import sys

import numpy as np
import pandas as pd
from scipy import stats

RESAMPLES = 10000


def employees(store, ids):
    """One value per session and touchpoint on -4..+4: the mean of its felt ratings."""
    with sqlite3.connect(store) as db:
        r = pd.read_sql_query(
            "SELECT r.session, r.touchpoint, r.valence, r.valence_points FROM ratings r "
            "WHERE r.valence >= 1 AND r.touchpoint IS NOT NULL AND r.kind = 'felt'", db)
    r["v"] = (r.valence - 1) / (r.valence_points - 1) * 8 - 4
    per = r.groupby(["touchpoint", "session"]).v.mean().reset_index()
    return {tp: per.v[per.touchpoint == tp].to_numpy() for tp in ids}


def customers(path):
    """Counts per touchpoint and value, the value mapped onto -4..+4."""
    c = pd.read_csv(path, usecols=["touchpoint", "value", "count", "scale_min", "scale_max"])
    c["v"] = (c.value - c.scale_min) / (c.scale_max - c.scale_min) * 8 - 4
    return c.groupby(["touchpoint", "v"])["count"].sum()


def cliffs(ev, ec, cv, cc):
    """Cliff's delta of two frequency tables (values, counts), counts may be 2-D."""
    sign = np.sign(ev[:, None] - cv[None, :])
    return np.einsum("...i,ij,...j->...", ec, sign, cc) / (ec.sum(-1) * cc.sum(-1))


def figures(e, cv, cc, rng):
    ev, ec = np.unique(e, return_counts=True)
    ne, nc = len(e), cc.sum()
    me, mc = e.mean(), (cv * cc).sum() / nc
    se2, sc2 = e.var(ddof=1), ((cv - mc) ** 2 * cc).sum() / (nc - 1)
    a, b = se2 / ne, sc2 / nc
    df = (a + b) ** 2 / (a * a / (ne - 1) + b * b / (nc - 1))
    half = stats.t.ppf(0.975, df) * np.sqrt(a + b)
    sp = np.sqrt(((ne - 1) * se2 + (nc - 1) * sc2) / (ne + nc - 2))
    gap = me - mc
    boot = cliffs(ev, rng.multinomial(ne, ec / ne, RESAMPLES).astype(float), cv,
                  rng.multinomial(int(nc), cc / nc, RESAMPLES).astype(float))
    return {
        "n_employees": ne, "n_customers": float(nc),
        "mean_employees": me, "mean_customers": mc, "gap": gap,
        "gap_ci_low": gap - half, "gap_ci_high": gap + half,
        "hedges_g": (1 - 3 / (4 * (ne + nc) - 9)) * gap / sp,
        "cliffs_delta": float(cliffs(ev, ec.astype(float), cv, cc)),
        "cliffs_delta_ci_low": float(np.quantile(boot, 0.025)),
        "cliffs_delta_ci_high": float(np.quantile(boot, 0.975)),
        "share_customers_below_employee_median": cc[cv < np.median(e)].sum() / nc,
    }


def main():
    store, csv, ids = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    emp, cus = employees(store, ids), customers(csv)
    rng = np.random.default_rng(20261123)
    out = []
    for tp in ids:
        if len(emp[tp]) > 1 and tp in cus.index.get_level_values(0):
            c = cus.loc[tp]
            out.append({"id": tp, **figures(emp[tp], c.index.to_numpy(), c.to_numpy(float), rng)})
    both = [t for t in out]
    pe = lambda k: (min(t[k] for t in both) + both[-1][k]) / 2
    journey = {"peak_end_employees": pe("mean_employees"), "peak_end_customers": pe("mean_customers")}
    journey["peak_end_gap"] = journey["peak_end_employees"] - journey["peak_end_customers"]
    if len(sys.argv) > 4:
        check(out, journey, sys.argv[4])
    json.dump({"touchpoints": out, "journey": journey}, sys.stdout, default=float)


def check(out, journey, teaser_json):
    """teaser's figures must be pandas' (the bootstrap interval to 0.02: its own draws)."""
    with open(teaser_json) as f:
        t = json.load(f)
    mine = {x["id"]: x for x in t["touchpoints"]}
    bad = []
    for x in out:
        for k, v in x.items():
            if k == "id":
                continue
            tol = 0.02 if k.startswith("cliffs_delta_ci") else 1e-6 * max(1, abs(v))
            if mine[x["id"]][k] is None or abs(mine[x["id"]][k] - v) > tol:
                bad.append("%s %s: teaser %s, pandas %s" % (x["id"], k, mine[x["id"]][k], v))
    for k, v in journey.items():
        if abs(t["journey"][k] - v) > 1e-6:
            bad.append("journey %s: teaser %s, pandas %s" % (k, t["journey"][k], v))
    if bad:
        sys.exit("pandas_report: teaser disagrees:\n  " + "\n  ".join(bad))


if __name__ == "__main__":
    main()

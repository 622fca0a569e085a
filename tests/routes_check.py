#!/usr/bin/python3
"""Checks `teaser check --paths --format json` against headless plays:
tests/test_play.c runs it.

usage: routes_check.py ROUTES.json STORE.sqlite...

ROUTES.json is the explorer's output for a scenario; each store holds one
headless play of it. The play's walk (the steps it entered, in order) has its
loops erased (back to the first visit of a step met again), which leaves the
route it took; that route must be among the listed ones, and the play's time
on the scenario clock (its last event) must lie within the route's
[shortest_ms, longest_ms]. Prints one line per play; exit 1 when one fails."""

import json
import sqlite3
import sys


def walk_of(db):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT step FROM events WHERE kind = 'enter' ORDER BY id").fetchall()
    (ms,) = con.execute("SELECT max(t_ms) FROM events").fetchone()
    con.close()
    return [r[0] for r in rows], ms


def erase_loops(walk):
    path = []
    for step in walk:
        if step in path:
            del path[path.index(step) + 1:]
        else:
            path.append(step)
    return path


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        routes = json.load(f)["routes"]
    failed = False
    for db in argv[2:]:
        walk, ms = walk_of(db)
        path = erase_loops(walk)
        fits = [r for r in routes if [leg["step"] for leg in r["legs"]] == path]
        within = [r for r in fits if r["shortest_ms"] <= ms <= r["longest_ms"]]
        ranges = ", ".join(f"route {r['number']}: {r['shortest_ms']}-{r['longest_ms']}" for r in fits)
        print(f"{db}: {ms} ms over {len(walk)} steps entered; {ranges or 'no route'}")
        if not within:
            failed = True
            print(f"{db}: the play's {ms} ms is not within its route's time", file=sys.stderr)
    return 1 if failed or len(argv) < 3 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Data for the report bench: a customer CSV of N raw rows (count 1 each) and a
results store of M employee sessions, from a store that holds one real play
(whose sessions row and rated steps are the template). With "predict", each
session first predicts every touchpoint it rates (ratings of kind predicted,
stored with the first step that rates it, as the player does). Seeded: the
same arguments make the same files. Standard library only.

usage: make_data.py STORE CSV SESSIONS ROWS [predict]
"""
import csv
import random
import sqlite3
import sys
import uuid


def main():
    store, out_csv, sessions, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    predict = sys.argv[5:] == ["predict"]
    rng = random.Random(20261123)
    db = sqlite3.connect(store)
    template = db.execute(
        "SELECT scenario, scenario_hash, language, engine_version FROM sessions LIMIT 1"
    ).fetchone()
    rated = db.execute(
        "SELECT step, touchpoint, valence_points, onset_ms FROM ratings "
        "WHERE session = (SELECT min(id) FROM sessions) ORDER BY id"
    ).fetchall()
    with db:
        for k in range(1, sessions):
            cur = db.execute(
                "INSERT INTO sessions (scenario, scenario_hash, workshop, participant, "
                "department, language, engine_version, started, finished, uid) "
                "VALUES (?, ?, 'bench', ?, 'Customer service', ?, ?, "
                "'2026-11-23T09:00:00Z', '2026-11-23T09:18:00Z', ?)",
                (template[0], template[1], "p%05d" % k, template[2], template[3],
                 str(uuid.UUID(int=rng.getrandbits(128), version=4))),
            )
            first = {}
            for step, touchpoint, points, onset in rated:
                first.setdefault(touchpoint, (step, points))
            for touchpoint, (step, points) in first.items() if predict and touchpoint else ():
                # predicted before playing: rosier than felt
                v = min(points, max(1, round(rng.gauss(6, 1.4))))
                db.execute(
                    "INSERT INTO ratings (session, step, touchpoint, valence, valence_points, "
                    "onset_ms, response_ms, input_device, given, kind) "
                    "VALUES (?, ?, ?, ?, ?, 0, 3000, 'keyboard', '2026-11-23T09:00:10Z', "
                    "'predicted')",
                    (cur.lastrowid, step, touchpoint, v, points),
                )
            for step, touchpoint, points, onset in rated:
                # each touchpoint a little worse than neutral, people spread around it
                v = min(points, max(1, round(rng.gauss(4 + (len(step) % 3), 1.6))))
                db.execute(
                    "INSERT INTO ratings (session, step, touchpoint, valence, valence_points, "
                    "onset_ms, response_ms, input_device, given) "
                    "VALUES (?, ?, ?, ?, ?, ?, 4000, 'keyboard', '2026-11-23T09:10:00Z')",
                    (cur.lastrowid, step, touchpoint, v, points, onset),
                )
        db.execute("UPDATE sessions SET workshop = 'bench'")
    touchpoints = sorted({tp for _, tp, _, _ in rated if tp})
    weights = [8, 10, 7, 4, 2]
    with open(out_csv, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["touchpoint", "value", "count", "scale_min", "scale_max", "source"])
        for i in range(rows):
            tp = touchpoints[i % len(touchpoints)]
            value = rng.choices(range(1, 6), weights)[0]
            w.writerow([tp, value, 1, 1, 5, "bench (generated)"])


if __name__ == "__main__":
    main()

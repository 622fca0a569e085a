-- make bench (tests/bench/report_pg.sh): :sessions sessions of
-- tests/bench/wide.yaml made on the server, straight into the schema that
-- teaser store init made, as if every site had played and synced them.
-- Session 1 must be one real play of the scenario, synced: its scenario hash,
-- language, version and rated steps are the template, and report_pg.sh
-- compares the shape of every generated row with its rows afterwards.
--
-- The organisation: 50 sites, 2,000 workshops (each at one site, on one day,
-- about 50 participants), five departments; every participant plays once,
-- except 300 who played again in another workshop. Each session has the 20
-- ratings (1..9, friction steps worse, sites and people a little apart) and
-- the events a play writes: enter and leave at every step, form attempts
-- refused and accepted, the letter's answer, hang-ups, queue changes, the
-- cut line and the waits, details typed again (now and then with a typo).
-- Seeded: the same :sessions give the same data.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET work_mem = '256MB';
SELECT setseed(0.20261206) AS seeded \gset
-- The rows are consistent by construction: without the foreign keys' checks
-- (triggers, skipped in replica mode) the load takes half the time. Only when
-- the schema has no triggers of its own, which this mode would skip as well.
SELECT NOT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                   WHERE c.relnamespace = 'teaser'::regnamespace AND NOT t.tgisinternal)
       AS only_foreign_keys \gset
\if :only_foreign_keys
SET session_replication_role = replica;
\endif

-- The journey: each step's type, how long it takes (ms, the rating after it
-- not counted) and how it ends, in the order of the scenario.
CREATE TEMP TABLE plan (k int, step text, type text, dur int, leave text);
INSERT INTO plan VALUES
    (1, 'advert', 'message', 12000, 'continue'),
    (2, 'order-form', 'form', 75000, 'accepted'),
    (3, 'order-letter', 'letter', 40000, NULL),
    (4, 'delivery', 'message', 10000, 'continue'),
    (5, 'install-menu', 'menu', 15000, 'key 2'),
    (6, 'install-wait', 'wait', 120000, 'time up'),
    (7, 'to-tech', 'handoff', 30000, 'all details given'),
    (8, 'engineer', 'message', 8000, 'continue'),
    (9, 'first-bill', 'letter', 25000, 'continue'),
    (10, 'price-rise', 'message', 8000, 'continue'),
    (11, 'bill-wait', 'wait', 180000, 'time up'),
    (12, 'to-billing', 'handoff', 20000, 'all details given'),
    (13, 'complaint-form', 'form', 90000, 'accepted'),
    (14, 'complaint-reply', 'letter', 20000, 'continue'),
    (15, 'outage', 'message', 10000, 'continue'),
    (16, 'outage-wait', 'wait', 305000, 'time up'),
    (17, 'to-network', 'handoff', 15000, 'all details given'),
    (18, 'compensation', 'letter', 15000, 'continue'),
    (19, 'renewal', 'message', 10000, 'continue'),
    (20, 'looking-back', 'rate', 0, 'rated');
-- when each step begins: the steps before it, and 6 s for each rating
CREATE TEMP TABLE steps AS
SELECT p.k, p.step, p.type, p.dur, p.leave, r.touchpoint, r.valence_points,
       coalesce(sum(p.dur + 6000) OVER (ORDER BY p.k ROWS BETWEEN UNBOUNDED PRECEDING
                                        AND 1 PRECEDING), 0)::bigint AS at,
       -- the customers' mood at this moment, in points of 1..9
       CASE WHEN p.type IN ('wait', 'handoff', 'form') THEN 3.2
            WHEN p.k IN (1, 8, 19) THEN 5.6 ELSE 4.4 END AS mood
FROM plan p
JOIN (SELECT step, touchpoint, valence_points FROM teaser.ratings WHERE session = 1) r USING (step);
DO $$ BEGIN
    IF (SELECT count(*) FROM steps) <> 20 THEN
        RAISE EXCEPTION 'session 1 is not a real play of tests/bench/wide.yaml with 20 ratings';
    END IF;
END $$;

-- Each generated session's draws: who, where, when, and how the play went;
-- workshops are spread over 330 days from January, at 9:00 or 13:30.
CREATE TEMP TABLE who AS
SELECT *, timestamptz '2026-01-05 09:00:00+00'
          + make_interval(days => w * 330 / 2000, mins => (w % 2) * 270, secs => late / 1000.0)
          AS started
FROM (SELECT g, g + 1 AS id, 1 + floor(random() * 2000)::int AS w,
             (ARRAY['Customer service', 'Customer service', 'Billing', 'Sales', 'Network',
                    'Field service'])[1 + floor(random() * 6)::int] AS department,
             (random() * 300000)::int AS late,         -- ms after the workshop began
             (random() - 0.5) * 2.0 AS bias,           -- the person: gloomier or brighter
             CASE WHEN random() < 0.25 THEN 20000 + (random() * 80000)::int ELSE 0 END AS hangup,
             CASE WHEN random() < 0.2 THEN 3 ELSE 2 END AS order_tries,
             CASE WHEN random() < 0.5 THEN 1 WHEN random() < 0.8 THEN 2 ELSE 3 END
                 AS complaint_tries,
             CASE WHEN random() < 0.65 THEN 2 ELSE 1 END AS option,
             5000 + (random() * 30000)::int AS answer_ms,
             random() < 0.15 AS typo
      FROM generate_series(1, :sessions) g) draws;

INSERT INTO teaser.sessions (id, uid, site, scenario, scenario_hash, workshop, participant,
                             department, language, engine_version, started, finished)
SELECT w.id, md5('bench ' || w.g)::uuid, 'site-' || lpad((1 + (w.w - 1) % 50)::text, 2, '0'),
       t.scenario, t.scenario_hash, 'ws-' || lpad(w.w::text, 4, '0'),
       'e' || lpad(w.g::text, 6, '0'), w.department, t.language, t.engine_version,
       w.started, w.started + make_interval(secs => (p.total + w.hangup) / 1000.0)
FROM who w
CROSS JOIN (SELECT * FROM teaser.sessions WHERE id = 1) t
CROSS JOIN (SELECT sum(dur + 6000) AS total FROM steps) p
ORDER BY w.id;
-- 300 people played twice: their second session, in another workshop
UPDATE teaser.sessions s SET participant = o.participant, department = o.department
FROM teaser.sessions o
WHERE s.id > :sessions + 1 - 300 AND o.id = s.id - :sessions / 2 AND o.workshop <> s.workshop;

-- Every step as each session lived it: when it began and how long it took
-- (a hang-up makes the first hold longer and everything after it later).
CREATE TEMP TABLE lived AS
SELECT w.*, p.k, p.step, p.type, p.leave, p.touchpoint, p.valence_points, p.mood,
       p.at + CASE WHEN p.k > 6 THEN w.hangup ELSE 0 END AS t,
       CASE WHEN p.k = 6 THEN p.dur + w.hangup WHEN p.k = 3 THEN w.answer_ms ELSE p.dur END AS d,
       1500 + (random() * 8000)::int AS rt                -- ms to give the rating
FROM who w CROSS JOIN steps p;

INSERT INTO teaser.ratings (session, step, touchpoint, valence, valence_points, onset_ms,
                            response_ms, input_device, changes, given)
SELECT l.id, l.step, l.touchpoint,
       -- the moment's mood, the site's (a point apart across sites), the
       -- person's, and noise (Box-Muller), rounded onto the scale
       greatest(1, least(l.valence_points, round(l.mood + 1.0
           + ((l.w - 1) % 50 - 25) / 25.0 * 0.5 + l.bias
           + 1.4 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))))::int,
       l.valence_points, l.t + l.d, l.t + l.d + l.rt,
       (ARRAY['keyboard', 'keyboard', 'keyboard', 'mouse', 'mouse', 'touch'])[1 + (l.g % 6)],
       CASE WHEN random() < 0.2 THEN 1 + floor(random() * 3)::int ELSE 0 END,
       l.started + make_interval(secs => (l.t + l.d + l.rt) / 1000.0)
FROM lived l
ORDER BY l.id, l.k;

-- The events, in the order a play writes them: sub orders them within a step.
INSERT INTO teaser.events (session, step, t_ms, kind, detail, ms, number, correct)
SELECT id, step, t_ms, kind, detail, ms, number, correct FROM (
    SELECT id, k, 0 AS sub, step, t AS t_ms, 'enter' AS kind, type AS detail,
           NULL::bigint AS ms, NULL::int AS number, NULL::int AS correct
    FROM lived
    UNION ALL
    SELECT id, k, 99, step, t + d, 'leave',
           CASE WHEN k = 3 THEN 'answered ' || option ELSE leave END, NULL, NULL, NULL
    FROM lived
    -- the forms: refused until the last attempt, then accepted
    UNION ALL
    SELECT id, k, a, step, t + a * 25000, 'form-rejected',
           CASE WHEN k = 2
                THEN 'attempt ' || a || ': postcode=9712 CP; email=jaap@example.org | postcode: '
                     || 'We cannot find this address.'
                ELSE 'attempt ' || a || ': customer=77301254; what=Too expensive | customer: '
                     || 'A customer number has 8 digits.' END,
           NULL, a, NULL
    FROM lived CROSS JOIN LATERAL generate_series(1, CASE k WHEN 2 THEN order_tries
                                                            WHEN 13 THEN complaint_tries
                                                            ELSE 1 END - 1) a
    WHERE k IN (2, 13)
    UNION ALL
    SELECT id, k, 50, step, t + d, 'accepted',
           'attempt ' || CASE WHEN k = 2 THEN order_tries ELSE complaint_tries END || ': ...',
           NULL, CASE WHEN k = 2 THEN order_tries ELSE complaint_tries END, NULL
    FROM lived WHERE k IN (2, 13)
    -- the letter's question
    UNION ALL
    SELECT id, k, 1, step, t + d, 'answer',
           'option ' || option || CASE WHEN option = 2 THEN ' (right)' ELSE ' (wrong)' END
           || ' after ' || answer_ms || ' ms', answer_ms, option, (option = 2)::int
    FROM lived WHERE k = 3
    -- the holds: hang-ups, queue positions, the cut line, the time waited
    UNION ALL
    SELECT id, k, 1, step, t + hangup, 'hangup', 'after ' || hangup || ' ms', hangup, NULL, NULL
    FROM lived WHERE k = 6 AND hangup > 0
    UNION ALL
    SELECT id, k, 2, step, t + hangup + 60000, 'queue', 'position 7', NULL, 7, NULL
    FROM lived WHERE k = 6
    UNION ALL
    SELECT id, k, q.n, step, t + q.at, 'queue', 'position ' || q.pos, NULL, q.pos, NULL
    FROM lived CROSS JOIN (VALUES (1, 60000, 6), (2, 120000, 11)) q(n, at, pos) WHERE k = 11
    UNION ALL
    SELECT id, k, 1, step, t + 60000, 'disconnected', 'after 60000 ms', 60000, NULL, NULL
    FROM lived WHERE k = 16
    UNION ALL
    SELECT id, k, 90, step, t + d, 'waited',
           d || ' ms in ' || calls || CASE WHEN calls = 1 THEN ' call' ELSE ' calls' END, d,
           calls, NULL
    FROM (SELECT *, CASE WHEN k = 16 OR hangup > 0 AND k = 6 THEN 2 ELSE 1 END AS calls
          FROM lived WHERE type = 'wait') x
    -- the hand-offs: each detail typed again, a customer number now and then mistyped
    UNION ALL
    SELECT id, k, 1, step, t + 8000, 'rejected', 'Customer number: 7730 1245', NULL, NULL, NULL
    FROM lived WHERE k = 7 AND typo
    UNION ALL
    SELECT id, k, 2, step, t + 12000, 'repeated', 'Customer number: 7730 1254', NULL, NULL, NULL
    FROM lived WHERE k IN (7, 12)
    UNION ALL
    SELECT id, k, 3, step, t + 15000, 'repeated', 'Postcode: 9712 CP', NULL, NULL, NULL
    FROM lived WHERE k IN (7, 17)
) e
ORDER BY id, k, sub;

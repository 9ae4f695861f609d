-- HQ schema 4: the overview of every centre on one screen, read by the
-- dashboards (novbe_hq_reader) and timed by scripts/hq-bench.sh. Every
-- figure is an index lookup in the derived tables: no scan of a day's rows.
-- "Today" is the centre's own day of its newest shipped event; staleness is
-- now() - shipped_at (HQ's clock) and now() - last_event_at.

CREATE VIEW hq.overview AS
SELECT c.centre_id, c.name, c.mobile,
       coalesce((SELECT sum(q.waiting) FROM hq.queues q WHERE q.centre_id = c.centre_id), 0)
           AS waiting,
       (SELECT hq.secs(t.issued_at, c.last_event_at) FROM hq.tickets t
         WHERE t.centre_id = c.centre_id AND t.state = 'waiting'
         ORDER BY t.issued_at LIMIT 1) AS longest_wait_sec,
       (SELECT t.target_wait_sec FROM hq.tickets t
         WHERE t.centre_id = c.centre_id AND t.state = 'waiting'
         ORDER BY t.issued_at LIMIT 1) AS longest_wait_target_sec,
       coalesce(k.served, 0) AS served_today,
       CASE WHEN coalesce(k.called, 0) = 0 THEN 100
            ELSE round(100.0 * k.called_in_target / k.called) END AS sla_pct,
       coalesce(k.feedback_count, 0) AS feedback_today,
       CASE WHEN coalesce(k.feedback_count, 0) = 0 THEN NULL
            ELSE round(k.rating_sum::numeric / k.feedback_count, 2) END AS avg_rating,
       (SELECT count(*) FROM hq.alerts a WHERE a.centre_id = c.centre_id AND a.cleared_at IS NULL)
           AS active_alerts,
       c.last_seq, c.last_event_at, c.shipped_at, c.hello_at
FROM hq.centres c
LEFT JOIN LATERAL (
    SELECT sum(served) AS served, sum(called) AS called,
           sum(called_in_target) AS called_in_target, sum(feedback_count) AS feedback_count,
           sum(rating_sum) AS rating_sum
      FROM hq.kpi_day k
     WHERE k.centre_id = c.centre_id
       AND k.day = (c.last_event_at AT TIME ZONE c.timezone)::date) AS k ON true;

GRANT SELECT ON hq.overview TO novbe_hq_reader;

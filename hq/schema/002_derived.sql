-- HQ schema 2: the derived tables, kept by a trigger in the transaction that
-- inserts the events, so reports and the overview never scan hq.events.

-- The newest snapshot of every ticket.
CREATE TABLE hq.tickets (
    centre_id       text NOT NULL,
    ticket_id       text NOT NULL,
    day             date NOT NULL,
    number          text NOT NULL DEFAULT '',
    origin_service  text NOT NULL,  -- the service it was issued for
    service         text NOT NULL,  -- the service it is in now
    category        text NOT NULL DEFAULT '',
    state           text NOT NULL,
    counter         text NOT NULL DEFAULT '',
    operator_id     text NOT NULL DEFAULT '', -- who ended it (done, no-show)
    issued_at       timestamptz NOT NULL,
    first_called_at timestamptz,
    started_at      timestamptz,
    ended_at        timestamptz,
    target_wait_sec integer,        -- the origin service's target; NULL: none
    last_seq        bigint NOT NULL,
    PRIMARY KEY (centre_id, ticket_id)
);
CREATE INDEX tickets_waiting ON hq.tickets (centre_id, issued_at) WHERE state = 'waiting';
CREATE INDEX tickets_day ON hq.tickets (day, centre_id);

-- Figures per centre, day, service, counter and operator. A ticket adds its
-- issue and wait to (origin service, '', ''), its end to (service, counter,
-- operator); feedback to (its service, counter, operator). Sums, so any
-- grouping (national, per centre, per operator) is a GROUP BY of few rows.
CREATE TABLE hq.kpi_day (
    centre_id        text NOT NULL,
    day              date NOT NULL,
    service          text NOT NULL,
    counter          text NOT NULL,
    operator_id      text NOT NULL,
    issued           integer NOT NULL DEFAULT 0,
    called           integer NOT NULL DEFAULT 0, -- first calls (the wait's base)
    called_in_target integer NOT NULL DEFAULT 0,
    wait_sum_sec     bigint NOT NULL DEFAULT 0,
    max_wait_sec     integer NOT NULL DEFAULT 0,
    served           integer NOT NULL DEFAULT 0,
    service_sum_sec  bigint NOT NULL DEFAULT 0,
    no_show          integer NOT NULL DEFAULT 0,
    cancelled        integer NOT NULL DEFAULT 0,
    feedback_count   integer NOT NULL DEFAULT 0,
    rating_sum       integer NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, day, service, counter, operator_id)
);
CREATE INDEX kpi_day_day ON hq.kpi_day (day);

-- Live state for the overview: counters, queues, alerts.
CREATE TABLE hq.counters (
    centre_id     text NOT NULL,
    counter       text NOT NULL,
    state         text NOT NULL,
    operator_id   text NOT NULL DEFAULT '',
    operator_name text NOT NULL DEFAULT '',
    changed_at    timestamptz NOT NULL,
    PRIMARY KEY (centre_id, counter)
);
CREATE TABLE hq.queues (
    centre_id text NOT NULL,
    service   text NOT NULL,
    waiting   integer NOT NULL,
    eta_sec   integer NOT NULL,
    at        timestamptz NOT NULL,
    PRIMARY KEY (centre_id, service)
);
CREATE TABLE hq.alerts (
    centre_id  text NOT NULL,
    alert_id   bigint NOT NULL,
    code       text NOT NULL,
    severity   text NOT NULL,
    subject    text NOT NULL DEFAULT '',
    raised_at  timestamptz,
    cleared_at timestamptz,
    acked_at   timestamptz,
    PRIMARY KEY (centre_id, alert_id)
);
CREATE INDEX alerts_active ON hq.alerts (centre_id) WHERE cleared_at IS NULL;

-- Whole seconds from a to b, truncated like QDateTime::secsTo.
CREATE FUNCTION hq.secs(a timestamptz, b timestamptz) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT trunc(extract(epoch FROM (b - a)))::bigint $$;

-- Adds `sign` times a ticket's contribution to hq.kpi_day (common/core/kpi.cpp).
CREATE FUNCTION hq.kpi_ticket(t hq.tickets, sign integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    wait bigint := hq.secs(t.issued_at, t.first_called_at);
    called integer := CASE WHEN t.first_called_at IS NULL THEN 0 ELSE 1 END;
    within integer := CASE WHEN t.first_called_at IS NOT NULL
                            AND (t.target_wait_sec IS NULL OR wait <= t.target_wait_sec)
                           THEN 1 ELSE 0 END;
BEGIN
    INSERT INTO hq.kpi_day AS k (centre_id, day, service, counter, operator_id, issued, called,
                                 called_in_target, wait_sum_sec, max_wait_sec)
    VALUES (t.centre_id, t.day, t.origin_service, '', '', sign, sign * called, sign * within,
            sign * coalesce(wait, 0), CASE WHEN sign > 0 THEN coalesce(wait, 0) ELSE 0 END)
    ON CONFLICT (centre_id, day, service, counter, operator_id) DO UPDATE SET
        issued = k.issued + excluded.issued, called = k.called + excluded.called,
        called_in_target = k.called_in_target + excluded.called_in_target,
        wait_sum_sec = k.wait_sum_sec + excluded.wait_sum_sec,
        max_wait_sec = greatest(k.max_wait_sec, excluded.max_wait_sec);
    IF t.state NOT IN ('done', 'noShow', 'cancelled') THEN
        RETURN;
    END IF;
    INSERT INTO hq.kpi_day AS k (centre_id, day, service, counter, operator_id, served,
                                 service_sum_sec, no_show, cancelled)
    VALUES (t.centre_id, t.day, t.service, t.counter, t.operator_id,
            CASE WHEN t.state = 'done' THEN sign ELSE 0 END,
            CASE WHEN t.state = 'done' THEN sign * hq.secs(t.started_at, t.ended_at) ELSE 0 END,
            CASE WHEN t.state = 'noShow' THEN sign ELSE 0 END,
            CASE WHEN t.state = 'cancelled' THEN sign ELSE 0 END)
    ON CONFLICT (centre_id, day, service, counter, operator_id) DO UPDATE SET
        served = k.served + excluded.served,
        service_sum_sec = k.service_sum_sec + excluded.service_sum_sec,
        no_show = k.no_show + excluded.no_show, cancelled = k.cancelled + excluded.cancelled;
END $$;

-- A ticket snapshot event: the ticket's row, and the KPI difference between
-- its old and new contribution (nothing when the figures did not move).
CREATE FUNCTION hq.apply_ticket(e hq.events) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    old hq.tickets;
    t hq.tickets;
BEGIN
    SELECT * INTO old FROM hq.tickets WHERE centre_id = e.centre_id AND ticket_id = e.ticket_id;
    t := ROW(e.centre_id, e.ticket_id, e.day, coalesce(e.number, ''),
             coalesce(e.origin_service, e.service), e.service, coalesce(e.category, ''), e.state,
             coalesce(e.counter, ''), '', e.issued_at, e.first_called_at, e.started_at, e.ended_at,
             e.target_wait_sec, e.seq)::hq.tickets;
    IF old.ticket_id IS NOT NULL THEN
        t.day := old.day;
        t.operator_id := old.operator_id;
    END IF;
    IF t.state IN ('done', 'noShow') AND (old.ticket_id IS NULL OR old.state <> t.state) THEN
        SELECT c.operator_id INTO t.operator_id FROM hq.counters c
         WHERE c.centre_id = t.centre_id AND c.counter = t.counter;
        t.operator_id := coalesce(t.operator_id, '');
    END IF;
    IF old.ticket_id IS NULL THEN
        PERFORM hq.kpi_ticket(t, 1);
        INSERT INTO hq.tickets VALUES (t.*);
        RETURN;
    END IF;
    IF (old.origin_service, old.service, old.state, old.counter, old.operator_id,
        old.first_called_at, old.started_at, old.ended_at, old.target_wait_sec)
       IS DISTINCT FROM (t.origin_service, t.service, t.state, t.counter, t.operator_id,
        t.first_called_at, t.started_at, t.ended_at, t.target_wait_sec) THEN
        PERFORM hq.kpi_ticket(old, -1);
        PERFORM hq.kpi_ticket(t, 1);
    END IF;
    UPDATE hq.tickets SET number = t.number, origin_service = t.origin_service,
        service = t.service, category = t.category, state = t.state, counter = t.counter,
        operator_id = t.operator_id, first_called_at = t.first_called_at,
        started_at = t.started_at, ended_at = t.ended_at, target_wait_sec = t.target_wait_sec,
        last_seq = t.last_seq
     WHERE centre_id = t.centre_id AND ticket_id = t.ticket_id;
END $$;

CREATE FUNCTION hq.apply_other(e hq.events) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF e.type = 'counter.changed' THEN
        INSERT INTO hq.counters AS c VALUES (e.centre_id, e.counter, e.state,
            coalesce(e.operator_id, ''), coalesce(e.detail->>'operatorName', ''), e.at)
        ON CONFLICT (centre_id, counter) DO UPDATE SET state = excluded.state,
            operator_id = excluded.operator_id, operator_name = excluded.operator_name,
            changed_at = excluded.changed_at;
    ELSIF e.type = 'feedback.submitted' THEN
        INSERT INTO hq.kpi_day AS k (centre_id, day, service, counter, operator_id,
                                     feedback_count, rating_sum)
        VALUES (e.centre_id, e.day, coalesce(e.service, ''), coalesce(e.counter, ''),
                coalesce(e.operator_id, ''), 1, e.rating)
        ON CONFLICT (centre_id, day, service, counter, operator_id) DO UPDATE SET
            feedback_count = k.feedback_count + 1, rating_sum = k.rating_sum + excluded.rating_sum;
    ELSIF e.type = 'queue.changed' THEN
        INSERT INTO hq.queues AS q VALUES (e.centre_id, e.service,
            (e.detail->>'waiting')::integer, (e.detail->>'etaSec')::integer, e.at)
        ON CONFLICT (centre_id, service) DO UPDATE SET waiting = excluded.waiting,
            eta_sec = excluded.eta_sec, at = excluded.at;
    ELSIF e.type LIKE 'alert.%' THEN
        INSERT INTO hq.alerts AS a VALUES (e.centre_id, (e.detail->>'id')::bigint,
            e.detail->>'code', e.detail->>'severity', coalesce(e.detail->>'subject', ''),
            (e.detail->>'raisedAt')::timestamptz, (e.detail->>'clearedAt')::timestamptz,
            (e.detail->>'ackedAt')::timestamptz)
        ON CONFLICT (centre_id, alert_id) DO UPDATE SET cleared_at = excluded.cleared_at,
            acked_at = excluded.acked_at;
    END IF;
END $$;

-- Every inserted event: checks it follows the centre's shipped position
-- (in order, no hole) and keeps the derived tables. The position within a
-- statement is a transaction-local setting; the centre's row is updated once
-- per statement (hq.on_events), not once per event.
CREATE FUNCTION hq.on_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hq AS $$
DECLARE
    k text := 'novbe.pos_' || md5(NEW.centre_id);
    prev bigint := nullif(current_setting(k, true), '')::bigint;
BEGIN
    IF prev IS NULL THEN
        SELECT last_seq INTO prev FROM hq.centres WHERE centre_id = NEW.centre_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'unknown centre %', NEW.centre_id;
        END IF;
    END IF;
    IF prev > 0 AND NEW.seq <> prev + 1 THEN
        RAISE EXCEPTION 'centre %: event % does not follow the shipped position %',
            NEW.centre_id, NEW.seq, prev;
    END IF;
    PERFORM set_config(k, NEW.seq::text, true);
    IF NEW.issued_at IS NOT NULL THEN
        PERFORM hq.apply_ticket(NEW);
    ELSE
        PERFORM hq.apply_other(NEW);
    END IF;
    RETURN NULL;
END $$;

-- The statement's rows move each centre's position, in the same transaction.
CREATE FUNCTION hq.on_events() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hq AS $$
BEGIN
    UPDATE hq.centres c SET last_seq = n.last_seq, last_event_at = n.last_at, shipped_at = now()
      FROM (SELECT centre_id, max(seq) AS last_seq, max(at) AS last_at FROM inserted
             GROUP BY centre_id) AS n
     WHERE c.centre_id = n.centre_id AND n.last_seq > c.last_seq;
    RETURN NULL;
END $$;

CREATE TRIGGER events_derive AFTER INSERT ON hq.events
    FOR EACH ROW EXECUTE FUNCTION hq.on_event();
CREATE TRIGGER events_position AFTER INSERT ON hq.events
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION hq.on_events();

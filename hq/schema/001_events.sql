-- HQ schema 1: the centres and their shipped journal events (docs/hq.md).
-- Never edit a released step; add a new file.

CREATE TABLE hq.centres (
    centre_id     text PRIMARY KEY,
    role_name     text NOT NULL UNIQUE,   -- the login role its uplink uses
    name          text NOT NULL DEFAULT '',
    timezone      text NOT NULL DEFAULT 'Asia/Baku',
    mobile        boolean NOT NULL DEFAULT false,
    last_seq      bigint NOT NULL DEFAULT 0, -- the shipped position
    last_event_at timestamptz,               -- engine time of the newest shipped event
    shipped_at    timestamptz,               -- HQ time of the newest ship
    hello_at      timestamptz                -- the uplink's newest connect
);

-- One row per journal event. Partitioned by month of the service day; the
-- key holds the partition column, and since an event's day never changes a
-- second copy of (centre_id, seq) meets the first in the same partition.
CREATE TABLE hq.events (
    centre_id       text NOT NULL,
    seq             bigint NOT NULL,
    day             date NOT NULL,
    at              timestamptz NOT NULL,
    type            text NOT NULL,
    ticket_id       text,
    number          text,
    service         text,
    origin_service  text,
    category        text,
    state           text,
    counter         text,
    operator_id     text,
    issued_at       timestamptz,
    first_called_at timestamptz,
    started_at      timestamptz,
    ended_at        timestamptz,
    target_wait_sec integer,
    rating          integer,
    detail          jsonb NOT NULL DEFAULT '{}',
    shipped_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (centre_id, seq, day)
) PARTITION BY RANGE (day);

-- Creates the month partition holding `d` when it is missing.
CREATE FUNCTION hq.ensure_month(d date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hq AS $$
DECLARE
    first date := date_trunc('month', d)::date;
    part  text := format('events_%s', to_char(first, 'YYYYMM'));
BEGIN
    IF to_regclass('hq.' || part) IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('hq.ensure_month'));
    EXECUTE format('CREATE TABLE IF NOT EXISTS hq.%I PARTITION OF hq.events '
                   'FOR VALUES FROM (%L) TO (%L)', part, first, (first + interval '1 month')::date);
END $$;

-- The partitions of every month in `days`, and of the month after the newest
-- (created ahead, so the first event of a month waits for nothing).
CREATE FUNCTION hq.ensure_months(days date[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hq AS $$
DECLARE
    m date;
BEGIN
    IF coalesce(cardinality(days), 0) = 0 THEN
        RETURN;
    END IF;
    FOR m IN SELECT DISTINCT date_trunc('month', d)::date FROM unnest(days) AS d LOOP
        PERFORM hq.ensure_month(m);
    END LOOP;
    PERFORM hq.ensure_month((date_trunc('month', (SELECT max(d) FROM unnest(days) AS d))
                            + interval '1 month')::date);
END $$;

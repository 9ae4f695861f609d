-- HQ schema 3: who may do what. Every centre's uplink logs in as a role of
-- its own, member of novbe_hq_centre, and may insert only its own centre's
-- events (row-level security); the derived tables are written by the
-- trigger alone. Dashboards log in as members of novbe_hq_reader: read-only.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'novbe_hq_centre') THEN
        CREATE ROLE novbe_hq_centre NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'novbe_hq_reader') THEN
        CREATE ROLE novbe_hq_reader NOLOGIN;
    END IF;
END $$;

-- The centre whose uplink logs in as `role` (NULL: none).
CREATE FUNCTION hq.centre_of(role name) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hq AS $$
    SELECT centre_id FROM hq.centres WHERE role_name = role
$$;

-- An uplink's greeting: the centre's facts from its configuration; answers
-- the shipped position it resumes from. Only the centre's own role.
CREATE FUNCTION hq.hello(p_centre text, p_name text, p_timezone text, p_mobile boolean)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hq AS $$
DECLARE
    pos bigint;
BEGIN
    UPDATE hq.centres SET name = p_name, timezone = p_timezone, mobile = p_mobile, hello_at = now()
     WHERE centre_id = p_centre AND pg_has_role(session_user, role_name, 'MEMBER')
    RETURNING last_seq INTO pos;
    IF pos IS NULL THEN
        RAISE EXCEPTION 'role % may not ship for centre %', session_user, p_centre
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN pos;
END $$;

-- Registers a centre and its uplink's login role (novbe-hq-migrate --add-centre).
CREATE FUNCTION hq.add_centre(p_centre text, p_role text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_role) THEN
        EXECUTE format('CREATE ROLE %I LOGIN IN ROLE novbe_hq_centre', p_role);
    END IF;
    INSERT INTO hq.centres (centre_id, role_name) VALUES (p_centre, p_role)
    ON CONFLICT (centre_id) DO NOTHING;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA hq FROM PUBLIC;
REVOKE ALL ON SCHEMA hq FROM PUBLIC;
GRANT USAGE ON SCHEMA hq TO novbe_hq_centre, novbe_hq_reader;
GRANT EXECUTE ON FUNCTION hq.centre_of(name), hq.hello(text, text, text, boolean),
    hq.ensure_months(date[]) TO novbe_hq_centre;
GRANT EXECUTE ON FUNCTION hq.secs(timestamptz, timestamptz) TO novbe_hq_reader;

ALTER TABLE hq.events ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON hq.events TO novbe_hq_centre;
CREATE POLICY centre_insert ON hq.events FOR INSERT TO novbe_hq_centre
    WITH CHECK (centre_id = hq.centre_of(current_user));
CREATE POLICY centre_select ON hq.events FOR SELECT TO novbe_hq_centre
    USING (centre_id = hq.centre_of(current_user));
CREATE POLICY reader_select ON hq.events FOR SELECT TO novbe_hq_reader USING (true);

ALTER TABLE hq.centres ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON hq.centres TO novbe_hq_centre, novbe_hq_reader;
CREATE POLICY centre_own ON hq.centres FOR SELECT TO novbe_hq_centre
    USING (role_name = current_user);
CREATE POLICY reader_all ON hq.centres FOR SELECT TO novbe_hq_reader USING (true);

GRANT SELECT ON hq.events, hq.tickets, hq.kpi_day, hq.counters, hq.queues, hq.alerts TO novbe_hq_reader;

-- Business hours for SLA policies: working hours per weekday and holidays, in the call center's
-- zone (Asia/Shanghai). A policy with business_hours counts its minutes only inside them.

CREATE TABLE sla_work_hours (
    weekday     smallint PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),   -- ISO: 1 Monday … 7 Sunday
    start_time  time NOT NULL,
    end_time    time NOT NULL CHECK (end_time > start_time)
);
-- Default: every day 08:00–20:00 (service points work weekends); a weekday without a row is off.
INSERT INTO sla_work_hours (weekday, start_time, end_time)
SELECT d, '08:00', '20:00' FROM generate_series(1, 7) AS d;

CREATE TABLE sla_holiday (
    day   date PRIMARY KEY,
    name  text NOT NULL DEFAULT '' CHECK (char_length(name) <= 100)
);

ALTER TABLE sla_policy ADD COLUMN business_hours boolean NOT NULL DEFAULT false;
-- Whether the order's deadlines were computed in business hours (pauses move them alike).
ALTER TABLE ticket ADD COLUMN sla_business_hours boolean NOT NULL DEFAULT false;

-- `minutes` of working time after `start`. Without any working hours: calendar minutes.
CREATE FUNCTION sla_business_add(start timestamptz, minutes numeric) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
    zone constant text := 'Asia/Shanghai';
    remaining numeric := minutes;
    cursor_at timestamptz := start;
    d date := (start AT TIME ZONE zone)::date;
    hours record;
    window_start timestamptz;
    window_end timestamptz;
    available numeric;
BEGIN
    IF remaining <= 0 OR NOT EXISTS (SELECT 1 FROM sla_work_hours) THEN
        RETURN start + make_interval(secs => greatest(remaining, 0) * 60);
    END IF;
    FOR i IN 0 .. 3660 LOOP
        SELECT start_time, end_time INTO hours FROM sla_work_hours WHERE weekday = extract(isodow FROM d);
        IF FOUND AND NOT EXISTS (SELECT 1 FROM sla_holiday h WHERE h.day = d) THEN
            window_start := greatest((d + hours.start_time) AT TIME ZONE zone, cursor_at);
            window_end := (d + hours.end_time) AT TIME ZONE zone;
            IF window_end > window_start THEN
                available := extract(epoch FROM window_end - window_start) / 60;
                IF available >= remaining THEN
                    RETURN window_start + make_interval(secs => remaining * 60);
                END IF;
                remaining := remaining - available;
            END IF;
        END IF;
        d := d + 1;
    END LOOP;
    RETURN cursor_at + make_interval(secs => remaining * 60);
END $$;

-- Working minutes between `a` and `b` (0 when b <= a). Without any working hours: calendar minutes.
CREATE FUNCTION sla_business_minutes(a timestamptz, b timestamptz) RETURNS numeric
LANGUAGE plpgsql STABLE AS $$
DECLARE
    zone constant text := 'Asia/Shanghai';
    total numeric := 0;
    d date := (a AT TIME ZONE zone)::date;
    last_day date := (b AT TIME ZONE zone)::date;
    hours record;
    window_start timestamptz;
    window_end timestamptz;
BEGIN
    IF b <= a THEN
        RETURN 0;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM sla_work_hours) THEN
        RETURN extract(epoch FROM b - a) / 60;
    END IF;
    WHILE d <= last_day LOOP
        SELECT start_time, end_time INTO hours FROM sla_work_hours WHERE weekday = extract(isodow FROM d);
        IF FOUND AND NOT EXISTS (SELECT 1 FROM sla_holiday h WHERE h.day = d) THEN
            window_start := greatest((d + hours.start_time) AT TIME ZONE zone, a);
            window_end := least((d + hours.end_time) AT TIME ZONE zone, b);
            IF window_end > window_start THEN
                total := total + extract(epoch FROM window_end - window_start) / 60;
            END IF;
        END IF;
        d := d + 1;
    END LOOP;
    RETURN total;
END $$;

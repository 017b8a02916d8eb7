-- Whether an order has ever had an SLA pause or a supervision (督办). Showing an order reads its
-- pauses and supervisions; most orders have neither, and the two flags let the server skip those
-- reads (two of the statements of every ticket.get and ticket.transition). Set by triggers when
-- the first row arrives, so that no writer can forget them; neither table loses rows.

ALTER TABLE ticket
    ADD COLUMN has_sla_pauses   boolean NOT NULL DEFAULT false,
    ADD COLUMN has_supervisions boolean NOT NULL DEFAULT false;

UPDATE ticket t SET has_sla_pauses = true WHERE EXISTS (SELECT 1 FROM ticket_sla_pause p WHERE p.ticket_id = t.id);
UPDATE ticket t SET has_supervisions = true
    WHERE EXISTS (SELECT 1 FROM ticket_supervision s WHERE s.ticket_id = t.id);

CREATE FUNCTION ticket_flag_sla_pause() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ticket SET has_sla_pauses = true WHERE id = NEW.ticket_id AND NOT has_sla_pauses;
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_sla_pause_flag AFTER INSERT ON ticket_sla_pause
    FOR EACH ROW EXECUTE FUNCTION ticket_flag_sla_pause();

CREATE FUNCTION ticket_flag_supervision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ticket SET has_supervisions = true WHERE id = NEW.ticket_id AND NOT has_supervisions;
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_supervision_flag AFTER INSERT ON ticket_supervision
    FOR EACH ROW EXECUTE FUNCTION ticket_flag_supervision();

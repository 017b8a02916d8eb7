-- The follow-up survey queue (回访): a transition's `survey` effect puts the order in the queue;
-- it stays there while the order is resolved (a visit that closes it, or a reopen, takes it
-- out). The partial index holds only the orders waiting, so the queue is cheap to page however
-- many orders the database has.

ALTER TABLE ticket ADD COLUMN survey_queued_at timestamptz;

CREATE INDEX ticket_follow_up_idx ON ticket (id DESC)
    WHERE survey_queued_at IS NOT NULL AND state_category = 'resolved';

-- Sparring partners: each leader's own choice, the rounds (preview, sent, cancelled) and the
-- answers to a round's follow-up. Each record is kept whole as a document, like announcements:
-- they are read whole and are few (a round holds its groups; answers come at a human pace), and
-- the same pure functions as the file store's decide every change (pairing-changes.ts).
CREATE TABLE pairing_preferences (
  seq bigserial,
  participant_id text PRIMARY KEY,
  document jsonb NOT NULL
);

CREATE TABLE pairing_rounds (
  seq bigserial,
  id text PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('preview', 'sent', 'cancelled')),
  document jsonb NOT NULL
);

CREATE TABLE meeting_answers (
  seq bigserial,
  round_id text NOT NULL,
  participant_id text NOT NULL,
  document jsonb NOT NULL,
  PRIMARY KEY (round_id, participant_id)
);

-- The PostgreSQL store, first version: one table per collection of the embedded store's document.
-- Times are timestamptz (compared and indexed as instants); nested shapes that are only ever read
-- whole (a conversation reference, a card payload, an announcement) are jsonb. `seq` keeps the
-- order in which rows were added or last replaced, the order the embedded store lists them in.

-- The programme without its participants: one row, with a version that every change to the
-- programme or to a participant raises (replicas cache the programme and re-read it on a new version).
CREATE TABLE programme (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  document jsonb NOT NULL,
  version bigint NOT NULL DEFAULT 1
);

CREATE TABLE participants (
  id text PRIMARY KEY,
  position integer NOT NULL,
  email_key text NOT NULL,
  aad_object_id_key text,
  document jsonb NOT NULL
);
CREATE INDEX participants_email_key ON participants (email_key);
CREATE INDEX participants_aad_object_id_key ON participants (aad_object_id_key);

CREATE TABLE conversations (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  scope text NOT NULL CHECK (scope IN ('personal', 'channel', 'groupChat')),
  participant_id text,
  user_id text,
  aad_object_id text,
  team_id text,
  name text,
  tenant_id text,
  reference jsonb NOT NULL,
  active boolean NOT NULL,
  inactive_reason text,
  welcomed_at timestamptz,
  updated_at timestamptz NOT NULL
);
CREATE INDEX conversations_participant ON conversations (participant_id) WHERE scope = 'personal';

CREATE TABLE outbox (
  key text PRIMARY KEY,
  seq bigserial NOT NULL,
  kind text NOT NULL,
  participant_id text,
  conversation_id text,
  session_id text,
  "offset" text,
  due_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'skipped', 'failed', 'blocked', 'waiting')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  claimed_by text,
  claimed_until timestamptz,
  activity_id text,
  sent_to text,
  sent_at timestamptz,
  reason text,
  payload jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- What a worker can claim, each state by its own clock (see claimDueDeliveries).
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_sending ON outbox (claimed_until) WHERE status = 'sending';
CREATE INDEX outbox_waiting ON outbox (expires_at) WHERE status = 'waiting';
CREATE INDEX outbox_waiting_participant ON outbox (participant_id) WHERE status = 'waiting';
CREATE INDEX outbox_due_at ON outbox (due_at);
CREATE INDEX outbox_session ON outbox (session_id);
CREATE INDEX outbox_participant ON outbox (participant_id);

CREATE TABLE check_ins (
  prompt_key text PRIMARY KEY,
  seq bigserial NOT NULL,
  participant_id text NOT NULL,
  session_id text NOT NULL,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  text text NOT NULL,
  may_share boolean NOT NULL,
  text_erased_at timestamptz,
  submitted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX check_ins_participant ON check_ins (participant_id);
CREATE INDEX check_ins_updated_at ON check_ins (updated_at);

CREATE TABLE absences (
  session_id text NOT NULL,
  participant_id text NOT NULL,
  seq bigserial NOT NULL,
  reason text,
  registered_at timestamptz NOT NULL,
  PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX absences_participant ON absences (participant_id);

CREATE TABLE preferences (
  participant_id text PRIMARY KEY,
  seq bigserial NOT NULL,
  reminders_paused boolean NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE announcements (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  document jsonb NOT NULL
);

-- Leaders waiting for a seat on a full elective; `seq` is the queue order.
CREATE TABLE elective_waitlist (
  seq bigserial PRIMARY KEY,
  elective_id text NOT NULL,
  participant_id text NOT NULL,
  joined_at timestamptz NOT NULL,
  UNIQUE (elective_id, participant_id)
);

CREATE TABLE roster_members (
  team_id text NOT NULL,
  participant_id text NOT NULL,
  seq bigserial NOT NULL,
  user_id text NOT NULL,
  aad_object_id text,
  synced_at timestamptz NOT NULL,
  PRIMARY KEY (team_id, participant_id)
);
CREATE INDEX roster_members_participant ON roster_members (participant_id);
CREATE INDEX roster_members_user ON roster_members (user_id);

CREATE TABLE roster_syncs (
  team_id text PRIMARY KEY,
  seq bigserial NOT NULL,
  requested_at timestamptz,
  synced_at timestamptz,
  members integer,
  matched integer,
  last_error text,
  last_error_at timestamptz
);

CREATE TABLE app_installations (
  participant_id text PRIMARY KEY,
  seq bigserial NOT NULL,
  status text NOT NULL CHECK (status IN ('installed', 'already-installed', 'failed')),
  reason text,
  at timestamptz NOT NULL
);

CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);

-- Where the data came from when it was copied from an embedded store (migrate-store), so a
-- second run of the same copy recognises it.
CREATE TABLE store_copies (
  source_hash text PRIMARY KEY,
  source text NOT NULL,
  copied_at timestamptz NOT NULL,
  counts jsonb NOT NULL
);

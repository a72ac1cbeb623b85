-- Teams' rate limits shared by every replica. Each request a replica makes to Teams is booked
-- here first, at a moment (milliseconds on the database's clock, the one clock all replicas
-- share) chosen so that no window of the app-wide or per-thread limits is exceeded; a 429's
-- Retry-After holds back the thread, or the whole app, for every replica.
CREATE TABLE rate_bookings (
  id bigserial PRIMARY KEY,
  -- "<operation> <thread>", e.g. "send a:1…" (the conversation) or "create 29:…" (the user).
  thread text NOT NULL,
  at_ms bigint NOT NULL
);
CREATE INDEX rate_bookings_thread ON rate_bookings (thread, at_ms);
CREATE INDEX rate_bookings_at ON rate_bookings (at_ms);

CREATE TABLE rate_penalties (
  -- A thread (conversation, user or team), or 'global' for the whole app.
  target text PRIMARY KEY,
  until_ms bigint NOT NULL
);

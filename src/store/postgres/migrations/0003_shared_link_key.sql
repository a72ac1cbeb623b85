-- Secrets every replica must share and that belong with the data, such as the generated key that
-- signs calendar and "my data" links (when SECRET_LINK_KEY is not set): a link made by one replica
-- must open on any other.
CREATE TABLE store_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

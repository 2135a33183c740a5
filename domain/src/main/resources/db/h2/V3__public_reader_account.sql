-- The public app reads the embedded database with an account of its own that may only read:
-- SELECT on the whole schema, which covers the tables of later migrations too. The embedded
-- database is reachable from this process only, so the password is not a secret.
CREATE USER IF NOT EXISTS ictindex_reader PASSWORD 'ictindex-reader';
GRANT SELECT ON SCHEMA PUBLIC TO ictindex_reader;

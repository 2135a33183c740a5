-- The data of an assessment year and of its publications, the audit trail and the accounts.
-- Placeholders differ per database: ${table_options} (empty on H2), ${text_type} for long text
-- and ${blob_type} for the exact bytes of a published package.

ALTER TABLE cycle ADD COLUMN name_vi VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE cycle ADD COLUMN name_en VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE cycle ADD COLUMN missing_policy VARCHAR(16) NOT NULL DEFAULT 'exclude';
ALTER TABLE cycle ADD COLUMN updated_at TIMESTAMP(3) NULL;

CREATE TABLE unit_group (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  cycle_id BIGINT NOT NULL,
  position INT NOT NULL,
  code VARCHAR(64) NOT NULL,
  name_vi VARCHAR(500) NOT NULL,
  name_en VARCHAR(500) NOT NULL,
  CONSTRAINT fk_unit_group_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
  CONSTRAINT uq_unit_group_code UNIQUE (cycle_id, code)
) ${table_options};

CREATE TABLE rating_class (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  cycle_id BIGINT NOT NULL,
  position INT NOT NULL,
  code VARCHAR(64) NOT NULL,
  name_vi VARCHAR(500) NOT NULL,
  name_en VARCHAR(500) NOT NULL,
  min_percent VARCHAR(40) NOT NULL,
  CONSTRAINT fk_rating_class_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
  CONSTRAINT uq_rating_class_code UNIQUE (cycle_id, code)
) ${table_options};

-- The framework tree: inner nodes have children, leaves (indicators) have a rule.
CREATE TABLE framework_node (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  cycle_id BIGINT NOT NULL,
  parent_id BIGINT NULL,
  position INT NOT NULL,
  code VARCHAR(64) NOT NULL,
  name_vi VARCHAR(500) NOT NULL,
  name_en VARCHAR(500) NOT NULL,
  weight VARCHAR(40) NOT NULL,
  applies_to VARCHAR(1000) NOT NULL,
  measure VARCHAR(64) NULL,
  rule_type VARCHAR(16) NULL,
  rule_min VARCHAR(40) NULL,
  rule_max VARCHAR(40) NULL,
  rule_points VARCHAR(40) NULL,
  rule_bands VARCHAR(4000) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_framework_node_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
  CONSTRAINT fk_framework_node_parent FOREIGN KEY (parent_id) REFERENCES framework_node (id),
  CONSTRAINT uq_framework_node_code UNIQUE (cycle_id, code)
) ${table_options};

-- A unit as assessed in one year; its code is its identity across years.
CREATE TABLE unit (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  cycle_id BIGINT NOT NULL,
  position INT NOT NULL,
  code VARCHAR(64) NOT NULL,
  group_code VARCHAR(64) NOT NULL,
  name_vi VARCHAR(500) NOT NULL,
  name_en VARCHAR(500) NOT NULL,
  predecessors VARCHAR(1000) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_unit_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
  CONSTRAINT uq_unit_code UNIQUE (cycle_id, code)
) ${table_options};

-- Values keep their exact decimal text, so that a package round-trips byte for byte.
CREATE TABLE indicator_value (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  cycle_id BIGINT NOT NULL,
  position INT NOT NULL,
  unit_code VARCHAR(64) NOT NULL,
  indicator_code VARCHAR(64) NOT NULL,
  value VARCHAR(64) NULL,
  note VARCHAR(4000) NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  updated_at TIMESTAMP(3) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_indicator_value_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
  CONSTRAINT uq_indicator_value UNIQUE (cycle_id, unit_code, indicator_code)
) ${table_options};

-- A frozen revision of a published year. Rows are only ever inserted.
CREATE TABLE publication (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  cycle_id BIGINT NOT NULL,
  revision INT NOT NULL,
  package_bytes ${blob_type} NOT NULL,
  package_sha256 CHAR(64) NOT NULL,
  results_json ${text_type} NOT NULL,
  results_sha256 CHAR(64) NOT NULL,
  uncertainty_draws INT NOT NULL,
  uncertainty_seed BIGINT NOT NULL,
  previous_publication_id BIGINT NULL,
  published_by VARCHAR(100) NOT NULL,
  published_at TIMESTAMP(3) NOT NULL,
  reason VARCHAR(4000) NULL,
  CONSTRAINT fk_publication_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
  CONSTRAINT fk_publication_previous FOREIGN KEY (previous_publication_id) REFERENCES publication (id),
  CONSTRAINT uq_publication_revision UNIQUE (cycle_id, revision)
) ${table_options};

CREATE TABLE audit_record (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  recorded_at TIMESTAMP(3) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  action VARCHAR(64) NOT NULL,
  cycle_year INT NULL,
  subject VARCHAR(500) NOT NULL,
  old_value ${text_type} NULL,
  new_value ${text_type} NULL,
  reason VARCHAR(4000) NULL,
  previous_hash CHAR(64) NOT NULL,
  record_hash CHAR(64) NOT NULL
) ${table_options};
CREATE INDEX ix_audit_record_year ON audit_record (cycle_year);
CREATE INDEX ix_audit_record_actor ON audit_record (actor);

CREATE TABLE account (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(100) NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  role VARCHAR(16) NOT NULL,
  enabled BOOLEAN NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_account_username UNIQUE (username)
) ${table_options};

-- The hash of the newest audit record. Writers lock this single row, so records are chained in
-- the order they commit, one at a time.
CREATE TABLE audit_chain_head (
  id INT PRIMARY KEY,
  last_hash CHAR(64) NOT NULL
) ${table_options};
INSERT INTO audit_chain_head (id, last_hash)
  VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');

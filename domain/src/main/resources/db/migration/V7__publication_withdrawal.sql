-- A revision an administrator took off the public site, with who, when and why. Rows are only
-- ever inserted: the revision itself stays as it was frozen, and a later revision makes the year
-- public again. A revision is withdrawn at most once.
CREATE TABLE publication_withdrawal (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  publication_id BIGINT NOT NULL,
  withdrawn_by VARCHAR(100) NOT NULL,
  withdrawn_at TIMESTAMP(3) NOT NULL,
  reason VARCHAR(4000) NOT NULL,
  CONSTRAINT fk_withdrawal_publication FOREIGN KEY (publication_id) REFERENCES publication (id),
  CONSTRAINT uq_withdrawal_publication UNIQUE (publication_id)
) ${table_options};

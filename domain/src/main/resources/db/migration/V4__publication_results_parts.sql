-- A revision's results JSON, gzip-compressed and cut into parts that each fit in one database
-- packet: a year of thousands of units no longer needs one row of hundreds of megabytes.
-- Rows are only ever inserted.
CREATE TABLE publication_results_part (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  publication_id BIGINT NOT NULL,
  part INT NOT NULL,
  bytes ${blob_type} NOT NULL,
  CONSTRAINT fk_results_part_publication FOREIGN KEY (publication_id) REFERENCES publication (id),
  CONSTRAINT uq_results_part UNIQUE (publication_id, part)
) ${table_options};

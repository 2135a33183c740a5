-- One assessment year. ${table_options} is empty on H2 and sets InnoDB, utf8mb4 and a
-- Vietnamese collation on MySQL/MariaDB.
CREATE TABLE cycle (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  year INT NOT NULL,
  status VARCHAR(16) NOT NULL,
  framework_code VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_cycle_year UNIQUE (year)
) ${table_options};

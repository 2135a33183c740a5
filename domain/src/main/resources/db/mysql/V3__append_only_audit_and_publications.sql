-- Audit records and published revisions are only ever added. The database refuses to change or
-- remove them whatever account asks, the application's own included; only dropping these
-- triggers (which needs the TRIGGER privilege) would allow it.
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit records are append-only';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit records are append-only';

CREATE TRIGGER publication_no_update BEFORE UPDATE ON publication FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Published revisions never change';

CREATE TRIGGER publication_no_delete BEFORE DELETE ON publication FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Published revisions never change';

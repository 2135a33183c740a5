-- Withdrawals are as permanent as the revisions they concern (see V3): the database refuses to
-- change or remove one whatever account asks.
CREATE TRIGGER withdrawal_no_update BEFORE UPDATE ON publication_withdrawal FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Withdrawals never change';

CREATE TRIGGER withdrawal_no_delete BEFORE DELETE ON publication_withdrawal FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Withdrawals never change';

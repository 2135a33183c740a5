-- The parts of a revision's results are as frozen as the revision itself (see V3).
CREATE TRIGGER results_part_no_update BEFORE UPDATE ON publication_results_part FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Published revisions never change';

CREATE TRIGGER results_part_no_delete BEFORE DELETE ON publication_results_part FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Published revisions never change';

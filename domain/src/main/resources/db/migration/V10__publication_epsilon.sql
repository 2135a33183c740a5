-- A revision records the whole recipe its results were computed by: besides the previous revision,
-- the draws and the seed, the spread of the weights' perturbation, which every revision published
-- so far used (0.25).
ALTER TABLE publication ADD COLUMN uncertainty_epsilon DOUBLE PRECISION DEFAULT 0.25 NOT NULL;

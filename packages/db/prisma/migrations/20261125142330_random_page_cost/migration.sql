-- Written by hand: a database setting, which schema.prisma cannot express.
--
-- Random page reads priced close to sequential ones (1.1, PostgreSQL's
-- advice for SSDs and data held in memory; the default 4 assumes spinning
-- disks). With 4 the planner hashes the whole article table to join a page of
-- 500 claims, and reads every claim's row for the tone-by-source-country
-- series instead of the small covering index claim_tone_idx (150 ms, not
-- 260 ms, at a million claims). Takes effect on new connections.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
END
$$;

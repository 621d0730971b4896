-- Empties the benchmark's live round (seq 13 of the benchmark campaign) so the write phase can run again.
-- Benchmark data only: never run against a real database.
delete from report_region_total where round_id in (select id from report_round where name = '实时报送(基准)');
delete from report_region_progress where round_id in (select id from report_round where name = '实时报送(基准)');
delete from report_submission where round_id in (select id from report_round where name = '实时报送(基准)');

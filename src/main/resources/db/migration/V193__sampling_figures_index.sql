-- Sampling figures (issue 17): a batch counts in the period its result became final. The figures of a round's
-- period read these covering indexes only (index-only scans: the period's days first, then region, category,
-- stage and result from the index itself), the failed items the failed batches only (bench/sampling/README.md).
create index sampling_sample_figures on sampling_sample (final_on)
    include (region_path, unit_id, category, stage, final_result) where final_result is not null;
create index sampling_sample_sampled on sampling_sample (sampled_on) include (region_path, unit_id);
create index sampling_sample_failed on sampling_sample (final_on) include (region_path, unit_id)
    where final_result = 'FAIL';
create index sampling_sample_unit_final on sampling_sample (unit_id, final_on) where final_result is not null;

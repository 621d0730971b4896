-- Sampling figures (issue 17): a batch counts in the period its result became final; the figures of a region or a
-- unit over a round's period read this index (bench/sampling/README.md).
create index sampling_sample_final on sampling_sample (region_path text_pattern_ops, final_on)
    where final_result is not null;
create index sampling_sample_unit_final on sampling_sample (unit_id, final_on) where final_result is not null;
-- a province's or a city's figures read the period's days first
create index sampling_sample_final_on on sampling_sample (final_on) where final_result is not null;

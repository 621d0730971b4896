-- Striped running totals, and completeness counted as it happens. Every acceptance used to add to the same nation and province rows of
-- report_region_total / report_region_progress and hold them until commit, so concurrent acceptances queued
-- on those few rows. Now each acceptance adds to one stripe of each row (stripe = unit id mod 16, see
-- RollupLedger) and a roll-up sums the stripes of a region: at most 16 rows where there was one, still read
-- by primary-key prefix, still current the moment the acceptance commits (no job folds them).
-- Figures are unchanged: the sum over the stripes is the old row.
-- report_region_progress also counts, per region, the units that handed in (submitted, returned or accepted),
-- were returned, came on time or late (posted by RollupLedger on every change of a submission's state), so
-- a province's or the nation's completeness is a few rows too, not a count over its thousands of units.

alter table report_region_total add column stripe smallint not null default 0 check (stripe between 0 and 15);
alter table report_region_total drop constraint report_region_total_pkey;
alter table report_region_total add primary key (round_id, region_code, indicator_id, stripe);

alter table report_region_progress add column stripe smallint not null default 0 check (stripe between 0 and 15);
alter table report_region_progress drop constraint report_region_progress_pkey;
alter table report_region_progress add primary key (round_id, region_code, stripe);
alter table report_region_progress
    add column handed_in_units integer not null default 0,
    add column returned_units  integer not null default 0,
    add column on_time_units   integer not null default 0,
    add column late_units      integer not null default 0;

-- Recomputes a round's totals from its accepted submissions into stripe 0 (one row per region and indicator,
-- the compact form: the sums per region and indicator equal the striped running totals it replaces).
create or replace function reporting_rebuild_totals(p_round bigint) returns void language sql as $$
    delete from report_region_total where round_id = p_round;
    delete from report_region_progress where round_id = p_round;
    insert into report_region_total (round_id, region_code, indicator_id, stripe, value)
    select s.round_id, a.code, v.indicator_id, 0, sum(v.value)
      from report_submission s
      join unit u on u.id = s.unit_id join region g on g.code = u.region_code
      cross join lateral (select unnest(string_to_array(trim(both '/' from g.path), '/')) as code
                          union all select '000000') a
      join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
     where s.round_id = p_round and s.status = 'ACCEPTED'
     group by s.round_id, a.code, v.indicator_id;
    insert into report_region_progress (round_id, region_code, stripe, accepted_units, handed_in_units,
           returned_units, on_time_units, late_units)
    select s.round_id, a.code, 0, count(*) filter (where s.status = 'ACCEPTED'), count(*),
           count(*) filter (where s.status = 'RETURNED'), count(*) filter (where s.on_time),
           count(*) filter (where not s.on_time)
      from report_submission s
      join unit u on u.id = s.unit_id join region g on g.code = u.region_code
      cross join lateral (select unnest(string_to_array(trim(both '/' from g.path), '/')) as code
                          union all select '000000') a
     where s.round_id = p_round and s.status <> 'DRAFT'
     group by s.round_id, a.code;
$$;

-- the counts of the rounds that exist
select reporting_rebuild_totals(id) from report_round;

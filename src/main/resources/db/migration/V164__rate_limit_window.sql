-- Issue 19: per-address limits (the public form, the tracking page, the restoration pages) counted across
-- nodes. One row per key and window length; unlogged: counters are worth nothing after a crash (a restart
-- of PostgreSQL empties them, which only forgives a minute or a day of counting) and unlogged writes skip
-- the WAL, so the public form's hot path does not add fsyncs. A replica does not receive them, which is
-- right: limits are counted on the primary.
create unlogged table rate_limit_window (
    key          varchar(300) not null,
    window_ms    bigint       not null,
    window_start timestamptz  not null,
    used         int          not null,
    primary key (key, window_ms)
);

create index rate_limit_window_start on rate_limit_window (window_start);

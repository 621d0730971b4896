-- The Chinese working-day calendar. Only the days that differ from "Monday to Friday work, weekend off" are
-- stored: statutory holidays (including weekend days inside a holiday period) and 调休 make-up working days.
-- Loaded from db/calendar/holidays.csv by V3_1; administrators add each new year from the State Council notice.
create table calendar_day (
    day        date primary key,
    kind       text not null check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY')),
    name       text not null check (length(btrim(name)) between 1 and 50),
    updated_by text,
    updated_at timestamptz not null default now(),
    -- a make-up working day is by definition a weekend day that is worked
    constraint calendar_day_makeup_on_weekend check (kind <> 'MAKEUP_WORKDAY' or extract(isodow from day) in (6, 7))
);

-- Several instances (a province running every county) each hold the working-day calendar in memory. Every
-- change of calendar_day, by the calendar pages or by hand, bumps this one revision number in the same
-- transaction; each instance compares it with the revision it loaded every few seconds and reloads when it
-- moved (DatabaseWorkingCalendar), so a holiday edited on one instance reaches the deadlines of all.
create table calendar_revision (
    id       int primary key default 1 check (id = 1),
    revision bigint not null
);
insert into calendar_revision (id, revision) values (1, 1);

create function calendar_revision_bump() returns trigger language plpgsql as $$
begin
    update calendar_revision set revision = revision + 1 where id = 1;
    return null;
end;
$$;

create trigger calendar_day_changed after insert or update or delete or truncate on calendar_day
    for each statement execute function calendar_revision_bump();

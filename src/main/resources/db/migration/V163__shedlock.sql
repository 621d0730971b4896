-- Issue 19: scheduled jobs run once across nodes (ShedLock, JDBC provider using the database's clock).
-- The table as ShedLock documents it for PostgreSQL, with timestamptz for the instants.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

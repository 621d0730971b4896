-- The display expiry reads the facts still shown in (public_until, id) order and starts each batch after the last
-- fact of the previous one: the partial index carries the id so that the batch seeks past the rows it hid already
-- (their old index entries stay until vacuum) instead of scanning them again, batch after batch.
drop index if exists credit_fact_shown_until;
create index credit_fact_shown_until on credit_fact (public_until, id) where hidden_at is null and public_until is not null;

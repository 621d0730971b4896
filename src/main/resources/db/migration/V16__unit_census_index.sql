-- Roll-ups count the active units a round expects per region (ExpectedUnits): 71,000 units at national scale.
-- A partial index on the active units' region codes lets that count be an index-only scan instead of a read
-- of the whole unit table. Owned by reporting's reads; the unit table itself is organization's.
create index unit_active_region_idx on unit (region_code) where active;

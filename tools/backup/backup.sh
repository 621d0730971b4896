#!/usr/bin/env bash
# Backs up the Shuangda database as one pg_dump archive (custom format: compressed, restorable table by table).
#   tools/backup/backup.sh FILE            # connection from the libpq variables PGHOST PGPORT PGUSER PGDATABASE
#                                          # (and PGPASSWORD or ~/.pgpass)
# Leaves out what is worth nothing after a restore: the web sessions (they would sign people in again) and the
# unlogged rate-limit counters. Checks the archive can be read before it says done. See README.md.
set -euo pipefail
file="${1:?usage: backup.sh FILE}"
: "${PGDATABASE:=shuangda}"
export PGDATABASE
tmp="$file.partial"
pg_dump --format=custom --compress=6 --no-unlogged-table-data \
  --exclude-table-data='spring_session*' --file="$tmp"
pg_restore --list "$tmp" >/dev/null   # a truncated or corrupt archive fails here, not on the day of the restore
mv "$tmp" "$file"
echo "backup written: $file ($(du -h "$file" | cut -f1)) of database $PGDATABASE"

#!/usr/bin/env bash
# Restores a backup.sh archive into a NEW database (never over a live one):
#   tools/backup/restore.sh FILE NEW_DATABASE      # server from PGHOST PGPORT PGUSER (PGPASSWORD)
# Creates the database as the installation guide does (UTF8, C.UTF-8, template0), restores everything in one
# transaction (a failure leaves no half-restored database behind), then prints the audit chain's last entry.
# Point the application at the new database; GET /api/v1/audit/verify then reports TRUNCATED if the anchors
# recorded entries newer than the backup: that is what a restore of an older state is.
set -euo pipefail
file="${1:?usage: restore.sh FILE NEW_DATABASE}"
db="${2:?usage: restore.sh FILE NEW_DATABASE}"
createdb -E UTF8 --locale=C.UTF-8 -T template0 "$db"
if ! pg_restore --exit-on-error --single-transaction --dbname="$db" "$file"; then
  dropdb "$db"
  echo "restore failed: database $db dropped again" >&2
  exit 1
fi
echo "restored $file into $db; last audit entry: $(psql -XAtq -d "$db" -c 'select coalesce(max(id), 0) from audit_entry')"

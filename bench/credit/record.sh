#!/usr/bin/env bash
# Credit benchmark (issue 14, Performance): a province of 1,000,000 market entities with 3,000,000 credit facts
# (per entity: a general penalty whose display ended 35 days ago and is still shown, an upheld complaint and an
# inspection result, neither shown), loaded by SQL generate_series into the app's embedded PostgreSQL. Measures
#  1. one entity's record: GET /credit/entities/{id} (the page, signed in) and GET /api/v1/credit/entities/{id}
#     (bearer token) as licheng.officer, p50/p95 over $SAMPLES random entities, beside the plain SQL select of
#     the same rows (psql, \timing) as a ratio;
#  2. the display expiry over the 1,000,000 displayed records: POST /api/v1/credit/expiry (the run-now API, the
#     same code as the daily job: batches through CreditFacts.hideExpired, audited), then a second run (changes
#     nothing), beside a bare UPDATE of the same rows after putting them back.
# The app runs with -Xmx256m -XX:+UseSerialGC. Everything lives under $BENCH_DIR (a new temp dir), removed at the
# end unless KEEP=1. Usage: bench/credit/record.sh [entities=1000000] [samples=200]
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTITIES=${1:-1000000}
SAMPLES=${2:-200}
BENCH_DIR=${BENCH_DIR:-$(mktemp -d /tmp/shuangda-creditbench.XXXXXX)}
PG_PORT=${PG_PORT:-55447}
APP_PORT=${APP_PORT:-18477}
BASE="http://127.0.0.1:$APP_PORT"
OFFICER_TOKEN=sd_demo_officer_token_0123456789abc
ADMIN_TOKEN=sd_demo_admin_token_0123456789abcdef

# shellcheck source=../java-bench.sh
. bench/java-bench.sh
if [ "${SKIP_BUILD:-0}" != 1 ]; then mvn -q -B -o package -DskipTests; fi
cp "$(ls target/shuangda-*.jar | grep -v '\.original$' | head -1)" "$BENCH_DIR/app.jar"
start_bench_app -Xmx256m -XX:+UseSerialGC
sql() { psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d shuangda -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f", b - a}'; }
# p50 and p95 (ms) of a column of seconds or milliseconds on stdin ($1 = factor to ms)
pct() { sort -n | awk -v f="$1" '{v[NR] = $1 * f} END {i50 = int(NR * 0.50 + 0.5); i95 = int(NR * 0.95 + 0.5);
  if (i95 < 1) i95 = 1; printf "p50 %.1f ms  p95 %.1f ms  (n=%d)", v[i50], v[i95], NR}'; }

echo "== $(date -Iseconds) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
# wait for the demo's own facts (the intake runs after the demo's commit): their unit and region are licheng's
for _ in $(seq 1 60); do
  UNIT_REGION=$(sql -At -c "select unit_id || ' ' || region_path from credit_fact where source_module = 'cases'
                             and region_path like '%140426%' and unit_id is not null limit 1")
  [ -n "$UNIT_REGION" ] && break; sleep 1
done
read -r UNIT REGION <<<"$UNIT_REGION"
TODAY=$(sql -At -c "select (now() at time zone 'Asia/Shanghai')::date")

t0=$(now)
sql -c "insert into market_entity (name, uscc, entity_type, region_code)
        select '信用基准主体' || g, 'B' || lpad(g::text, 17, '0'), 'ENTERPRISE', '140426'
          from generate_series(1, $ENTITIES) g"
FIRST=$(sql -At -c "select min(id) from market_entity where uscc like 'B%'")
echo "entities: $ENTITIES in $(since "$t0") s"
t0=$(now)
sql -c "insert into credit_fact (entity_id, kind, source_module, source_ref, occurred_on, unit_id, region_path, summary,
                                 detail, tier, public_from, public_until)
        select $FIRST + g - 1, k.kind, k.module, 'bench:' || k.kind || ':' || g, date '$TODAY' - k.ago, $UNIT, '$REGION',
               k.summary || g, k.detail::jsonb, k.tier, k.pfrom, k.puntil
          from generate_series(1, $ENTITIES) g
         cross join lateral (values
           ('PENALTY', 'cases', 400, '行政处罚：罚款人民币10,000.00元（基准罚〔2025〕', '{\"decisionNumber\":\"基准\"}',
            'GENERAL', date '$TODAY' - 400, date '$TODAY' - 35),
           ('COMPLAINT_UPHELD', 'complaints', 200, '投诉经查属实（办件 ', '{}', 'NOT_SHOWN', null::date, null::date),
           ('INSPECTION_RESULT', 'inspections', 100, '双随机检查：未发现问题（', '{}', 'NOT_SHOWN', null, null))
           as k(kind, module, ago, summary, detail, tier, pfrom, puntil)"
sql -c "vacuum analyze market_entity" -c "vacuum analyze credit_fact"
echo "facts: $((ENTITIES * 3)) in $(since "$t0") s (with vacuum analyze)"

# 1. one entity's record
IDS=$(sql -At -c "select $FIRST + (random() * ($ENTITIES - 1))::int from generate_series(1, $SAMPLES)")
JAR="$BENCH_DIR/cookies"
csrf=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=licheng.officer" \
  --data-urlencode "password=Shuangda@2026" --data-urlencode "_csrf=$csrf" "$BASE/login"
one=$(echo "$IDS" | head -1)
code=$(curl -s -o "$BENCH_DIR/page.html" -w '%{http_code}' -b "$JAR" "$BASE/credit/entities/$one")
[ "$code" = 200 ] && grep -q '信用基准主体' "$BENCH_DIR/page.html" || { echo "record page answered $code" >&2; exit 1; }
for id in $IDS; do curl -s -o /dev/null -b "$JAR" "$BASE/credit/entities/$id"; # warm-up (JIT, template cache)
  curl -s -o /dev/null -b "$JAR" "$BASE/entities/$id"; done
for id in $IDS; do curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" "$BASE/credit/entities/$id"; done \
  > "$BENCH_DIR/page.txt"
# the same layout around another module's page of the same entity (what any page costs here)
for id in $IDS; do curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" "$BASE/entities/$id"; done \
  > "$BENCH_DIR/entity-page.txt"
for id in $IDS; do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $OFFICER_TOKEN" \
  "$BASE/api/v1/credit/entities/$id"; done > "$BENCH_DIR/api.txt"
{ echo '\timing on'; for id in $IDS; do
    echo "select * from credit_fact where entity_id = $id order by occurred_on desc, id desc;"; done; } \
  | sql 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' > "$BENCH_DIR/sql.txt"
PAGE95=$(pct 1000 < "$BENCH_DIR/page.txt" | sed 's/.*p95 \([0-9.]*\).*/\1/')
SQL95=$(pct 1 < "$BENCH_DIR/sql.txt" | sed 's/.*p95 \([0-9.]*\).*/\1/')
echo "record page  (HTTP, signed in): $(pct 1000 < "$BENCH_DIR/page.txt")   bar: p95 <= 50 ms"
echo "entity page  (HTTP, signed in): $(pct 1000 < "$BENCH_DIR/entity-page.txt")   (reference: /entities/{id})"
echo "record API   (HTTP, bearer):    $(pct 1000 < "$BENCH_DIR/api.txt")"
echo "plain SQL select of the rows:   $(pct 1 < "$BENCH_DIR/sql.txt")"
echo "ratio page p95 / SQL p95:       $(awk -v a="$PAGE95" -v b="$SQL95" 'BEGIN {printf "%.1f", a / b}')"

# 2. the display expiry over the displayed records
SHOWN=$(sql -At -c "select count(*) from credit_fact where hidden_at is null and public_until is not null")
t0=$(now)
curl -s --max-time 900 -X POST -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/credit/expiry" > "$BENCH_DIR/expiry.json"
JOB=$(since "$t0")
echo "expiry job over $SHOWN displayed records: $JOB s  $(cat "$BENCH_DIR/expiry.json")   bar: <= 60 s"
t0=$(now)
curl -s --max-time 900 -X POST -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/credit/expiry" > "$BENCH_DIR/expiry2.json"
echo "second run: $(since "$t0") s  $(cat "$BENCH_DIR/expiry2.json")"
sql -c "update credit_fact set hidden_at = null, hidden_reason = null where source_ref like 'bench:PENALTY:%'" \
  -c "vacuum analyze credit_fact"
t0=$(now)
sql -c "update credit_fact set hidden_at = now(), hidden_reason = '公示期满'
         where hidden_at is null and public_until is not null and public_until < date '$TODAY'"
BARE=$(since "$t0")
echo "bare UPDATE of the same rows: $BARE s   ratio job / bare: $(awk -v a="$JOB" -v b="$BARE" 'BEGIN {printf "%.1f", a / b}')"
echo "app JVM (-Xmx256m): $(grep -E 'VmHWM|VmRSS' /proc/$APP_PID/status | tr -s ' ' | tr '\n' ' ')"

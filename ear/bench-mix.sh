#!/usr/bin/env bash
# The messy-traffic benchmark (not a test; docs/PERFORMANCE.md "Speed that lasts"): builds, starts the
# server on an EMPTY database, grows a platform through the API, runs a mix of everything a long-lived
# server sees for --minutes (failed, racing and hostile requests, many overrides on a few memberships),
# measures /check and /me, restarts the server on the same data and measures again.
#   ear/bench-mix.sh [--db derby|postgresql] [--minutes N] [--companies N] [--users N] [--seconds N] [--warmup N]
# PostgreSQL: an empty database rolegate_bench on localhost owned by rolegate/rolegate is (re)created.
set -euo pipefail
cd "$(dirname "$0")/.."
db=derby
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --db) db="$2"; shift 2 ;;
        *) args+=("$1"); shift ;;
    esac
done
mvn -q -B -DskipTests install
server=ear/target/liberty/wlp/usr/servers/rolegate
mvn -q -B -pl ear liberty:stop >/dev/null 2>&1 || true
mvn -q -B -pl ear liberty:create liberty:deploy
rm -rf "$server/data"
touch "$server/server.env"
sed -i -e '/^ROLEGATE_/d' -e '$a\' "$server/server.env"   # the plugin writes no final newline
grep -q '^keystore_password=' "$server/server.env" || echo "keystore_password=bench-$(date +%s)" >> "$server/server.env"
# A default keystore left by an earlier server with another keystore_password fails to load, and with it
# the SSL configuration the JWT verifier uses: every token would be refused (401). Liberty makes a new one.
rm -f "$server/resources/security/key.p12"
cat >> "$server/server.env" <<ENV
ROLEGATE_SUPPORT_PASSWORD=bench-Support-Passw0rd
ROLEGATE_JWT_LIFETIME_SECONDS=86400
ROLEGATE_LOGIN_CLIENT_LIMIT=1000000
ROLEGATE_DB=$db
ROLEGATE_DB_NAME=rolegate_bench
ENV
if [ "$db" = postgresql ]; then
    su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS rolegate_bench' -c 'CREATE DATABASE rolegate_bench OWNER rolegate'"
fi
wait_ready() { until curl -sf http://localhost:9080/health/ready >/dev/null; do sleep 1; done; }
run_mix() {
    mvn -q -B -pl ear exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.rolegate.bench.BenchMix \
        -Dexec.args="--support-password bench-Support-Passw0rd $*"
}
mvn -q -B -pl ear liberty:start
wait_ready
run_mix --phases grow,mess,measure --label "after-the-mix" "${args[@]}"
mvn -q -B -pl ear liberty:stop
mvn -q -B -pl ear liberty:start
wait_ready
run_mix --phases measure --label "after-a-restart" "${args[@]}"
mvn -q -B -pl ear liberty:stop

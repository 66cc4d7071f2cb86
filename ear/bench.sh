#!/usr/bin/env bash
# The Rolegate benchmark (not a test): builds, starts the server once so that the schema and the
# support account exist, stops it, fills its embedded Derby database with a large platform through
# JDBC, starts it again and drives load against it on loopback, printing throughput and latency
# percentiles. Sizes and durations are arguments (see docs/PERFORMANCE.md).
#   ear/bench.sh [--companies N] [--users N] [--memberships-per-user N] [--seconds N] [--warmup N]
#                [--prewarm N] [--concurrency 1,2,4,8] [--ops check,grant-revoke,members,grantable,me]
#   (also --ops coverage-deep,coverage-wide: the check with employee coverage, docs/PERFORMANCE.md)
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
mvn -q -B -DskipTests install
server=ear/target/liberty/wlp/usr/servers/rolegate
mvn -q -B -pl ear liberty:stop >/dev/null 2>&1 || true
rm -rf "$server/data"
mvn -q -B -pl ear liberty:create liberty:deploy liberty:start
until curl -sf http://localhost:9080/health/ready >/dev/null; do sleep 1; done
mvn -q -B -pl ear liberty:stop
mvn -q -B -pl ear exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.rolegate.bench.BenchDataGenerator \
    -Dexec.args="--jdbc-url jdbc:derby:$server/data/rolegate ${args[*]}"
mvn -q -B -pl ear liberty:start
until curl -sf http://localhost:9080/health/ready >/dev/null; do sleep 1; done
pid=$(pgrep -f "ws-server.jar rolegate" | head -1 || true)
[ -n "$pid" ] && echo "server RSS after start: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
mvn -q -B -pl ear exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.rolegate.bench.BenchLoad \
    -Dexec.args="${args[*]}"
[ -n "$pid" ] && echo "server RSS after load: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
mvn -q -B -pl ear liberty:stop

#!/usr/bin/env bash
# The callback reliability benchmark (docs/benchmarks.md, issue #15 point 9): bench/CallbackBench.java tells the Core
# of events through the partner API, as a retailer's Partner does, and receives them as signed callbacks on this
# machine, one receiver per retailer, each message verified with the Standard Webhooks library.
#   MODE=outage  EVENTS events at RATE a second, spread over three retailers: acme's endpoint answers at once, bravo's
#                is down (its port closed) for DOWN_MINUTES from the start and resumed through the API if the Core
#                paused it, carol's (added with ./lockernet add-partner) answers after SLOW_MS. Reports events lost,
#                duplicates, the time from the recovery until bravo's backlog was delivered, and each endpoint's
#                delivery latency.
#   MODE=kill    EVENTS events to acme; once CRASH_AFTER are recorded WildFly's JVM is killed (kill -9) and started
#                again with ./lockernet up while the receiver keeps listening. Reports events lost and duplicates.
# The production callback settings, except that endpoints on this machine are allowed (bench/callbacks.properties).
# Runs in its own state directory and stops the system at the end; needs a built tree (mvn -DskipTests install).
#
#   bench/callbacks.sh                               # MODE=outage EVENTS=10000 RATE=50 DOWN_MINUTES=10 SLOW_MS=2000
#   DOWN_MINUTES=1 EVENTS=1000 bench/callbacks.sh    # a quick look
#   MODE=kill bench/callbacks.sh                     # EVENTS=3000 RATE=50 CRASH_AFTER=EVENTS/2
#
# Not a test: numbers depend on the machine. Nothing else should run on it meanwhile. Exits 1 when an event was not
# delivered, a duplicate came with another webhook-id or a signature did not verify; 2 when the run could not finish.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${MODE:-outage}
case "$MODE" in
    outage) EVENTS=${EVENTS:-10000} ;;
    kill) EVENTS=${EVENTS:-3000} ;;
    *) echo "MODE is outage or kill, not $MODE" >&2; exit 2 ;;
esac
RATE=${RATE:-50}
DOWN_MINUTES=${DOWN_MINUTES:-10}
SLOW_MS=${SLOW_MS:-2000}
CRASH_AFTER=${CRASH_AFTER:-$((EVENTS / 2))}
# how long to wait for the last deliveries once every event is told (and, in the outage, the endpoint is back)
DEADLINE_MINUTES=${DEADLINE_MINUTES:-60}
export LOCKERNET_HOME=${LOCKERNET_HOME:-$PWD/target/bench-callbacks}
export LOCKERNET_SERVER_PROPERTIES=$PWD/bench/callbacks.properties
# every client trusts the local CA the first up made (HTTPS only)
TRUST=(-Djavax.net.ssl.trustStore="$LOCKERNET_HOME/tls/truststore.p12" -Djavax.net.ssl.trustStoreType=PKCS12)
SIM=$PWD/simulator/target/lockernet-simulator.jar
WEBHOOKS=${WEBHOOKS_JAR:-$HOME/.m2/repository/com/standardwebhooks/standardwebhooks/1.1.0/standardwebhooks-1.1.0.jar}
OUT=$LOCKERNET_HOME/results

server_pid() { pgrep -f "java.*jboss.server.base.dir=$LOCKERNET_HOME/wildfly" | head -1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wildfly_version() { sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml; }

for jar in "$SIM" "$WEBHOOKS"; do
    [ -e "$jar" ] || { echo "no $jar: build first (mvn -B install -DskipTests)" >&2; exit 2; }
done
# A system already running in this state directory is stopped: it may run with other server properties. One running
# from another state directory holds the ports and is left alone.
./lockernet down > /dev/null 2>&1 || true
for port in 8080 8180 8443 9990; do
    if port_open "$port"; then
        echo "port $port is taken by a system outside $LOCKERNET_HOME; this benchmark needs the machine to itself" >&2
        exit 2
    fi
done
trap './lockernet down > /dev/null 2>&1 || true' EXIT
rm -rf "$LOCKERNET_HOME/data" "$OUT" # each run starts from the demo database, with no endpoints of an earlier run
mkdir -p "$OUT"
echo "== $(date -u +%FT%TZ) starting the system (callback settings: $LOCKERNET_SERVER_PROPERTIES)"
# (a realm changed by a build since the last run wipes Keycloak's data, carol's clients with it: then start afresh with
# rm -rf "$LOCKERNET_HOME")
./lockernet up --no-build --no-simulators > "$OUT/up.log" || { echo "up failed; see $OUT/up.log" >&2; exit 2; }

args=(--mode "$MODE" --events "$EVENTS" --rate "$RATE" --deadline-minutes "$DEADLINE_MINUTES")
if [ "$MODE" = outage ]; then
    echo "== the third retailer, carol (./lockernet add-partner, about a minute)"
    ./lockernet add-partner carol --name "Carol Foods" --lockers L-0005 > "$OUT/add-partner.log" \
        || { echo "add-partner failed; see $OUT/add-partner.log" >&2; exit 2; }
    args+=(--down-minutes "$DOWN_MINUTES" --slow-ms "$SLOW_MS")
else
    pid=$(server_pid || true)
    [ -n "$pid" ] || { echo "no WildFly process of $LOCKERNET_HOME" >&2; exit 2; }
    args+=(--server-pid "$pid" --crash-after "$CRASH_AFTER" --restart-log "$OUT/up-after-kill.log")
fi

echo "== bench/CallbackBench.java ${args[*]}"
status=0
java "${TRUST[@]}" -cp "$SIM:$WEBHOOKS" bench/CallbackBench.java "${args[@]}" 2> "$OUT/callbacks.err" \
    | tee "$OUT/callbacks.log" || status=$?
if [ -s "$OUT/callbacks.err" ]; then
    echo "== $(wc -l < "$OUT/callbacks.err") lines on standard error ($OUT/callbacks.err), the last ones:"
    tail -5 "$OUT/callbacks.err"
fi

echo
echo "== for docs/benchmarks.md ($OUT)"
changes=$(git diff --quiet HEAD 2> /dev/null || echo ' with uncommitted changes')
echo "$(date -u +%F), commit $(git rev-parse --short HEAD)$changes;" \
    "$(nproc) vCPU $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "$(free -g | awk '/^Mem:/ { print $2 }') GB, $(. /etc/os-release && echo "$PRETTY_NAME")," \
    "$(java -version 2>&1 | head -1), WildFly $(wildfly_version), H2 file databases;" \
    "Keycloak, WildFly, the receivers and the load driver on the one machine"
sed -n '/^--- callback benchmark summary/,$p' "$OUT/callbacks.log"
exit "$status"

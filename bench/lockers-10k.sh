#!/usr/bin/env bash
# The scale benchmark (docs/benchmarks.md): the whole system and the simulator on this machine, LOCKERS lockers
# connected over WebSocket with pings every 30 s, a steady stream of device readings, and compartment opens through
# the Core's partner area at OPEN_RATE per second, for MINUTES minutes. Reports how many lockers stayed connected,
# unexpected disconnects, WildFly's heap (-Xmx2g), and the open round trip (bench/OpenLoad.java, HdrHistogram).
# Runs in its own state directory; needs a built tree (mvn -DskipTests install).
#
#   bench/lockers-10k.sh                          # LOCKERS=10000 MINUTES=30 OPEN_RATE=2 READINGS_RATE=35 CONNECT_RATE=50
#   LOCKERS=2000 MINUTES=5 bench/lockers-10k.sh   # a quick look
#
# Not a test: numbers depend on the machine. Nothing else should run on it meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
LOCKERS=${LOCKERS:-10000}
MINUTES=${MINUTES:-30}
OPEN_RATE=${OPEN_RATE:-2}
READINGS_RATE=${READINGS_RATE:-35}
CONNECT_RATE=${CONNECT_RATE:-50}
export LOCKERNET_HOME=${LOCKERNET_HOME:-$PWD/target/bench-lockers}
# every client trusts the local CA the first up made (HTTPS and WSS only)
TRUST=(-Djavax.net.ssl.trustStore="$LOCKERNET_HOME/tls/truststore.p12" -Djavax.net.ssl.trustStoreType=PKCS12)
export LOCKERNET_PING_SECONDS=30
export JBOSS_JAVA_SIZING="-Xms2g -Xmx2g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m"
SIM=$PWD/simulator/target/lockernet-simulator.jar
OUT=$LOCKERNET_HOME/results
TICKS=$(getconf CLK_TCK)

server_pid() { pgrep -f "java.*jboss.server.base.dir=$LOCKERNET_HOME/wildfly" | head -1; }
keycloak_pid() { pgrep -f "java.*$LOCKERNET_HOME/keycloak" | head -1; }
cpu_seconds() { awk -v t="$TICKS" '{ printf "%.0f", ($14 + $15) / t }' "/proc/$1/stat"; }
connected() {
    curl -s -m 10 http://localhost:9990/health/ready | grep -o '"connectedLockers":[0-9]*' | cut -d: -f2 \
        | awk '{ s += $1 } END { print s + 0 }'
}
heap_used_mb() { jstat -gc "$1" | awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }'; }

./lockernet down > /dev/null 2>&1 || true
rm -rf "$LOCKERNET_HOME/data" "$OUT"
mkdir -p "$OUT"
echo "== $(date -u +%FT%TZ) starting the system (WildFly $JBOSS_JAVA_SIZING, pings every 30 s)"
./lockernet up --no-build --no-simulators > "$OUT/up.log"
pid=$(server_pid)
echo "== provisioning lockers L-0007…L-$(printf %04d "$LOCKERS") in Keycloak and the Core"
java "${TRUST[@]}" bench/Fleet.java --first 7 --last "$LOCKERS" | tail -1

readings=$((READINGS_RATE * (MINUTES * 60 + 300)))
echo "== connecting $LOCKERS simulated lockers ($CONNECT_RATE a second); $READINGS_RATE readings a second once all are in"
java "${TRUST[@]}" -Xmx3g -jar "$SIM" --secrets-dir "$LOCKERNET_HOME/secrets/clients" --lockers "$LOCKERS" --connect-rate "$CONNECT_RATE" --lockers-per-process 10000 --door-open-ms 2000 \
    --readings "$readings" --readings-per-second "$READINGS_RATE" > "$OUT/simulator.log" 2>&1 &
sim=$!
start=$SECONDS
until [ "$(connected)" -ge "$LOCKERS" ]; do
    if (( SECONDS - start > 900 )); then echo "only $(connected) of $LOCKERS connected after 15 minutes"; break; fi
    sleep 10
done
echo "== $(connected) lockers connected after $((SECONDS - start)) s; measuring for $MINUTES minutes"

cpu0=$(cpu_seconds "$pid"); kc0=$(cpu_seconds "$(keycloak_pid)"); sim0=$(cpu_seconds "$sim"); t0=$SECONDS
echo "time,connected,heap_used_mb,open_files" > "$OUT/samples.csv"
(
    while kill -0 "$sim" 2>/dev/null; do
        echo "$(date -u +%T),$(connected),$(heap_used_mb "$pid"),$(ls "/proc/$pid/fd" | wc -l)" >> "$OUT/samples.csv"
        sleep 30
    done
) &
sampler=$!
java "${TRUST[@]}" -cp "$SIM" bench/OpenLoad.java --first 7 --last "$LOCKERS" --rate "$OPEN_RATE" --duration $((MINUTES * 60)) \
    > "$OUT/openload.log" 2> "$OUT/openload.err"
wall=$((SECONDS - t0))
cpu1=$(cpu_seconds "$pid"); kc1=$(cpu_seconds "$(keycloak_pid)"); sim1=$(cpu_seconds "$sim")
kill -TERM "$sim" 2>/dev/null || true
wait "$sim" 2>/dev/null || true
kill "$sampler" 2>/dev/null || true

echo "== results ($OUT)"
grep -A12 -- "--- lockernet simulator summary" "$OUT/simulator.log" || tail -20 "$OUT/simulator.log"
grep -E "round trip|POST|step|refusals" "$OUT/openload.log"
awk -F, 'NR > 1 { if (min == "" || $2 < min) min = $2; if ($3 > max) max = $3; if ($4 > fds) fds = $4; n++ }
    END { printf "connected lockers, lowest of %d samples every 30 s: %d; WildFly heap used, highest: %d MB of 2048; " \
        "open files, highest: %d\n", n, min, max, fds }' \
    "$OUT/samples.csv"
echo "CPU over $wall s: WildFly $((cpu1 - cpu0)) s ($(echo "scale=2; ($cpu1 - $cpu0) / $wall" | bc) cores)," \
    "Keycloak $((kc1 - kc0)) s, simulator $((sim1 - sim0)) s"
./lockernet down > /dev/null

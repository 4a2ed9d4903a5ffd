#!/usr/bin/env bash
# The tiers benchmark (docs/benchmarks.md): CPU-seconds the server process spends on EVENTS device readings (vitals
# and occupancy) with the latency tiers, and with every reading on the realtime path (lockernet.tiers=realtime-only).
# Runs the whole system twice with ./lockernet, in its own state directory; needs a built tree (mvn -DskipTests install).
#
#   bench/tiers-cpu.sh            # EVENTS=100000 RATE=2000 by default
#   MODES=tiered bench/tiers-cpu.sh   # one mode only
#
# Not a test: numbers depend on the machine. Nothing else should run on it meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${EVENTS:-100000}
RATE=${RATE:-2000}
export LOCKERNET_HOME=${LOCKERNET_HOME:-$PWD/target/bench-tiers}
# every client trusts the local CA the first up made (HTTPS and WSS only)
TRUST=(-Djavax.net.ssl.trustStore="$LOCKERNET_HOME/tls/truststore.p12" -Djavax.net.ssl.trustStoreType=PKCS12)
WF_BASE=$LOCKERNET_HOME/wildfly
JBOSS_HOME=$PWD/wildfly-config/target/server
SIM=$PWD/simulator/target/lockernet-simulator.jar
TICKS=$(getconf CLK_TCK)
LOCKERS=(--locker L-0001@1 --locker L-0003@1 --locker L-0005@1 --locker L-0002@2 --locker L-0004@2 --locker L-0006@2)

server_pid() { pgrep -f "java.*jboss.server.base.dir=$WF_BASE" | head -1; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
queue_depth() {
    local total=0 q n
    for q in lockernet.realtime lockernet.history; do
        n=$(bash "$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller=localhost:9990 \
            "/subsystem=messaging-activemq/server=default/jms-queue=$q:read-attribute(name=message-count)" \
            | sed -n 's/.*"result" => \([0-9]*\)L\{0,1\}.*/\1/p')
        total=$((total + ${n:-0}))
    done
    echo "$total"
}

results=()
for mode in ${MODES:-tiered realtime-only}; do
    props=$(mktemp)
    cat > "$props" <<PROPS
lockernet.tiers=$mode
lockernet.shepherd.frame-burst=1000000
lockernet.shepherd.frames-per-second=1000000
PROPS
    rm -rf "$LOCKERNET_HOME/data" # each mode starts from the same demo database
    echo "== $mode: starting the system"
    LOCKERNET_SERVER_PROPERTIES=$props ./lockernet up --no-build --no-simulators >/dev/null
    pid=$(server_pid)
    sleep 20 # let start-up work (deployments, first timers) settle before measuring
    before=$(cpu_ticks "$pid"); t0=$(date +%s.%N)
    java "${TRUST[@]}" -jar "$SIM" --secrets-dir "$LOCKERNET_HOME/secrets/clients" "${LOCKERS[@]}" --readings "$EVENTS" --readings-per-second "$RATE" --door-open-ms 1000 \
        | grep -E "readings sent|lockers"
    until [ "$(queue_depth)" = 0 ]; do sleep 2; done
    after=$(cpu_ticks "$pid"); t1=$(date +%s.%N)
    cpu=$(echo "scale=1; ($after - $before) / $TICKS" | bc)
    wall=$(echo "scale=1; $t1 - $t0" | bc)
    per100k=$(echo "scale=1; $cpu * 100000 / $EVENTS" | bc)
    echo "== $mode: $cpu CPU-s over $wall s wall for $EVENTS readings = $per100k CPU-s per 100,000"
    results+=("$mode $per100k")
    ./lockernet down >/dev/null
    rm -f "$props"
done
[ ${#results[@]} = 2 ] || exit 0
tiered=$(echo "${results[0]}" | cut -d' ' -f2)
realtime=$(echo "${results[1]}" | cut -d' ' -f2)
echo "tiered: $tiered CPU-s / 100k; realtime-only: $realtime CPU-s / 100k; ratio realtime/tiered: $(echo "scale=2; $realtime / $tiered" | bc); saving: $(echo "scale=0; 100 - 100 * $tiered / $realtime" | bc)%"

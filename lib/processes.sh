# The launcher's processes: sourced by ./lockernet. Starting them detached, waiting for them, knowing them again by
# their pid files (and only while the pid still runs what was started), stopping them, and `status`.

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_code() { tls_curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" || true; }

keycloak_ready() { [ "$(http_code "$REALM_URL/.well-known/openid-configuration")" = 200 ]; }

wildfly_running() { server_running $MGMT_PORT; }

# The management port opens at the end of a WildFly's boot: until then no CLI is started, since each is a JVM of its
# own, and one a second (wait_for) takes a good part of a two-core machine from the server that is booting.
server_running() {
    port_open "$1" || return 1
    cli_at "$1" --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q '"running"'
}

apps_ready() { ready_at $MGMT_PORT; }

ready_at() { [ "$(http_code "http://localhost:$1/health/ready")" = 200 ]; }

# wait_for NAME SECONDS CHECK...: polls CHECK every second, printing a dot, until it succeeds or time runs out.
wait_for() {
    local name=$1 seconds=$2; shift 2
    printf '   waiting for %s ' "$name"
    local start=$SECONDS
    until "$@"; do
        if (( SECONDS - start >= seconds )); then
            printf ' gave up after %ss\n' "$seconds"
            return 1
        fi
        printf '.'
        sleep 1
    done
    printf ' ready (%ss)\n' "$((SECONDS - start))"
}

# start NAME LOG COMMAND...: runs COMMAND detached in its own session (so `down` can stop its whole process group).
start() {
    local name=$1 log=$2; shift 2
    setsid nohup "$@" > "$log" 2>&1 < /dev/null &
    echo $! > "$RUN/$name.pid"
}

# A pid file names the process this launcher started, but that process may have ended since and its number gone to
# another program (after a reboot, say). A pid is ours only while its process still runs the command we started from
# this LOCKERNET_HOME; any other pid file is stale: it is removed with a notice, and nothing is killed.

# pid_ours NAME: NAME's pid file names a process of ours.
pid_ours() {
    local name=$1 file=$RUN/$1.pid pid
    [ -f "$file" ] || return 1
    pid=$(< "$file")
    [[ "$pid" =~ $PID_PATTERN ]] || die "$file does not hold a process id; remove it once no $name of ours runs"
    runs_ours "$name" "$pid" && return 0
    if [ -d "/proc/$pid" ]; then
        say "   $name: stale pid file removed (pid $pid is another program now)"
    else
        say "   $name: stale pid file removed (pid $pid has ended)"
    fi
    rm -f "$file"
    return 1
}

# runs_ours NAME PID: PID runs what start ran as NAME from this LOCKERNET_HOME, told by an argument only that command
# has: Keycloak's home (kc.sh, then the Java it turns into), the server's base directory, the simulator's home.
runs_ours() {
    local name=$1 pid=$2 args=() arg
    mapfile -d '' -t args 2>/dev/null < "/proc/$pid/cmdline" || return 1
    for arg in "${args[@]}"; do
        case "$name:$arg" in
            keycloak:-Dkc.home.dir=*) same_path "$pid" "${arg#*=}" "$KC_HOME" && return 0 ;;
            keycloak:*/bin/kc.sh) same_path "$pid" "$arg" "$KC_HOME/bin/kc.sh" && return 0 ;;
            wildfly:-Djboss.server.base.dir=*) same_path "$pid" "${arg#*=}" "$WF_BASE" && return 0 ;;
            shepherd-*-server:-Djboss.server.base.dir=*) same_path "$pid" "${arg#*=}" "$LH/$name" && return 0 ;;
            simulator:-Dlockernet.home=*) same_path "$pid" "${arg#*=}" "$LH" && return 0 ;;
        esac
    done
    return 1
}

# same_path PID PATH MINE: PATH, read from PID's working directory, is MINE, however each is spelt (relative, links).
same_path() {
    local theirs mine
    theirs=$(cd "/proc/$1/cwd" 2>/dev/null && readlink -f -- "$2") || return 1
    mine=$(readlink -f -- "$3") || return 1
    [ -n "$theirs" ] && [ "$theirs" = "$mine" ]
}

# signal SIGNAL PID: to the process group PID leads (start made it a session of its own), else to PID alone.
signal() { kill "-$1" -- "-$2" 2>/dev/null || kill "-$1" "$2" 2>/dev/null || true; }

# stop NAME: TERM to NAME's processes, KILL after a minute; only while the pid is ours, checked before each signal.
stop() {
    local name=$1 pid
    pid_ours "$name" || return 0
    pid=$(< "$RUN/$name.pid")
    printf '   stopping %s (pid %s) ' "$name" "$pid"
    signal TERM "$pid"
    for _ in $(seq 1 60); do
        runs_ours "$name" "$pid" || break
        printf '.'
        sleep 1
    done
    if runs_ours "$name" "$pid"; then
        signal KILL "$pid"
        printf ' killed\n'
    else
        printf ' stopped\n'
    fi
    rm -f "$RUN/$name.pid"
}

# processes: sets PROCESSES to the processes this launcher starts, in the order `down` stops them: separate Shepherd
# servers before the Core's. A Shepherd server is known by its pid file, whose name must be one start writes.
processes() {
    PROCESSES=(simulator)
    local f name n
    for f in "$RUN"/shepherd-*-server.pid; do
        [ -e "$f" ] || continue
        name=${f##*/}; name=${name%.pid}
        n=${name#shepherd-}; n=${n%-server}
        [[ "$n" =~ $SHEPHERD_PATTERN ]] || die "$f is not a pid file this launcher wrote; move it out of $RUN"
        PROCESSES+=("$name")
    done
    PROCESSES+=(wildfly keycloak)
}

stop_all() { local name; processes; for name in "${PROCESSES[@]}"; do stop "$name"; done; }

status() {
    local i name
    processes
    for (( i = ${#PROCESSES[@]} - 1; i >= 0; i-- )); do
        name=${PROCESSES[i]}
        if pid_ours "$name"; then
            printf '  %-10s running (pid %s)\n' "$name" "$(cat "$RUN/$name.pid")"
        else
            printf '  %-10s stopped\n' "$name"
        fi
    done
    if pid_ours wildfly; then
        printf '  deployments:\n'
        cli --command="deployment-info" 2>/dev/null | sed 's/^/    /' || true
        printf '  health: %s\n' "$(curl -s -m 5 "http://localhost:$MGMT_PORT/health/ready" | head -c 400)"
    fi
    if [ -f "$ADDED_SHEPHERDS" ]; then
        printf '  added Shepherds (./lockernet add-shepherd):\n'
        sed 's/^\([0-9]*\) /    shepherd-\1 /' "$ADDED_SHEPHERDS"
    fi
    if [ -f "$ADDED_PARTNERS" ]; then
        printf '  added retailers (./lockernet add-partner):\n'
        sed 's/^\([a-z0-9]*\) \(.*\)/    partner-\1 (database: \2)/' "$ADDED_PARTNERS"
    fi
}

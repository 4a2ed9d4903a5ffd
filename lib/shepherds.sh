# Shepherd instances: sourced by ./lockernet. In the Core's server, or in a WildFly of their own that reaches the
# Core's broker over TLS (shepherd-host.cli); `add-shepherd`.

# add_shepherd N MODE OFFSET: Shepherd instance shepherd-N, in the Core's server (MODE local) or in a server of its own
# with port offset OFFSET (MODE separate). Its command queue is always on the Core's broker. A demo Shepherd's client
# and secret come with the realm; another one gets a Keycloak client made here, whose secret Keycloak generates.
add_shepherd() {
    local n=$1 mode=$2 offset=$3 dir=$RUN/shepherd-$1 port=$MGMT_PORT
    mkdir -p "$dir"
    local secret
    if is_demo_shepherd "$n"; then
        secret=$(secret "shepherd-$n")
    else
        secret=$(shepherd_client "$n") || die "cannot create the Keycloak client shepherd-$n; see $dir/keycloak.log"
    fi
    echo "lockernet.shepherd.number=$n" > "$dir/jboss.properties"
    { echo "shepherd.number=$n"; echo "shepherd.war=$SHEPHERD_WAR"; echo "shepherd.overlay=$dir/jboss.properties"
      echo "shepherd.secret=$secret"; } > "$dir/cli.properties"
    chmod 600 "$dir/cli.properties"
    local parts=("$SHEPHERD_WAR" "$CLI_DIR/shepherd.cli" "$dir/cli.properties")
    if [ "$mode" = local ] && [ -n "${DEPLOYED+x}" ]; then
        # in the Core's server, from deploy(): the deployments it listed are still those there are (each jboss-cli run
        # is a JVM of a few seconds), and the queue and the deployment go in one run
        if current "shepherd-$n.war" "${parts[@]}"; then
            cli --resolve-parameter-values --properties="$dir/cli.properties" --file="$CLI_DIR/shepherd-queue.cli" \
                > "$dir/queue.log" 2>&1 || die "creating the command queue of shepherd-$n failed; see $dir/queue.log"
            say "   shepherd-$n is up to date"
            return
        fi
        say "   shepherd-$n"
        { cat "$CLI_DIR/shepherd-queue.cli"; echo; cat "$CLI_DIR/shepherd.cli"; } > "$dir/queue-and-deploy.cli"
        cli --resolve-parameter-values --properties="$dir/cli.properties" --file="$dir/queue-and-deploy.cli" \
            > "$dir/deploy.log" 2>&1 || die "deploying shepherd-$n and its command queue failed; see $dir/deploy.log"
        remember "shepherd-$n.war" "${parts[@]}"
        return
    fi
    cli --resolve-parameter-values --properties="$dir/cli.properties" --file="$CLI_DIR/shepherd-queue.cli" \
        > "$dir/queue.log" 2>&1 || die "creating the command queue of shepherd-$n failed; see $dir/queue.log"
    if [ "$mode" = separate ]; then
        port=$((MGMT_PORT + offset))
        start_shepherd_server "$n" "$offset"
    fi
    local DEPLOYED; DEPLOYED=$(deployed_on "$port")
    if current "shepherd-$n.war" "${parts[@]}"; then
        say "   shepherd-$n is up to date"
        return
    fi
    if [ "$mode" = separate ]; then
        say "   shepherd-$n (in its own server, management :$port)"
    else
        say "   shepherd-$n"
    fi
    cli_at "$port" --resolve-parameter-values --properties="$dir/cli.properties" --file="$CLI_DIR/shepherd.cli" \
        > "$dir/deploy.log" 2>&1 || die "deploying shepherd-$n failed; see $dir/deploy.log"
    remember "shepherd-$n.war" "${parts[@]}"
}

is_demo_shepherd() { local d; for d in "${DEMO_SHEPHERDS[@]}"; do [ "$d" = "$1" ] && return 0; done; return 1; }

# added_shepherd_ok N MODE OFFSET: a line of $ADDED_SHEPHERDS as add-shepherd writes it ("N local", "N separate P").
added_shepherd_ok() {
    [[ "$1" =~ $SHEPHERD_PATTERN ]] || return 1
    case "$2" in
        local) [ -z "$3" ] ;;
        separate) [[ "$3" =~ $OFFSET_PATTERN ]] && [ "$3" != 100 ] ;;
        *) return 1 ;;
    esac
}

# start_shepherd_server N OFFSET: a WildFly of its own for shepherd-N, without a broker or a database: its
# configuration is the built one turned by shepherd-host.cli into a client of the Core server's broker, which it
# reaches over HTTP with an application user of the Core server made here, whose roles let it send to the Core's
# realtime and history queues and consume its own command queue, nothing more (30-messaging.cli, shepherd-queue.cli).
start_shepherd_server() {
    local n=$1 offset=$2 name=shepherd-$1-server dir=$RUN/shepherd-$1
    # the number names a directory removed below, the offset goes into arithmetic: both checked where they are used
    { [[ "$n" =~ $SHEPHERD_PATTERN ]] && [[ "$offset" =~ $OFFSET_PATTERN ]]; } \
        || die "no Shepherd server '$n' at port offset '$offset'"
    local base=${LH:?}/shepherd-$n-server mgmt=$((MGMT_PORT + offset)) http=$((HTTP_PORT + offset))
    local user=shepherd-$n-broker password_file=$dir/broker-password
    [ -s "$password_file" ] || (umask 077 && head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$password_file")
    # roles: shepherd (send to the Core's realtime and history queues), shepherd-N (consume its own command queue)
    local roles=shepherd,shepherd-$n roles_file=$WF_BASE/configuration/application-roles.properties
    if ! grep -q "^$user=" "$WF_BASE/configuration/application-users.properties" 2>/dev/null; then
        # as add-user.sh writes it (HEX(MD5(user:realm:password))), without the password on its command line
        local digest
        digest=$(printf '%s' "$user:ApplicationRealm:$(< "$password_file")" | md5sum | cut -d' ' -f1)
        printf '%s=%s\n' "$user" "$digest" >> "$WF_BASE/configuration/application-users.properties"
        sed -i "/^$user=/d" "$roles_file"
        printf '%s=%s\n' "$user" "$roles" >> "$roles_file"
        cli --command="/subsystem=elytron/properties-realm=ApplicationRealm:load" > /dev/null \
            || die "the Core server did not reload its application users"
    elif ! grep -qx "$user=$roles" "$roles_file"; then
        # a user made by an older launcher (group guest, which no longer has any rights)
        sed -i "s/^$user=.*/$user=$roles/" "$roles_file"
        cli --command="/subsystem=elytron/properties-realm=ApplicationRealm:load" > /dev/null \
            || die "the Core server did not reload its application users"
    fi
    if pid_ours "$name"; then
        say "   $name is running (pid $(cat "$RUN/$name.pid"), HTTPS :$((HTTPS_PORT + offset)), management :$mgmt)"
    else
        port_open "$http" && die "port $http is taken by a process this launcher did not start"
        port_open "$mgmt" && die "port $mgmt is taken by a process this launcher did not start"
        local built="$WF_HOME/standalone/configuration/standalone-full.xml" sum
        sum=$({ cat "$built" "$CLI_DIR/shepherd-host.cli"; echo "$n $(cat "$password_file")"; } | sha256sum | cut -d' ' -f1)
        if [ "$(cat "$base/.config.sha256" 2>/dev/null)" != "$sum" ]; then
            say "   configuring $name in $base (shepherd-host.cli)"
            rm -rf "${base:?}" && mkdir -p "$base"
            cp -r "$WF_HOME/standalone/configuration" "$base/"
            mkdir -p "$base/deployments"
            { echo "core.host=localhost"; echo "core.port=$HTTPS_PORT"; echo "broker.user=$user"
              echo "broker.password=$(cat "$password_file")"; echo "shepherd.number=$n"; } > "$dir/host.properties"
            { echo "embed-server --server-config=standalone-full.xml --std-out=discard"; cat "$CLI_DIR/shepherd-host.cli"
              echo; echo "stop-embedded-server"; } > "$dir/host.cli"
            JAVA_OPTS="-Djboss.server.base.dir=$base $CLI_JAVA_OPTS" bash "$WF_HOME/bin/jboss-cli.sh" --resolve-parameter-values \
                --properties="$dir/host.properties" --file="$dir/host.cli" > "$dir/host.log" 2>&1 \
                || die "configuring $name failed; see $dir/host.log"
            echo "$sum" > "$base/.config.sha256"
        fi
        {
            echo "# generated by ./lockernet: system properties of $name"
            echo "lockernet.oidc.url=$REALM_URL"
            echo "lockernet.core.url=$APP_URL/core/api"
            tls_properties
            echo "lockernet.shepherd.ping-seconds=${LOCKERNET_PING_SECONDS:-30}"
            if [ -n "${LOCKERNET_SERVER_PROPERTIES:-}" ]; then cat "$LOCKERNET_SERVER_PROPERTIES"; fi
        } > "$dir/server.properties"
        start "$name" "$RUN/$name.log" bash "$WF_HOME/bin/standalone.sh" -c standalone-full.xml "${WF_BIND[@]}" \
            -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" -Djboss.node.name="$name" \
            -P "$dir/server.properties"
    fi
    wait_for "$name" 180 server_running "$mgmt" || die "$name did not come up; see $RUN/$name.log"
}

# add-shepherd N [--separate-process] [--port-offset P]: on a running system; remembered for the next `up`.
add_shepherd_command() {
    local n=${1:-} mode=local offset=200
    [[ "$n" =~ $SHEPHERD_PATTERN ]] || die "usage: ./lockernet add-shepherd N [--separate-process [--port-offset P]]"
    shift
    while [ $# -gt 0 ]; do
        case "$1" in
            --separate-process) mode=separate ;;
            --port-offset) offset=${2:-}; shift ;;
            --port-offset=*) offset=${1#--port-offset=} ;;
            *) die "unknown option for add-shepherd: $1" ;;
        esac
        shift
    done
    { [[ "$offset" =~ $OFFSET_PATTERN ]] && [ "$offset" != 100 ]; } \
        || die "--port-offset must be a number from 10 to 9999 other than 100 (8180 is Keycloak's)"
    if is_demo_shepherd "$n" && [ "$mode" = separate ]; then die "shepherd-$n is a demo Shepherd of the Core's server"; fi
    { keycloak_ready && wildfly_running; } || die "Lockernet is not running; start it with ./lockernet up"
    for f in "$SHEPHERD_WAR" "$SHEPHERD_CLIENT_JSON"; do [ -e "$f" ] || die "build first: mvn -DskipTests package"; done
    local before; before=$(grep "^$n " "$ADDED_SHEPHERDS" 2>/dev/null | cut -d' ' -f2 || true)
    if [ -n "$before" ] && [ "$before" != "$mode" ]; then
        die "shepherd-$n was added before as a $before Shepherd; stop with ./lockernet down and remove its line from $ADDED_SHEPHERDS"
    fi
    step "Shepherd shepherd-$n"
    add_shepherd "$n" "$mode" "$offset"
    if [ -z "$before" ] && ! is_demo_shepherd "$n"; then
        if [ "$mode" = separate ]; then echo "$n separate $offset"; else echo "$n local"; fi >> "$ADDED_SHEPHERDS"
    fi
    local port=$MGMT_PORT https=$HTTPS_PORT
    if [ "$mode" = separate ]; then port=$((MGMT_PORT + offset)) https=$((HTTPS_PORT + offset)); fi
    wait_for "shepherd-$n to register with the Core (:$port/health/ready)" 120 ready_at "$port" \
        || die "shepherd-$n is not ready; see http://localhost:$port/health/ready"
    cat <<EOF

shepherd-$n is up.
  Lockers connect to  wss://localhost:$https/shepherd-$n/lockers
  Assign lockers      PUT $APP_URL/core/api/operator/lockers/{id}/assignment {"shepherd":"shepherd-$n"}
  Shepherds           GET $APP_URL/core/api/operator/shepherds
EOF
}

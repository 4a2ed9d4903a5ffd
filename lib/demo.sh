# The local demo's build, database choice, simulated lockers and the summary `up` prints: sourced by ./lockernet.

build() {
    local missing=()
    for a in "${ARTIFACTS[@]}"; do [ -e "$a" ] || missing+=("$a"); done
    if [ ${#missing[@]} -eq 0 ]; then
        say "   artifacts are built (run 'mvn -DskipTests package' to rebuild after a change)"
        return
    fi
    [ "$NO_BUILD" = true ] && die "missing artifacts (${missing[*]}); build with 'mvn -DskipTests package'"
    step "Building (mvn -DskipTests package; the first build downloads WildFly and Keycloak, a few minutes)"
    command -v mvn > /dev/null || die "Maven is needed to build (and JDK 17)"
    (cd "$ROOT" && mvn -B -DskipTests package 2>&1 | tee "$LH/build.log" \
        | grep --line-buffered -E '^\[INFO\] Building |BUILD|ERROR' | sed -u 's/^\[INFO\] /   /')
    for a in "${ARTIFACTS[@]}"; do [ -e "$a" ] || die "build did not produce $a; see $LH/build.log"; done
}

# The database mode of this LOCKERNET_HOME: chosen by the first `up`, kept afterwards.
choose_db() {
    local recorded; recorded=$(cat "$LH/db" 2>/dev/null || true)
    if [ -n "$recorded" ] && [ -n "$DB" ] && [ "$recorded" != "$DB" ]; then
        die "$LH runs on $recorded; stop it and remove $LH (or set LOCKERNET_HOME) to use $DB"
    fi
    DB=${DB:-${recorded:-h2}}
    case "$DB" in h2 | postgres) ;; *) die "--db must be h2 or postgres, not $DB" ;; esac
    echo "$DB" > "$LH/db"
}

start_simulators() {
    step "Simulated lockers"
    if pid_ours simulator; then
        say "   already running (pid $(cat "$RUN/simulator.pid"))"
        return
    fi
    local args=()
    for l in "${DEMO_LOCKERS[@]}"; do args+=(--locker "$l"); done
    if port_open "$DEMO_SMTP_PORT"; then
        say "   port $DEMO_SMTP_PORT is taken by another process: the demo's customers get no mail and fetch no parcel"
    fi
    # --demo: seeds the demo retailers (products, orders at every store, a parcel or two in the lockers; idempotent)
    # and keeps new orders, deposits and pickups going, as each retailer's manager; it receives the customers' mail on
    # DEMO_SMTP_PORT (server_properties points the mail session there) and keeps it in DEMO_MAIL.
    # The home property names nothing the simulator reads: it tells this home's simulator from another's (runs_ours).
    start simulator "$RUN/simulator.log" java -Dlockernet.home="$LH" $(java_trust) -jar "$SIMULATOR_JAR" \
        --keycloak "$REALM_URL" --shepherd-base "wss://localhost:$HTTPS_PORT" --secrets-dir "$SECRETS/clients" \
        --demo --partner-base "$APP_URL" --demo-retailers "$(IFS=,; printf '%s' "${DEMO_RETAILERS[*]}")" \
        --demo-password-file "$SECRETS/demo-password" --smtp-port "$DEMO_SMTP_PORT" --demo-mail-dir "$DEMO_MAIL" \
        "${args[@]}"
    say "   ${DEMO_LOCKERS[*]}, with demo orders and customers (log: $RUN/simulator.log; customers' mail: $DEMO_MAIL)"
}

summary() {
    cat <<EOF

Lockernet is up.
  Keycloak realm     $REALM_URL  (admin console https://localhost:$KC_PORT/admin, admin: $SECRETS/keycloak-admin-password)
  Admin Panel        $APP_URL/admin/                 operator
  Staff app acme     $APP_URL/partner-acme/          acme-employee, acme-manager
  Staff app bravo    $APP_URL/partner-bravo/         bravo-employee, bravo-manager
  Partner Admin      $APP_URL/partner-admin-acme/    acme-tech, acme-privacy (bravo-… for bravo)
  Courier app        $APP_URL/courier/               swift-courier-1, swift-courier-2 (carrier swift), rapid-courier-1
  Password           $(demo_password) for every demo user above ($SECRETS/demo-password; clients' secrets in $SECRETS/clients)
  HTTPS only         local CA: $TLS/ca.pem (plain HTTP on :$HTTP_PORT sends a browser to $APP_URL)
  Lockers (WSS)      wss://localhost:$HTTPS_PORT/shepherd-1/lockers, wss://localhost:$HTTPS_PORT/shepherd-2/lockers
  OpenAPI            $APP_URL/openapi
  Health             http://localhost:$MGMT_PORT/health
  Logs               $RUN/*.log
EOF
    if [ "$SIMULATORS" = true ]; then
        cat <<EOF
  Demo shop          orders waiting at every store; about once a minute per retailer a new order, a deposit, and
                     customers who collect with the code from their e-mail (simulator --demo, $RUN/simulator.log);
                     one in six forgets: the demo's pickup window is an hour, then the parcel is on Retrieval;
                     every third order goes to the carrier swift, whose two simulated couriers drive it to the
                     locker at ten times a van's speed (their routes planned by the Core, one parcel in twenty
                     reported damaged)
  Customers' mail    $DEMO_MAIL/*.eml (the newest 500; SMTP 127.0.0.1:$DEMO_SMTP_PORT)
EOF
    fi
    say "All passwords above are demo credentials of this local system. Stop with ./lockernet down."
}

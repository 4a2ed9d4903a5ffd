# Keycloak of the local system: sourced by ./lockernet. Its start (HTTPS only, the realm imported afresh when it
# changed) and the admin CLI (kcadm) with which the launcher adds Shepherds' and retailers' clients and users.

# Keycloak's build options: a start with options other than those it was built with builds it again first (about a
# minute on two cores), so the launcher builds it with these, once, and starts it with the same.
KC_BUILD_OPTIONS=(--cache=local --db=dev-file)

# unpack_keycloak: Keycloak, built with KC_BUILD_OPTIONS, into KC_HOME. It is unpacked and built once per distribution
# into keycloak-realm/target, beside the zip (`mvn clean` removes it), and every home copies that: the tests' H2,
# PostgreSQL and first-hour systems each have a home of their own, and each built the same Keycloak at its first
# start before. The copy holds nothing of a home: the realm, the secrets and Keycloak's data come afterwards.
unpack_keycloak() {
    local key built work
    key=$({ stat -c '%s %Y' "$KC_ZIP"; echo "${KC_BUILD_OPTIONS[*]}"; } | sha256sum | cut -c1-16)
    built=$(dirname "$KC_ZIP")/keycloak-built-$key
    if [ ! -x "$built/bin/kc.sh" ]; then
        say "   unpacking Keycloak and building it (${KC_BUILD_OPTIONS[*]}; once per distribution, ~1 min)"
        work=$(mktemp -d "$built.XXXXXX")
        if ! { unzip -q "$KC_ZIP" -d "$work" && mv "$work"/keycloak-* "$work/keycloak" \
                && bash "$work/keycloak/bin/kc.sh" build "${KC_BUILD_OPTIONS[@]}" > "$RUN/keycloak-build.log" 2>&1; }
        then
            rm -rf "${work:?}"
            die "cannot unpack and build Keycloak from $KC_ZIP; see $RUN/keycloak-build.log"
        fi
        # another launcher may have built it at the same moment: then its copy serves as well
        mv -T "$work/keycloak" "$built" 2> /dev/null || true
        rm -rf "${work:?}"
    fi
    say "   copying the built Keycloak into $KC_HOME"
    rm -rf "${LH:?}/keycloak-unpack"
    { cp -a "$built" "$LH/keycloak-unpack" && mv -T "$LH/keycloak-unpack" "$KC_HOME"; } \
        || die "cannot copy Keycloak from $built into $KC_HOME"
}

start_keycloak() {
    step "Keycloak on :$KC_PORT"
    if pid_ours keycloak; then
        say "   already running (pid $(cat "$RUN/keycloak.pid"))"
    else
        port_open $KC_PORT && die "port $KC_PORT is taken by a process this launcher did not start"
        [ -x "$KC_HOME/bin/kc.sh" ] || unpack_keycloak
        # a changed realm definition (or secret) is imported afresh (an import skips a realm that exists); the master
        # realm is made anew with it, its bootstrap admin with the generated password
        local sum; sum=$(rendered_realm | sha256sum | cut -d' ' -f1)
        if [ "$(cat "$KC_HOME/.realm.sha256" 2>/dev/null)" != "$sum" ]; then
            rm -rf "${KC_HOME:?}/data/h2"
            mkdir -p "$KC_HOME/data/import"
            rendered_realm > "$KC_HOME/data/import/lockernet-realm.json"
            echo "$sum" > "$KC_HOME/.realm.sha256"
        fi
        # the bootstrap admin of Keycloak's master realm: a demo credential for this local system only, handed over in
        # the environment. Hence the explicit host: a production start listens on every address.
        (
            export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD
            KC_BOOTSTRAP_ADMIN_PASSWORD=$(keycloak_admin_password)
            # HTTPS only, with the local CA's certificate (its password in the environment, not on the command line):
            # a production start (start-dev always opens plain HTTP too), on one node (cache local), its host name
            # taken from the request as start-dev does, its data in Keycloak's own file database
            export KC_HTTPS_KEY_STORE_PASSWORD; KC_HTTPS_KEY_STORE_PASSWORD=$(< "$TLS/server.password")
            # brute-force detection stays on (failed sign-ins lock a user out), but a sign-in is not refused for
            # coming while another of the same user is under way: Keycloak 26 does that by default, and then answers
            # "Invalid user credentials" to an operator whose console and scripts sign in at the same moment
            export KC_SPI_BRUTE_FORCE_PROTECTOR_DEFAULT_BRUTE_FORCE_DETECTOR_ALLOW_CONCURRENT_REQUESTS=true
            start keycloak "$RUN/keycloak.log" bash "$KC_HOME/bin/kc.sh" start --http-enabled=false \
                --https-port=$KC_PORT --https-key-store-file="$TLS/server.p12" --https-protocols=TLSv1.3,TLSv1.2 \
                --hostname-strict=false "${KC_BUILD_OPTIONS[@]}" \
                --import-realm --http-host="$BIND" --http-management-host="$BIND"
        )
    fi
}

await_keycloak() {
    wait_for "the lockernet realm" 300 keycloak_ready || die "Keycloak did not come up; see $RUN/keycloak.log"
}

# Keycloak's admin CLI, logged in as the bootstrap admin of this local Keycloak (a demo credential; the password in the
# environment, KC_CLI_PASSWORD, not on the command line).
kcadm() { KC_CLI_PASSWORD=$(keycloak_admin_password) KC_OPTS="$(java_trust) $CLI_JAVA_OPTS" bash "$KC_HOME/bin/kcadm.sh" "$@" --config "$RUN/kcadm.config"; }

kcadm_login() { kcadm config credentials --server "https://localhost:$KC_PORT" --realm master --user admin; }

# kc_id RESOURCE QUERY: the id of the one realm resource (clients, users) matching QUERY exactly, or nothing.
kc_id() { kcadm get "$1" -r lockernet -q "$2" -q exact=true --fields id --format csv --noquotes; }

# client_secret CLIENT_ID: the secret Keycloak keeps for a confidential client (after kcadm_login: one login serves
# every secret asked for next, and each kcadm is a JVM start of some seconds).
client_secret() {
    local id; id=$(kc_id clients "clientId=$1" 2>/dev/null)
    [ -n "$id" ] || return 1
    kcadm get "clients/$id/client-secret" -r lockernet --fields value --format csv --noquotes 2>/dev/null
}

# shepherd_client N: makes the confidential client shepherd-N (role shepherd-service) unless it exists; prints its secret.
shepherd_client() {
    local n=$1 log=$RUN/shepherd-$1/keycloak.log id
    {
        kcadm_login
        id=$(kcadm get clients -r lockernet -q clientId="shepherd-$n" --fields id --format csv --noquotes)
        if [ -z "$id" ]; then
            id=$(sed "s/@NUMBER@/$n/g" "$SHEPHERD_CLIENT_JSON" | kcadm create clients -r lockernet -i -f -)
            kcadm add-roles -r lockernet --uusername "service-account-shepherd-$n" --rolename shepherd-service
        fi
    } > "$log" 2>&1 || return 1
    [ -n "$id" ] || return 1
    kcadm get "clients/$id/client-secret" -r lockernet --fields value --format csv --noquotes 2>> "$log"
}

# partner_keycloak ID DEMO_STAFF: the group /retailers/ID, the clients partner-ID (its service account with role
# partner-service, in the group) and partner-admin-ID, unless they exist; with DEMO_STAFF=true also the demo users
# ID-employee, ID-manager, ID-tech and ID-privacy (the demo password) and password grants on both clients. Clients and
# users go in with one partial import that skips what exists (a kcadm call is a JVM start: seconds each).
partner_keycloak() (
    set -e
    r=$1 demo_staff=$2
    kcadm_login
    parent=$(kcadm get groups -r lockernet -q search=retailers --fields id,name --format csv --noquotes \
        | awk -F, '$2 == "retailers" {print $1; exit}')
    [ -n "$parent" ] || { echo "no group /retailers in the realm"; exit 1; }
    if ! kcadm get "groups/$parent/children" -r lockernet -q max=10000 --fields name --format csv --noquotes \
            | grep -qx "$r"; then
        kcadm create "groups/$parent/children" -r lockernet -s name="$r"
    fi
    grants=false
    [ "$demo_staff" = true ] && grants=true
    client() {
        local json; json=$(render "$1" RETAILER "$r")
        printf '%s' "${json//'"directAccessGrantsEnabled": false'/"\"directAccessGrantsEnabled\": $grants"}"
    }
    user() { render "$REALM_TEMPLATES/retailer-staff-user.json" RETAILER "$r" WHO "$1" ROLES "$2" PASSWORD "$(demo_password)"; }
    users=$(render "$REALM_TEMPLATES/retailer-service-account.json" RETAILER "$r")
    if [ "$demo_staff" = true ]; then
        users="$users,$(user employee '"store-employee"'),$(user manager '"store-employee", "store-manager"')"
        users="$users,$(user tech '"partner-tech"'),$(user privacy '"partner-privacy"')"
    fi
    render "$REALM_TEMPLATES/retailer-import.json" PARTNER_CLIENT "$(client "$PARTNER_CLIENT_JSON")" \
        PARTNER_ADMIN_CLIENT "$(client "$PARTNER_ADMIN_CLIENT_JSON")" USERS "$users" \
        | kcadm create partialImport -r lockernet -f -
)

# The local system's secrets: sourced by ./lockernet (uses its LH, REALM_JSON, KC_HOME, say).
#
# Made at the first `up`, never taken from the repository: each confidential client's secret of the realm (one file
# per client in secrets/clients, named for the client, holding the secret alone, so that `curl --data-urlencode
# client_secret@FILE` and the simulator read it from there), the demo users' password (secrets/demo-password) and
# Keycloak's admin password (secrets/keycloak-admin-password, shown once when made). The launcher runs under umask 077:
# every file it writes is its user's alone from the moment it exists. No secret is ever put on a command line: they
# reach programs through files, standard input or the environment.
SECRETS=$LH/secrets

# random_secret: 32 random bytes, base64url without padding.
random_secret() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }

# secret_file FILE: the secret in FILE; stops when there is none (run `up` first).
secret_file() {
    [ -s "$1" ] || die "no secret in $1: ./lockernet up makes it"
    printf '%s' "$(< "$1")"
}
secret() { secret_file "$SECRETS/clients/$1"; }
# render FILE [NAME VALUE]...: the template FILE with each @NAME@ replaced by its VALUE, in bash alone, so that no
# process's command line ever holds a value (the demo password goes into Keycloak's user template this way)
render() {
    local text; text=$(< "$1"); shift
    while [ $# -ge 2 ]; do text=${text//"@$1@"/"$2"}; shift 2; done
    printf '%s\n' "$text"
}

demo_password() { secret_file "$SECRETS/demo-password"; }
keycloak_admin_password() { secret_file "$SECRETS/keycloak-admin-password"; }

# realm_clients: the confidential clients of the realm definition, whose secrets are generated here.
realm_clients() {
    grep -o '\${lockernet\.secret\.[A-Za-z0-9-]*}' "$REALM_JSON" | sed 's/^\${lockernet\.secret\.//; s/}$//' | sort -u
}

# demo_secrets: whatever of the above is not there yet.
demo_secrets() {
    mkdir -p "$SECRETS/clients"
    local name
    for name in $(realm_clients); do
        [ -s "$SECRETS/clients/$name" ] || random_secret > "$SECRETS/clients/$name"
    done
    [ -s "$SECRETS/demo-password" ] || random_secret | head -c 16 > "$SECRETS/demo-password"
    if [ ! -s "$SECRETS/keycloak-admin-password" ]; then
        random_secret > "$SECRETS/keycloak-admin-password"
        say "   Keycloak's admin password (shown this once; kept in $SECRETS/keycloak-admin-password):"
        say "   admin / $(keycloak_admin_password)"
    fi
}

# rendered_realm: the realm definition with the generated secrets filled in (bash substitution: no other process sees
# them).
rendered_realm() {
    local realm name value
    realm=$(< "$REALM_JSON")
    for name in $(realm_clients); do
        value=$(secret "$name")
        realm=${realm//"\${lockernet.secret.$name}"/"$value"}
    done
    value=$(demo_password)
    realm=${realm//'${lockernet.demo-password}'/"$value"}
    printf '%s\n' "$realm"
}

# secret_properties: the clients' secrets as the server's system properties lockernet.secret.CLIENT.
secret_properties() {
    local name value
    for name in $(realm_clients); do
        value=$(secret "$name")
        printf 'lockernet.secret.%s=%s\n' "$name" "$value"
    done
}

# urlencode VALUE: VALUE as a form field, byte by byte (bash only).
urlencode() {
    local LC_ALL=C value=$1 out="" c i
    for ((i = 0; i < ${#value}; i++)); do
        c=${value:i:1}
        case "$c" in
            [a-zA-Z0-9.~_-]) out+=$c ;;
            *) printf -v c '%%%02X' "'$c"; out+=$c ;;
        esac
    done
    printf '%s' "$out"
}

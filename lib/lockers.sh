# Lockers commissioned from the shell: sourced by ./lockernet; `add-locker`. Through the Core's operator API only, as
# the Admin Panel does it: the locker is entered (PUT /core/api/operator/lockers/ID), then given its Keycloak account
# (POST …/credentials: the Core makes the client locker-ID with the Keycloak admin client and answers its secret once).

LOCKER_PATTERN='^[A-Za-z0-9_-]{1,40}$'

# operator_token: an access token of the operator LOCKERNET_OPERATOR (default the demo's network admin, operator) with
# LOCKERNET_OPERATOR_PASSWORD (default the demo password), through the Admin Panel's client.
operator_token() {
    local token
    # the form on curl's standard input: no secret on its command line
    token=$(printf 'grant_type=password&client_id=lockernet-admin-panel&client_secret=%s&username=%s&password=%s' \
            "$(urlencode "${LOCKERNET_ADMIN_PANEL_SECRET:-$(secret lockernet-admin-panel)}")" \
            "$(urlencode "${LOCKERNET_OPERATOR:-operator}")" \
            "$(urlencode "${LOCKERNET_OPERATOR_PASSWORD:-$(demo_password)}")" \
        | tls_curl -s -m 30 --data-binary @- "$REALM_URL/protocol/openid-connect/token" \
        | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    [ -n "$token" ] || die "cannot sign in as operator ${LOCKERNET_OPERATOR:-operator} (set LOCKERNET_OPERATOR and LOCKERNET_OPERATOR_PASSWORD)"
    printf '%s' "$token"
}

# operator_call TOKEN METHOD PATH [BODY]: the Core's operator API; prints the answer's body, then its status on a line
# of its own. The token goes as a header on curl's standard input, not on its command line.
operator_call() {
    local token=$1 method=$2 path=$3 body=${4:-}
    local args=(-s -m 60 -w '\n%{http_code}' -X "$method" -H @-)
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
    printf 'Authorization: Bearer %s\n' "$token" | tls_curl "${args[@]}" "$APP_URL/core/api/operator/$path"
}

json_string() { local v=${1//\\/\\\\}; v=${v//\"/\\\"}; printf '"%s"' "$v"; }

add_locker_command() {
    local id=${1:-} name="" store="" region="" shepherd="" fallback="" retailers=""
    local usage="usage: ./lockernet add-locker ID --name NAME --store STORE --region REGION --shepherd shepherd-N [--fallback shepherd-M] [--retailers acme,bravo]"
    [[ "$id" =~ $LOCKER_PATTERN ]] || die "$usage; ID is 1 to 40 letters, digits, '-' or '_'"
    shift
    while [ $# -gt 0 ]; do
        case "$1" in
            --name) name=${2:-}; shift ;;
            --store) store=${2:-}; shift ;;
            --region) region=${2:-}; shift ;;
            --shepherd) shepherd=${2:-}; shift ;;
            --fallback) fallback=${2:-}; shift ;;
            --retailers) retailers=${2:-}; shift ;;
            *) die "unknown option for add-locker: $1 ($usage)" ;;
        esac
        shift
    done
    [ -n "$name" ] && [ -n "$store" ] && [ -n "$shepherd" ] || die "$usage"
    [[ -z "$retailers" || "$retailers" =~ ^[a-z0-9-]+(,[a-z0-9-]+)*$ ]] || die "--retailers is a comma-separated list of retailer ids"
    { keycloak_ready && wildfly_running; } || die "Lockernet is not running; start it with ./lockernet up"
    step "Locker $id"
    local token body list="" r answer code
    token=$(operator_token)
    for r in ${retailers//,/ }; do list="$list${list:+,}\"$r\""; done
    body="{\"name\":$(json_string "$name"),\"store\":$(json_string "$store"),\"shepherd\":$(json_string "$shepherd")"
    [ -n "$region" ] && body="$body,\"region\":$(json_string "$region")"
    [ -n "$fallback" ] && body="$body,\"fallback\":$(json_string "$fallback")"
    body="$body,\"retailers\":[$list]}"
    answer=$(operator_call "$token" PUT "lockers/$id" "$body")
    code=${answer##*$'\n'}
    [[ "$code" = 200 || "$code" = 201 ]] || die "the Core did not take locker $id ($code): ${answer%$'\n'*}"
    say "   entered into the Core: $([ "$code" = 201 ] && echo new || echo changed)${region:+, region $region}, $shepherd${fallback:+ (fallback $fallback)}"
    answer=$(operator_call "$token" POST "lockers/$id/credentials")
    code=${answer##*$'\n'}
    [[ "$code" = 200 || "$code" = 201 ]] || die "the Core did not make the Keycloak account of $id ($code): ${answer%$'\n'*}"
    local secret; secret=$(printf '%s' "${answer%$'\n'*}" | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p')
    [ -n "$secret" ] || die "the Core's answer has no secret for $id"
    mkdir -p "$SECRETS/clients"
    printf '%s' "$secret" > "$SECRETS/clients/locker-$id"
    say "   Keycloak: client locker-$id $([ "$code" = 201 ] && echo made || echo 'given a new secret')"
    say "   its secret, kept nowhere else: $SECRETS/clients/locker-$id (the locker gets its tokens with it; so does the simulator)"
}

# Retailers: sourced by ./lockernet. A retailer's Partner DB, datasource and two deployments, its entry in the Core,
# and `add-partner`.

# add_retailer ID DB: retailer ID's Partner DB (h2 or postgres), datasource, OIDC secure deployments and its two
# deployments. A demo retailer's client secrets come with the realm; an added one's from Keycloak.
add_retailer() {
    local r=$1 db=$2 dir=$RUN/retailer-$1
    local parts=("$PARTNER_WAR" "$PARTNER_ADMIN_WAR" "$CLI_DIR/retailer.cli")
    personal_data_keys "$r"
    if current "partner-$r.war" "${parts[@]}" && current "partner-admin-$r.war" "${parts[@]}"; then
        say "   partner-$r and partner-admin-$r are up to date"
        return
    fi
    mkdir -p "$dir"
    local partner_secret admin_secret
    if is_demo_retailer "$r"; then
        partner_secret=$(secret "partner-$r") admin_secret=$(secret "partner-admin-$r")
    else
        { kcadm_login > /dev/null 2>&1 && partner_secret=$(client_secret "partner-$r") \
            && admin_secret=$(client_secret "partner-admin-$r"); } \
            || die "cannot read the secrets of the Keycloak clients of $r; add it again with ./lockernet add-partner $r"
    fi
    local driver=h2 url="jdbc:h2:retry:file:$DATA/partner-$r;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" user=sa password=sa
    if [ "$db" = postgres ]; then
        ensure_database "${DB_PREFIX}_partner_$r"
        driver=postgresql url=$(jdbc_url "${DB_PREFIX}_partner_$r") user=$PG_USER password=$PG_PASSWORD
    fi
    say "   partner-$r and partner-admin-$r (database $url)"
    render "$TEMPLATES/partner-jboss-web.xml" RETAILER "$r" > "$dir/jboss-web.xml"
    {
        echo "retailer=$r"
        echo "partner.db.driver=$driver"
        echo "partner.db.url=$url"
        echo "partner.db.user=$user"
        echo "partner.db.password=$password"
        echo "partner.war=$PARTNER_WAR"
        echo "partner-admin.war=$PARTNER_ADMIN_WAR"
        echo "partner.overlay=$dir/jboss-web.xml"
        echo "partner.secret=$partner_secret"
        echo "partner-admin.secret=$admin_secret"
    } > "$dir/cli.properties"
    chmod 600 "$dir/cli.properties"
    cli --resolve-parameter-values --properties="$dir/cli.properties" --file="$CLI_DIR/retailer.cli" > "$dir/deploy.log" 2>&1 \
        || die "deploying retailer $r failed; see $dir/deploy.log"
    remember "partner-$r.war" "${parts[@]}"
    remember "partner-admin-$r.war" "${parts[@]}"
}

is_demo_retailer() { local d; for d in "${DEMO_RETAILERS[@]}"; do [ "$d" = "$1" ] && return 0; done; return 1; }

# core_retailer ID NAME LOCKERS: enters the retailer into the Core (PUT /core/api/operator/retailers/ID) as an
# operator: LOCKERNET_OPERATOR and LOCKERNET_OPERATOR_PASSWORD, by default the demo operator. An empty NAME, or
# LOCKERS "-", leaves that as the Core has it (a new retailer is named by its id and may use no locker).
core_retailer() {
    local r=$1 name=$2 lockers=$3 token list="" l answer code
    token=$(operator_token)
    local body=""
    [ -n "$name" ] && body="\"name\":\"${name//\"/\\\"}\""
    if [ "$lockers" != "-" ]; then
        for l in ${lockers//,/ }; do list="$list${list:+,}\"$l\""; done
        body="$body${body:+,}\"lockers\":[$list]"
    fi
    # the operator's token as a header on curl's standard input, not on its command line
    answer=$(printf 'Authorization: Bearer %s\n' "$token" | tls_curl -s -m 30 -w '\n%{http_code}' -X PUT -H @- \
        -H 'Content-Type: application/json' -d "{$body}" "$APP_URL/core/api/operator/retailers/$r")
    code=${answer##*$'\n'}
    case "$code" in
        200 | 201) say "   Core: ${answer%$'\n'*}" ;;
        *) die "the Core refused retailer $r ($code): ${answer%$'\n'*}" ;;
    esac
}

# add-partner ID [--name NAME] [--lockers L1,L2] [--db h2|postgres] [--demo-staff]: on a running system; remembered
# for the next `up`. Running it again changes the name and the lockers if given, and leaves the rest as it is.
add_partner_command() {
    local r=${1:-} name="" lockers="-" db="" demo_staff=false
    [[ "$r" =~ $RETAILER_PATTERN ]] \
        || die "usage: ./lockernet add-partner ID [--name NAME] [--lockers L-0005,L-0006] [--db h2|postgres] [--demo-staff]; ID is 2 to 40 lower-case letters and digits, starting with a letter"
    shift
    while [ $# -gt 0 ]; do
        case "$1" in
            --name) name=${2:-}; shift ;;
            --name=*) name=${1#--name=} ;;
            --lockers) lockers=${2:-}; shift ;;
            --lockers=*) lockers=${1#--lockers=} ;;
            --db) db=${2:-}; shift ;;
            --db=*) db=${1#--db=} ;;
            --demo-staff) demo_staff=true ;;
            *) die "unknown option for add-partner: $1" ;;
        esac
        shift
    done
    [[ "$lockers" = - || "$lockers" =~ ^([A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*)?$ ]] \
        || die "--lockers is a comma-separated list of locker ids"
    if is_demo_retailer "$r"; then die "$r is a demo retailer; it comes with ./lockernet up"; fi
    { keycloak_ready && wildfly_running; } || die "Lockernet is not running; start it with ./lockernet up"
    for f in "$PARTNER_WAR" "$PARTNER_ADMIN_WAR" "$PARTNER_CLIENT_JSON" "$PARTNER_ADMIN_CLIENT_JSON"; do
        [ -e "$f" ] || die "build first: mvn -DskipTests package"
    done
    local before; before=$(grep "^$r " "$ADDED_PARTNERS" 2>/dev/null | cut -d' ' -f2 || true)
    db=${db:-${before:-$(cat "$LH/db" 2>/dev/null || echo h2)}}
    case "$db" in h2 | postgres) ;; *) die "--db must be h2 or postgres, not $db" ;; esac
    if [ -n "$before" ] && [ "$before" != "$db" ]; then
        die "$r was added with its database on $before; remove it first (README, Removing a retailer)"
    fi
    step "Retailer $r"
    # called outside any || or if, so that the set -e inside it takes effect
    set +e
    partner_keycloak "$r" "$demo_staff" > "$RUN/retailer-$r.keycloak.log" 2>&1
    local rc=$?
    set -e
    [ "$rc" = 0 ] || die "cannot make the Keycloak group and clients of $r; see $RUN/retailer-$r.keycloak.log"
    say "   Keycloak: group /retailers/$r, clients partner-$r and partner-admin-$r$([ "$demo_staff" = true ] && echo ', demo staff' || true)"
    core_retailer "$r" "$name" "$lockers"
    local DEPLOYED; DEPLOYED=$(deployed_on $MGMT_PORT)
    add_retailer "$r" "$db"
    [ -n "$before" ] || echo "$r $db" >> "$ADDED_PARTNERS"
    wait_for "partner-$r to report ready (:$MGMT_PORT/health/ready)" 120 apps_ready \
        || die "partner-$r is not ready; see http://localhost:$MGMT_PORT/health/ready and $RUN/wildfly.log"
    cat <<EOF

Retailer $r is up.
  Staff app          $APP_URL/partner-$r/
  Partner Admin      $APP_URL/partner-admin-$r/
  Staff              Keycloak users in group /retailers/$r with role store-employee or store-manager
                     (technicians partner-tech, the privacy officer partner-privacy)
EOF
    if [ "$demo_staff" = true ]; then
        say "  Demo staff         $r-employee, $r-manager, $r-tech, $r-privacy / $(demo_password) (demo credentials of this local system)"
    fi
}

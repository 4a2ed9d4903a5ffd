# Personal-data keys, one keystore per retailer: sourced by ./lockernet (uses its LH, MGMT_PORT, say, step, die,
# wait_for, RETAILER_PATTERN). See docs/security.md, "Personal data at rest".
#
# $LH/secrets/retailer-ID/personal-data.p12 is a PKCS12 keystore of key versions: version N is the AES-256 key
# personal-data-N (seals the data) and the HmacSHA256 key lookup-N (the keyed hash of e-mail addresses). Its password
# is personal-data.password beside it. Both are made readable by their owner only, and are kept apart from the
# databases: a copied Partner DB or backup holds no key. Back the directory up apart from the data.

keys_dir() { printf '%s\n' "$LH/secrets"; }
keystore_of() { printf '%s\n' "$(keys_dir)/retailer-$1/personal-data.p12"; }

# personal_data_keys ID: retailer ID's keystore with key version 1, unless it has one. A retailer whose key directory
# exists without its keystore has lost its key: a new one would not open its data, so the launcher stops and says so.
personal_data_keys() {
    local dir
    dir=$(keys_dir)/retailer-$1
    [ -s "$dir/personal-data.p12" ] && return 0
    [ -d "$dir" ] && die "the personal-data keystore of $1 is missing from $dir: restore it (and personal-data.password) from the backup; without it $1's customers' data does not open"
    (umask 077 && mkdir -p "$dir" && head -c 32 /dev/urandom | base64 > "$dir/personal-data.password")
    (umask 077 && add_key_version "$1" 1) || die "cannot make the personal-data keystore of $1 in $dir"
    say "   personal-data key of $1: $dir (apart from the databases; back it up apart from them)"
}

# key_versions ID: the key versions retailer ID's keystore holds, one per line, lowest first.
key_versions() {
    keytool -list -storetype PKCS12 -keystore "$(keystore_of "$1")" \
            -storepass:file "$(keys_dir)/retailer-$1/personal-data.password" 2> /dev/null \
        | sed -n 's/^personal-data-\([0-9]*\),.*/\1/p' | sort -n
}

# add_key_version ID N: adds lookup-N and personal-data-N to a copy of the keystore, which then replaces it in one
# rename: keytool writes a keystore in place, and one cut off half-way would lose every key.
add_key_version() {
    local store password alias algorithm
    store=$(keystore_of "$1") password=$(keys_dir)/retailer-$1/personal-data.password
    rm -f "$store.new"
    if [ -s "$store" ]; then cp -p "$store" "$store.new" || return 1; fi
    for alias in "lookup-$2:HmacSHA256" "personal-data-$2:AES"; do
        algorithm=${alias#*:}
        keytool -genseckey -alias "${alias%%:*}" -keyalg "$algorithm" -keysize 256 -storetype PKCS12 \
            -keystore "$store.new" -storepass:file "$password" > /dev/null 2>&1 || return 1
    done
    sync "$store.new" 2> /dev/null || true
    mv -f "$store.new" "$store"
}

# personal_data_health ID: the readiness check personal-data-ID as one line of JSON (empty when there is none).
personal_data_health() {
    curl -s -m 5 "http://localhost:$MGMT_PORT/health/ready" | tr -d ' \n' \
        | grep -o "{\"name\":\"personal-data-$1\"[^}]*}[^}]*}" || true
}

# health_number CHECK NAME: the number NAME in the health check's data CHECK.
health_number() { [[ "$1" =~ \"$2\":(-?[0-9]+) ]] && printf '%s' "${BASH_REMATCH[1]}"; }

# resealed ID N: partner-ID works with key N, its confirming pass is done, and nothing is left under an older key but
# rows that do not open.
resealed() {
    local check rows unreadable
    check=$(personal_data_health "$1")
    [ "$(health_number "$check" keyVersion)" = "$2" ] && [ "$(health_number "$check" resealingUnder)" = "$2" ] \
        && [[ "$check" == *"\"resealing\":false"* ]] || return 1
    rows=$(health_number "$check" rowsUnderOlderKeys) unreadable=$(health_number "$check" unreadable)
    [ -n "$rows" ] && [ -n "$unreadable" ] && (( rows >= 0 && rows <= unreadable ))
}

# rotate_key_command ID: a new key version for retailer ID; waits until partner-ID has re-sealed every row under it.
rotate_key_command() {
    local r=${1:-} current next
    [[ "$r" =~ $RETAILER_PATTERN ]] || die "usage: ./lockernet rotate-key ID (a retailer, e.g. acme)"
    [ -s "$(keystore_of "$r")" ] || die "retailer $r has no personal-data keystore at $(keystore_of "$r")"
    current=$(key_versions "$r" | tail -n 1) || true
    [[ "$current" =~ ^[0-9]+$ ]] || die "cannot read the key versions of $r from $(keystore_of "$r")"
    next=$((current + 1))
    step "Rotating the personal-data key of $r: version $current -> $next"
    (umask 077 && add_key_version "$r" "$next") || die "cannot add key version $next to $(keystore_of "$r")"
    say "   key version $next added; older versions stay in the keystore (backups sealed with them need them)"
    wait_for "partner-$r to re-seal its customers' personal data under key $next" 600 resealed "$r" "$next" \
        || die "partner-$r did not report every row under key $next; see http://localhost:$MGMT_PORT/health/ready ($(personal_data_health "$r"))"
    local check
    check=$(personal_data_health "$r")
    say "   $check"
    [ "$(health_number "$check" unreadable)" = 0 ] \
        || say "   WARNING: some sealed values do not open (altered in the database?); see the server log"
}

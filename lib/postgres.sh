# PostgreSQL for --db postgres: sourced by ./lockernet (uses its LH, PG_HOST, PG_PORT, PG_USER, PG_PASSWORD, say, die).
#
# TLS. Where the server offers it, every connection (psql here, the servers' JDBC) checks the server's certificate and
# host name (sslmode=verify-full) against the CA certificate in LOCKERNET_PG_SSLROOTCERT (PEM; default
# ~/.postgresql/root.crt, where libpq and the JDBC driver look too). A server that offers TLS when that CA is not there
# stops the launcher, unless LOCKERNET_PG_SSLMODE=require says to encrypt without checking, on purpose. A server that
# offers no TLS is reached in clear, and the launcher says so; LOCKERNET_PG_SSLROOTCERT given makes TLS required (and
# so a link stripped of TLS on the way refused). LOCKERNET_PG_SSLMODE=disable connects in clear whatever is offered.
PG_SSLMODE=${LOCKERNET_PG_SSLMODE:-}
PG_SSLROOTCERT=${LOCKERNET_PG_SSLROOTCERT:-}

# pg_tls: decides PG_SSLMODE (and PG_SSLROOTCERT) once; call it in the launcher's own shell, not in $(…).
pg_tls() {
    [ -n "${PG_TLS_DECIDED:-}" ] && return 0
    command -v psql > /dev/null || die "--db postgres needs the psql client"
    local root=${PG_SSLROOTCERT:-$HOME/.postgresql/root.crt}
    if [ -z "$PG_SSLMODE" ]; then
        if [ -n "$PG_SSLROOTCERT" ]; then
            PG_SSLMODE=verify-full
        elif PGSSLMODE=require PGCONNECT_TIMEOUT=5 PGPASSWORD=$PG_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" \
                -U "$PG_USER" -d postgres -tAqc 'select 1' > /dev/null 2>&1; then
            [ -s "$root" ] || die "PostgreSQL at $PG_HOST:$PG_PORT offers TLS: give the certificate of its CA with LOCKERNET_PG_SSLROOTCERT=FILE (every connection then checks the server's certificate and name, sslmode=verify-full), or set LOCKERNET_PG_SSLMODE=require to encrypt without checking"
            PG_SSLMODE=verify-full
        else
            PG_SSLMODE=disable
        fi
    fi
    case "$PG_SSLMODE" in
        verify-full | verify-ca)
            [ -s "$root" ] || die "no CA certificate for PostgreSQL's TLS at $root (LOCKERNET_PG_SSLROOTCERT)"
            PG_SSLROOTCERT=$root ;;
        require | disable) PG_SSLROOTCERT="" ;;
        *) die "LOCKERNET_PG_SSLMODE must be verify-full, verify-ca, require or disable, not $PG_SSLMODE" ;;
    esac
    case "$PG_SSLMODE" in
        disable) say "   PostgreSQL at $PG_HOST:$PG_PORT: no TLS (the server offers none, or LOCKERNET_PG_SSLMODE=disable); connections are in clear" ;;
        require) say "   PostgreSQL at $PG_HOST:$PG_PORT: TLS without checking the server (LOCKERNET_PG_SSLMODE=require)" ;;
        *) say "   PostgreSQL at $PG_HOST:$PG_PORT: TLS, the server checked against $PG_SSLROOTCERT ($PG_SSLMODE)" ;;
    esac
    PG_TLS_DECIDED=1
}

psql_admin() {
    PGPASSWORD=$PG_PASSWORD PGSSLMODE=$PG_SSLMODE PGSSLROOTCERT=$PG_SSLROOTCERT \
        psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAq "$@"
}

# ensure_database NAME: creates the PostgreSQL database unless it exists, and remembers it for --drop-databases.
ensure_database() {
    pg_tls
    if [ "$(psql_admin -c "select 1 from pg_database where datname = '$1'")" != 1 ]; then
        psql_admin -c "create database \"$1\"" || die "cannot create database $1 on $PG_HOST:$PG_PORT"
    fi
    grep -qx "$1" "$LH/databases" 2>/dev/null || echo "$1" >> "$LH/databases"
}

drop_databases() {
    [ -f "$LH/databases" ] || return 0
    pg_tls
    while read -r name; do
        say "   dropping database $name"
        psql_admin -c "drop database if exists \"$name\" with (force)" || true
    done < "$LH/databases"
    rm -f "$LH/databases"
}

# jdbc_url NAME: the JDBC address of database NAME, with the TLS that pg_tls decided.
jdbc_url() {
    local url="jdbc:postgresql://$PG_HOST:$PG_PORT/$1?sslmode=${PG_SSLMODE:?pg_tls first}"
    [ -z "$PG_SSLROOTCERT" ] || url="$url&sslrootcert=$PG_SSLROOTCERT"
    echo "$url"
}

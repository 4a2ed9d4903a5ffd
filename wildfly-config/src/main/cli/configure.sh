#!/usr/bin/env bash
# Applies the numbered scripts (10-*.cli … 60-*.cli) to a WildFly 39 installation, in order. Every script is
# idempotent, so running this again changes nothing.
#   configure.sh JBOSS_HOME [offline] [POSTGRESQL_JAR [FILTERS_JAR]]    offline, on standalone-full.xml (the build)
#   configure.sh JBOSS_HOME --connect [POSTGRESQL_JAR [FILTERS_JAR]]    against a running server on localhost:9990
# POSTGRESQL_JAR is the PostgreSQL JDBC driver (org.postgresql:postgresql); the build passes the one it downloaded.
# FILTERS_JAR is this project's wildfly-filters jar (Undertow handlers, module io.lockernet.web).
set -euo pipefail
home=${1:?usage: configure.sh JBOSS_HOME [offline|--connect] [POSTGRESQL_JAR [FILTERS_JAR]]}
mode=${2:-offline}
here=$(cd "$(dirname "$0")" && pwd)
driver=${3:-$here/../../../target/drivers/postgresql.jar}
filters=${4:-$here/../../../target/drivers/lockernet-web-filters.jar}
properties=$(mktemp)
{ echo "postgresql.jar=$driver"; echo "web-filters.jar=$filters"; } > "$properties"
# module io.lockernet.web is added afresh by 60-web.cli, so that a rebuilt wildfly-filters jar reaches this server
rm -rf "$home/modules/io/lockernet/web"
script=$(mktemp)
trap 'rm -f "$script" "$properties"' EXIT
[ "$mode" = offline ] && echo "embed-server --server-config=standalone-full.xml --std-out=discard" >> "$script"
for f in "$here"/[0-9][0-9]-*.cli; do
    cat "$f" >> "$script"
    echo >> "$script"
done
[ "$mode" = offline ] && echo "stop-embedded-server" >> "$script"
if [ "$mode" = offline ]; then
    bash "$home/bin/jboss-cli.sh" --properties="$properties" --file="$script"
else
    bash "$home/bin/jboss-cli.sh" --connect --properties="$properties" --file="$script"
fi

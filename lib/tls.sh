# TLS of the local system: sourced by ./lockernet (uses its LH, say, die).
#
# A local certificate authority, made once by the first `up` and kept in $LH/tls (never committed): its key in ca.p12,
# its certificate in ca.pem (what clients trust: `curl --cacert .lockernet/tls/ca.pem`), and truststore.p12, the same
# certificate as a Java truststore without a password (certificates only: -Djavax.net.ssl.trustStore). The servers'
# certificate for localhost and 127.0.0.1, signed by that CA, is server.p12, its password in server.password.
# Everything with keytool, every password read from a file. An operator brings their own certificate by setting
# lockernet.tls.keystore and lockernet.tls.keystore-password (see docs/security.md, Transport).
TLS=$LH/tls

# local_tls: the CA and the server certificate, unless they exist.
local_tls() {
    [ -s "$TLS/server.p12" ] && [ -s "$TLS/truststore.p12" ] && return 0
    rm -rf "${TLS:?}" && mkdir -p "$TLS"
    local pass=$TLS/ca.password
    random_secret > "$pass"
    random_secret > "$TLS/server.password"
    { keytool -genkeypair -alias ca -keyalg EC -groupname secp256r1 -dname "CN=Lockernet local CA" \
            -ext bc:c=ca:true -ext ku:c=keyCertSign,cRLSign -validity 3650 -storetype PKCS12 \
            -keystore "$TLS/ca.p12" -storepass:file "$pass" \
        && keytool -exportcert -rfc -alias ca -keystore "$TLS/ca.p12" -storepass:file "$pass" > "$TLS/ca.pem" \
        && keytool -genkeypair -alias server -keyalg EC -groupname secp256r1 -dname "CN=localhost" -validity 825 \
            -storetype PKCS12 -keystore "$TLS/server.p12" -storepass:file "$TLS/server.password" \
        && keytool -certreq -alias server -keystore "$TLS/server.p12" -storepass:file "$TLS/server.password" \
            > "$TLS/server.csr" \
        && keytool -gencert -alias ca -keystore "$TLS/ca.p12" -storepass:file "$pass" -infile "$TLS/server.csr" \
            -rfc -validity 825 -ext san=dns:localhost,ip:127.0.0.1 -ext eku=serverAuth -ext ku:c=digitalSignature \
            > "$TLS/server.pem" \
        && cat "$TLS/server.pem" "$TLS/ca.pem" > "$TLS/chain.pem" \
        && keytool -importcert -noprompt -trustcacerts -alias ca -file "$TLS/ca.pem" -keystore "$TLS/server.p12" \
            -storepass:file "$TLS/server.password" \
        && keytool -importcert -noprompt -alias server -file "$TLS/chain.pem" -keystore "$TLS/server.p12" \
            -storepass:file "$TLS/server.password" \
        && keytool -delete -alias ca -keystore "$TLS/server.p12" -storepass:file "$TLS/server.password" \
        && keytool -J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE -J-Dkeystore.pkcs12.macAlgorithm=NONE \
            -importcert -noprompt -alias lockernet-local-ca -file "$TLS/ca.pem" -storetype PKCS12 \
            -keystore "$TLS/truststore.p12" -storepass:file "$pass"
    } > "$TLS/keytool.log" 2>&1 || die "cannot make the local CA and certificates in $TLS; see $TLS/keytool.log"
    rm -f "$TLS/server.csr" "$TLS/chain.pem"
    say "   local CA: $TLS/ca.pem (trust it to reach https://localhost:8443 without warnings; never committed)"
}

# java_trust: the JVM options by which a Java client (the simulator, kcadm) trusts the local CA alone (public
# certificates: no secret).
java_trust() { printf '%s ' "-Djavax.net.ssl.trustStore=$TLS/truststore.p12" -Djavax.net.ssl.trustStoreType=PKCS12; }

# tls_curl ARGS...: curl trusting the local CA alone.
tls_curl() { curl --cacert "$TLS/ca.pem" "$@"; }

# tls_properties: a server's system properties for its HTTPS listener (65-tls.cli), and the trust of its clients (the
# OpenID client's calls to Keycloak, the Partner's and Shepherd's calls to the Core, the broker link): the local CA.
tls_properties() {
    printf 'javax.net.ssl.trustStore=%s\n' "$TLS/truststore.p12"
    printf 'javax.net.ssl.trustStoreType=PKCS12\n'
    printf 'lockernet.tls.keystore=%s\n' "$TLS/server.p12"
    printf 'lockernet.tls.keystore-password=%s\n' "$(< "$TLS/server.password")"
}

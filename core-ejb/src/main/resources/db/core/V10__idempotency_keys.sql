-- Idempotency keys of retried POSTs (reservations, impulses): per client, kept a day, written in the same transaction
-- as what they guard (the row first, the result before the commit: a committed row always has one).
create table idempotency_key (
    client_id   varchar(255) not null,
    idem_key    varchar(255) not null,
    fingerprint varchar(64) not null,
    result_id   varchar(64),
    created_at  timestamp(6) with time zone not null,
    primary key (client_id, idem_key)
);
create index idempotency_key_created on idempotency_key (created_at);

-- A client an operator isolated (from an alarm on an attempt beyond its retailer's scope): the Core refuses its
-- requests, the tokens it still holds included, until an operator lifts the isolation.
create table isolated_client (
    client_id   varchar(100) primary key,
    isolated_at timestamp(6) with time zone not null,
    isolated_by varchar(100) not null,
    alarm_id    bigint
);

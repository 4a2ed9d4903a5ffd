-- Events only the Partner knows of (a parcel's pickup window ending soon, or ended), for the retailer's callback
-- endpoints: written in the transaction that notices them, sent to the Core until it answers (a transactional outbox),
-- and kept with when the Core took them. They name the order's reference, the locker and compartment, never a person.
create table outgoing_event (
    id          varchar(60) primary key,
    type        varchar(40) not null,
    reference   varchar(100) not null,
    reservation varchar(40),
    locker_id   varchar(40),
    compartment varchar(20),
    expires_at  timestamp(6) with time zone,
    occurred_at timestamp(6) with time zone not null,
    told_at     timestamp(6) with time zone,
    outcome     varchar(200)
);
create index outgoing_event_untold on outgoing_event (told_at, occurred_at);

-- When the retailer's systems were told that a parcel's window ends soon, and that it has ended (once per window: an
-- extension moves the window, and they are told again).
alter table parcel add column expiring_told_at timestamp(6) with time zone;
alter table parcel add column expired_told_at timestamp(6) with time zone;

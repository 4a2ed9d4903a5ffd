-- Partner DB of one retailer. Personal data of this retailer's staff and customers lives here and nowhere else.

-- Every compartment a member of staff asked to open, with the outcome the Core reported.
create table staff_action (
    impulse_id   varchar(36) primary key,
    staff        varchar(120) not null,
    locker_id    varchar(40)  not null,
    compartment  varchar(20)  not null,
    action       varchar(20)  not null,
    requested_at timestamp(6) with time zone not null,
    outcome      varchar(20),
    outcome_at   timestamp(6) with time zone
);

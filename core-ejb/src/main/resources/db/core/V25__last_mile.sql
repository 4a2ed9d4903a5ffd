-- The last mile: where lockers stand and when they open (couriers' routes are planned with it), parcels a retailer
-- hands to a carrier for a locker (consignments), couriers' shifts and each carrier's last plan.
alter table locker add column latitude double precision;
alter table locker add column longitude double precision;
-- minutes after midnight in the delivery time zone; both null: open day and night
alter table locker add column opens_minute integer;
alter table locker add column closes_minute integer;

create table consignment (
    id             varchar(36) primary key,
    retailer_id    varchar(64) not null,
    parcel_ref     varchar(100) not null,
    carrier_id     varchar(40) not null,
    size_class     varchar(8) not null,
    -- the lockers it may go to, in the retailer's order of preference, comma-separated
    lockers        varchar(300) not null,
    state          varchar(16) not null,
    locker_id      varchar(40),
    reservation_id varchar(36),
    courier        varchar(100),
    stop_seq       integer,
    eta            timestamp(6) with time zone,
    late           boolean not null default false,
    note           varchar(200),
    created_at     timestamp(6) with time zone not null,
    deposited_at   timestamp(6) with time zone,
    code_issued_at timestamp(6) with time zone
);
-- a parcel is consigned once at a time; after a failed delivery it may be consigned again (checked by the Core)
create index consignment_parcel on consignment (retailer_id, parcel_ref);
create index consignment_carrier on consignment (carrier_id, state);
create index consignment_reservation on consignment (reservation_id);

create table courier_shift (
    id              varchar(36) primary key,
    carrier_id      varchar(40) not null,
    courier         varchar(100) not null,
    shift_day       date not null,
    start_minute    integer not null,
    end_minute      integer not null,
    depot_latitude  double precision not null,
    depot_longitude double precision not null,
    capacity        integer not null,
    constraint courier_shift_day unique (carrier_id, courier, shift_day)
);

-- one row per carrier: whether something changed since its last plan (the planner re-plans then), and that plan's figures
create table carrier_plan (
    carrier_id  varchar(40) primary key,
    dirty       boolean not null,
    changed_at  timestamp(6) with time zone not null,
    planned_at  timestamp(6) with time zone,
    metres      double precision,
    late_stops  integer,
    unrouted    integer,
    plan_millis bigint
);

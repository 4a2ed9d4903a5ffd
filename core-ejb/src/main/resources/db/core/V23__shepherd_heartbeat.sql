-- A Shepherd instance registers every half minute while it runs: when it was last heard from, and the build it runs.
alter table shepherd_instance add column build varchar(200);
alter table shepherd_instance add column last_seen_at timestamp(6) with time zone;

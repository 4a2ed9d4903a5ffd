-- What a compartment's door contact and occupancy sensor last said, each with the time the locker saw it: a reading
-- replayed after an outage (or redelivered late) never overwrites a newer one, and a drop-off is judged only by an
-- occupancy reading taken since its door opened. device_seen_at stays the time of the latest reading of either.
alter table compartment add column door_seen_at timestamp(6) with time zone;
alter table compartment add column occupancy_seen_at timestamp(6) with time zone;
update compartment set door_seen_at = device_seen_at where device_door_open is not null;
update compartment set occupancy_seen_at = device_seen_at where device_occupied is not null;

-- The last link change applied to a locker, with the Shepherd that reported it and the time it saw it: a link message
-- redelivered after a later one from the same Shepherd (an "offline" after the next "online") changes nothing.
alter table locker add column link_changed_by varchar(40);
alter table locker add column link_changed_at timestamp(6) with time zone;

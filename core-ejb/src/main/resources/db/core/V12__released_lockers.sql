-- The Shepherd an operator moved a locker away from while it held the locker's connection, and when: its reports about
-- the locker (an undeliverable command, readings already taken) are believed for a while after the move, but it may no
-- longer connect the locker, and the locker counts as offline until it connects through a Shepherd it may use.
alter table locker add column released_from varchar(40);
alter table locker add column released_at timestamp(6) with time zone;

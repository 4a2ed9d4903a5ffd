-- A locker an operator isolated (from an alarm about it): no Shepherd admits it until it is given a new secret.
alter table locker add column isolated_at timestamp(6) with time zone;

-- The operators' audit log keeps instants as every other table does: with their time zone (V16 wrote it without).
alter table operator_action alter column at set data type timestamp(6) with time zone;

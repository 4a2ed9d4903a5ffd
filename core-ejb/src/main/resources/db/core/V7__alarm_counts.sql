-- Alarms are de-duplicated: while an alarm is open, the same kind for the same subject (locker and compartment, or
-- the deployment and caller of a refused request) is counted on it instead of raised again, so that a flood of one
-- problem never buries another. open_key names an open alarm's kind and subject; it is cleared on resolution, and
-- unique while set (both H2 and PostgreSQL allow many NULLs under a unique constraint). Alarms raised before this
-- migration stay as they were, each on its own.
alter table alarm add column subject varchar(200);
alter table alarm add column times bigint default 1 not null;
alter table alarm add column last_raised_at timestamp(6) with time zone;
alter table alarm add column open_key varchar(300);
alter table alarm add column resolved_by varchar(100);
alter table alarm add column resolution varchar(500);
update alarm set last_raised_at = raised_at;
alter table alarm add constraint alarm_open_key unique (open_key);

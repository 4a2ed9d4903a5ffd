-- Several Shepherds: a locker may connect to its primary Shepherd (shepherd_id) or, when that one is down, to its
-- fallback; the Core routes its commands through the Shepherd it is connected to now (connected_via, null while
-- offline).
alter table locker add column fallback_shepherd_id varchar(40) references shepherd_instance (id);
alter table locker add column connected_via varchar(40);

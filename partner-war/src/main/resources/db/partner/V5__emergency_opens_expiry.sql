-- Emergency opens by store managers: the staff action records their reason (null for ordinary opens).
alter table staff_action add column reason varchar(500);
create index staff_action_emergencies on staff_action (action, requested_at);

-- Expiry: the customer is reminded once before the pickup window ends, and the window may be extended once.
alter table parcel add column reminded_at timestamp(6) with time zone;
alter table parcel add column extended boolean default false not null;
create index parcel_expiry on parcel (state, expires_at);

-- Returns: a reservation may hold an empty compartment for a customer who drops a returned parcel off with a
-- one-time return code (purpose DROP_OFF, its code hashed like a pickup code), instead of for a parcel staff put in.
alter table reservation add column purpose varchar(20) default 'DEPOSIT' not null;

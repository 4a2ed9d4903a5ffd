-- The customer's link to follow an order a carrier brings: an unguessable token, kept in clear only until the
-- e-mail with the link went out, and as its SHA-256 (hex) to find the order when the link is opened.
alter table consignment add column tracking_token varchar(64);
alter table consignment add column tracking_hash varchar(64);
alter table consignment add column tracking_mailed_at timestamp(6) with time zone;
create unique index consignment_tracking on consignment (tracking_hash);

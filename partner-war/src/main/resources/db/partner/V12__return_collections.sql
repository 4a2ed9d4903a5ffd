-- A dropped-off return a carrier collects from the locker (instead of the store's staff): which carrier, the Core's
-- consignment that follows it, and when it was handed over. The return ends RETRIEVED when the courier took it out.
alter table customer_return add column collecting_carrier varchar(40);
alter table customer_return add column collection_id varchar(40);
alter table customer_return add column collection_handed_at timestamp(6) with time zone;

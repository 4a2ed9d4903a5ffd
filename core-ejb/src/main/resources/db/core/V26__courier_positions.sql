-- Where each courier was last seen (the courier app's reports, positions tier), and each routed parcel's ETA as
-- planned beside the one that follows the courier's position: a courier far behind the plan has the routes planned
-- again.
alter table courier_shift add column position_latitude double precision;
alter table courier_shift add column position_longitude double precision;
alter table courier_shift add column position_at timestamp(6) with time zone;
alter table consignment add column planned_eta timestamp(6) with time zone;
-- a carrier's changes are counted, so that a plan clears "dirty" only if nothing changed while it was made; and one
-- server plans a carrier at a time (a lease, as for callbacks' deliveries)
alter table carrier_plan add column changes bigint not null default 0;
alter table carrier_plan add column planning_until timestamp(6) with time zone;

-- The reports tier counts the last hour's events and readings and the last day's impulses every minute; without
-- these it would read whole tables that grow by millions of rows a day.
create index ix_device_event_received on device_event (received_at);
create index ix_vitals_sample_received on vitals_sample (received_at);
create index ix_impulse_requested on impulse (requested_at);

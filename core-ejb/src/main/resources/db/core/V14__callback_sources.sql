-- An event a Partner deployment tells of (a parcel's pickup window ending) carries the Partner's own id: the Partner
-- sends it again until the Core has acknowledged it, and the Core records it once.
alter table callback_event add column source_id varchar(60);
create unique index callback_event_source on callback_event (retailer_id, source_id);

-- An endpoint may take its events through an adapter (the retailer's own request shape), with the adapter's settings.
alter table callback_endpoint add column adapter varchar(40);
alter table callback_endpoint add column adapter_settings varchar(2000);

-- An operator takes a compartment out of service (a broken hinge) with a note saying why, and puts it back.
alter table compartment add column service_note varchar(200);

-- A carrier's courier may also take a parcel out of a locker (a customer's return dropped off, a parcel never
-- collected) and bring it back: a consignment of kind COLLECTION, which keeps the reservation holding that parcel
-- from the start and ends COLLECTED when the courier's door closes on the empty compartment.
alter table consignment add column kind varchar(20) default 'DELIVERY' not null;
alter table consignment add column collected_at timestamp(6) with time zone;

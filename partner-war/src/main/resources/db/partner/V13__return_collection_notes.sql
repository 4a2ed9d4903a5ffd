-- A carrier's collection that failed (the courier could not take the return out) is let go of, so that staff may take
-- the return out themselves or hand it over again; why it failed is kept for them to read.
alter table customer_return add column collection_note varchar(300);

-- Sealed columns hold sealed values only: whatever was written before sealing began (in clear) is marked 'pd0.', so
-- that it opens as it is until re-sealing seals it, while a value with no mark is refused instead of passing for
-- personal data (and a clear value that happens to begin with 'pd1.' is no longer taken for a sealed one).
-- The lookup hash names its key version ('<version>.<hex>'), so that re-sealing renews it with the key.
update customer set name = 'pd0.' || name where name not like 'pd1.%';
update customer set email = 'pd0.' || email where email not like 'pd1.%';
update customer set phone = 'pd0.' || phone where phone is not null and phone not like 'pd1.%';
update staff_action set reason = 'pd0.' || reason where reason is not null and reason not like 'pd1.%';
update privacy_access set request = 'pd0.' || request where request not like 'pd1.%';
alter table customer alter column email_hash set data type varchar(80);

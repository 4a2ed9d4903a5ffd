-- Personal data is sealed under the retailer's key before it is written (AES-GCM, text "pd1.<version>.<base64>"):
-- the columns grow to hold the sealed form of their longest clear value, and a customer is found by e-mail address
-- through email_hash, the address's keyed hash (HMAC-SHA256 under the retailer's lookup key), never by decrypting.
-- Rows written before this version stay readable and are sealed by the staff app's first re-sealing pass.
-- (alter column ... set data type: the same statement on H2 and PostgreSQL)
alter table customer alter column name set data type varchar(1200);
alter table customer alter column email set data type varchar(1500);
alter table customer alter column phone set data type varchar(300);
alter table customer add column email_hash varchar(64);
create index customer_email_hash on customer (email_hash);
alter table staff_action alter column reason set data type varchar(2800);
alter table privacy_access alter column request set data type varchar(2400);

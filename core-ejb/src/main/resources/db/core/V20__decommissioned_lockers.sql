-- When an operator took a locker out of the fleet: from then on it is in no list of lockers, no retailer may use it,
-- no Shepherd admits it, and its Keycloak client is gone. Its row stays for the history that refers to it
-- (impulses, readings, outages, alarms); entering it again (PUT /operator/lockers/{id}) puts it back.
alter table locker add column decommissioned_at timestamp(6) with time zone;

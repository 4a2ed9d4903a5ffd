-- Where a retailer wants to hear that one of its endpoints was paused (an operations mailbox), besides Partner Admin.
alter table callback_endpoint add column alert_email varchar(254);

-- Demo fleet for the local demo and the tests: two Shepherds, two retailers, six lockers.
-- Runs only with lockernet.demo=true. Written to be re-run: every insert checks first.
insert into shepherd_instance (id, description) select 'shepherd-1', 'Demo Shepherd 1'
    where not exists (select 1 from shepherd_instance where id = 'shepherd-1');
insert into shepherd_instance (id, description) select 'shepherd-2', 'Demo Shepherd 2'
    where not exists (select 1 from shepherd_instance where id = 'shepherd-2');

insert into retailer (id, name) select 'acme', 'ACME DIY' where not exists (select 1 from retailer where id = 'acme');
insert into retailer (id, name) select 'bravo', 'Bravo Market' where not exists (select 1 from retailer where id = 'bravo');

insert into locker (id, name, store, shepherd_id) select 'L-0001', 'ACME Springfield entrance', 'acme-springfield', 'shepherd-1'
    where not exists (select 1 from locker where id = 'L-0001');
insert into locker (id, name, store, shepherd_id) select 'L-0002', 'ACME Shelbyville car park', 'acme-shelbyville', 'shepherd-2'
    where not exists (select 1 from locker where id = 'L-0002');
insert into locker (id, name, store, shepherd_id) select 'L-0003', 'Bravo Capital City', 'bravo-capital', 'shepherd-1'
    where not exists (select 1 from locker where id = 'L-0003');
insert into locker (id, name, store, shepherd_id) select 'L-0004', 'Bravo Ogdenville', 'bravo-ogdenville', 'shepherd-2'
    where not exists (select 1 from locker where id = 'L-0004');
insert into locker (id, name, store, shepherd_id) select 'L-0005', 'Station hall (shared)', 'station-hall', 'shepherd-1'
    where not exists (select 1 from locker where id = 'L-0005');
insert into locker (id, name, store, shepherd_id) select 'L-0006', 'ACME Springfield garden centre', 'acme-springfield', 'shepherd-2'
    where not exists (select 1 from locker where id = 'L-0006');

insert into retailer_locker (retailer_id, locker_id) select 'acme', 'L-0001'
    where not exists (select 1 from retailer_locker where retailer_id = 'acme' and locker_id = 'L-0001');
insert into retailer_locker (retailer_id, locker_id) select 'acme', 'L-0002'
    where not exists (select 1 from retailer_locker where retailer_id = 'acme' and locker_id = 'L-0002');
insert into retailer_locker (retailer_id, locker_id) select 'bravo', 'L-0003'
    where not exists (select 1 from retailer_locker where retailer_id = 'bravo' and locker_id = 'L-0003');
insert into retailer_locker (retailer_id, locker_id) select 'bravo', 'L-0004'
    where not exists (select 1 from retailer_locker where retailer_id = 'bravo' and locker_id = 'L-0004');
insert into retailer_locker (retailer_id, locker_id) select 'acme', 'L-0005'
    where not exists (select 1 from retailer_locker where retailer_id = 'acme' and locker_id = 'L-0005');
insert into retailer_locker (retailer_id, locker_id) select 'bravo', 'L-0005'
    where not exists (select 1 from retailer_locker where retailer_id = 'bravo' and locker_id = 'L-0005');
insert into retailer_locker (retailer_id, locker_id) select 'acme', 'L-0006'
    where not exists (select 1 from retailer_locker where retailer_id = 'acme' and locker_id = 'L-0006');

-- Each demo locker: a control module (keypad, screen) with A1-A4 and a standard module with B1-B4; the bottom
-- row (A4, B4) is low enough for a wheelchair user. Inner dimensions in millimetres. B4 is a large compartment
-- a person could be shut in.
insert into locker_module (locker_id, position, kind) select 'L-0001', 1, 'CONTROL'
    where not exists (select 1 from locker_module where locker_id = 'L-0001' and position = 1);
insert into locker_module (locker_id, position, kind) select 'L-0001', 2, 'STANDARD'
    where not exists (select 1 from locker_module where locker_id = 'L-0001' and position = 2);
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0001', 'A1', 'XS', 'AVAILABLE', 1, 400, 80, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0001' and name = 'A1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0001', 'A2', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0001' and name = 'A2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0001', 'A3', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0001' and name = 'A3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0001', 'A4', 'M', 'AVAILABLE', 1, 400, 290, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0001' and name = 'A4');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0001', 'B1', 'M', 'AVAILABLE', 2, 400, 290, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0001' and name = 'B1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0001', 'B2', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0001' and name = 'B2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0001', 'B3', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0001' and name = 'B3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0001', 'B4', 'XL', 'AVAILABLE', 2, 600, 600, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0001' and name = 'B4');
insert into locker_module (locker_id, position, kind) select 'L-0002', 1, 'CONTROL'
    where not exists (select 1 from locker_module where locker_id = 'L-0002' and position = 1);
insert into locker_module (locker_id, position, kind) select 'L-0002', 2, 'STANDARD'
    where not exists (select 1 from locker_module where locker_id = 'L-0002' and position = 2);
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0002', 'A1', 'XS', 'AVAILABLE', 1, 400, 80, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0002' and name = 'A1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0002', 'A2', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0002' and name = 'A2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0002', 'A3', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0002' and name = 'A3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0002', 'A4', 'M', 'AVAILABLE', 1, 400, 290, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0002' and name = 'A4');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0002', 'B1', 'M', 'AVAILABLE', 2, 400, 290, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0002' and name = 'B1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0002', 'B2', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0002' and name = 'B2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0002', 'B3', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0002' and name = 'B3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0002', 'B4', 'XL', 'AVAILABLE', 2, 600, 600, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0002' and name = 'B4');
insert into locker_module (locker_id, position, kind) select 'L-0003', 1, 'CONTROL'
    where not exists (select 1 from locker_module where locker_id = 'L-0003' and position = 1);
insert into locker_module (locker_id, position, kind) select 'L-0003', 2, 'STANDARD'
    where not exists (select 1 from locker_module where locker_id = 'L-0003' and position = 2);
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0003', 'A1', 'XS', 'AVAILABLE', 1, 400, 80, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0003' and name = 'A1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0003', 'A2', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0003' and name = 'A2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0003', 'A3', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0003' and name = 'A3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0003', 'A4', 'M', 'AVAILABLE', 1, 400, 290, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0003' and name = 'A4');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0003', 'B1', 'M', 'AVAILABLE', 2, 400, 290, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0003' and name = 'B1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0003', 'B2', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0003' and name = 'B2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0003', 'B3', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0003' and name = 'B3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0003', 'B4', 'XL', 'AVAILABLE', 2, 600, 600, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0003' and name = 'B4');
insert into locker_module (locker_id, position, kind) select 'L-0004', 1, 'CONTROL'
    where not exists (select 1 from locker_module where locker_id = 'L-0004' and position = 1);
insert into locker_module (locker_id, position, kind) select 'L-0004', 2, 'STANDARD'
    where not exists (select 1 from locker_module where locker_id = 'L-0004' and position = 2);
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0004', 'A1', 'XS', 'AVAILABLE', 1, 400, 80, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0004' and name = 'A1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0004', 'A2', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0004' and name = 'A2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0004', 'A3', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0004' and name = 'A3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0004', 'A4', 'M', 'AVAILABLE', 1, 400, 290, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0004' and name = 'A4');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0004', 'B1', 'M', 'AVAILABLE', 2, 400, 290, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0004' and name = 'B1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0004', 'B2', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0004' and name = 'B2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0004', 'B3', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0004' and name = 'B3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0004', 'B4', 'XL', 'AVAILABLE', 2, 600, 600, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0004' and name = 'B4');
insert into locker_module (locker_id, position, kind) select 'L-0005', 1, 'CONTROL'
    where not exists (select 1 from locker_module where locker_id = 'L-0005' and position = 1);
insert into locker_module (locker_id, position, kind) select 'L-0005', 2, 'STANDARD'
    where not exists (select 1 from locker_module where locker_id = 'L-0005' and position = 2);
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0005', 'A1', 'XS', 'AVAILABLE', 1, 400, 80, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0005' and name = 'A1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0005', 'A2', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0005' and name = 'A2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0005', 'A3', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0005' and name = 'A3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0005', 'A4', 'M', 'AVAILABLE', 1, 400, 290, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0005' and name = 'A4');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0005', 'B1', 'M', 'AVAILABLE', 2, 400, 290, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0005' and name = 'B1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0005', 'B2', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0005' and name = 'B2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0005', 'B3', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0005' and name = 'B3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0005', 'B4', 'XL', 'AVAILABLE', 2, 600, 600, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0005' and name = 'B4');
insert into locker_module (locker_id, position, kind) select 'L-0006', 1, 'CONTROL'
    where not exists (select 1 from locker_module where locker_id = 'L-0006' and position = 1);
insert into locker_module (locker_id, position, kind) select 'L-0006', 2, 'STANDARD'
    where not exists (select 1 from locker_module where locker_id = 'L-0006' and position = 2);
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0006', 'A1', 'XS', 'AVAILABLE', 1, 400, 80, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0006' and name = 'A1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0006', 'A2', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0006' and name = 'A2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0006', 'A3', 'S', 'AVAILABLE', 1, 400, 190, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0006' and name = 'A3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0006', 'A4', 'M', 'AVAILABLE', 1, 400, 290, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0006' and name = 'A4');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0006', 'B1', 'M', 'AVAILABLE', 2, 400, 290, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0006' and name = 'B1');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0006', 'B2', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0006' and name = 'B2');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0006', 'B3', 'L', 'AVAILABLE', 2, 400, 410, 600, false
    where not exists (select 1 from compartment where locker_id = 'L-0006' and name = 'B3');
insert into compartment (locker_id, name, size_class, state, module_position, inner_width_mm, inner_height_mm, inner_depth_mm, low_height)
    select 'L-0006', 'B4', 'XL', 'AVAILABLE', 2, 600, 600, 600, true
    where not exists (select 1 from compartment where locker_id = 'L-0006' and name = 'B4');

-- Compartments a demo locker announced before this layout existed get it now.
update compartment set module_position = 1, inner_width_mm = 400, inner_height_mm = 80, inner_depth_mm = 600, low_height = false
    where name = 'A1' and module_position is null and locker_id in ('L-0001', 'L-0002', 'L-0003', 'L-0004', 'L-0005', 'L-0006');
update compartment set module_position = 1, inner_width_mm = 400, inner_height_mm = 190, inner_depth_mm = 600, low_height = false
    where name = 'A2' and module_position is null and locker_id in ('L-0001', 'L-0002', 'L-0003', 'L-0004', 'L-0005', 'L-0006');
update compartment set module_position = 1, inner_width_mm = 400, inner_height_mm = 190, inner_depth_mm = 600, low_height = false
    where name = 'A3' and module_position is null and locker_id in ('L-0001', 'L-0002', 'L-0003', 'L-0004', 'L-0005', 'L-0006');
update compartment set module_position = 1, inner_width_mm = 400, inner_height_mm = 290, inner_depth_mm = 600, low_height = true
    where name = 'A4' and module_position is null and locker_id in ('L-0001', 'L-0002', 'L-0003', 'L-0004', 'L-0005', 'L-0006');
update compartment set module_position = 2, inner_width_mm = 400, inner_height_mm = 290, inner_depth_mm = 600, low_height = false
    where name = 'B1' and module_position is null and locker_id in ('L-0001', 'L-0002', 'L-0003', 'L-0004', 'L-0005', 'L-0006');
update compartment set module_position = 2, inner_width_mm = 400, inner_height_mm = 410, inner_depth_mm = 600, low_height = false
    where name = 'B2' and module_position is null and locker_id in ('L-0001', 'L-0002', 'L-0003', 'L-0004', 'L-0005', 'L-0006');
update compartment set module_position = 2, inner_width_mm = 400, inner_height_mm = 410, inner_depth_mm = 600, low_height = false
    where name = 'B3' and module_position is null and locker_id in ('L-0001', 'L-0002', 'L-0003', 'L-0004', 'L-0005', 'L-0006');
update compartment set module_position = 2, inner_width_mm = 600, inner_height_mm = 600, inner_depth_mm = 600, low_height = true
    where name = 'B4' and module_position is null and locker_id in ('L-0001', 'L-0002', 'L-0003', 'L-0004', 'L-0005', 'L-0006');

-- The shared station-hall locker has a large compartment with a roller shutter instead of a door.
update compartment set special = 'ROLLER_SHUTTER' where locker_id = 'L-0005' and name = 'B4' and special is null;

-- each demo locker falls back to the other demo Shepherd
update locker set fallback_shepherd_id = case shepherd_id when 'shepherd-1' then 'shepherd-2' else 'shepherd-1' end
    where fallback_shepherd_id is null;

-- Two regions: the north (Springfield, Shelbyville) and the south (Capital City, Ogdenville, the station hall).
update locker set region = 'north' where id in ('L-0001', 'L-0002', 'L-0006') and region is null;
update locker set region = 'south' where id in ('L-0003', 'L-0004', 'L-0005') and region is null;

-- Where the demo lockers stand (a made-up town of a few kilometres, around 52.52 N 13.40 E) and when couriers can
-- reach them (minutes after midnight; the station hall is open day and night), for the demo carrier's routes. Only a
-- locker without a site gets one: an operator's own is kept.
update locker set latitude = 52.5208, longitude = 13.4094, opens_minute = 420, closes_minute = 1320
    where id = 'L-0001' and latitude is null;
update locker set latitude = 52.5010, longitude = 13.4420, opens_minute = 420, closes_minute = 1320
    where id = 'L-0002' and latitude is null;
update locker set latitude = 52.5350, longitude = 13.3800, opens_minute = 480, closes_minute = 1200
    where id = 'L-0003' and latitude is null;
update locker set latitude = 52.4890, longitude = 13.3600, opens_minute = 480, closes_minute = 1200
    where id = 'L-0004' and latitude is null;
update locker set latitude = 52.5250, longitude = 13.3690
    where id = 'L-0005' and latitude is null;
update locker set latitude = 52.5190, longitude = 13.4180, opens_minute = 420, closes_minute = 1320
    where id = 'L-0006' and latitude is null;

-- metric_values keeps months only: a fiscal year (FY2026 = 2026-04 … 2027-03) is the sum of its twelve
-- months, added up when read, so the insights topology no longer keeps fiscal-year cells of its own.
delete from metric_values where period !~ '^[0-9]{4}-[0-9]{2}$';

alter table metric_values drop constraint metric_values_period_check;
alter table metric_values add constraint metric_values_period_check check (period ~ '^[0-9]{4}-[0-9]{2}$');

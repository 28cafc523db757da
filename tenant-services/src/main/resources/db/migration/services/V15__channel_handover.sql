-- The lead of a collaboration owns its provisioned channels (HORIZONTAL and VERTICAL). When the
-- directory names a new lead, the channels still belong to the old one, whom the new lead cannot
-- see: this policy lets the current lead of a collaboration see and take over its provisioned
-- channels (ChannelProvisioner sets their owner to the new lead, then reconciles members and names
-- as usual). It shows the lead nothing it would not take part in once the channels are reconciled.

create function lg_leads(collaboration text) returns boolean
    language sql stable
    as $$ select exists (select 1 from collaborations where code = collaboration and lead_code = lg_current_tenant()) $$;

grant execute on function lg_leads(text) to ${appRole};

create policy lead_takes_over on channels
    using (kind in ('HORIZONTAL', 'VERTICAL') and lg_leads(collaboration_code))
    with check (kind in ('HORIZONTAL', 'VERTICAL') and lg_leads(collaboration_code));

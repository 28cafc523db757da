-- The tenant directory: every local government on the platform and the collaborations between
-- them. Directory rows are readable by every authenticated user, so they are not tenant-owned.

create table tenants (
    code              varchar(6) primary key check (code ~ '^[0-9]{6}$'),
    name_ja           text not null check (length(name_ja) between 1 and 100),
    name_en           text not null check (length(name_en) between 1 and 100),
    kind              text not null check (kind in ('prefecture', 'city', 'town', 'village')),
    parent_code       varchar(6) references tenants (code),
    aizu_group        smallint check (aizu_group between 1 and 3),
    population        bigint not null check (population >= 0),
    population_as_of  date not null,
    office_lat        double precision not null check (office_lat between -90 and 90),
    office_lon        double precision not null check (office_lon between -180 and 180),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint prefectures_have_no_parent check ((kind = 'prefecture') = (parent_code is null))
);

create table collaborations (
    code        text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name_ja     text not null,
    name_en     text not null,
    lead_code   varchar(6) not null references tenants (code),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table collaboration_members (
    collaboration_code  text not null references collaborations (code) on delete cascade,
    member_code         varchar(6) not null references tenants (code),
    primary key (collaboration_code, member_code)
);

create index collaboration_members_by_member on collaboration_members (member_code);

grant select, insert, update on tenants, collaborations to ${appRole};
grant select, insert, delete on collaboration_members to ${appRole};

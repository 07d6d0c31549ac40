\ir cycle-b.sql

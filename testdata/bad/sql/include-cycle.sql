\ir include/cycle-a.sql

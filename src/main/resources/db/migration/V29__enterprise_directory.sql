-- The enterprise module publishes the public facts of its enterprises for other
-- modules' lists, exports and figures to show beside and scope their own rows:
-- the name and credit code (both on the public business licence), the district
-- and town, the industry and the two kinds the figures break down by; never the
-- contact person or phone. A plain view: PostgreSQL inlines it, so a join on it
-- plans as a join on the table did. Columns are only ever added to it.
CREATE VIEW enterprise_directory AS
SELECT id, name, credit_code, district_code, town_code, industry, above_designated_size, foreign_invested
FROM enterprise;

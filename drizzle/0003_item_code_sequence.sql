-- The platform's own stable item codes (430811-QD-000001 …) come from one sequence per installation.
CREATE SEQUENCE IF NOT EXISTS item_code_seq START 1;

CREATE TABLE "power_list_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"unit_name" text,
	"kind" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provincial_ref_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"dept_type" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "power_list_region_idx" ON "power_list_entries" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "power_list_region_key_unit_uq" ON "power_list_entries" USING btree ("region_code","name_key","unit_name");--> statement-breakpoint
CREATE UNIQUE INDEX "provincial_ref_region_code_uq" ON "provincial_ref_items" USING btree ("region_code","code");
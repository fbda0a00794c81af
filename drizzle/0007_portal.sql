CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "content_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"source_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_flags_target_check" CHECK ("content_flags"."target_type" in ('error_report'))
);
--> statement-breakpoint
CREATE TABLE "error_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"item_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"field_path" text,
	"body" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"flag_count" integer DEFAULT 0 NOT NULL,
	"is_hidden" boolean DEFAULT false NOT NULL,
	"moderation" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"source_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "error_reports_status_check" CHECK ("error_reports"."status" in ('open', 'answered', 'closed')),
	CONSTRAINT "error_reports_moderation_check" CHECK ("error_reports"."moderation" is null or "error_reports"."moderation" in ('visible', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "search_entries" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"service_objects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"themes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"online_depth" integer,
	"words" "tsvector" NOT NULL,
	"pinyin" text NOT NULL,
	"initials" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "error_reports" ADD CONSTRAINT "error_reports_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "error_reports" ADD CONSTRAINT "error_reports_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "error_reports" ADD CONSTRAINT "error_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "error_reports" ADD CONSTRAINT "error_reports_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "error_reports" ADD CONSTRAINT "error_reports_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_flags_once_uq" ON "content_flags" USING btree ("target_type","target_id","source_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "error_reports_reference_uq" ON "error_reports" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "error_reports_unit_idx" ON "error_reports" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "error_reports_item_idx" ON "error_reports" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "search_entries_region_idx" ON "search_entries" USING btree ("region_code","unit_id");--> statement-breakpoint
CREATE INDEX "search_entries_words_idx" ON "search_entries" USING gin ("words");--> statement-breakpoint
CREATE INDEX "search_entries_name_trgm_idx" ON "search_entries" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_entries_pinyin_trgm_idx" ON "search_entries" USING gin ("pinyin" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_entries_initials_trgm_idx" ON "search_entries" USING gin ("initials" gin_trgm_ops);
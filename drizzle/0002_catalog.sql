CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"service_content" text,
	"no_basis_reason" text,
	"co_implementing_units" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"service_objects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"remarks" text,
	"level" text DEFAULT 'district' NOT NULL,
	"screening" jsonb NOT NULL,
	"provincial_ref_code" text,
	"basic_code" text,
	"implementation_code" text,
	"guide" jsonb NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"incomplete_count" integer DEFAULT 0 NOT NULL,
	"warning_count" integer DEFAULT 0 NOT NULL,
	"completeness" integer DEFAULT 0 NOT NULL,
	"lock_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_versions_state_check" CHECK ("item_versions"."state" in ('draft', 'consultation', 'unit_review', 'submitted', 'parent_review', 'central_review', 'legal_review', 'approved', 'published', 'superseded')),
	CONSTRAINT "item_versions_category_check" CHECK ("item_versions"."category" is null or "item_versions"."category" in ('on_application', 'proactive')),
	CONSTRAINT "item_versions_level_check" CHECK ("item_versions"."level" in ('district', 'township'))
);
--> statement-breakpoint
CREATE TABLE "items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_key" text NOT NULL,
	"latest_version" integer DEFAULT 1 NOT NULL,
	"is_cancelled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_bases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text,
	"title" text NOT NULL,
	"doc_number" text,
	"article" text,
	"article_text" text
);
--> statement-breakpoint
CREATE TABLE "materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"source" text,
	"original_count" integer DEFAULT 0 NOT NULL,
	"copy_count" integer DEFAULT 0 NOT NULL,
	"media" text DEFAULT 'paper' NOT NULL,
	"requirement" text DEFAULT 'required' NOT NULL,
	"condition" text,
	"template_file_id" uuid,
	"sample_file_id" uuid,
	"notes" text,
	CONSTRAINT "materials_media_check" CHECK ("materials"."media" in ('paper', 'electronic', 'either')),
	CONSTRAINT "materials_requirement_check" CHECK ("materials"."requirement" in ('required', 'conditional'))
);
--> statement-breakpoint
CREATE TABLE "process_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"actor" text,
	"time_limit_days" integer,
	"description" text
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_versions" ADD CONSTRAINT "item_versions_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_versions" ADD CONSTRAINT "item_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_versions" ADD CONSTRAINT "item_versions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD CONSTRAINT "legal_bases_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_steps" ADD CONSTRAINT "process_steps_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_sha_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "item_versions_item_number_uq" ON "item_versions" USING btree ("item_id","number");--> statement-breakpoint
CREATE INDEX "item_versions_state_idx" ON "item_versions" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "items_code_uq" ON "items" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "items_unit_name_uq" ON "items" USING btree ("unit_id","name_key");--> statement-breakpoint
CREATE INDEX "items_region_idx" ON "items" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "legal_bases_version_idx" ON "legal_bases" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "materials_version_idx" ON "materials" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "process_steps_version_idx" ON "process_steps" USING btree ("version_id");
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"doc_number" text,
	"unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submission_deadline" date NOT NULL,
	"review_starts_on" date,
	"review_ends_on" date,
	"publication_target" date,
	"is_closed" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_versions" (
	"consultation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	CONSTRAINT "consultation_versions_consultation_id_version_id_pk" PRIMARY KEY("consultation_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"opened_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "consultations_window_check" CHECK ("consultations"."ends_on" >= "consultations"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"field_path" text,
	"body" text NOT NULL,
	"author_user_id" uuid,
	"author_unit_id" uuid,
	"author_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answer_reason" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "opinions_answer_check" CHECK ("opinions"."answer" is null or "opinions"."answer" in ('adopted', 'partly', 'not_adopted'))
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"revision" integer NOT NULL,
	"submission_id" uuid,
	"stage" text NOT NULL,
	"decision" text NOT NULL,
	"comment" text,
	"field_comments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_decisions_stage_check" CHECK ("review_decisions"."stage" in ('parent_review', 'central_review', 'legal_review')),
	CONSTRAINT "review_decisions_decision_check" CHECK ("review_decisions"."decision" in ('approve', 'return'))
);
--> statement-breakpoint
CREATE TABLE "submission_versions" (
	"submission_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "submission_versions_submission_id_version_id_pk" PRIMARY KEY("submission_id","version_id")
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"unit_id" uuid NOT NULL,
	"campaign_id" uuid,
	"number" integer NOT NULL,
	"meeting_id" uuid,
	"signed_by" uuid NOT NULL,
	"signed_by_name" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"filing_file_id" uuid NOT NULL,
	"filing_sha256" text NOT NULL,
	"guides_file_id" uuid NOT NULL,
	"guides_sha256" text NOT NULL,
	"sealed_scan_file_id" uuid,
	"received_by" uuid,
	"received_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "unit_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"attendees" text NOT NULL,
	"decision" text NOT NULL,
	"minutes" text,
	"minutes_file_id" uuid,
	"version_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_meetings_decision_check" CHECK ("unit_meetings"."decision" in ('passed', 'passed_with_changes', 'not_passed'))
);
--> statement-breakpoint
CREATE TABLE "edition_items" (
	"edition_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"position" integer NOT NULL,
	CONSTRAINT "edition_items_edition_id_item_id_pk" PRIMARY KEY("edition_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"doc_number" text NOT NULL,
	"published_on" date NOT NULL,
	"effective_on" date NOT NULL,
	"went_live_at" timestamp with time zone,
	"item_count" integer NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"source" text DEFAULT 'chinese-days' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_kind_check" CHECK ("calendar_days"."kind" in ('holiday', 'workday')),
	CONSTRAINT "calendar_days_source_check" CHECK ("calendar_days"."source" in ('chinese-days', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"region_code" varchar(6),
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reminders_sent" (
	"key" text PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "item_versions" ADD COLUMN "change_kind" text DEFAULT 'new' NOT NULL;--> statement-breakpoint
ALTER TABLE "item_versions" ADD COLUMN "change_reason" text;--> statement-breakpoint
ALTER TABLE "item_versions" ADD COLUMN "change_trigger" text;--> statement-breakpoint
ALTER TABLE "item_versions" ADD COLUMN "based_on_number" integer;--> statement-breakpoint
ALTER TABLE "item_versions" ADD COLUMN "author_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_versions" ADD CONSTRAINT "consultation_versions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_versions" ADD CONSTRAINT "consultation_versions_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinions" ADD CONSTRAINT "opinions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinions" ADD CONSTRAINT "opinions_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinions" ADD CONSTRAINT "opinions_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinions" ADD CONSTRAINT "opinions_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinions" ADD CONSTRAINT "opinions_author_unit_id_units_id_fk" FOREIGN KEY ("author_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinions" ADD CONSTRAINT "opinions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD CONSTRAINT "submission_versions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD CONSTRAINT "submission_versions_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD CONSTRAINT "submission_versions_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_meeting_id_unit_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."unit_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_filing_file_id_files_id_fk" FOREIGN KEY ("filing_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_guides_file_id_files_id_fk" FOREIGN KEY ("guides_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_sealed_scan_file_id_files_id_fk" FOREIGN KEY ("sealed_scan_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_meetings" ADD CONSTRAINT "unit_meetings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_meetings" ADD CONSTRAINT "unit_meetings_minutes_file_id_files_id_fk" FOREIGN KEY ("minutes_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_meetings" ADD CONSTRAINT "unit_meetings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edition_items" ADD CONSTRAINT "edition_items_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edition_items" ADD CONSTRAINT "edition_items_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edition_items" ADD CONSTRAINT "edition_items_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edition_items" ADD CONSTRAINT "edition_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaigns_region_idx" ON "campaigns" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "consultation_versions_version_idx" ON "consultation_versions" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "consultations_unit_idx" ON "consultations" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "opinions_version_idx" ON "opinions" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "opinions_consultation_idx" ON "opinions" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "review_decisions_version_idx" ON "review_decisions" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "review_decisions_item_idx" ON "review_decisions" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "submission_versions_version_idx" ON "submission_versions" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_unit_number_uq" ON "submissions" USING btree ("unit_id","number");--> statement-breakpoint
CREATE INDEX "submissions_region_idx" ON "submissions" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "unit_meetings_unit_idx" ON "unit_meetings" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "edition_items_version_idx" ON "edition_items" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "editions_region_number_uq" ON "editions" USING btree ("region_code","number");--> statement-breakpoint
CREATE UNIQUE INDEX "editions_region_doc_uq" ON "editions" USING btree ("region_code","doc_number");--> statement-breakpoint
CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
ALTER TABLE "item_versions" ADD CONSTRAINT "item_versions_change_kind_check" CHECK ("item_versions"."change_kind" in ('new', 'change', 'cancel'));--> statement-breakpoint
ALTER TABLE "item_versions" ADD CONSTRAINT "item_versions_change_trigger_check" CHECK ("item_versions"."change_trigger" is null or "item_versions"."change_trigger" in ('law_made', 'law_changed', 'law_repealed', 'higher_level_change', 'functions_changed', 'public_feedback', 'other'));
CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"reason" text,
	"legal_basis" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_code" varchar(32),
	"procedure_code" text NOT NULL,
	"form_version" integer NOT NULL,
	"registry_code" varchar(16) NOT NULL,
	"applicant_personal_id" varchar(12) NOT NULL,
	"start_key" varchar(64) NOT NULL,
	"status" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"received_on" date,
	"due_on" date,
	"draft_returned_at" timestamp with time zone,
	"confirmation_deadline" timestamp with time zone,
	"confirmation" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_dossier_code_unique" UNIQUE("dossier_code"),
	CONSTRAINT "applications_start_key" UNIQUE("applicant_personal_id","start_key")
);
--> statement-breakpoint
CREATE TABLE "dossier_sequences" (
	"registry_code" varchar(16) NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_sequences_registry_code_day_pk" PRIMARY KEY("registry_code","day")
);
--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_registry_code_registries_code_fk" FOREIGN KEY ("registry_code") REFERENCES "public"."registries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "applications_registry_status_idx" ON "applications" USING btree ("registry_code","status");--> statement-breakpoint
CREATE INDEX "applications_applicant_idx" ON "applications" USING btree ("applicant_personal_id");--> statement-breakpoint
CREATE INDEX "applications_deadline_idx" ON "applications" USING btree ("status","confirmation_deadline");
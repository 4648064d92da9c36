CREATE TABLE "electronic_death_notices" (
	"number" varchar(40) PRIMARY KEY NOT NULL,
	"issued_on" date NOT NULL,
	"issuer_kind" text NOT NULL,
	"issuer" text NOT NULL,
	"deceased_personal_id" varchar(12) NOT NULL,
	"date_of_death" date NOT NULL,
	"time_of_death" time,
	"place_of_death_kind" text NOT NULL,
	"place_of_death" text NOT NULL,
	"cause" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_records" (
	"personal_id" varchar(12) PRIMARY KEY NOT NULL,
	"marital_status" text,
	"locked_at" timestamp with time zone,
	"locked_by_application_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"personal_id" varchar(12) NOT NULL,
	"purpose" text NOT NULL,
	"status" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "application_consents_party" UNIQUE("application_id","personal_id","purpose")
);
--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD COLUMN "application_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "subject_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "delayed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "person_records" ADD CONSTRAINT "person_records_locked_by_application_id_applications_id_fk" FOREIGN KEY ("locked_by_application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_consents" ADD CONSTRAINT "application_consents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "edn_deceased_idx" ON "electronic_death_notices" USING btree ("deceased_personal_id");--> statement-breakpoint
CREATE INDEX "application_consents_person_idx" ON "application_consents" USING btree ("personal_id");--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "civil_status_records_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO "application_consents" ("id", "application_id", "personal_id", "purpose", "status", "requested_at", "answered_at")
SELECT "id", "application_id", "head_personal_id", 'householdResidence', "status", "requested_at", "answered_at" FROM "household_consents"
ON CONFLICT DO NOTHING;

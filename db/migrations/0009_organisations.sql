CREATE TABLE "organisation_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" varchar(64) NOT NULL,
	"organisation_code" varchar(32) NOT NULL,
	"representative_personal_id" varchar(12) NOT NULL,
	"full_name" text NOT NULL,
	"position" text NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "organisation_accounts_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"code" varchar(32) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province_code" varchar(2),
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "organisation_code" varchar(32);--> statement-breakpoint
ALTER TABLE "organisation_accounts" ADD CONSTRAINT "organisation_accounts_organisation_code_organisations_code_fk" FOREIGN KEY ("organisation_code") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_organisation_code_organisations_code_fk" FOREIGN KEY ("organisation_code") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cs_records_registry_event_idx" ON "civil_status_records" USING btree ("registry_code","event_type","registered_on") INCLUDE ("id","status");--> statement-breakpoint
CREATE INDEX "record_persons_child_idx" ON "record_persons" USING btree ("record_id") INCLUDE ("date_of_birth") WHERE "record_persons"."role" = 'child';--> statement-breakpoint
CREATE INDEX "applications_organisation_idx" ON "applications" USING btree ("organisation_code");--> statement-breakpoint
-- Registries already loaded take the organisations' confirmation online, like every other procedure.
INSERT INTO "registry_procedures" ("registry_code", "procedure_code", "accepts_online") SELECT "code", 'organisationConfirmation', true FROM "registries" ON CONFLICT DO NOTHING;

CREATE TABLE "application_parties" (
	"application_id" uuid NOT NULL,
	"personal_id" varchar(12) NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "application_parties_application_id_personal_id_pk" PRIMARY KEY("application_id","personal_id"),
	CONSTRAINT "application_parties_status" CHECK ("application_parties"."status" in ('pending', 'confirmed', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"registry_code" varchar(16) NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"moves" integer DEFAULT 0 NOT NULL,
	"booked_by" varchar(12) NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "appointments_registry_slot" UNIQUE("registry_code","starts_at"),
	CONSTRAINT "appointments_moves" CHECK ("appointments"."moves" between 0 and 1)
);
--> statement-breakpoint
ALTER TABLE "issued_documents" DROP CONSTRAINT "issued_documents_application_kind_version";--> statement-breakpoint
ALTER TABLE "pop_people" ALTER COLUMN "marital_status" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "registries" ADD COLUMN "published_hours" jsonb DEFAULT '{"weekdays":[1,2,3,4,5],"slots":["08:00","09:00","10:00","14:00","15:00","16:00"]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "issued_document_id" uuid;--> statement-breakpoint
ALTER TABLE "application_parties" ADD CONSTRAINT "application_parties_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_registry_code_registries_code_fk" FOREIGN KEY ("registry_code") REFERENCES "public"."registries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_parties_person_idx" ON "application_parties" USING btree ("personal_id");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_issued_document_id_issued_documents_id_fk" FOREIGN KEY ("issued_document_id") REFERENCES "public"."issued_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_application_kind_version_holder" UNIQUE("application_id","kind","version","holder_personal_id");
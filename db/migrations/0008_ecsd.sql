CREATE TABLE "record_persons" (
	"record_id" uuid NOT NULL,
	"role" text NOT NULL,
	"personal_id" varchar(12),
	"full_name" text NOT NULL,
	"date_of_birth" date,
	"name_key" text NOT NULL,
	CONSTRAINT "record_persons_record_id_role_pk" PRIMARY KEY("record_id","role"),
	CONSTRAINT "record_persons_role" CHECK ("record_persons"."role" in ('child', 'mother', 'father', 'wife', 'husband', 'deceased', 'holder'))
);
--> statement-breakpoint
CREATE TABLE "record_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"viewer_kind" text NOT NULL,
	"viewer_id" text NOT NULL,
	"viewer_name" text NOT NULL,
	"viewer_body" text NOT NULL,
	"personal_id" varchar(12) NOT NULL,
	"record_id" uuid,
	"purpose" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fee_schedule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_code" text NOT NULL,
	"item" text NOT NULL,
	"province_code" varchar(2),
	"channel" text DEFAULT 'online' NOT NULL,
	"amount_vnd" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_basis" text NOT NULL,
	"sample" text,
	CONSTRAINT "fee_schedule_amount" CHECK ("fee_schedule"."amount_vnd" >= 0),
	CONSTRAINT "fee_schedule_channel" CHECK ("fee_schedule"."channel" in ('online', 'inPerson')),
	CONSTRAINT "fee_schedule_period" CHECK ("fee_schedule"."valid_to" is null or "fee_schedule"."valid_to" >= "fee_schedule"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"amount_vnd" integer NOT NULL,
	"lines" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"gateway_transaction_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"settled_at" timestamp with time zone,
	"refund" text,
	CONSTRAINT "payments_gateway_transaction_id_unique" UNIQUE("gateway_transaction_id"),
	CONSTRAINT "payments_amount" CHECK ("payments"."amount_vnd" > 0),
	CONSTRAINT "payments_status" CHECK ("payments"."status" in ('pending', 'paid', 'failed', 'abandoned')),
	CONSTRAINT "payments_refund" CHECK ("payments"."refund" is null or ("payments"."refund" in ('due', 'refunded') and "payments"."status" = 'paid'))
);
--> statement-breakpoint
ALTER TABLE "issued_documents" DROP CONSTRAINT "issued_documents_application_kind_version_holder";--> statement-breakpoint
-- Digitised legacy entries of earlier demo databases named only their former registry: they are
-- kept by the commune formed from it since 1 July 2025 (communes-formed-from.json).
UPDATE "civil_status_records" SET "registry_code" = CASE
	WHEN "registry_name" LIKE '%Hàng Trống%' THEN '00070'
	WHEN "registry_name" LIKE '%Hàng Bài%' THEN '00082'
	WHEN "registry_name" LIKE '%Hưng Bình%' THEN '16681'
	WHEN "registry_name" LIKE '%Vũ Phúc%' THEN '12466'
	WHEN "registry_name" LIKE '%Trần Hưng Đạo%' THEN '13669'
END WHERE "registry_code" IS NULL;--> statement-breakpoint
ALTER TABLE "civil_status_records" ALTER COLUMN "registry_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD COLUMN "status" text DEFAULT 'official' NOT NULL;--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD COLUMN "approved_by_user_id" uuid;--> statement-breakpoint
UPDATE "civil_status_records" SET "status" = 'pendingApproval' WHERE "digitized";--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD COLUMN "content" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "copy_number" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "record_persons" ADD CONSTRAINT "record_persons_record_id_civil_status_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."civil_status_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_persons" ADD CONSTRAINT "record_persons_personal_id_person_records_personal_id_fk" FOREIGN KEY ("personal_id") REFERENCES "public"."person_records"("personal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_views" ADD CONSTRAINT "record_views_record_id_civil_status_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."civil_status_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_persons_name_idx" ON "record_persons" USING btree ("name_key","date_of_birth");--> statement-breakpoint
CREATE INDEX "record_persons_person_idx" ON "record_persons" USING btree ("personal_id");--> statement-breakpoint
CREATE INDEX "record_views_person_idx" ON "record_views" USING btree ("personal_id","at");--> statement-breakpoint
CREATE INDEX "fee_schedule_lookup_idx" ON "fee_schedule" USING btree ("procedure_code","item","province_code");--> statement-breakpoint
CREATE INDEX "payments_application_idx" ON "payments" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_one_paid_per_application" ON "payments" USING btree ("application_id") WHERE "payments"."status" = 'paid' and "payments"."refund" is null;--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "civil_status_records_registry_code_registries_code_fk" FOREIGN KEY ("registry_code") REFERENCES "public"."registries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "civil_status_records_approved_by_user_id_office_users_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."office_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cs_records_lookup_idx" ON "civil_status_records" USING btree ("registry_code","entry_number","registered_on");--> statement-breakpoint
CREATE INDEX "cs_records_pending_idx" ON "civil_status_records" USING btree ("registry_code") WHERE "civil_status_records"."status" = 'pendingApproval';--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "cs_records_entry_number" UNIQUE("registry_code","registry_name","event_type","book","entry_number");--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_application_kind_version_holder" UNIQUE("application_id","kind","version","holder_personal_id","copy_number");--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "cs_records_event_type" CHECK ("civil_status_records"."event_type" in ('birth', 'death', 'marriage', 'parentChildRecognition', 'guardianship', 'guardianshipTermination', 'amendment', 'maritalStatusCertificate'));--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "cs_records_registration_type" CHECK ("civil_status_records"."registration_type" in ('onTime', 'late', 'new', 'reRegistration', 'recorded'));--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "cs_records_status" CHECK ("civil_status_records"."status" in ('pendingApproval', 'official'));--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "cs_records_pending_only_digitized" CHECK ("civil_status_records"."status" = 'official' or "civil_status_records"."digitized");--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "cs_records_approval" CHECK (("civil_status_records"."approved_at" is null) = ("civil_status_records"."approved_by_user_id" is null));--> statement-breakpoint
CREATE FUNCTION "forbid_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;--> statement-breakpoint
CREATE TRIGGER "record_views_append_only" BEFORE UPDATE OR DELETE ON "record_views" FOR EACH ROW EXECUTE FUNCTION "forbid_change"();

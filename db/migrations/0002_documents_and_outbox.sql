CREATE TABLE "integration_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"system" text NOT NULL,
	"status" text NOT NULL,
	"reference" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "integration_receipts_application_system" UNIQUE("application_id","system")
);
--> statement-breakpoint
CREATE TABLE "issued_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid,
	"kind" text NOT NULL,
	"holder_personal_id" varchar(12) NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"content" jsonb NOT NULL,
	"token" text NOT NULL,
	"storage_key" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"signed_by_user_id" uuid,
	CONSTRAINT "issued_documents_application_kind_version" UNIQUE("application_id","kind","version")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	"next_attempt_at" timestamp with time zone NOT NULL,
	CONSTRAINT "outbox_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "register_counters" (
	"registry_code" varchar(16) NOT NULL,
	"year" integer NOT NULL,
	"event_type" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "register_counters_registry_code_year_event_type_pk" PRIMARY KEY("registry_code","year","event_type")
);
--> statement-breakpoint
CREATE TABLE "sent_notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"application_id" uuid,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "integration_receipts" ADD CONSTRAINT "integration_receipts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_signed_by_user_id_office_users_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."office_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sent_notifications" ADD CONSTRAINT "sent_notifications_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "issued_documents_holder_idx" ON "issued_documents" USING btree ("holder_personal_id");--> statement-breakpoint
CREATE INDEX "issued_documents_application_idx" ON "issued_documents" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE "outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "sent_notifications_application_idx" ON "sent_notifications" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "sent_notifications_sent_at_idx" ON "sent_notifications" USING btree ("sent_at");
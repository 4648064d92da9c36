CREATE TABLE "register_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"path" text NOT NULL,
	"legal_basis" text NOT NULL,
	"decision_maker" text NOT NULL,
	"decision_maker_user_id" uuid,
	"implementer" text NOT NULL,
	"implementer_user_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"changes" jsonb NOT NULL,
	"request_id" uuid,
	"application_id" uuid,
	"txid" bigint DEFAULT txid_current() NOT NULL,
	CONSTRAINT "register_adjustments_path" CHECK ("register_adjustments"."path" in ('amendment', 'discrepancy', 'deletion', 'restore')),
	CONSTRAINT "register_adjustments_five_elements" CHECK (btrim("register_adjustments"."legal_basis") <> '' and btrim("register_adjustments"."decision_maker") <> '' and btrim("register_adjustments"."implementer") <> ''),
	CONSTRAINT "register_adjustments_changes" CHECK (jsonb_typeof("register_adjustments"."changes") = 'array' and jsonb_array_length("register_adjustments"."changes") > 0)
);
--> statement-breakpoint
CREATE TABLE "register_change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"registry_code" varchar(16) NOT NULL,
	"requested_by_user_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"scope" text NOT NULL,
	"reasons" text NOT NULL,
	"grounds" text NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence_key" text NOT NULL,
	"evidence_name" text NOT NULL,
	"evidence_type" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"review_note" text,
	CONSTRAINT "register_change_requests_kind" CHECK ("register_change_requests"."kind" in ('discrepancy', 'deletion', 'restore')),
	CONSTRAINT "register_change_requests_status" CHECK ("register_change_requests"."status" in ('pending', 'approved', 'refused')),
	CONSTRAINT "register_change_requests_said" CHECK (btrim("register_change_requests"."scope") <> '' and btrim("register_change_requests"."reasons") <> '' and btrim("register_change_requests"."grounds") <> '' and btrim("register_change_requests"."evidence_key") <> ''),
	CONSTRAINT "register_change_requests_items" CHECK (jsonb_typeof("register_change_requests"."changes") = 'array' and ("register_change_requests"."kind" <> 'discrepancy' or jsonb_array_length("register_change_requests"."changes") > 0)),
	CONSTRAINT "register_change_requests_decision" CHECK (("register_change_requests"."status" = 'pending') = ("register_change_requests"."decided_at" is null) and ("register_change_requests"."decided_at" is null) = ("register_change_requests"."decided_by_user_id" is null) and ("register_change_requests"."status" = 'pending' or btrim(coalesce("register_change_requests"."review_note", '')) <> ''))
);
--> statement-breakpoint
ALTER TABLE "civil_status_records" DROP CONSTRAINT "cs_records_status";--> statement-breakpoint
ALTER TABLE "civil_status_records" DROP CONSTRAINT "cs_records_pending_only_digitized";--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "record_id" uuid;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "supersedes_id" uuid;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "status_index" serial NOT NULL;--> statement-breakpoint
ALTER TABLE "register_adjustments" ADD CONSTRAINT "register_adjustments_record_id_civil_status_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."civil_status_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_adjustments" ADD CONSTRAINT "register_adjustments_decision_maker_user_id_office_users_id_fk" FOREIGN KEY ("decision_maker_user_id") REFERENCES "public"."office_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_adjustments" ADD CONSTRAINT "register_adjustments_implementer_user_id_office_users_id_fk" FOREIGN KEY ("implementer_user_id") REFERENCES "public"."office_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_adjustments" ADD CONSTRAINT "register_adjustments_request_id_register_change_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."register_change_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_adjustments" ADD CONSTRAINT "register_adjustments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_change_requests" ADD CONSTRAINT "register_change_requests_record_id_civil_status_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."civil_status_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_change_requests" ADD CONSTRAINT "register_change_requests_registry_code_registries_code_fk" FOREIGN KEY ("registry_code") REFERENCES "public"."registries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_change_requests" ADD CONSTRAINT "register_change_requests_requested_by_user_id_office_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."office_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_change_requests" ADD CONSTRAINT "register_change_requests_decided_by_user_id_office_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."office_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "register_adjustments_record_idx" ON "register_adjustments" USING btree ("record_id","at");--> statement-breakpoint
CREATE INDEX "register_change_requests_record_idx" ON "register_change_requests" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "register_change_requests_pending_idx" ON "register_change_requests" USING btree ("requested_at") WHERE "register_change_requests"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "register_change_requests_one_pending" ON "register_change_requests" USING btree ("record_id","kind") WHERE "register_change_requests"."status" = 'pending';--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_record_id_civil_status_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."civil_status_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_supersedes_id_issued_documents_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."issued_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "issued_documents_record_idx" ON "issued_documents" USING btree ("record_id");--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_status_index_unique" UNIQUE("status_index");--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "cs_records_status" CHECK ("civil_status_records"."status" in ('pendingApproval', 'official', 'deleted'));--> statement-breakpoint
ALTER TABLE "civil_status_records" ADD CONSTRAINT "cs_records_pending_only_digitized" CHECK ("civil_status_records"."status" <> 'pendingApproval' or "civil_status_records"."digitized");--> statement-breakpoint
-- The documents already issued attest the entry of their application; a copy, the entry it copies.
UPDATE "issued_documents" d SET "record_id" = r."id" FROM "civil_status_records" r WHERE d."record_id" IS NULL AND d."kind" <> 'extractCopy' AND r."application_id" = d."application_id";--> statement-breakpoint
UPDATE "issued_documents" d SET "record_id" = (e."payload"->>'recordId')::uuid FROM "application_events" e WHERE d."record_id" IS NULL AND e."application_id" = d."application_id" AND e."action" = 'issueCopies' AND e."payload" ? 'recordId' AND d."id"::text IN (SELECT jsonb_array_elements_text(e."payload"->'documentIds'));--> statement-breakpoint
-- The three logs are append-only, TRUNCATE included (Circular 01/2022 Art. 4(2)).
CREATE TRIGGER "application_events_append_only" BEFORE UPDATE OR DELETE ON "application_events" FOR EACH ROW EXECUTE FUNCTION "forbid_change"();--> statement-breakpoint
CREATE TRIGGER "application_events_no_truncate" BEFORE TRUNCATE ON "application_events" FOR EACH STATEMENT EXECUTE FUNCTION "forbid_change"();--> statement-breakpoint
CREATE TRIGGER "record_views_no_truncate" BEFORE TRUNCATE ON "record_views" FOR EACH STATEMENT EXECUTE FUNCTION "forbid_change"();--> statement-breakpoint
CREATE TRIGGER "register_adjustments_append_only" BEFORE UPDATE OR DELETE ON "register_adjustments" FOR EACH ROW EXECUTE FUNCTION "forbid_change"();--> statement-breakpoint
CREATE TRIGGER "register_adjustments_no_truncate" BEFORE TRUNCATE ON "register_adjustments" FOR EACH STATEMENT EXECUTE FUNCTION "forbid_change"();--> statement-breakpoint
-- A request is decided once, with its reviewer and note; nothing else of it ever changes.
CREATE FUNCTION "change_request_decided_once"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	"decision" text[] := ARRAY['status', 'decided_by_user_id', 'decided_at', 'review_note'];
BEGIN
	IF TG_OP = 'DELETE' OR OLD."status" <> 'pending' OR NEW."status" = 'pending' OR (to_jsonb(NEW) - "decision") <> (to_jsonb(OLD) - "decision") THEN
		RAISE EXCEPTION 'register_change_requests: a request is decided once and is otherwise append-only' USING ERRCODE = 'restrict_violation';
	END IF;
	RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "register_change_requests_decided_once" BEFORE UPDATE OR DELETE ON "register_change_requests" FOR EACH ROW EXECUTE FUNCTION "change_request_decided_once"();--> statement-breakpoint
CREATE TRIGGER "register_change_requests_no_truncate" BEFORE TRUNCATE ON "register_change_requests" FOR EACH STATEMENT EXECUTE FUNCTION "forbid_change"();--> statement-breakpoint
-- A registered entry changes only beside its row in the adjustment log, written in the same
-- transaction (Art. 4(2), 12(1)): no code path, and no hand at the SQL prompt, changes it silently.
-- The approval of a digitised entry (Art. 10(3)) changes no content; nothing is ever deleted.
CREATE FUNCTION "register_entry_adjusted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	"entry" uuid;
	"approval" text[] := ARRAY['status', 'approved_by_user_id', 'approved_at'];
BEGIN
	IF TG_OP = 'UPDATE' AND to_jsonb(NEW) = to_jsonb(OLD) THEN RETURN NEW; END IF;
	IF TG_TABLE_NAME = 'civil_status_records' THEN
		IF OLD."status" = 'pendingApproval' AND NEW."status" = 'official' AND (to_jsonb(NEW) - "approval") = (to_jsonb(OLD) - "approval") THEN RETURN NEW; END IF;
		"entry" := OLD."id";
	ELSE
		"entry" := OLD."record_id";
	END IF;
	IF NOT EXISTS (SELECT 1 FROM "register_adjustments" a WHERE a."record_id" = "entry" AND a."txid" = txid_current()) THEN
		RAISE EXCEPTION '%: a registered entry changes only with its adjustment logged (Circular 01/2022 Art. 4(2))', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
	END IF;
	IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
	RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "civil_status_records_adjusted" BEFORE UPDATE ON "civil_status_records" FOR EACH ROW EXECUTE FUNCTION "register_entry_adjusted"();--> statement-breakpoint
CREATE TRIGGER "civil_status_records_kept" BEFORE DELETE ON "civil_status_records" FOR EACH ROW EXECUTE FUNCTION "forbid_change"();--> statement-breakpoint
CREATE TRIGGER "record_persons_adjusted" BEFORE UPDATE OR DELETE ON "record_persons" FOR EACH ROW EXECUTE FUNCTION "register_entry_adjusted"();--> statement-breakpoint
-- A count goes down by an UPDATE: an INSERT of a negative count would fail the births >= 0 check
-- before ON CONFLICT is looked at (so a child's date of birth corrected could not be counted either).
CREATE OR REPLACE FUNCTION "add_birth_count"("registry" varchar, "born" date, "delta" integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF "born" IS NULL THEN RETURN; END IF;
	IF "delta" < 0 THEN
		UPDATE "birth_counts" SET "births" = "births" + "delta" WHERE "registry_code" = "registry" AND "birth_year" = extract(year from "born")::int;
		RETURN;
	END IF;
	INSERT INTO "birth_counts" ("registry_code", "birth_year", "births") VALUES ("registry", extract(year from "born")::int, "delta")
	ON CONFLICT ("registry_code", "birth_year") DO UPDATE SET "births" = "birth_counts"."births" + excluded."births";
END
$$;--> statement-breakpoint
-- A deleted birth no longer counts (Art. 13(3)); a restored one counts again (birth_counts_approval).
CREATE FUNCTION "birth_counts_on_deletion"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM "add_birth_count"(NEW."registry_code", p."date_of_birth", -1) FROM "record_persons" p WHERE p."record_id" = NEW."id" AND p."role" = 'child';
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "birth_counts_deletion" AFTER UPDATE OF "status" ON "civil_status_records" FOR EACH ROW WHEN (NEW."event_type" = 'birth' AND OLD."status" = 'official' AND NEW."status" <> 'official') EXECUTE FUNCTION "birth_counts_on_deletion"();

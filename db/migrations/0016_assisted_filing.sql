ALTER TYPE "public"."office_role" ADD VALUE 'communityHelper';--> statement-breakpoint
CREATE TABLE "assisted_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"helper_user_id" uuid NOT NULL,
	"desk_registry_code" varchar(16) NOT NULL,
	"citizen_personal_id" varchar(12) NOT NULL,
	"start_key" varchar(64) NOT NULL,
	"procedure_code" text NOT NULL,
	"method" text NOT NULL,
	"status" text NOT NULL,
	"approval_ref" varchar(64),
	"card_receipt_id" varchar(64),
	"signed_paper_key" text,
	"application_id" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "assisted_filings_card_receipt_id_unique" UNIQUE("card_receipt_id"),
	CONSTRAINT "assisted_filings_application_id_unique" UNIQUE("application_id"),
	CONSTRAINT "assisted_filings_start_key" UNIQUE("helper_user_id","start_key"),
	CONSTRAINT "assisted_filings_method" CHECK ("assisted_filings"."method" in ('vneidApp', 'chipCard')),
	CONSTRAINT "assisted_filings_status" CHECK ("assisted_filings"."status" in ('awaitingApproval', 'approved', 'refused', 'expired')),
	CONSTRAINT "assisted_filings_chip_card_paper" CHECK ("assisted_filings"."method" <> 'chipCard' or ("assisted_filings"."signed_paper_key" is not null and "assisted_filings"."card_receipt_id" is not null)),
	CONSTRAINT "assisted_filings_app_approved" CHECK ("assisted_filings"."application_id" is null or "assisted_filings"."status" = 'approved')
);
--> statement-breakpoint
CREATE TABLE "vneid_sim_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"personal_id" varchar(12) NOT NULL,
	"requester" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "vneid_sim_approvals_status" CHECK ("vneid_sim_approvals"."status" in ('pending', 'approved', 'refused'))
);
--> statement-breakpoint
CREATE TABLE "vneid_sim_redeemed_codes" (
	"jti" varchar(64) PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_events" DROP CONSTRAINT "application_events_action";--> statement-breakpoint
ALTER TABLE "application_events" DROP CONSTRAINT "application_events_actor_kind";--> statement-breakpoint
ALTER TABLE "population_lookups" ADD COLUMN "helper_user_id" uuid;--> statement-breakpoint
ALTER TABLE "assisted_filings" ADD CONSTRAINT "assisted_filings_helper_user_id_office_users_id_fk" FOREIGN KEY ("helper_user_id") REFERENCES "public"."office_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assisted_filings" ADD CONSTRAINT "assisted_filings_desk_registry_code_registries_code_fk" FOREIGN KEY ("desk_registry_code") REFERENCES "public"."registries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assisted_filings" ADD CONSTRAINT "assisted_filings_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assisted_filings_helper_idx" ON "assisted_filings" USING btree ("helper_user_id","requested_at");--> statement-breakpoint
CREATE INDEX "assisted_filings_desk_idx" ON "assisted_filings" USING btree ("desk_registry_code");--> statement-breakpoint
CREATE INDEX "vneid_sim_approvals_person_idx" ON "vneid_sim_approvals" USING btree ("personal_id","status");--> statement-breakpoint
ALTER TABLE "population_lookups" ADD CONSTRAINT "population_lookups_helper_user_id_office_users_id_fk" FOREIGN KEY ("helper_user_id") REFERENCES "public"."office_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_action" CHECK ("application_events"."action" in ('submit', 'submitJoint', 'coApplicantConfirm', 'coApplicantDecline', 'submitForPayment', 'paymentReceived', 'issueCopies', 'accept', 'requestSupplement', 'resubmit', 'startVerification', 'answerVerification', 'refuse', 'returnDraft', 'confirm', 'confirmBySilence', 'confirmAtDesk', 'requestChanges', 'register', 'sign', 'issue', 'pickupDone', 'cancelResult', 'missAppointment', 'withdraw', 'flagDelayed', 'bookAppointment', 'moveAppointment', 'assistedFiling'));--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_kind" CHECK ("application_events"."actor_kind" in ('citizen', 'officer', 'signer', 'system', 'helper'));
CREATE TABLE "auth_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject" varchar(128) NOT NULL,
	"role" varchar(32) NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" varchar(32),
	CONSTRAINT "auth_sessions_expiry_check" CHECK ("expires_at" > "created_at")
);
--> statement-breakpoint
CREATE INDEX "auth_sessions_subject_idx" ON "auth_sessions" USING btree ("subject");--> statement-breakpoint
CREATE TABLE "office_authenticators" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "office_users"("id") ON DELETE cascade,
	"secret" text,
	"pending_secret" text,
	"last_step" bigint,
	"recovery_code_hashes" text[] DEFAULT '{}' NOT NULL,
	"enrolled_at" timestamp with time zone
);

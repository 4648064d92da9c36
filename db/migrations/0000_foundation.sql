CREATE TYPE "public"."marital_status" AS ENUM('single', 'married', 'divorced', 'widowed');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('male', 'female', 'undetermined');--> statement-breakpoint
CREATE TYPE "public"."vital_status" AS ENUM('alive', 'deceased');--> statement-breakpoint
CREATE TYPE "public"."office_role" AS ENUM('officer', 'signer', 'dojSupervisor', 'dbManager');--> statement-breakpoint
CREATE TABLE "communes" (
	"code" varchar(5) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"full_name" text NOT NULL,
	"type" text NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"name_ascii" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ethnicities" (
	"code" varchar(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legacy_provinces" (
	"legacy_code" varchar(2) PRIMARY KEY NOT NULL,
	"id_prefix" varchar(3) NOT NULL,
	"name" text NOT NULL,
	"merged_into_code" varchar(2) NOT NULL,
	CONSTRAINT "legacy_provinces_id_prefix_unique" UNIQUE("id_prefix")
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" varchar(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"full_name" text NOT NULL,
	"unit_type" text NOT NULL,
	"name_ascii" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registries" (
	"code" varchar(16) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"province_code" varchar(2) NOT NULL,
	CONSTRAINT "registries_commune_code_unique" UNIQUE("commune_code")
);
--> statement-breakpoint
CREATE TABLE "registry_procedures" (
	"registry_code" varchar(16) NOT NULL,
	"procedure_code" text NOT NULL,
	"accepts_online" boolean DEFAULT true NOT NULL,
	"note" text,
	CONSTRAINT "registry_procedures_registry_code_procedure_code_pk" PRIMARY KEY("registry_code","procedure_code")
);
--> statement-breakpoint
CREATE TABLE "pop_households" (
	"id" varchar(20) PRIMARY KEY NOT NULL,
	"head_personal_id" varchar(12) NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"commune_code" varchar(5) NOT NULL,
	"detail" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pop_people" (
	"personal_id" varchar(12) PRIMARY KEY NOT NULL,
	"surname" text NOT NULL,
	"middle_name" text DEFAULT '' NOT NULL,
	"given_name" text NOT NULL,
	"full_name" text NOT NULL,
	"sex" "sex" NOT NULL,
	"date_of_birth" date NOT NULL,
	"ethnicity_code" varchar(2) NOT NULL,
	"nationality" varchar(2) DEFAULT 'VN' NOT NULL,
	"place_of_birth" text NOT NULL,
	"home_town" text NOT NULL,
	"permanent_province_code" varchar(2),
	"permanent_commune_code" varchar(5),
	"permanent_detail" text,
	"temporary_province_code" varchar(2),
	"temporary_commune_code" varchar(5),
	"temporary_detail" text,
	"phone" varchar(15),
	"email" text,
	"marital_status" "marital_status" DEFAULT 'single' NOT NULL,
	"vital_status" "vital_status" DEFAULT 'alive' NOT NULL,
	"date_of_death" date,
	"father_personal_id" varchar(12),
	"mother_personal_id" varchar(12),
	"household_id" varchar(20),
	"relationship_to_head" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "civil_status_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_type" text NOT NULL,
	"registration_type" text DEFAULT 'onTime' NOT NULL,
	"subject_personal_id" varchar(12) NOT NULL,
	"other_party_personal_id" varchar(12),
	"name_on_record" text NOT NULL,
	"registry_code" varchar(16),
	"registry_name" text NOT NULL,
	"entry_number" text NOT NULL,
	"book" text NOT NULL,
	"registered_on" date NOT NULL,
	"digitized" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "electronic_birth_notices" (
	"number" varchar(40) PRIMARY KEY NOT NULL,
	"issued_on" date NOT NULL,
	"facility" text NOT NULL,
	"facility_province_code" varchar(2) NOT NULL,
	"facility_commune_code" varchar(5) NOT NULL,
	"facility_detail" text NOT NULL,
	"mother_personal_id" varchar(12) NOT NULL,
	"child_sex" "sex" NOT NULL,
	"child_date_of_birth" date NOT NULL,
	"child_time_of_birth" time NOT NULL,
	"child_weight_grams" integer
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" varchar(128) PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "office_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" varchar(64) NOT NULL,
	"full_name" text NOT NULL,
	"title" text NOT NULL,
	"role" "office_role" NOT NULL,
	"registry_code" varchar(16),
	"province_code" varchar(2),
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "office_users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"kid" varchar(64) PRIMARY KEY NOT NULL,
	"purpose" varchar(32) NOT NULL,
	"alg" varchar(16) NOT NULL,
	"private_jwk" jsonb NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_provinces" ADD CONSTRAINT "legacy_provinces_merged_into_code_provinces_code_fk" FOREIGN KEY ("merged_into_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registries" ADD CONSTRAINT "registries_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registries" ADD CONSTRAINT "registries_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_procedures" ADD CONSTRAINT "registry_procedures_registry_code_registries_code_fk" FOREIGN KEY ("registry_code") REFERENCES "public"."registries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pop_people" ADD CONSTRAINT "pop_people_household_id_pop_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."pop_households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_users" ADD CONSTRAINT "office_users_registry_code_registries_code_fk" FOREIGN KEY ("registry_code") REFERENCES "public"."registries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_users" ADD CONSTRAINT "office_users_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communes_province_idx" ON "communes" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "registries_province_idx" ON "registries" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "registry_procedures_offline_idx" ON "registry_procedures" USING btree ("accepts_online");--> statement-breakpoint
CREATE INDEX "pop_people_household_idx" ON "pop_people" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "pop_people_mother_idx" ON "pop_people" USING btree ("mother_personal_id");--> statement-breakpoint
CREATE INDEX "pop_people_father_idx" ON "pop_people" USING btree ("father_personal_id");--> statement-breakpoint
CREATE INDEX "pop_people_commune_idx" ON "pop_people" USING btree ("permanent_commune_code");--> statement-breakpoint
CREATE INDEX "cs_records_subject_idx" ON "civil_status_records" USING btree ("subject_personal_id");--> statement-breakpoint
CREATE INDEX "cs_records_other_party_idx" ON "civil_status_records" USING btree ("other_party_personal_id");--> statement-breakpoint
CREATE INDEX "ebn_mother_idx" ON "electronic_birth_notices" USING btree ("mother_personal_id");
CREATE TABLE "population_lookups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_personal_id" varchar(12) NOT NULL,
	"application_id" uuid,
	"step" text NOT NULL,
	"field" text NOT NULL,
	"role" text,
	"looked_up_personal_id" varchar(12) NOT NULL,
	"outcome" text NOT NULL,
	CONSTRAINT "population_lookups_outcome" CHECK ("population_lookups"."outcome" in ('found', 'unknown', 'inconsistent', 'applicationNotFound', 'fieldNotFound', 'rateLimited'))
);
--> statement-breakpoint
CREATE INDEX "population_lookups_actor_idx" ON "population_lookups" USING btree ("actor_personal_id","at");--> statement-breakpoint
CREATE INDEX "population_lookups_person_idx" ON "population_lookups" USING btree ("looked_up_personal_id","at");--> statement-breakpoint
CREATE TRIGGER "population_lookups_append_only" BEFORE UPDATE OR DELETE ON "population_lookups" FOR EACH ROW EXECUTE FUNCTION "forbid_change"();--> statement-breakpoint
CREATE TRIGGER "population_lookups_no_truncate" BEFORE TRUNCATE ON "population_lookups" FOR EACH STATEMENT EXECUTE FUNCTION "forbid_change"();

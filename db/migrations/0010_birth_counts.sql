CREATE TABLE "birth_counts" (
	"registry_code" varchar(16) NOT NULL,
	"birth_year" integer NOT NULL,
	"births" integer NOT NULL,
	CONSTRAINT "birth_counts_registry_code_birth_year_pk" PRIMARY KEY("registry_code","birth_year"),
	CONSTRAINT "birth_counts_births" CHECK ("birth_counts"."births" >= 0)
);
--> statement-breakpoint
ALTER TABLE "birth_counts" ADD CONSTRAINT "birth_counts_registry_code_registries_code_fk" FOREIGN KEY ("registry_code") REFERENCES "public"."registries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE FUNCTION "add_birth_count"("registry" varchar, "born" date, "delta" integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF "born" IS NULL THEN RETURN; END IF;
	INSERT INTO "birth_counts" ("registry_code", "birth_year", "births") VALUES ("registry", extract(year from "born")::int, "delta")
	ON CONFLICT ("registry_code", "birth_year") DO UPDATE SET "births" = "birth_counts"."births" + excluded."births";
END
$$;--> statement-breakpoint
-- A child written to an official birth entry, or a child's date of birth changed (an amendment).
CREATE FUNCTION "birth_counts_on_child"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	"entry" record;
BEGIN
	SELECT "registry_code", "event_type", "status" INTO "entry" FROM "civil_status_records" WHERE "id" = NEW."record_id";
	IF "entry"."event_type" IS DISTINCT FROM 'birth' OR "entry"."status" IS DISTINCT FROM 'official' THEN RETURN NULL; END IF;
	IF TG_OP = 'UPDATE' THEN PERFORM "add_birth_count"("entry"."registry_code", OLD."date_of_birth", -1); END IF;
	PERFORM "add_birth_count"("entry"."registry_code", NEW."date_of_birth", 1);
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "birth_counts_child_insert" AFTER INSERT ON "record_persons" FOR EACH ROW WHEN (NEW."role" = 'child') EXECUTE FUNCTION "birth_counts_on_child"();--> statement-breakpoint
CREATE TRIGGER "birth_counts_child_born" AFTER UPDATE OF "date_of_birth" ON "record_persons" FOR EACH ROW WHEN (NEW."role" = 'child' AND OLD."date_of_birth" IS DISTINCT FROM NEW."date_of_birth") EXECUTE FUNCTION "birth_counts_on_child"();--> statement-breakpoint
-- A digitised birth approved by the Department of Justice counts from then on (Circular 01/2022 Art. 10(3)).
CREATE FUNCTION "birth_counts_on_approval"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM "add_birth_count"(NEW."registry_code", p."date_of_birth", 1) FROM "record_persons" p WHERE p."record_id" = NEW."id" AND p."role" = 'child';
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "birth_counts_approval" AFTER UPDATE OF "status" ON "civil_status_records" FOR EACH ROW WHEN (NEW."event_type" = 'birth' AND OLD."status" IS DISTINCT FROM 'official' AND NEW."status" = 'official') EXECUTE FUNCTION "birth_counts_on_approval"();--> statement-breakpoint
-- The births already in the register.
INSERT INTO "birth_counts" ("registry_code", "birth_year", "births")
SELECT r."registry_code", extract(year from p."date_of_birth")::int, count(*)::int
FROM "civil_status_records" r JOIN "record_persons" p ON p."record_id" = r."id" AND p."role" = 'child'
WHERE r."event_type" = 'birth' AND r."status" = 'official' AND p."date_of_birth" IS NOT NULL
GROUP BY 1, 2;

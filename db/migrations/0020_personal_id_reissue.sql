ALTER TABLE "register_adjustments" DROP CONSTRAINT "register_adjustments_path";--> statement-breakpoint
ALTER TABLE "pop_people" ADD COLUMN "previous_personal_id" varchar(12);--> statement-breakpoint
ALTER TABLE "person_records" ADD COLUMN "replaced_by_personal_id" varchar(12);--> statement-breakpoint
ALTER TABLE "person_records" ADD CONSTRAINT "person_records_replaced_by_personal_id_person_records_personal_id_fk" FOREIGN KEY ("replaced_by_personal_id") REFERENCES "public"."person_records"("personal_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pop_people" ADD CONSTRAINT "pop_people_previous_personal_id_unique" UNIQUE("previous_personal_id");--> statement-breakpoint
ALTER TABLE "register_adjustments" ADD CONSTRAINT "register_adjustments_path" CHECK ("register_adjustments"."path" in ('amendment', 'discrepancy', 'deletion', 'restore', 'personalId'));
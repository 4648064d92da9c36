-- Signing keys leave the database (decision 0010): anyone who could read it could sign certificates.
-- The public keys of document keys stay, so QR codes already issued still verify; the simulator's
-- tokens lived minutes and its keys go entirely. Nothing private may remain in a public JWK either.
DELETE FROM "signing_keys" WHERE "purpose" <> 'documents';--> statement-breakpoint
UPDATE "signing_keys" SET "public_jwk" = "public_jwk" - 'd';--> statement-breakpoint
ALTER TABLE "signing_keys" DROP COLUMN "private_jwk";

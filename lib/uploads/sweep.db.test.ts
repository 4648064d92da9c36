import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { readAttachment, uploadAttachment } from '@/lib/applications/attachments';
import { startApplication } from '@/lib/applications/start-application';
import { LAN } from '@/lib/applications/test-fixtures';
import { isAppError } from '@/lib/errors';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createS3Storage, s3Client } from './s3-storage';
import { newStorageKey, type FileStorage } from './storage';
import { sweepOrphans } from './sweep';
import { jpeg } from './test-fixtures';
import { startS3Server } from './testing/s3-server';

describeEachDatabase('files on an S3-protocol server: written before their row, orphans swept', (db) => {
  let server: Awaited<ReturnType<typeof startS3Server>>;
  let storage: FileStorage;
  beforeAll(async () => {
    server = await startS3Server();
    storage = createS3Storage(server.settings);
    await seedPersonas(db());
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('keeps every file a row references, deletes the others once past the grace period, and never serves a file no row names', async () => {
    const now = new Date();
    const app = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now });
    const uploaded = await uploadAttachment(db(), storage, { applicationId: app.id, personalId: LAN, organisationCode: null, kind: 'witnessStatement', bytes: await jpeg(1500, 2000), originalName: 'van-ban.jpg', now });
    if (!uploaded.ok) throw new Error(JSON.stringify(uploaded));
    // A file whose row never committed (a crash between the two), and one someone else put in the bucket.
    const orphan = newStorageKey('attachments');
    const foreign = newStorageKey('documents');
    await storage.put(orphan, Uint8Array.from([1, 2, 3]), { mimeType: 'image/jpeg' });
    await storage.put(foreign, Uint8Array.from([4, 5, 6]), { mimeType: 'application/pdf' });
    // And objects put straight through the S3 API under names the portal never gives (a backup
    // tool's, a person's): the sweep walks past them and leaves them be.
    const client = s3Client(server.settings);
    const odd = ['attachments/Ban an 12.PDF', 'documents/x.pdf', 'register-evidence/A'];
    for (const Key of odd) await client.send(new PutObjectCommand({ Bucket: server.settings.bucket, Key, Body: Uint8Array.from([7]) }));

    // Served only through a row, after its checks: an id that is not an attachment finds nothing.
    const viewer = { partyPersonalId: LAN, organisationCode: null };
    expect((await readAttachment(db(), storage, { attachmentId: uploaded.attachment.id, viewer })).mimeType).toBe('image/jpeg');
    expect(isAppError(await readAttachment(db(), storage, { attachmentId: randomUUID(), viewer }).catch((e: unknown) => e), 'notFound')).toBe(true);

    // Within the grace period, a file may still be waiting for its row: nothing goes.
    expect((await sweepOrphans(db(), storage, { now })).deleted).toEqual([]);
    const later = new Date(now.getTime() + 2 * 24 * 3600 * 1000);
    const swept = await sweepOrphans(db(), storage, { now: later });
    expect(swept.deleted.sort()).toEqual([orphan, foreign].sort());
    expect(await storage.get(orphan)).toBeNull();
    expect(await storage.get(foreign)).toBeNull();
    for (const Key of odd) expect((await client.send(new GetObjectCommand({ Bucket: server.settings.bucket, Key }))).ContentLength, Key).toBe(1);
    const kept = await readAttachment(db(), storage, { attachmentId: uploaded.attachment.id, viewer });
    expect((await new Response(kept.body).arrayBuffer()).byteLength).toBe(kept.size);
  });
});

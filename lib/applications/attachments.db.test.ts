import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { isAppError } from '@/lib/errors';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { ascii, jpeg, pdf } from '@/lib/uploads/test-fixtures';
import { readAttachment, removeAttachment, uploadAttachment } from './attachments';
import { startApplication } from './start-application';
import { loadFormPage } from './form-page';

const MY = '010301006789';
const LAN = '001195012345';
const now = new Date('2026-11-23T03:00:00Z');

describeEachDatabase('attachments', (db) => {
  const storage = createMemoryStorage();
  let applicationId = '';
  beforeAll(async () => {
    await seedPersonas(db());
    applicationId = (await startApplication(db(), { personalId: MY, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now })).id;
  });
  const upload = (bytes: Uint8Array, name = 'statement.jpg', personalId = MY) =>
    uploadAttachment(db(), storage, { applicationId, personalId, organisationCode: null, kind: 'witnessStatement', bytes, originalName: name, now });

  it("stores Mỷ's photographed witness statement re-encoded and records it on the application", async () => {
    const result = await upload(await jpeg(3000, 4000));
    expect(result).toMatchObject({ ok: true, attachment: { mimeType: 'image/jpeg' } });
    if (!result.ok) return;
    const page = await loadFormPage(db(), { applicationId, personalId: MY, organisationCode: null, clock: () => now });
    expect((page.answers.documents as { witnessStatement: string[] }).witnessStatement).toContain(result.attachment.id);
    const file = await readAttachment(db(), storage, { attachmentId: result.attachment.id, viewer: { partyPersonalId: MY, organisationCode: null } });
    expect(file.mimeType).toBe('image/jpeg');
    const stored = await new Response(file.body).arrayBuffer();
    expect(stored.byteLength).toBe(file.size);
    expect(stored.byteLength).toBeLessThan(3000 * 4000);
  });

  it('refuses a file whose name says JPEG but whose bytes are HTML', async () => {
    expect(await upload(ascii('<html><script>alert(1)</script></html>'), 'photo.jpg')).toMatchObject({ ok: false, error: 'unsupportedType' });
  });

  it('refuses a file that is too large before decoding it', async () => {
    expect(await upload(new Uint8Array(5 * 1024 * 1024 + 1).fill(0xff))).toMatchObject({ ok: false, error: 'tooLarge' });
  });

  it('refuses a photo too small to read', async () => {
    expect(await upload(await jpeg(400, 300))).toMatchObject({ ok: false, error: 'tooSmall' });
  });

  it('accepts a PDF', async () => {
    expect(await upload(await pdf(2), 'statement.pdf')).toMatchObject({ ok: true, attachment: { mimeType: 'application/pdf' } });
  });

  it('shows the file to its applicant only while the application is a draft, and to no one else', async () => {
    const result = await upload(await jpeg(1500, 2000));
    if (!result.ok) throw new Error('upload failed');
    const id = result.attachment.id;
    expect((await readAttachment(db(), storage, { attachmentId: id, viewer: { partyPersonalId: MY, organisationCode: null } })).mimeType).toBe('image/jpeg');
    for (const viewer of [{ partyPersonalId: LAN, organisationCode: null }, { registryCode: '00070' }, { registryCode: (await page()).app.registryCode }]) {
      const err = await readAttachment(db(), storage, { attachmentId: id, viewer }).catch((e: unknown) => e);
      expect(isAppError(err, 'notFound')).toBe(true);
    }
    const err = await upload(await jpeg(1500, 2000), 'x.jpg', LAN).catch((e: unknown) => e);
    expect(isAppError(err, 'notFound')).toBe(true);
    const err2 = await removeAttachment(db(), storage, { attachmentId: id, personalId: LAN, organisationCode: null, now }).catch((e: unknown) => e);
    expect(isAppError(err2, 'notFound')).toBe(true);
    await removeAttachment(db(), storage, { attachmentId: id, personalId: MY, organisationCode: null, now });
    expect(((await page()).answers.documents as { witnessStatement: string[] }).witnessStatement).not.toContain(id);
  });

  const page = () => loadFormPage(db(), { applicationId, personalId: MY, organisationCode: null, clock: () => now });
});

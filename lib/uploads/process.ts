import 'server-only';
import { createHash } from 'node:crypto';
import { UPLOAD_POLICY, type UploadPolicy } from './policy';
import { processImage } from './process-image';
import { processPdf } from './process-pdf';
import { sniffFileType } from './sniff';
import type { UploadResult } from './types';

export type { ProcessedFile, UploadError, UploadErrorDetail, UploadResult } from './types';

/*
 * Entry point of the server-side upload pipeline. Nothing the client says about the file is
 * trusted: the type comes from the bytes, the size limit is enforced here, and the bytes that
 * are returned for storage are always produced by us (re-encoded image, rewritten PDF).
 */
export async function processUpload(bytes: Uint8Array, policy: UploadPolicy = UPLOAD_POLICY): Promise<UploadResult> {
  // Cheap checks first, so oversized input never reaches a decoder.
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  if (bytes.byteLength > policy.maxBytes) {
    return { ok: false, error: 'tooLarge', detail: { size: bytes.byteLength, maxBytes: policy.maxBytes } };
  }

  const type = sniffFileType(bytes);
  if (type === null) return { ok: false, error: 'unsupportedType' };

  const step = type === 'application/pdf' ? await processPdf(bytes, policy) : await processImage(bytes, policy);
  if (!step.ok) return step;

  // The digest is of the stored bytes, so it can verify what is later read back from storage.
  const sha256 = createHash('sha256').update(step.file.bytes).digest('hex');
  return { ok: true, file: { ...step.file, sha256 } };
}

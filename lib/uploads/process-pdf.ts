import 'server-only';
import { PDFDocument } from 'pdf-lib';
import type { UploadPolicy } from './policy';
import type { StepResult } from './types';

/*
 * PDFs are parsed with pdf-lib and written out again. The rewrite drops incremental updates
 * (earlier revisions hidden behind later ones), unreferenced objects, bytes before the header
 * and after %%EOF, so what is stored is a plain single-revision file that pdf-lib could parse.
 *
 * This is NOT a sanitiser: JavaScript, launch actions, embedded files and form scripts that are
 * reachable from the document are carried over unchanged, as are the page contents and the
 * Info dictionary. A production deployment should additionally run a dedicated PDF sanitiser
 * (or rasterise pages) and serve PDFs with Content-Disposition: attachment and a strict CSP.
 */

export async function processPdf(bytes: Uint8Array, policy: UploadPolicy): Promise<StepResult> {
  let pages: number;
  let rewritten: Uint8Array;
  try {
    // Encrypted files throw here (pdf-lib cannot rewrite them faithfully); they are refused as
    // unreadable, and the message asks for a copy without a password.
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    pages = doc.getPageCount();
    if (pages === 0) return { ok: false, error: 'unreadable' };
    if (pages > policy.maxPdfPages) {
      return { ok: false, error: 'tooManyPages', detail: { pages, maxPages: policy.maxPdfPages } };
    }
    // addDefaultPage: false — never invent content the citizen did not send.
    rewritten = await doc.save({ addDefaultPage: false, updateFieldAppearances: false });
  } catch {
    // pdf-lib throws plain TypeErrors/Errors for malformed structure; all mean the same to us.
    return { ok: false, error: 'unreadable' };
  }
  return { ok: true, file: { bytes: rewritten, mimeType: 'application/pdf', extension: 'pdf', pages } };
}

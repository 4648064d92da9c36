import { formatDateVi } from './iso-date';
import { clean } from './pdf-layout';
import { drawBorder, drawFooter, drawHeader, openDocument, upper, type Signer } from './pdf-frame';

/*
 * A copy of a register entry (bản sao trích lục hộ tịch, bản sao Giấy khai sinh; Law on Civil
 * Status Art. 63–64, documents.md "copy" marking), issued from the Electronic Civil Status
 * Database by any registry: what the entry says, which registry keeps it under which number, and
 * who issued this copy, when, with the QR code of the copy itself.
 */

export type ExtractCopyContent = {
  /** "BẢN SAO GIẤY KHAI SINH" */
  title: string;
  /** The registry issuing the copy. */
  registryName: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** The entry copied, as the register keeps it. */
  entry: { registryName: string; entryNumber: string; book: string; registeredOn: string };
  /** Printed label (Vietnamese) and value of each field of the entry, in the entry's order. */
  rows: readonly { label: string; value: string }[];
  /** The person the entry is about. */
  subject: { personalId: string; fullName: string; dateOfBirth: string };
  /** The officer who issued it, or the database itself when it was issued at once. */
  signer: Signer;
};

export type ExtractCopyPdfOptions = { verifyUrl: string; copy?: { number: number; of: number } };

export async function renderExtractCopyPdf(content: ExtractCopyContent, options: ExtractCopyPdfOptions): Promise<Uint8Array> {
  const { doc, w } = await openDocument(`${content.title} – ${upper(content.subject.fullName)}`, false);
  doc.setSubject('Bản sao điện tử từ Cơ sở dữ liệu hộ tịch điện tử');
  drawBorder(w);
  drawHeader(w, { registryName: content.registryName, headerLines: [`Số: ${clean(content.entry.entryNumber)}`, `Quyển số: ${clean(content.entry.book)}`] });
  w.gap(14);
  w.centered(content.title, { bold: true, size: 20 });
  w.centered('(Bản sao điện tử cấp từ Cơ sở dữ liệu hộ tịch điện tử / Electronic copy from the civil-status database)', { size: 9.5 });
  if (options.copy) w.centered(`Bản sao số ${options.copy.number}/${options.copy.of}`, { size: 10 });
  w.gap(10);

  for (const row of content.rows) w.field(`${clean(row.label)}:`, clean(row.value) || '—');
  w.gap(8);
  w.field('Nơi đăng ký:', content.entry.registryName);
  w.field('Ngày, tháng, năm đăng ký:', formatDateVi(content.entry.registeredOn));
  w.field('Số, quyển:', `${clean(content.entry.entryNumber)} — ${clean(content.entry.book)}`);
  w.gap(8);
  w.field('Sao từ Sổ đăng ký, cấp ngày:', formatDateVi(content.issuedOn));

  drawFooter(w, content, options);
  return doc.save();
}

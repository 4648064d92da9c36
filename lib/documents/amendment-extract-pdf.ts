import { formatDateVi } from './iso-date';
import { clean } from './pdf-layout';
import { drawDraftWatermark, drawFooter, drawTop, openDocument, upper, type Signer } from './pdf-frame';

/*
 * The extract of a change, correction, supplement of civil-status information or ethnicity
 * re-determination (documents.md: person's identity data; the affected record; for each item
 * before → after; basis; type of amendment). Vietnamese as printed; the QR code verifies it.
 */

export type AmendmentExtractContent = {
  registryName: string;
  entryNumber: string;
  book: string;
  registeredOn: string;
  /** "Cải chính hộ tịch" */
  typeVi: string;
  /** The message id of the kind, for previews. */
  type: string;
  subject: { fullName: string; dateOfBirth: string; personalId: string };
  /** The amended entry, as a printed line ("Giấy khai sinh số 12, quyển 01/2026, …"). */
  amendedEntry: string;
  /** Each item: the printed label, the value before and after. */
  items: readonly { label: string; before: string; after: string }[];
  /** The legal basis and the applicant's reasons. */
  basis: string;
  declarant: { fullName: string };
  signer: Signer;
};

export async function renderAmendmentExtractPdf(content: AmendmentExtractContent, options: { verifyUrl: string; draft?: boolean }): Promise<Uint8Array> {
  const draft = options.draft === true;
  const { doc, w } = await openDocument(`Trích lục ${content.typeVi.toLocaleLowerCase('vi-VN')} – ${upper(content.subject.fullName)}`, draft);
  drawTop(w, { registryName: content.registryName, entryNumber: content.entryNumber, book: content.book, title: 'TRÍCH LỤC', draft });
  w.centered(upper(content.typeVi), { bold: true, size: 14 });
  w.gap(8);
  w.field('Họ, chữ đệm, tên:', upper(content.subject.fullName), { valueStyle: { size: 13 } });
  w.field('Ngày, tháng, năm sinh:', formatDateVi(content.subject.dateOfBirth));
  w.field('Số định danh cá nhân:', content.subject.personalId);
  w.field('Đã đăng ký tại:', content.amendedEntry);
  w.gap(6);
  for (const item of content.items) {
    w.field(`${clean(item.label)} — trước:`, clean(item.before) || '(không có)');
    w.field(`${clean(item.label)} — sau:`, clean(item.after));
  }
  w.gap(6);
  w.field('Căn cứ, lý do:', content.basis);
  w.field('Người yêu cầu:', content.declarant.fullName);
  w.field('Ngày, tháng, năm đăng ký:', formatDateVi(content.registeredOn));
  drawFooter(w, content, options);
  if (draft) drawDraftWatermark(w);
  return doc.save();
}

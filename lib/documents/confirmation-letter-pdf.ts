import { formatDateVi } from './iso-date';
import { clean } from './pdf-layout';
import { drawBorder, drawFooter, drawHeader, openDocument, upper, type Signer } from './pdf-frame';

/*
 * The civil-status information confirmation letter (Circular 01/2022 Art. 8; documents.md): the
 * registry's numbered letter to the applicant stating what the database holds about the person
 * concerned. It has the legal value of a civil-status document (Art. 8(4)): signed, with a QR code.
 */

export type ConfirmationLetterContent = {
  registryName: string;
  /** The letter's number in the registry's series ('' on drafts). */
  entryNumber: string;
  book: string;
  /** YYYY-MM-DD: the day of the letter. */
  registeredOn: string;
  /** "Xác nhận thông tin hộ tịch không thống nhất" */
  title: string;
  addressee: string;
  purpose: string;
  subject: { fullName: string; dateOfBirth: string; personalId: string };
  sections: readonly { heading: string; lines: readonly string[] }[];
  conclusion: string;
  signer: Signer;
};

export type ConfirmationLetterPdfOptions = { verifyUrl: string; draft?: boolean };

export async function renderConfirmationLetterPdf(content: ConfirmationLetterContent, options: ConfirmationLetterPdfOptions): Promise<Uint8Array> {
  const draft = options.draft === true;
  const { doc, w } = await openDocument(`Văn bản xác nhận thông tin hộ tịch – ${upper(content.subject.fullName)}`, draft);
  drawBorder(w);
  drawHeader(w, { registryName: content.registryName, headerLines: [`Số: ${clean(content.entryNumber)}/${clean(content.book)}`] });
  w.gap(12);
  w.centered('VĂN BẢN XÁC NHẬN THÔNG TIN HỘ TỊCH', { bold: true, size: 17 });
  w.centered(`(${clean(content.title)})`, { size: 10.5 });
  if (draft) w.centered('BẢN DỰ THẢO – CHƯA CÓ GIÁ TRỊ PHÁP LÝ', { bold: true, size: 10 });
  w.gap(8);
  w.field('Kính gửi:', content.addressee);
  w.field('Căn cứ:', 'Điều 8 Thông tư số 01/2022/TT-BTP; Cơ sở dữ liệu hộ tịch điện tử', { valueStyle: { bold: false } });
  w.field('Mục đích sử dụng:', content.purpose, { valueStyle: { bold: false } });
  w.gap(6);
  w.field(`${clean(content.registryName)} xác nhận thông tin hộ tịch của:`, '');
  w.row([
    ['Họ, chữ đệm, tên:', upper(content.subject.fullName)],
    ['Ngày sinh:', formatDateVi(content.subject.dateOfBirth)],
  ]);
  w.field('Số định danh cá nhân:', content.subject.personalId);
  w.gap(6);
  content.sections.forEach((s, i) => {
    w.field(`${i + 1}.`, s.heading);
    for (const line of s.lines) w.field('   ', line, { valueStyle: { bold: false, size: 10.5 } });
    w.gap(3);
  });
  w.gap(4);
  w.field('Kết luận:', content.conclusion, { valueStyle: { bold: false } });
  w.field('Ngày xác nhận:', formatDateVi(content.registeredOn));
  drawFooter(w, content, options);
  return doc.save();
}

import { formatDateVi } from './iso-date';
import { clean, PageWriter } from './pdf-layout';
import { A4, drawBorder, drawFooter, drawHeader, openDocument, type Signer } from './pdf-frame';

/*
 * The confirmation letter to an organisation (Circular 01/2022 Art. 8(2)–(4)): on the first page
 * who asked, under what authority, for whom and in what scope, the counts, the conclusion, the QR
 * code and the signature; the list of persons, when the scope allows one, in an annex on the
 * following pages. A draft carries no annex: the persons are disclosed in the signed letter only,
 * and each disclosure is logged (Art. 8(3)).
 */

export type OrganisationLetterContent = {
  registryName: string;
  /** The letter's number in the registry's series ('' on drafts). */
  entryNumber: string;
  book: string;
  /** YYYY-MM-DD: the day of the letter. */
  registeredOn: string;
  organisation: { code: string; name: string };
  representative: string;
  officialLetter: string;
  legalAuthority: string;
  purpose: string;
  scope: 'fullHistory' | 'registrationOnly' | 'statisticsOnly';
  /** The scope in words. */
  scopeText: string;
  /** Who the request is about, in words: "Trẻ em sinh từ năm 2016 đến năm 2020, đăng ký khai sinh tại …". */
  selection: string;
  /** Counts: always given, whatever the scope. */
  statistics: readonly string[];
  /** One item per person, empty in the statistics-only scope. */
  annex: readonly { heading: string; lines: readonly string[] }[];
  conclusion: string;
  signer: Signer;
};

export async function renderOrganisationLetterPdf(content: OrganisationLetterContent, options: { verifyUrl: string; draft?: boolean }): Promise<Uint8Array> {
  const draft = options.draft === true;
  const { doc, w } = await openDocument(`Văn bản xác nhận thông tin hộ tịch – ${clean(content.organisation.name)}`, draft);
  const number = content.entryNumber ? `${clean(content.entryNumber)}/${clean(content.book)}` : `…/${clean(content.book)}`;
  drawBorder(w);
  drawHeader(w, { registryName: content.registryName, headerLines: [`Số: ${number}`] });
  w.gap(12);
  w.centered('VĂN BẢN XÁC NHẬN THÔNG TIN HỘ TỊCH', { bold: true, size: 17 });
  w.centered('(Theo đề nghị của cơ quan, tổ chức – Điều 8 khoản 2 Thông tư 01/2022/TT-BTP)', { size: 10 });
  if (draft) w.centered('BẢN DỰ THẢO – CHƯA CÓ GIÁ TRỊ PHÁP LÝ', { bold: true, size: 10 });
  w.gap(8);
  const plain = { valueStyle: { bold: false, size: 10.5 } };
  w.field('Kính gửi:', content.organisation.name);
  w.field('Văn bản đề nghị:', `${content.officialLetter} (người đại diện: ${content.representative})`, plain);
  w.field('Thẩm quyền:', content.legalAuthority, plain);
  w.field('Mục đích sử dụng:', content.purpose, plain);
  w.field('Đối tượng:', content.selection, plain);
  w.field('Phạm vi cung cấp:', content.scopeText, plain);
  w.gap(4);
  w.field('Kết quả:', '');
  for (const line of content.statistics) w.field('   ', line, plain);
  if (content.annex.length > 0) w.field('   ', `Danh sách chi tiết ${content.annex.length} người: tại Phụ lục kèm theo.`, plain);
  else if (draft && content.scope !== 'statisticsOnly') w.field('   ', 'Danh sách chi tiết chỉ có trong văn bản đã ký.', plain);
  w.gap(4);
  w.field('Kết luận:', content.conclusion, plain);
  w.field('Ngày xác nhận:', formatDateVi(content.registeredOn));
  drawFooter(w, content, options);
  if (!draft && content.annex.length > 0) drawAnnex(doc, w, content, number);
  return doc.save();
}

/** The persons, on as many pages as they need, each page bordered and headed with the letter's number. */
function drawAnnex(doc: Awaited<ReturnType<typeof openDocument>>['doc'], first: PageWriter, content: OrganisationLetterContent, number: string) {
  let w = first;
  let pageNo = 0;
  const newPage = () => {
    w = new PageWriter(doc.addPage([...A4]), first.fonts, first.frame);
    pageNo++;
    drawBorder(w);
    w.centered('PHỤ LỤC', { bold: true, size: 12 });
    w.centered(`Kèm theo Văn bản xác nhận thông tin hộ tịch số ${number} – trang ${pageNo}`, { size: 10 });
    w.gap(8);
  };
  newPage();
  // A wrapped line of 10–10.5 pt text steps down about 16 pt; at most ~85 characters fit on one.
  const step = 16;
  const rows = (text: string) => Math.max(1, Math.ceil(text.length / 85));
  const room = (n: number) => {
    if (w.y - n * step < w.frame.bottom + 6) newPage();
  };
  content.annex.forEach((item, i) => {
    // A person's heading stays with their first line.
    room(rows(item.heading) + (item.lines[0] ? rows(item.lines[0]) : 0));
    w.field(`${i + 1}.`, item.heading, { valueStyle: { bold: true, size: 10.5 } });
    for (const l of item.lines) {
      room(rows(l));
      w.field('   ', l, { valueStyle: { bold: false, size: 10 } });
    }
    w.gap(3);
  });
}

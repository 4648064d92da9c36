import { formatDateVi } from './iso-date';
import { clean, type PageWriter, type TextStyle } from './pdf-layout';
import { drawDraftWatermark, drawFooter, drawTop, openDocument, upper } from './pdf-frame';
import { wrapText } from './text-wrap';

/*
 * The electronic certificate of marital status (Giấy xác nhận tình trạng hôn nhân, Decree
 * 123/2015/NĐ-CP Art. 21-23) as a one-page A4 PDF, in the frame every civil-status document shares
 * (pdf-frame.ts). The status and the purpose arrive as sentences already written by the procedure,
 * and the validity date already computed; this module only lays them out.
 */

export type MaritalStatusCertificateContent = {
  /** "Ủy ban nhân dân phường Sài Gòn, thành phố Hồ Chí Minh" */
  registryName: string;
  /** "Số" ('' on drafts) */
  entryNumber: string;
  /** "Quyển số" ('' on drafts) */
  book: string;
  /** YYYY-MM-DD, the issue date */
  registeredOn: string;
  person: {
    fullName: string;
    /** YYYY-MM-DD */
    dateOfBirth: string;
    sex: 'male' | 'female';
    ethnicity: string;
    nationality: string;
    personalId: string;
    residence: string;
  };
  /** A past residence certified for the period asked, or null. Dates YYYY-MM-DD. */
  residencePeriod: { address: string; from: string; to: string } | null;
  /** What the status sentence says, for the callers; the sentence is what is printed. */
  maritalStatus: 'neverMarried' | 'married' | 'divorced' | 'widowed';
  /** The status as a sentence, already written: "Chưa đăng ký kết hôn với ai." */
  statusSentence: string;
  /** The purpose as a sentence, already written: "Để làm thủ tục đăng ký kết hôn với bà ... " */
  purposeSentence: string;
  /** YYYY-MM-DD: 6 months after issue */
  validUntil: string;
  /** e.g. { fullName: 'Nguyễn Thị Lan', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] } */
  signer: { fullName: string; titleLines: readonly string[] };
  /** "Ghi chú" lines; omitted when empty. */
  notes?: readonly string[];
};

export type MaritalStatusCertificatePdfOptions = { verifyUrl: string; draft?: boolean; holder?: { fullName: string } };

const TEXT: TextStyle = { size: 11 };

export async function renderMaritalStatusCertificatePdf(content: MaritalStatusCertificateContent, options: MaritalStatusCertificatePdfOptions): Promise<Uint8Array> {
  const { person } = content;
  const issuedOn = formatDateVi(content.registeredOn);
  const validUntil = formatDateVi(content.validUntil);
  // Both dates are valid ISO dates here, so comparing the strings compares the days.
  if (content.validUntil < content.registeredOn) throw new RangeError(`valid until ${content.validUntil}, before the issue date ${content.registeredOn}`);
  const status = required(content.statusSentence, 'statusSentence');
  const purpose = required(content.purposeSentence, 'purposeSentence');
  const period = content.residencePeriod ? describePeriod(content.residencePeriod) : '';
  const holder = options.holder ? upper(options.holder.fullName) : '';

  const { doc, w } = await openDocument(`Giấy xác nhận tình trạng hôn nhân – ${upper(person.fullName)}`, options.draft === true);

  drawTop(w, { registryName: content.registryName, entryNumber: content.entryNumber, book: content.book, title: 'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN', draft: options.draft === true });

  const honorific = person.sex === 'male' ? 'ông' : 'bà';
  paragraph(w, `Xét đề nghị của ${honorific} ${upper(person.fullName)}, về việc xác nhận tình trạng hôn nhân,`, TEXT);
  w.gap(4);
  paragraph(w, 'XÁC NHẬN:', { bold: true, size: 12 });
  w.gap(2);

  w.field('Họ, chữ đệm, tên:', upper(person.fullName), { valueStyle: { size: 13 } });
  w.field('Ngày, tháng, năm sinh:', formatDateVi(person.dateOfBirth));
  w.row([
    ['Giới tính:', person.sex === 'male' ? 'Nam' : 'Nữ'],
    ['Dân tộc:', person.ethnicity],
    ['Quốc tịch:', person.nationality],
  ]);
  w.field('Số định danh cá nhân:', person.personalId);
  w.field('Nơi cư trú:', person.residence);
  // No colon: the sentence goes on with the period.
  if (period) w.field('Trong thời gian cư trú tại', period);

  w.gap(8);
  w.field('Tình trạng hôn nhân:', status);
  w.field('Giấy này được cấp để sử dụng vào việc:', purpose);
  w.gap(8);
  paragraph(w, `Giấy này có giá trị sử dụng đến hết ngày ${validUntil} hoặc đến khi tình trạng hôn nhân thay đổi, tùy theo thời điểm nào đến trước.`, TEXT);

  w.gap(8);
  w.field('Nơi cấp:', content.registryName);
  w.field('Ngày, tháng, năm cấp:', issuedOn);
  const notes = (content.notes ?? []).map(clean).filter(Boolean);
  if (notes.length > 0) w.field('Ghi chú:', notes.join('; '));
  if (holder) w.field('Bản chính cấp cho:', holder);

  drawFooter(w, content, options);
  if (options.draft) drawDraftWatermark(w);
  return doc.save();
}

/** "15 Pasteur, … từ ngày 01/01/2020 đến ngày 31/12/2023"; a period that ends before it starts is a caller's bug. */
function describePeriod(period: NonNullable<MaritalStatusCertificateContent['residencePeriod']>): string {
  const [from, to] = [formatDateVi(period.from), formatDateVi(period.to)];
  if (period.to < period.from) throw new RangeError(`residence period ends before it starts: ${period.from} – ${period.to}`);
  const address = required(period.address, 'residencePeriod.address');
  return `${address} từ ngày ${from} đến ngày ${to}`;
}

/** The certificate exists to state these; printing it with one left blank would certify nothing. */
function required(text: string, name: string): string {
  const value = clean(text);
  if (!value) throw new RangeError(`${name} is empty`);
  return value;
}

/** Left-aligned text wrapped across the frame; advances the cursor. */
function paragraph(w: PageWriter, text: string, style: TextStyle): void {
  const { left, right } = w.frame;
  for (const line of wrapText(clean(text), (s) => w.measure(s, style), right - left)) {
    w.draw(line, left, w.y, style);
    w.y -= w.lineHeight(style);
  }
}

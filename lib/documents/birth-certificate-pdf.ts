import { degrees, PDFDocument, rgb } from 'pdf-lib';
import { dateInWordsVi } from './date-in-words';
import { embedFonts } from './fonts';
import { formatDateVi } from './iso-date';
import { clean, PageWriter } from './pdf-layout';
import { drawQrCode } from './qr';

/*
 * The electronic birth certificate (Giấy khai sinh, Law on Civil Status Art. 14(1)) as a one-page
 * A4 PDF. The content arrives already decided and formatted; this module only lays it out, so the
 * same data always prints the same way and the PDF never reads the database.
 */

export type BirthCertificateParent = {
  fullName: string;
  /** As printed: usually just the year ("1995"). */
  yearOfBirth: string;
  ethnicity: string;
  nationality: string;
  residence: string;
};

export type BirthCertificateContent = {
  /** "Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội" */
  registryName: string;
  /** "Số" */
  entryNumber: string;
  /** "Quyển số" */
  book: string;
  /** YYYY-MM-DD */
  registeredOn: string;
  child: {
    fullName: string;
    sex: 'male' | 'female';
    /** YYYY-MM-DD */
    dateOfBirth: string;
    /** HH:mm, printed only when given */
    timeOfBirth?: string;
    placeOfBirth: string;
    ethnicity: string;
    nationality: string;
    homeTown: string;
    personalId: string;
  };
  mother: BirthCertificateParent | null;
  /** null when the father is not declared: the section is printed blank. */
  father: BirthCertificateParent | null;
  declarant: { fullName: string; relationship: string };
  /** e.g. { fullName: 'Lê Thị Thu Hà', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] } */
  signer: { fullName: string; titleLines: readonly string[] };
  /** "Ghi chú" lines, e.g. re-registration; omitted when empty. */
  notes?: readonly string[];
};

export type BirthCertificatePdfOptions = { verifyUrl: string; draft?: boolean };

export const A4: readonly [number, number] = [595.28, 841.89];
const FRAME = { left: 64, right: A4[0] - 52, top: A4[1] - 48, bottom: 48 };
const QR_SIZE = 132;
const DARK_RED = rgb(0.7, 0.1, 0.1);

const upper = (s: string) => clean(s).toLocaleUpperCase('vi-VN').normalize('NFC');

export async function renderBirthCertificatePdf(content: BirthCertificateContent, options: BirthCertificatePdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([...A4]);
  const w = new PageWriter(page, await embedFonts(doc), FRAME);
  const { child } = content;

  doc.setTitle(`Giấy khai sinh – ${upper(child.fullName)}`.normalize('NFC'));
  doc.setSubject(options.draft ? 'Bản dự thảo / Draft' : 'Bản điện tử giấy tờ hộ tịch');
  doc.setLanguage('vi-VN');
  doc.setCreator('Hộ tịch trực tuyến');
  doc.setProducer('Hộ tịch trực tuyến (pdf-lib)');

  drawBorder(w);
  if (options.draft) drawDraftBanner(w);
  drawHeader(w, content);

  w.gap(14);
  w.centered('GIẤY KHAI SINH', { bold: true, size: 22 });
  w.centered('(Bản điện tử / Electronic copy)', { size: 9.5 });
  w.gap(10);

  w.field('Họ, chữ đệm, tên:', upper(child.fullName), { valueStyle: { size: 13 } });
  const time = clean(child.timeOfBirth);
  w.field('Ngày, tháng, năm sinh:', `${formatDateVi(child.dateOfBirth)}${time ? ` (lúc ${time})` : ''}`);
  w.field('Ghi bằng chữ:', dateInWordsVi(child.dateOfBirth));
  w.row([
    ['Giới tính:', child.sex === 'male' ? 'Nam' : 'Nữ'],
    ['Dân tộc:', child.ethnicity],
    ['Quốc tịch:', child.nationality],
  ]);
  w.field('Nơi sinh:', child.placeOfBirth);
  w.field('Quê quán:', child.homeTown);
  w.field('Số định danh cá nhân:', child.personalId);

  drawParent(w, 'mẹ', content.mother);
  drawParent(w, 'cha', content.father);

  w.gap(8);
  w.field('Họ, chữ đệm, tên người đi khai sinh:', content.declarant.fullName);
  w.field('Quan hệ với người được khai sinh:', content.declarant.relationship);
  w.field('Nơi đăng ký khai sinh:', content.registryName);
  w.field('Ngày, tháng, năm đăng ký:', formatDateVi(content.registeredOn));
  const notes = (content.notes ?? []).map(clean).filter(Boolean);
  if (notes.length > 0) w.field('Ghi chú:', notes.join('; '));

  drawFooter(w, content, options);
  if (options.draft) drawDraftWatermark(w);
  return doc.save();
}

function drawParent(w: PageWriter, role: 'mẹ' | 'cha', parent: BirthCertificateParent | null): void {
  w.gap(8);
  w.field(`Họ, chữ đệm, tên người ${role}:`, parent ? upper(parent.fullName) : '');
  w.row([
    ['Năm sinh:', parent?.yearOfBirth ?? ''],
    ['Dân tộc:', parent?.ethnicity ?? ''],
    ['Quốc tịch:', parent?.nationality ?? ''],
  ]);
  w.field('Nơi cư trú:', parent?.residence ?? '');
}

/** Registry on the left and the national motto on the right, as on every administrative document. */
function drawHeader(w: PageWriter, content: BirthCertificateContent): void {
  const { left, right } = w.frame;
  const split = left + 200;
  const top = w.y;

  w.centered(upper(content.registryName), { bold: true, size: 10.5 }, left, split - left);
  w.rule(left + 60, split - 60, w.y - 2);
  w.gap(8);
  w.centered(`Số: ${clean(content.entryNumber)}`, { size: 11 }, left, split - left);
  w.centered(`Quyển số: ${clean(content.book)}`, { size: 11 }, left, split - left);
  const leftBottom = w.y;

  w.y = top;
  w.centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 11 }, split, right - split);
  w.centered('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 12 }, split, right - split);
  const mottoWidth = w.measure('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 12 });
  const middle = split + (right - split) / 2;
  w.rule(middle - mottoWidth / 2, middle + mottoWidth / 2, w.y + 1);
  w.y = Math.min(w.y, leftBottom);
}

/** QR code and its caption on the left, the signature block on the right, at the foot of the page. */
function drawFooter(w: PageWriter, content: BirthCertificateContent, options: BirthCertificatePdfOptions): void {
  const { left, right, bottom } = w.frame;
  const top = w.y - 16;
  const qrBottom = top - QR_SIZE;
  const captionLines = ['Quét mã để kiểm tra', 'Scan to verify'];
  if (qrBottom - captionLines.length * 13 < bottom) throw new RangeError('birth certificate content does not fit on one page');

  drawQrCode(w.page, options.verifyUrl, left - 8, qrBottom, QR_SIZE);
  w.y = qrBottom - 2;
  for (const line of captionLines) w.centered(line, { size: 9 }, left - 8, QR_SIZE);

  const blockLeft = left + 230;
  const blockWidth = right - blockLeft;
  w.y = top;
  for (const line of content.signer.titleLines) w.centered(upper(line), { bold: true, size: 11 }, blockLeft, blockWidth);
  w.gap(8);
  drawSignatureStamp(w, blockLeft + 20, blockWidth - 40, content, options.draft === true);
  w.gap(8);
  w.centered(content.signer.fullName, { bold: true, size: 12 }, blockLeft, blockWidth);
  if (w.y < bottom) throw new RangeError('birth certificate content does not fit on one page');
}

/** The visible mark of the digital signature, in the style of Vietnamese e-signature stamps. */
function drawSignatureStamp(w: PageWriter, x: number, width: number, content: BirthCertificateContent, draft: boolean): void {
  const lines = draft
    ? ['Bản dự thảo – chưa ký số', 'Draft – not signed']
    : ['Văn bản đã được ký số', `Ký bởi: ${clean(content.registryName)}`, 'Digitally signed'];
  const top = w.y;
  w.gap(6);
  for (const line of lines) w.centered(line, { size: 8.5, color: DARK_RED }, x + 4, width - 8);
  w.gap(2);
  w.page.drawRectangle({ x, y: w.y, width, height: top - w.y, borderColor: DARK_RED, borderWidth: 0.8 });
}

function drawBorder(w: PageWriter): void {
  const m = 24;
  const [width, height] = A4;
  w.page.drawRectangle({ x: m, y: m, width: width - 2 * m, height: height - 2 * m, borderColor: rgb(0.2, 0.25, 0.45), borderWidth: 1.5 });
  w.page.drawRectangle({ x: m + 4, y: m + 4, width: width - 2 * m - 8, height: height - 2 * m - 8, borderColor: rgb(0.2, 0.25, 0.45), borderWidth: 0.5 });
}

function drawDraftBanner(w: PageWriter): void {
  const { left, right } = w.frame;
  w.page.drawRectangle({ x: left, y: w.y - 18, width: right - left, height: 18, color: rgb(1, 0.92, 0.92), borderColor: DARK_RED, borderWidth: 0.8 });
  w.y -= 3.5;
  w.centered('BẢN DỰ THẢO – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ / DRAFT – NOT LEGALLY VALID', { bold: true, size: 9.5, color: DARK_RED });
  w.gap(6);
}

/** Drawn last, translucent, so it lies over the content and cannot be cropped off without showing. */
function drawDraftWatermark(w: PageWriter): void {
  const text = 'BẢN DỰ THẢO';
  const size = 80;
  const width = w.fonts.bold.widthOfTextAtSize(text, size);
  const angle = 45;
  const rad = (angle * Math.PI) / 180;
  // Centred on the text block rather than the page so the watermark stays clear of the QR code.
  const [cx, cy] = [A4[0] / 2, A4[1] / 2 + 70];
  w.page.drawText(text, {
    x: cx - (width / 2) * Math.cos(rad) + (size / 3) * Math.sin(rad),
    y: cy - (width / 2) * Math.sin(rad) - (size / 3) * Math.cos(rad),
    size,
    font: w.fonts.bold,
    color: DARK_RED,
    opacity: 0.13,
    rotate: degrees(angle),
  });
}

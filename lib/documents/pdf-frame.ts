import { degrees, PDFDocument, rgb } from 'pdf-lib';
import { embedFonts } from './fonts';
import { clean, PageWriter } from './pdf-layout';
import { drawQrCode } from './qr';

/*
 * What every civil-status document shares around its own fields: the A4 page and border, the
 * header with the registry and the national motto, the footer with the verification QR code and
 * the signature block, and the draft marks. Kept in one place so that all documents issued by the
 * portal look alike and a change to the frame reaches every one of them.
 */

export const A4: readonly [number, number] = [595.28, 841.89];
const FRAME = { left: 64, right: A4[0] - 52, top: A4[1] - 48, bottom: 48 };
const QR_SIZE = 132;
const DARK_RED = rgb(0.7, 0.1, 0.1);

export type Signer = { fullName: string; titleLines: readonly string[] };

/** Names and the registry are printed in capitals; Vietnamese casing rules, NFC again afterwards. */
export const upper = (s: string) => clean(s).toLocaleUpperCase('vi-VN').normalize('NFC');

/** A one-page A4 document with its metadata set and a writer positioned at the top of the frame. */
export async function openDocument(title: string, draft: boolean): Promise<{ doc: PDFDocument; w: PageWriter }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([...A4]);
  const w = new PageWriter(page, await embedFonts(doc), FRAME);
  doc.setTitle(title.normalize('NFC'));
  doc.setSubject(draft ? 'Bản dự thảo / Draft' : 'Bản điện tử giấy tờ hộ tịch');
  doc.setLanguage('vi-VN');
  doc.setCreator('Hộ tịch trực tuyến');
  doc.setProducer('Hộ tịch trực tuyến (pdf-lib)');
  return { doc, w };
}

/**
 * The top of every result document: border, draft banner, registry with entry and book numbers,
 * national motto, and the document's title marked as the electronic copy.
 */
export function drawTop(w: PageWriter, top: { registryName: string; entryNumber: string; book: string; title: string; draft: boolean }): void {
  drawBorder(w);
  if (top.draft) drawDraftBanner(w);
  drawHeader(w, { registryName: top.registryName, headerLines: [`Số: ${clean(top.entryNumber)}`, `Quyển số: ${clean(top.book)}`] });
  w.gap(14);
  w.centered(top.title, { bold: true, size: 22 });
  w.centered('(Bản điện tử / Electronic copy)', { size: 9.5 });
  w.gap(10);
}

const doesNotFit = () => new RangeError('document content does not fit on one page');

/**
 * Registry on the left with the document's own reference lines under it ("Số: …", "Quyển số: …"),
 * and the national motto on the right, as on every administrative document.
 */
export function drawHeader(w: PageWriter, header: { registryName: string; headerLines: readonly string[] }): void {
  const { left, right } = w.frame;
  const split = left + 200;
  const top = w.y;

  w.centered(upper(header.registryName), { bold: true, size: 10.5 }, left, split - left);
  w.rule(left + 60, split - 60, w.y - 2);
  w.gap(8);
  for (const line of header.headerLines) w.centered(line, { size: 11 }, left, split - left);
  const leftBottom = w.y;

  w.y = top;
  w.centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 11 }, split, right - split);
  w.centered('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 12 }, split, right - split);
  const mottoWidth = w.measure('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 12 });
  const middle = split + (right - split) / 2;
  w.rule(middle - mottoWidth / 2, middle + mottoWidth / 2, w.y + 1);
  w.y = Math.min(w.y, leftBottom);
}

/** QR code and its caption on the left, the signature block on the right, below the content. */
export function drawFooter(
  w: PageWriter,
  content: { signer: Signer; registryName: string },
  options: { verifyUrl: string; draft?: boolean },
): void {
  const { left, right, bottom } = w.frame;
  const top = w.y - 16;
  const qrBottom = top - QR_SIZE;
  const captionLines = ['Quét mã để kiểm tra', 'Scan to verify'];
  if (qrBottom - captionLines.length * 13 < bottom) throw doesNotFit();

  drawQrCode(w.page, options.verifyUrl, left - 8, qrBottom, QR_SIZE);
  w.y = qrBottom - 2;
  for (const line of captionLines) w.centered(line, { size: 9 }, left - 8, QR_SIZE);

  const blockLeft = left + 230;
  const blockWidth = right - blockLeft;
  w.y = top;
  for (const line of content.signer.titleLines) w.centered(upper(line), { bold: true, size: 11 }, blockLeft, blockWidth);
  w.gap(8);
  drawSignatureStamp(w, blockLeft + 20, blockWidth - 40, content.registryName, options.draft === true);
  w.gap(8);
  w.centered(content.signer.fullName, { bold: true, size: 12 }, blockLeft, blockWidth);
  if (w.y < bottom) throw doesNotFit();
}

/** The visible mark of the digital signature, in the style of Vietnamese e-signature stamps. */
function drawSignatureStamp(w: PageWriter, x: number, width: number, registryName: string, draft: boolean): void {
  const lines = draft
    ? ['Bản dự thảo – chưa ký số', 'Draft – not signed']
    : ['Văn bản đã được ký số', `Ký bởi: ${clean(registryName)}`, 'Digitally signed'];
  const top = w.y;
  w.gap(6);
  for (const line of lines) w.centered(line, { size: 8.5, color: DARK_RED }, x + 4, width - 8);
  w.gap(2);
  w.page.drawRectangle({ x, y: w.y, width, height: top - w.y, borderColor: DARK_RED, borderWidth: 0.8 });
}

export function drawBorder(w: PageWriter): void {
  const m = 24;
  const [width, height] = A4;
  w.page.drawRectangle({ x: m, y: m, width: width - 2 * m, height: height - 2 * m, borderColor: rgb(0.2, 0.25, 0.45), borderWidth: 1.5 });
  w.page.drawRectangle({ x: m + 4, y: m + 4, width: width - 2 * m - 8, height: height - 2 * m - 8, borderColor: rgb(0.2, 0.25, 0.45), borderWidth: 0.5 });
}

export function drawDraftBanner(w: PageWriter): void {
  const { left, right } = w.frame;
  w.page.drawRectangle({ x: left, y: w.y - 18, width: right - left, height: 18, color: rgb(1, 0.92, 0.92), borderColor: DARK_RED, borderWidth: 0.8 });
  w.y -= 3.5;
  w.centered('BẢN DỰ THẢO – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ / DRAFT – NOT LEGALLY VALID', { bold: true, size: 9.5, color: DARK_RED });
  w.gap(6);
}

/** Drawn last, translucent, so it lies over the content and cannot be cropped off without showing. */
export function drawDraftWatermark(w: PageWriter): void {
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

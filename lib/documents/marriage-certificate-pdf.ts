import { formatDateVi } from './iso-date';
import { clean, type PageWriter, type TextStyle } from './pdf-layout';
import { drawDraftWatermark, drawFooter, drawTop, openDocument, upper } from './pdf-frame';
import { wrapText } from './text-wrap';

/*
 * The electronic marriage certificate (Giấy chứng nhận kết hôn, Law on Civil Status Art. 18) as a
 * one-page A4 PDF, in the frame every civil-status document shares (pdf-frame.ts). The wife is on
 * the left and the husband on the right, as on the paper form. Both spouses sign at the ceremony,
 * so the page keeps a signature space for each with the name printed under it. Two originals are
 * issued, one to each spouse: `holder` says which one this is. The content arrives already decided
 * and formatted; this module only lays it out.
 */

export type SpouseOnCertificate = {
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  ethnicity: string;
  nationality: string;
  residence: string;
  personalId: string;
};

export type MarriageCertificateContent = {
  /** "Ủy ban nhân dân phường Sài Gòn, thành phố Hồ Chí Minh" */
  registryName: string;
  /** "Số" ('' on drafts) */
  entryNumber: string;
  /** "Quyển số" ('' on drafts) */
  book: string;
  /** YYYY-MM-DD */
  registeredOn: string;
  wife: SpouseOnCertificate;
  husband: SpouseOnCertificate;
  /** e.g. { fullName: 'Nguyễn Thị Lan', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] } */
  signer: { fullName: string; titleLines: readonly string[] };
  /** "Ghi chú" lines; omitted when empty. */
  notes?: readonly string[];
};

export type MarriageCertificatePdfOptions = {
  verifyUrl: string;
  draft?: boolean;
  /** the spouse this original is issued to */
  holder?: { fullName: string };
};

/** Space between the two columns. */
const GUTTER = 16;
/** Height left blank for each spouse's signature or fingerprint. */
const SIGNATURE_SPACE = 40;
const NAME_STYLE: TextStyle = { bold: true, size: 13 };

export async function renderMarriageCertificatePdf(content: MarriageCertificateContent, options: MarriageCertificatePdfOptions): Promise<Uint8Array> {
  const { wife, husband } = content;
  const holder = options.holder ? holderName(options.holder.fullName, wife, husband) : '';
  const { doc, w } = await openDocument(`Giấy chứng nhận kết hôn – ${upper(wife.fullName)} và ${upper(husband.fullName)}`, options.draft === true);

  drawTop(w, { registryName: content.registryName, entryNumber: content.entryNumber, book: content.book, title: 'GIẤY CHỨNG NHẬN KẾT HÔN', draft: options.draft === true });

  inColumns(w, [(x, width) => drawSpouse(w, 'vợ', wife, x, width), (x, width) => drawSpouse(w, 'chồng', husband, x, width)]);

  w.gap(8);
  w.field('Ngày đăng ký kết hôn:', formatDateVi(content.registeredOn));
  w.field('Nơi đăng ký kết hôn:', content.registryName);

  w.gap(10);
  inColumns(w, [(x, width) => drawSpouseSignature(w, 'vợ', wife, x, width), (x, width) => drawSpouseSignature(w, 'chồng', husband, x, width)]);

  const notes = (content.notes ?? []).map(clean).filter(Boolean);
  if (notes.length > 0 || holder) w.gap(6);
  if (notes.length > 0) w.field('Ghi chú:', notes.join('; '));
  if (holder) w.field('Bản chính cấp cho:', holder);

  drawFooter(w, content, options);
  if (options.draft) drawDraftWatermark(w);
  return doc.save();
}

/**
 * The holder's name in capitals. An original issued to someone who is neither spouse is a caller's
 * bug, and printing it would put a stranger's name on the couple's certificate.
 */
function holderName(fullName: string, wife: SpouseOnCertificate, husband: SpouseOnCertificate): string {
  const name = upper(fullName);
  if (!name || (name !== upper(wife.fullName) && name !== upper(husband.fullName))) {
    throw new RangeError(`the holder of a marriage certificate must be one of the spouses: ${clean(fullName)}`);
  }
  return name;
}

/** Draws each part in its own column from the current line; the cursor ends below the tallest. */
function inColumns(w: PageWriter, parts: readonly ((x: number, width: number) => void)[]): void {
  const { left, right } = w.frame;
  const columnWidth = (right - left) / parts.length;
  const top = w.y;
  let lowest = top;
  parts.forEach((draw, i) => {
    w.y = top;
    draw(left + i * columnWidth, columnWidth - GUTTER);
    lowest = Math.min(lowest, w.y);
  });
  w.y = lowest;
}

function drawSpouse(w: PageWriter, role: 'vợ' | 'chồng', spouse: SpouseOnCertificate, x: number, width: number): void {
  // The name goes under its label rather than beside it: a column is too narrow for both, and a
  // name broken across lines after its first words reads as two people.
  w.field(`Họ, chữ đệm, tên ${role}:`, '', { x, width });
  lines(w, upper(spouse.fullName), NAME_STYLE, x, width);
  w.field('Ngày, tháng, năm sinh:', formatDateVi(spouse.dateOfBirth), { x, width });
  w.field('Dân tộc:', spouse.ethnicity, { x, width });
  w.field('Quốc tịch:', spouse.nationality, { x, width });
  w.field('Nơi cư trú:', spouse.residence, { x, width });
  w.field('Số định danh cá nhân:', spouse.personalId, { x, width });
}

/** "Chữ ký hoặc điểm chỉ của vợ", room to sign, and the spouse's name under it. */
function drawSpouseSignature(w: PageWriter, role: 'vợ' | 'chồng', spouse: SpouseOnCertificate, x: number, width: number): void {
  w.centered(`Chữ ký hoặc điểm chỉ của ${role}`, { bold: true, size: 11 }, x, width);
  w.gap(SIGNATURE_SPACE);
  w.centered(upper(spouse.fullName), { bold: true, size: 12 }, x, width);
}

/** Left-aligned wrapped text from x, one line under the other; advances the cursor. */
function lines(w: PageWriter, text: string, style: TextStyle, x: number, width: number): void {
  for (const line of wrapText(clean(text), (s) => w.measure(s, style), width)) {
    w.draw(line, x, w.y, style);
    w.y -= w.lineHeight(style);
  }
}

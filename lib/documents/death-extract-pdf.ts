import { formatDateVi } from './iso-date';
import { clean } from './pdf-layout';
import { drawDraftWatermark, drawFooter, drawTop, openDocument, upper } from './pdf-frame';

/*
 * The electronic death extract (Trích lục khai tử, Decree 123/2015/NĐ-CP Art. 4(2)) as a one-page
 * A4 PDF. Like the birth certificate, the content arrives already decided and formatted and this
 * module only lays it out, inside the frame every civil-status document shares (pdf-frame.ts).
 */

export type DeathExtractContent = {
  /** "Ủy ban nhân dân phường Nam Định, tỉnh Ninh Bình" */
  registryName: string;
  /** "Số" ('' on drafts) */
  entryNumber: string;
  /** "Quyển số" ('' on drafts) */
  book: string;
  /** YYYY-MM-DD */
  registeredOn: string;
  registrationType: 'onTime' | 'late';
  deceased: {
    fullName: string;
    sex: 'male' | 'female';
    /** YYYY-MM-DD */
    dateOfBirth: string;
    ethnicity: string;
    nationality: string;
    /** Last place of residence */
    residence: string;
    personalId: string;
  };
  death: {
    /** YYYY-MM-DD */
    dateOfDeath: string;
    /** HH:mm, printed only when given */
    timeOfDeath?: string;
    placeOfDeath: string;
    cause: string;
  };
  /** The death notice (giấy báo tử) the registration relied on; null when there was none. */
  deathNotice: { issuedBy: string; number: string; /** YYYY-MM-DD or '' */ date: string } | null;
  declarant: { fullName: string; relationship: string; personalId: string };
  /** e.g. { fullName: 'Trần Văn Minh', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] } */
  signer: { fullName: string; titleLines: readonly string[] };
  /** "Ghi chú" lines; omitted when empty. */
  notes?: readonly string[];
};

export type DeathExtractPdfOptions = { verifyUrl: string; draft?: boolean };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export async function renderDeathExtractPdf(content: DeathExtractContent, options: DeathExtractPdfOptions): Promise<Uint8Array> {
  const { deceased, death } = content;
  const { doc, w } = await openDocument(`Trích lục khai tử – ${upper(deceased.fullName)}`, options.draft === true);

  drawTop(w, { registryName: content.registryName, entryNumber: content.entryNumber, book: content.book, title: 'TRÍCH LỤC KHAI TỬ', draft: options.draft === true });

  w.field('Họ, chữ đệm, tên người chết:', upper(deceased.fullName), { valueStyle: { size: 13 } });
  w.row([
    ['Ngày, tháng, năm sinh:', formatDateVi(deceased.dateOfBirth)],
    ['Giới tính:', deceased.sex === 'male' ? 'Nam' : 'Nữ'],
  ]);
  w.row([
    ['Dân tộc:', deceased.ethnicity],
    ['Quốc tịch:', deceased.nationality],
  ]);
  w.field('Số định danh cá nhân:', deceased.personalId);
  w.field('Nơi cư trú cuối cùng:', deceased.residence);

  w.gap(8);
  w.field('Đã chết vào lúc:', momentOfDeath(death.dateOfDeath, death.timeOfDeath));
  w.field('Nơi chết:', death.placeOfDeath);
  w.field('Nguyên nhân chết:', death.cause);
  if (content.deathNotice) w.field('Giấy báo tử:', describeNotice(content.deathNotice));

  w.gap(8);
  w.field('Họ, chữ đệm, tên người đi khai tử:', content.declarant.fullName);
  w.field('Quan hệ với người chết:', content.declarant.relationship);
  w.field('Số định danh cá nhân người đi khai tử:', content.declarant.personalId);
  w.field('Nơi đăng ký khai tử:', content.registryName);
  w.field('Ngày, tháng, năm đăng ký:', formatDateVi(content.registeredOn));
  w.field('Loại đăng ký:', content.registrationType === 'late' ? 'Quá hạn' : 'Đúng hạn');
  const notes = (content.notes ?? []).map(clean).filter(Boolean);
  if (notes.length > 0) w.field('Ghi chú:', notes.join('; '));

  drawFooter(w, content, options);
  if (options.draft) drawDraftWatermark(w);
  return doc.save();
}

/** "14 giờ 30 phút, ngày 18/11/2026", or just the date when the hour is not known. */
function momentOfDeath(isoDate: string, time: string | undefined): string {
  const date = formatDateVi(isoDate);
  const hhmm = clean(time);
  if (!hhmm) return date;
  // A malformed time is a caller's bug; printing it as-is would put nonsense on a legal document.
  const match = TIME.exec(hhmm);
  if (!match) throw new RangeError(`not a time of day (HH:mm): ${hhmm}`);
  return `${match[1]} giờ ${match[2]} phút, ngày ${date}`;
}

/** "số 125/GBT, ngày 18/11/2026, do Bệnh viện … cấp"; parts the notice lacks are left out, not left blank. */
function describeNotice(notice: NonNullable<DeathExtractContent['deathNotice']>): string {
  const number = clean(notice.number);
  const date = clean(notice.date);
  const issuedBy = clean(notice.issuedBy);
  return [number && `số ${number}`, date && `ngày ${formatDateVi(date)}`, issuedBy && `do ${issuedBy} cấp`]
    .filter(Boolean)
    .join(', ');
}

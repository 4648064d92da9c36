import { dateInWordsVi } from './date-in-words';
import { formatDateVi } from './iso-date';
import { clean, type PageWriter } from './pdf-layout';
import { drawDraftWatermark, drawFooter, drawTop, openDocument, upper } from './pdf-frame';

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

export { A4 } from './pdf-frame';

export async function renderBirthCertificatePdf(content: BirthCertificateContent, options: BirthCertificatePdfOptions): Promise<Uint8Array> {
  const { child } = content;
  const { doc, w } = await openDocument(`Giấy khai sinh – ${upper(child.fullName)}`, options.draft === true);

  drawTop(w, { registryName: content.registryName, entryNumber: content.entryNumber, book: content.book, title: 'GIẤY KHAI SINH', draft: options.draft === true });

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

import { describe, expect, it } from 'vitest';
import { renderConfirmationLetterPdf, type ConfirmationLetterContent } from './confirmation-letter-pdf';
import { renderExtractCopyPdf, type ExtractCopyContent } from './extract-copy-pdf';
import { pdfTestBench } from './pdf-test-bench';

/*
 * The copy of a register entry and the confirmation letter, checked as a reader meets them:
 * one A4 page, embedded fonts, the Vietnamese text, and a QR code that scans.
 */

const signer = { fullName: 'Đặng Quốc Hùng', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] };
const claims = { d: '3b9e1f2c-6a4d-4f7e-8c1b-5d2a9e0f7c36', k: 'extractCopy', n: 'Hoàng Văn Bình', b: '1950-06-15', e: '112', q: '01/2012', r: '16690', i: '2026-12-02', v: 1 };

const copy: ExtractCopyContent = {
  title: 'BẢN SAO GIẤY KHAI SINH',
  registryName: 'Ủy ban nhân dân phường Trường Vinh, tỉnh Nghệ An',
  issuedOn: '2026-12-02',
  entry: { registryName: 'UBND phường Hưng Bình (before 2025; now Phường Trường Vinh)', entryNumber: '112', book: '01/2012', registeredOn: '2012-03-20' },
  rows: [
    { label: 'Họ, chữ đệm và tên của trẻ', value: 'HOÀNG VĂN BÌNH'.normalize('NFD') },
    { label: 'Giới tính', value: 'Nam' },
    { label: 'Ngày, tháng, năm sinh', value: '15/06/1950' },
    { label: 'Nơi sinh', value: 'Tỉnh Nghệ An' },
  ],
  subject: { personalId: '040050000123', fullName: 'Hoàng Văn Bình', dateOfBirth: '1950-06-15' },
  signer: { fullName: 'Cấp tự động từ Cơ sở dữ liệu hộ tịch điện tử', titleLines: ['TM. ỦY BAN NHÂN DÂN'] },
};

const letter: ConfirmationLetterContent = {
  registryName: 'Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội',
  entryNumber: '1',
  book: 'XNTTHT/2026',
  registeredOn: '2026-12-02',
  title: 'Xác nhận thông tin hộ tịch không thống nhất',
  addressee: 'Trần Văn Quý',
  purpose: 'Bổ sung hồ sơ hưởng lương hưu',
  subject: { fullName: 'Trần Văn Quý', dateOfBirth: '1963-02-11', personalId: '034063000456' },
  sections: [
    {
      heading: 'Họ, chữ đệm, tên',
      lines: [
        '“Trần Văn Quý” trong Giấy khai sinh số 18, quyển 01/1963, UBND xã Vũ Phúc (Thái Bình, before 2025), đăng ký ngày 01/03/1963;',
        '“Trần Mạnh Quý” trong Giấy chứng nhận kết hôn số 7, quyển 01/1988, UBND phường Hàng Bài (before 2025; now Phường Hoàn Kiếm), đăng ký ngày 02/12/1988.',
      ],
    },
  ],
  conclusion: 'Các giấy tờ nêu trên cùng ghi về một người: Trần Văn Quý, sinh ngày 11/02/1963, số định danh cá nhân 034063000456. Thông tin không thống nhất chưa được cải chính.',
  signer,
};

describe('renderExtractCopyPdf', () => {
  const bench = pdfTestBench('extract-copy', renderExtractCopyPdf, claims);
  it('prints the entry as the register keeps it, marked as a copy and numbered, with a scannable QR code', async () => {
    const { bytes, file, text } = await bench.render('copy', copy);
    await bench.expectOneA4Page(bytes);
    bench.expectEmbeddedFonts(file);
    const printed = text();
    for (const expected of ['BẢN SAO GIẤY KHAI SINH', 'Họ, chữ đệm và tên của trẻ: HOÀNG VĂN BÌNH', 'Số: 112', 'Quyển số: 01/2012', 'Ngày, tháng, năm đăng ký: 20/03/2012', 'Sao từ Sổ đăng ký, cấp ngày: 02/12/2026', 'UBND phường Hưng Bình']) {
      expect(printed).toContain(expected);
    }
    expect(bench.scanQr(file)).toMatch(/^https:\/\/hotich\.example\.gov\.vn\/xac-minh\//);
  });
});

describe('renderConfirmationLetterPdf', () => {
  const bench = pdfTestBench('confirmation-letter', renderConfirmationLetterPdf, { ...claims, k: 'confirmationLetter' });
  it('Art. 8(1)(c), 8(4): states both values with their papers and the conclusion, on one signed page with a QR code', async () => {
    const { bytes, file, text } = await bench.render('letter', letter);
    await bench.expectOneA4Page(bytes);
    bench.expectEmbeddedFonts(file);
    const compact = bench.expectInsideMargins(file);
    for (const expected of ['VĂNBẢNXÁCNHẬNTHÔNGTINHỘTỊCH', 'Kínhgửi:TrầnVănQuý', '“TrầnMạnhQuý”trongGiấychứngnhậnkếthônsố7', 'cùngghivềmộtngười', 'Số:1/XNTTHT/2026', 'ĐẶNGQUỐCHÙNG'.normalize('NFC')]) {
      expect(compact.toUpperCase()).toContain(expected.toUpperCase());
    }
    expect(text()).toContain('Ngày xác nhận: 02/12/2026');
    expect(bench.scanQr(file)).toMatch(/^https:\/\/hotich\.example\.gov\.vn\/xac-minh\//);
  });
});

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { A4, renderBirthCertificatePdf, type BirthCertificateContent } from './birth-certificate-pdf';
import { resolveFontFile } from './fonts';
import { pdfTestBench } from './pdf-test-bench';

/*
 * Checks the PDF the way a reader would meet it: poppler for fonts, text and rendering, zbar to
 * scan the QR code from the rendered page.
 */

const residence = 'Số 12 phố Hàng Bạc, phường Hoàn Kiếm, thành phố Hà Nội';
const content: BirthCertificateContent = {
  registryName: 'Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội',
  entryNumber: '152',
  book: '01/2026',
  registeredOn: '2026-11-23',
  child: {
    // Decomposed on purpose: the renderer must print NFC.
    fullName: 'Nguyễn Hoàng Bảo Ngọc'.normalize('NFD'),
    sex: 'female',
    dateOfBirth: '2026-11-15',
    timeOfBirth: '08:30',
    placeOfBirth: 'Bệnh viện Phụ sản Hà Nội, số 929 đường La Thành, phường Giảng Võ, thành phố Hà Nội',
    ethnicity: 'Kinh',
    nationality: 'Việt Nam',
    homeTown: 'Xã Đông Hưng, tỉnh Hưng Yên',
    personalId: '001326012345',
  },
  mother: { fullName: 'Trần Thị Thu Hương', yearOfBirth: '1995', ethnicity: 'Kinh', nationality: 'Việt Nam', residence },
  father: { fullName: 'Nguyễn Văn Đức', yearOfBirth: '1992', ethnicity: 'Tày', nationality: 'Việt Nam', residence },
  declarant: { fullName: 'Nguyễn Văn Đức', relationship: 'Cha' },
  signer: { fullName: 'Lê Thị Thu Hà', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
};

const bench = pdfTestBench('birth-certificate', renderBirthCertificatePdf, { d: '7f3c2a9e-4b1d-4c8e-9a6f-2d5e8b1c0a47', k: 'birthCertificate', n: 'Nguyễn Hoàng Bảo Ngọc', b: '2026-11-15', e: '152', q: '01/2026', r: '00070', i: '2026-11-23', v: 1 });
const { render, scanQr, expectOneA4Page } = bench;

describe('renderBirthCertificatePdf', () => {
  it('finds the font files', () => {
    expect(existsSync(resolveFontFile('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'))).toBe(true);
    expect(A4).toEqual([595.28, 841.89]);
  });

  it('renders a one-page A4 certificate with embedded fonts, Vietnamese text and a scannable QR code', async () => {
    const { bytes, file, text } = await render('full', content);
    await expectOneA4Page(bytes);

    bench.expectEmbeddedFonts(file);

    const printed = text();
    for (const expected of [
      'GIẤY KHAI SINH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN PHƯỜNG HOÀN',
      'Số: 152',
      'Quyển số: 01/2026',
      'Họ, chữ đệm, tên: NGUYỄN HOÀNG BẢO NGỌC',
      'Ngày, tháng, năm sinh: 15/11/2026 (lúc 08:30)',
      'Ghi bằng chữ: Ngày mười lăm, tháng mười một, năm hai nghìn không trăm hai mươi sáu',
      'Giới tính: Nữ',
      'Số định danh cá nhân: 001326012345',
      'Họ, chữ đệm, tên người mẹ: TRẦN THỊ THU HƯƠNG',
      'Họ, chữ đệm, tên người cha: NGUYỄN VĂN ĐỨC',
      'Dân tộc: Tày',
      'Năm sinh: 1995',
      'Quan hệ với người được khai sinh: Cha',
      'Ngày, tháng, năm đăng ký: 23/11/2026',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lê Thị Thu Hà',
      'Văn bản đã được ký số',
      'Digitally signed',
      'Quét mã để kiểm tra',
      'Scan to verify',
    ]) {
      expect(printed).toContain(expected);
    }
    expect(printed).not.toContain('BẢN DỰ THẢO');
    expect(printed).not.toMatch(/undefined|null|NaN/);

    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('marks a draft as such and still carries the QR code', async () => {
    const { bytes, file, text } = await render('draft', content, true);
    await expectOneA4Page(bytes);
    const printed = text();
    expect(printed).toContain('BẢN DỰ THẢO – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ / DRAFT – NOT LEGALLY VALID');
    expect(printed).toContain('chưa ký số');
    expect(printed).not.toContain('Văn bản đã được ký số');
    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('leaves the father section blank when no father is declared', async () => {
    const { bytes, file, text } = await render('no-father', { ...content, father: null, declarant: { fullName: 'Trần Thị Thu Hương', relationship: 'Mẹ' } });
    await expectOneA4Page(bytes);
    const printed = text();
    const fatherLine = printed.split('\n').find((l) => l.includes('tên người cha:'));
    expect(fatherLine?.trim()).toBe('Họ, chữ đệm, tên người cha:');
    expect(printed).not.toContain('ĐỨC');
    expect(printed).not.toMatch(/undefined|null|NaN/);
    expect(printed).toContain('Họ, chữ đệm, tên người mẹ: TRẦN THỊ THU HƯƠNG');
    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('wraps long text inside the margins instead of running off the page', async () => {
    const long = {
      ...content,
      registryName: 'Ủy ban nhân dân xã Quảng Phú Cầu Thượng Hạ Đông Tây Nam Bắc, tỉnh Bà Rịa - Vũng Tàu mở rộng',
      child: {
        ...content.child,
        placeOfBirth: `${content.child.placeOfBirth}, khoa Sản bệnh lý, tầng 5 tòa nhà A, ${content.child.placeOfBirth}`,
        homeTown: 'Thônnàycómộttênrấtdàikhôngcókhoảngtrắngnàođểngắtdònggiữacáctừcủanóvàphảicắtrấtxa',
      },
      notes: ['Đăng ký lại khai sinh theo Điều 24 Nghị định 123/2015/NĐ-CP'],
    };
    const { bytes, file } = await render('long', long);
    await expectOneA4Page(bytes);
    const flat = bench.expectInsideMargins(file);
    expect(flat).toContain(long.child.homeTown);
    expect(flat).toContain('ĐăngkýlạikhaisinhtheoĐiều24Nghịđịnh123/2015/NĐ-CP');
  });

  it('refuses content that cannot fit on one page rather than cutting it off', async () => {
    const notes = Array.from({ length: 60 }, (_, i) => `Ghi chú số ${i + 1} về việc cải chính hộ tịch theo quyết định của cơ quan có thẩm quyền`);
    await expect(renderBirthCertificatePdf({ ...content, notes }, { verifyUrl: bench.verifyUrl })).rejects.toThrow(RangeError);
  });

  it('rejects an impossible date of birth', async () => {
    await expect(renderBirthCertificatePdf({ ...content, child: { ...content.child, dateOfBirth: '2026-02-30' } }, { verifyUrl: bench.verifyUrl })).rejects.toThrow(RangeError);
  });
});

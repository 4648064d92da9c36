import { describe, expect, it } from 'vitest';
import { renderDeathExtractPdf, type DeathExtractContent } from './death-extract-pdf';
import { pdfTestBench } from './pdf-test-bench';

/*
 * Checks the PDF the way a reader would meet it: poppler for fonts, text and rendering, zbar to
 * scan the QR code from the rendered page.
 */

const content: DeathExtractContent = {
  registryName: 'Ủy ban nhân dân phường Nam Định, tỉnh Ninh Bình',
  entryNumber: '87',
  book: '01/2026',
  registeredOn: '2026-11-20',
  registrationType: 'onTime',
  deceased: {
    // Decomposed on purpose: the renderer must print NFC.
    fullName: 'Phạm Văn Đức'.normalize('NFD'),
    sex: 'male',
    dateOfBirth: '1948-03-07',
    ethnicity: 'Kinh',
    nationality: 'Việt Nam',
    residence: 'Số 45 đường Trần Hưng Đạo, phường Nam Định, tỉnh Ninh Bình',
    personalId: '036048001234',
  },
  death: {
    dateOfDeath: '2026-11-18',
    timeOfDeath: '14:30',
    placeOfDeath: 'Bệnh viện Đa khoa tỉnh Nam Định, phường Nam Định, tỉnh Ninh Bình',
    cause: 'Suy tim mạn tính',
  },
  deathNotice: { issuedBy: 'Bệnh viện Đa khoa tỉnh Nam Định', number: '312/GBT', date: '2026-11-18' },
  declarant: { fullName: 'Phạm Thị Lan', relationship: 'Con', personalId: '036180005678' },
  signer: { fullName: 'Trần Văn Minh', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
};

const bench = pdfTestBench('death-extract', renderDeathExtractPdf, { d: '3b9e1f2c-6a4d-4f7e-8c1b-5d2a9e0f7c36', k: 'deathExtract', n: 'Phạm Văn Đức', b: '1948-03-07', e: '87', q: '01/2026', r: '14242', i: '2026-11-20', v: 1 });
const { render, scanQr, expectOneA4Page } = bench;

describe('renderDeathExtractPdf', () => {
  it('renders a one-page A4 extract with embedded fonts, Vietnamese text and a scannable QR code', async () => {
    const { bytes, file, text } = await render('full', content);
    const doc = await expectOneA4Page(bytes);
    expect(doc.getTitle()).toBe('Trích lục khai tử – PHẠM VĂN ĐỨC');

    bench.expectEmbeddedFonts(file);

    const printed = text();
    for (const expected of [
      'TRÍCH LỤC KHAI TỬ',
      '(Bản điện tử / Electronic copy)',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN PHƯỜNG NAM',
      'Số: 87',
      'Quyển số: 01/2026',
      'Họ, chữ đệm, tên người chết: PHẠM VĂN ĐỨC',
      'Ngày, tháng, năm sinh: 07/03/1948',
      'Giới tính: Nam',
      'Dân tộc: Kinh',
      'Quốc tịch: Việt Nam',
      'Số định danh cá nhân: 036048001234',
      'Nơi cư trú cuối cùng: Số 45 đường Trần Hưng Đạo',
      'Đã chết vào lúc: 14 giờ 30 phút, ngày 18/11/2026',
      'Nơi chết: Bệnh viện Đa khoa tỉnh Nam Định',
      'Nguyên nhân chết: Suy tim mạn tính',
      'Giấy báo tử: số 312/GBT, ngày 18/11/2026, do Bệnh viện Đa khoa tỉnh Nam Định cấp',
      'Họ, chữ đệm, tên người đi khai tử: Phạm Thị Lan',
      'Quan hệ với người chết: Con',
      'Số định danh cá nhân người đi khai tử: 036180005678',
      'Nơi đăng ký khai tử: Ủy ban nhân dân phường Nam Định, tỉnh Ninh Bình',
      'Ngày, tháng, năm đăng ký: 20/11/2026',
      'Loại đăng ký: Đúng hạn',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Văn Minh',
      'Văn bản đã được ký số',
      'Digitally signed',
      'Quét mã để kiểm tra',
      'Scan to verify',
    ]) {
      expect(printed).toContain(expected);
    }
    const flat = printed.replace(/\s+/g, ' ');
    expect(flat).toContain(content.death.placeOfDeath);
    expect(printed).not.toContain('BẢN DỰ THẢO');
    expect(printed).not.toContain('Ghi chú');
    expect(printed).not.toMatch(/undefined|null|NaN/);

    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('marks a draft as such, with blank numbers, and still carries the QR code', async () => {
    const { bytes, file, text } = await render('draft', { ...content, entryNumber: '', book: '' }, true);
    await expectOneA4Page(bytes);
    const printed = text();
    expect(printed).toContain('BẢN DỰ THẢO – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ / DRAFT – NOT LEGALLY VALID');
    expect(printed).toContain('chưa ký số');
    expect(printed).not.toContain('Văn bản đã được ký số');
    expect(printed).not.toMatch(/undefined|null|NaN/);
    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('prints only the date when the time of death is unknown, and no notice line without a notice', async () => {
    const c: DeathExtractContent = {
      ...content,
      registrationType: 'late',
      death: { ...content.death, timeOfDeath: undefined },
      deathNotice: null,
      notes: ['Đăng ký khai tử quá hạn theo Điều 33 Luật Hộ tịch'],
    };
    const { bytes, file, text } = await render('no-time', c);
    await expectOneA4Page(bytes);
    const printed = text();
    const deathLine = printed.split('\n').find((l) => l.includes('Đã chết vào lúc:'));
    expect(deathLine?.trim()).toBe('Đã chết vào lúc: 18/11/2026');
    expect(printed).not.toMatch(/giờ|phút/);
    expect(printed).not.toContain('Giấy báo tử');
    expect(printed).toContain('Loại đăng ký: Quá hạn');
    expect(printed).toContain('Ghi chú: Đăng ký khai tử quá hạn theo Điều 33 Luật Hộ tịch');
    expect(printed).not.toMatch(/undefined|null|NaN/);
    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('leaves out the parts of a death notice that are missing', async () => {
    const { text } = await render('notice-no-date', { ...content, deathNotice: { ...content.deathNotice!, date: '' } });
    expect(text()).toContain('Giấy báo tử: số 312/GBT, do Bệnh viện Đa khoa tỉnh Nam Định cấp');
  });

  it('wraps long text inside the margins instead of running off the page', async () => {
    const long: DeathExtractContent = {
      ...content,
      registryName: 'Ủy ban nhân dân xã Quảng Phú Cầu Thượng Hạ Đông Tây Nam Bắc, tỉnh Bà Rịa - Vũng Tàu mở rộng',
      death: {
        ...content.death,
        placeOfDeath: `${content.death.placeOfDeath}, khoa Hồi sức tích cực, tầng 7 tòa nhà B, ${content.death.placeOfDeath}`,
        cause: 'Nguyênnhâncómộttênrấtdàikhôngcókhoảngtrắngnàođểngắtdònggiữacáctừcủanóvàphảicắtrấtxa',
      },
    };
    const { bytes, file } = await render('long', long);
    await expectOneA4Page(bytes);
    const flat = bench.expectInsideMargins(file);
    expect(flat).toContain(long.death.cause);
  });

  it('refuses content that cannot fit on one page rather than cutting it off', async () => {
    const notes = Array.from({ length: 60 }, (_, i) => `Ghi chú số ${i + 1} về việc cải chính hộ tịch theo quyết định của cơ quan có thẩm quyền`);
    await expect(renderDeathExtractPdf({ ...content, notes }, { verifyUrl: bench.verifyUrl })).rejects.toThrow(RangeError);
  });

  it('rejects an impossible date or time of death', async () => {
    await expect(renderDeathExtractPdf({ ...content, death: { ...content.death, dateOfDeath: '2026-02-30' } }, { verifyUrl: bench.verifyUrl })).rejects.toThrow(RangeError);
    await expect(renderDeathExtractPdf({ ...content, death: { ...content.death, timeOfDeath: '25:10' } }, { verifyUrl: bench.verifyUrl })).rejects.toThrow(RangeError);
  });
});

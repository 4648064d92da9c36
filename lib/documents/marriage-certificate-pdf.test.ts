import { describe, expect, it } from 'vitest';
import { renderMarriageCertificatePdf, type MarriageCertificateContent, type MarriageCertificatePdfOptions } from './marriage-certificate-pdf';
import { pdfTestBench } from './pdf-test-bench';

/*
 * Checks the PDF the way a reader would meet it: poppler for fonts, text and rendering, zbar to
 * scan the QR code from the rendered page.
 */

const content: MarriageCertificateContent = {
  registryName: 'Ủy ban nhân dân phường Sài Gòn, thành phố Hồ Chí Minh',
  entryNumber: '46',
  book: '01/2026',
  registeredOn: '2026-11-27',
  wife: {
    // Decomposed on purpose: the renderer must print NFC.
    fullName: 'Võ Thị Mai'.normalize('NFD'),
    dateOfBirth: '2000-10-01',
    ethnicity: 'Kinh',
    nationality: 'Việt Nam',
    residence: '15 Pasteur, Phường Sài Gòn, TP Hồ Chí Minh',
    personalId: '079300004321',
  },
  husband: {
    fullName: 'Đỗ Quang Huy',
    dateOfBirth: '1998-04-25',
    ethnicity: 'Kinh',
    nationality: 'Việt Nam',
    residence: '88 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh',
    personalId: '079098001234',
  },
  signer: { fullName: 'Nguyễn Thị Thanh Tâm', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
};

/** The bench renders content only; a case carries the holder along for the options. */
type Case = MarriageCertificateContent & { holder?: MarriageCertificatePdfOptions['holder'] };

const bench = pdfTestBench(
  'marriage-certificate',
  (c: Case, options) => renderMarriageCertificatePdf(c, { ...options, holder: c.holder }),
  { d: '5c0d8e7a-2f41-4b6e-9d3a-81e7c4b2f905', k: 'marriageCertificate', n: 'Võ Thị Mai', b: '2000-10-01', e: '46', q: '01/2026', r: '26734', i: '2026-11-27', v: 1 },
);
const { render, scanQr, expectOneA4Page, watermarkPixels } = bench;

/** The printed line holding `needle`, trimmed; pdftotext -layout keeps the two columns on one line. */
const lineWith = (printed: string, needle: string) => printed.split('\n').find((l) => l.includes(needle))?.trim();

describe('renderMarriageCertificatePdf', () => {
  it('renders a one-page A4 certificate with embedded fonts, both spouses and a scannable QR code', async () => {
    const { bytes, file, text } = await render('full', { ...content, holder: { fullName: 'Võ Thị Mai' } });
    const doc = await expectOneA4Page(bytes);
    expect(doc.getTitle()).toBe('Giấy chứng nhận kết hôn – VÕ THỊ MAI và ĐỖ QUANG HUY');

    bench.expectEmbeddedFonts(file);

    const printed = text();
    for (const expected of [
      'GIẤY CHỨNG NHẬN KẾT HÔN',
      '(Bản điện tử / Electronic copy)',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN PHƯỜNG SÀI',
      'Số: 46',
      'Quyển số: 01/2026',
      'Họ, chữ đệm, tên vợ:',
      'Họ, chữ đệm, tên chồng:',
      'VÕ THỊ MAI',
      'ĐỖ QUANG HUY',
      'Ngày, tháng, năm sinh: 01/10/2000',
      'Ngày, tháng, năm sinh: 25/04/1998',
      'Dân tộc: Kinh',
      'Quốc tịch: Việt Nam',
      'Nơi cư trú: 15 Pasteur',
      'Nơi cư trú: 88 Lê Lợi',
      'Số định danh cá nhân: 079300004321',
      'Số định danh cá nhân: 079098001234',
      'Ngày đăng ký kết hôn: 27/11/2026',
      'Nơi đăng ký kết hôn: Ủy ban nhân dân phường Sài Gòn, thành phố Hồ Chí Minh',
      'Chữ ký hoặc điểm chỉ của vợ',
      'Chữ ký hoặc điểm chỉ của chồng',
      'Bản chính cấp cho: VÕ THỊ MAI',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Thị Thanh Tâm',
      'Văn bản đã được ký số',
      'Digitally signed',
      'Quét mã để kiểm tra',
      'Scan to verify',
    ]) {
      expect(printed).toContain(expected);
    }
    // The wife on the left, the husband on the right, row by row.
    expect(lineWith(printed, 'Họ, chữ đệm, tên vợ:')).toMatch(/^Họ, chữ đệm, tên vợ:\s+Họ, chữ đệm, tên chồng:$/);
    expect(lineWith(printed, 'VÕ THỊ MAI')).toMatch(/^VÕ THỊ MAI\s+ĐỖ QUANG HUY$/);
    expect(lineWith(printed, '01/10/2000')).toMatch(/01\/10\/2000\s+Ngày, tháng, năm sinh: 25\/04\/1998$/);
    expect(lineWith(printed, '079300004321')).toMatch(/079300004321\s+Số định danh cá nhân: 079098001234$/);
    // Each spouse's name appears three times: under the label, under the signature space, and (the
    // wife's) as the holder.
    expect(printed.match(/VÕ THỊ MAI/g)).toHaveLength(3);
    expect(printed.match(/ĐỖ QUANG HUY/g)).toHaveLength(2);
    expect(printed).not.toContain('BẢN DỰ THẢO');
    expect(watermarkPixels(file)).toBe(0);
    expect(printed).not.toContain('Ghi chú');
    expect(printed).not.toMatch(/undefined|null|NaN/);

    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('prints no holder line without a holder, and the husband when he is the holder', async () => {
    const { text } = await render('no-holder', content);
    expect(text()).not.toContain('Bản chính cấp cho');

    const { text: husbandText } = await render('husband', { ...content, holder: { fullName: 'đỗ  quang huy' } });
    expect(husbandText()).toContain('Bản chính cấp cho: ĐỖ QUANG HUY');
  });

  it('refuses a holder who is neither spouse', async () => {
    const options = { verifyUrl: bench.verifyUrl };
    await expect(renderMarriageCertificatePdf(content, { ...options, holder: { fullName: 'Trần Văn An' } })).rejects.toThrow(RangeError);
    await expect(renderMarriageCertificatePdf(content, { ...options, holder: { fullName: ' ' } })).rejects.toThrow(RangeError);
  });

  it('marks a draft as such, with blank numbers, and still carries the QR code', async () => {
    const { bytes, file, text } = await render('draft', { ...content, entryNumber: '', book: '' }, true);
    await expectOneA4Page(bytes);
    const printed = text();
    expect(printed).toContain('BẢN DỰ THẢO – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ / DRAFT – NOT LEGALLY VALID');
    expect(watermarkPixels(file)).toBeGreaterThan(1000);
    expect(printed).toContain('chưa ký số');
    expect(printed).not.toContain('Văn bản đã được ký số');
    expect(printed).toContain('VÕ THỊ MAI');
    expect(printed).toContain('ĐỖ QUANG HUY');
    expect(printed).not.toMatch(/undefined|null|NaN/);
    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('prints notes', async () => {
    const { bytes, text } = await render('notes', { ...content, notes: ['Đăng ký kết hôn tại trụ sở Ủy ban nhân dân phường'] });
    await expectOneA4Page(bytes);
    expect(text()).toContain('Ghi chú: Đăng ký kết hôn tại trụ sở Ủy ban nhân dân phường');
  });

  it('wraps long text inside the margins and each column instead of running off the page', async () => {
    const long: MarriageCertificateContent = {
      ...content,
      registryName: 'Ủy ban nhân dân xã Quảng Phú Cầu Thượng Hạ Đông Tây Nam Bắc, tỉnh Bà Rịa - Vũng Tàu mở rộng',
      wife: { ...content.wife, fullName: 'Tôn Nữ Hoàng Thị Bảo Ngọc Phương Thảo Nguyên', residence: `Căn hộ 12.05, tòa nhà Sunrise, ${content.wife.residence}, khu phố 3` },
      husband: { ...content.husband, residence: 'Sốnhàcómộttênrấtdàikhôngcókhoảngtrắngnàođểngắtdònggiữacáctừcủanó, TP Hồ Chí Minh' },
    };
    const { bytes, file, text } = await render('long', long);
    await expectOneA4Page(bytes);
    const flat = bench.expectInsideMargins(file);
    expect(flat).toContain('Sốnhàcómộttênrấtdàikhôngcókhoảngtrắngnàođểngắtdònggiữacáctừcủanó');
    // Each column's words stay on its side of the page.
    const middle = 64 + (595.28 - 52 - 64) / 2;
    const words = [...bench.run('pdftotext', ['-bbox', file, '-']).matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
      .map(([, xMin, xMax, word]) => ({ xMin: Number(xMin), xMax: Number(xMax), word: (word ?? '').normalize('NFC') }));
    const longWord = 'Sốnhàcómộttênrấtdàikhôngcókhoảngtrắngnàođểngắtdònggiữacáctừcủanó';
    const husbandPieces = words.filter((w) => w.word.length >= 5 && longWord.includes(w.word));
    expect(husbandPieces.length).toBeGreaterThanOrEqual(2);
    for (const w of husbandPieces) expect(w.xMin, w.word).toBeGreaterThanOrEqual(middle);
    const wifeWords = words.filter((w) => ['Sunrise,', 'TÔN', 'NGUYÊN', 'Căn'].includes(w.word));
    expect(wifeWords.length).toBeGreaterThanOrEqual(5);
    for (const w of wifeWords) expect(w.xMax, w.word).toBeLessThan(middle);
    expect(text()).toContain('TÔN NỮ HOÀNG THỊ BẢO NGỌC');
  });

  it('refuses content that cannot fit on one page rather than cutting it off', async () => {
    const notes = Array.from({ length: 60 }, (_, i) => `Ghi chú số ${i + 1} về việc cải chính hộ tịch theo quyết định của cơ quan có thẩm quyền`);
    await expect(renderMarriageCertificatePdf({ ...content, notes }, { verifyUrl: bench.verifyUrl })).rejects.toThrow(RangeError);
  });

  it('rejects an impossible date', async () => {
    await expect(renderMarriageCertificatePdf({ ...content, registeredOn: '2026-02-30' }, { verifyUrl: bench.verifyUrl })).rejects.toThrow(RangeError);
    await expect(renderMarriageCertificatePdf({ ...content, husband: { ...content.husband, dateOfBirth: '25/04/1998' } }, { verifyUrl: bench.verifyUrl })).rejects.toThrow(RangeError);
  });
});

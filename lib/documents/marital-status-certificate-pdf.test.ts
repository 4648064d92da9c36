import { describe, expect, it } from 'vitest';
import {
  renderMaritalStatusCertificatePdf,
  type MaritalStatusCertificateContent,
  type MaritalStatusCertificatePdfOptions,
} from './marital-status-certificate-pdf';
import { pdfTestBench } from './pdf-test-bench';

/*
 * Checks the PDF the way a reader would meet it: poppler for fonts, text and rendering, zbar to
 * scan the QR code from the rendered page.
 */

const content: MaritalStatusCertificateContent = {
  registryName: 'Ủy ban nhân dân phường Bến Thành, thành phố Hồ Chí Minh',
  entryNumber: '318',
  book: '01/2026',
  registeredOn: '2026-10-12',
  person: {
    // Decomposed on purpose: the renderer must print NFC.
    fullName: 'Đỗ Quang Huy'.normalize('NFD'),
    dateOfBirth: '1998-04-25',
    sex: 'male',
    ethnicity: 'Kinh',
    nationality: 'Việt Nam',
    personalId: '079098001234',
    residence: '88 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh',
  },
  residencePeriod: { address: '27 Trần Phú, Phường Hải Châu, TP Đà Nẵng', from: '2016-09-01', to: '2020-06-30' },
  maritalStatus: 'neverMarried',
  statusSentence: 'Chưa đăng ký kết hôn với ai.',
  purposeSentence: 'Để làm thủ tục đăng ký kết hôn với bà Võ Thị Mai, sinh ngày 01/10/2000, số định danh cá nhân 079300004321.',
  validUntil: '2027-04-12',
  signer: { fullName: 'Lê Văn Phúc', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] },
};

/** The bench renders content only; a case carries the holder along for the options. */
type Case = MaritalStatusCertificateContent & { holder?: MaritalStatusCertificatePdfOptions['holder'] };

const bench = pdfTestBench(
  'marital-status-certificate',
  (c: Case, options) => renderMaritalStatusCertificatePdf(c, { ...options, holder: c.holder }),
  { d: '9a4e2b71-3c8d-4f05-b6e2-0d7f1a9c5e38', k: 'maritalStatusCertificate', n: 'Đỗ Quang Huy', b: '1998-04-25', e: '318', q: '01/2026', r: '26743', i: '2026-10-12', v: 1 },
);
const { render, scanQr, expectOneA4Page, watermarkPixels } = bench;

const options = () => ({ verifyUrl: bench.verifyUrl });

describe('renderMaritalStatusCertificatePdf', () => {
  it('renders a one-page A4 certificate with embedded fonts, Vietnamese text and a scannable QR code', async () => {
    const { bytes, file, text } = await render('full', { ...content, holder: { fullName: 'Đỗ Quang Huy' } });
    const doc = await expectOneA4Page(bytes);
    expect(doc.getTitle()).toBe('Giấy xác nhận tình trạng hôn nhân – ĐỖ QUANG HUY');

    bench.expectEmbeddedFonts(file);

    const printed = text();
    for (const expected of [
      'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
      '(Bản điện tử / Electronic copy)',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN PHƯỜNG BẾN',
      'Số: 318',
      'Quyển số: 01/2026',
      'Xét đề nghị của ông ĐỖ QUANG HUY, về việc xác nhận tình trạng hôn nhân,',
      'XÁC NHẬN:',
      'Họ, chữ đệm, tên: ĐỖ QUANG HUY',
      'Ngày, tháng, năm sinh: 25/04/1998',
      'Giới tính: Nam',
      'Dân tộc: Kinh',
      'Quốc tịch: Việt Nam',
      'Số định danh cá nhân: 079098001234',
      'Nơi cư trú: 88 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh',
      'Tình trạng hôn nhân: Chưa đăng ký kết hôn với ai.',
      'Giấy này được cấp để sử dụng vào việc: Để làm thủ tục đăng ký kết hôn',
      'Nơi cấp: Ủy ban nhân dân phường Bến Thành, thành phố Hồ Chí Minh',
      'Ngày, tháng, năm cấp: 12/10/2026',
      'Bản chính cấp cho: ĐỖ QUANG HUY',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Lê Văn Phúc',
      'Văn bản đã được ký số',
      'Digitally signed',
      'Quét mã để kiểm tra',
      'Scan to verify',
    ]) {
      expect(printed).toContain(expected);
    }
    const flat = printed.replace(/\s+/g, ' ');
    // Both names with their diacritics: the person's, and the future spouse's in the purpose.
    expect(flat).toContain(content.purposeSentence);
    expect(flat).toContain('Trong thời gian cư trú tại 27 Trần Phú, Phường Hải Châu, TP Đà Nẵng từ ngày 01/09/2016 đến ngày 30/06/2020');
    expect(flat).toContain(
      'Giấy này có giá trị sử dụng đến hết ngày 12/04/2027 hoặc đến khi tình trạng hôn nhân thay đổi, tùy theo thời điểm nào đến trước.',
    );
    expect(printed).not.toContain('BẢN DỰ THẢO');
    expect(watermarkPixels(file)).toBe(0);
    expect(printed).not.toContain('Ghi chú');
    expect(printed).not.toMatch(/undefined|null|NaN/);

    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('addresses a woman as bà, and leaves out the residence period and the holder when there are none', async () => {
    const woman: MaritalStatusCertificateContent = {
      ...content,
      person: { ...content.person, fullName: 'Võ Thị Mai', dateOfBirth: '2000-10-01', sex: 'female', personalId: '079300004321', residence: '15 Pasteur, Phường Sài Gòn, TP Hồ Chí Minh' },
      residencePeriod: null,
      maritalStatus: 'divorced',
      statusSentence: 'Đã đăng ký kết hôn, nhưng đã ly hôn theo Bản án số 12/2024/HNGĐ-ST ngày 15/03/2024 của Tòa án nhân dân Quận 1; hiện tại chưa đăng ký kết hôn với ai.',
      purposeSentence: 'Để làm thủ tục đăng ký kết hôn với ông Đỗ Quang Huy.',
      notes: ['Cấp lại do bản trước bị mất'],
    };
    const { bytes, file, text } = await render('woman', woman);
    await expectOneA4Page(bytes);
    const printed = text();
    const flat = printed.replace(/\s+/g, ' ');
    expect(printed).toContain('Xét đề nghị của bà VÕ THỊ MAI, về việc xác nhận tình trạng hôn nhân,');
    expect(printed).toContain('Họ, chữ đệm, tên: VÕ THỊ MAI');
    expect(printed).toContain('Giới tính: Nữ');
    expect(flat).toContain(woman.statusSentence);
    expect(flat).toContain('Để làm thủ tục đăng ký kết hôn với ông Đỗ Quang Huy.');
    expect(printed).toContain('Ghi chú: Cấp lại do bản trước bị mất');
    expect(printed).not.toContain('Trong thời gian cư trú');
    expect(printed).not.toContain('Bản chính cấp cho');
    expect(printed).not.toMatch(/undefined|null|NaN/);
    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('marks a draft as such, with blank numbers, and still carries the QR code', async () => {
    const { bytes, file, text } = await render('draft', { ...content, entryNumber: '', book: '' }, true);
    await expectOneA4Page(bytes);
    const printed = text();
    expect(printed).toContain('BẢN DỰ THẢO – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ / DRAFT – NOT LEGALLY VALID');
    expect(watermarkPixels(file)).toBeGreaterThan(1000);
    expect(printed).toContain('chưa ký số');
    expect(printed).not.toContain('Văn bản đã được ký số');
    expect(printed).not.toMatch(/undefined|null|NaN/);
    expect(scanQr(file)).toBe(bench.verifyUrl);
  });

  it('wraps long text inside the margins instead of running off the page', async () => {
    const long: MaritalStatusCertificateContent = {
      ...content,
      registryName: 'Ủy ban nhân dân xã Quảng Phú Cầu Thượng Hạ Đông Tây Nam Bắc, tỉnh Bà Rịa - Vũng Tàu mở rộng',
      residencePeriod: { ...content.residencePeriod!, address: `Ký túc xá Đại học Bách khoa, phòng 402 nhà A2, ${content.residencePeriod!.address}, khu phố 5` },
      purposeSentence: `${content.purposeSentence} Nộpchocơquancóthẩmquyềncủanướcngoàinơicôngdâncưtrúmàkhôngcókhoảngtrắngnàođểngắtdòng`,
    };
    const { bytes, file } = await render('long', long);
    await expectOneA4Page(bytes);
    const flat = bench.expectInsideMargins(file);
    expect(flat).toContain('Nộpchocơquancóthẩmquyềncủanướcngoàinơicôngdâncưtrúmàkhôngcókhoảngtrắngnàođểngắtdòng');
    expect(flat).toContain('KýtúcxáĐạihọcBáchkhoa,phòng402nhàA2,27TrầnPhú');
  });

  it('refuses content that cannot fit on one page rather than cutting it off', async () => {
    const notes = Array.from({ length: 60 }, (_, i) => `Ghi chú số ${i + 1} về việc cải chính hộ tịch theo quyết định của cơ quan có thẩm quyền`);
    await expect(renderMaritalStatusCertificatePdf({ ...content, notes }, options())).rejects.toThrow(RangeError);
  });

  it('rejects impossible dates, a period that ends before it starts, and a validity that ends before issue', async () => {
    await expect(renderMaritalStatusCertificatePdf({ ...content, validUntil: '2027-02-29' }, options())).rejects.toThrow(RangeError);
    await expect(renderMaritalStatusCertificatePdf({ ...content, validUntil: '2026-10-11' }, options())).rejects.toThrow(RangeError);
    await expect(
      renderMaritalStatusCertificatePdf({ ...content, residencePeriod: { ...content.residencePeriod!, from: '2020-07-01' } }, options()),
    ).rejects.toThrow(RangeError);
  });

  it('refuses to certify nothing: the status and the purpose must be written', async () => {
    await expect(renderMaritalStatusCertificatePdf({ ...content, statusSentence: ' ' }, options())).rejects.toThrow(RangeError);
    await expect(renderMaritalStatusCertificatePdf({ ...content, purposeSentence: '' }, options())).rejects.toThrow(RangeError);
  });
});

import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderOrganisationLetterPdf, type OrganisationLetterContent } from './organisation-letter-pdf';
import { A4 } from './pdf-frame';
import { pdfTestBench } from './pdf-test-bench';

/*
 * The letter to an organisation (Circular 01/2022 Art. 8(2)–(4)): the first page stands alone with
 * its QR code and signature; a list of persons goes to an annex that takes as many pages as it
 * needs, every line inside the margins; a draft carries no annex.
 */

const claims = { d: '5c1e9a2b-6a4d-4f7e-8c1b-5d2a9e0f7c36', k: 'organisationLetter', n: 'Tòa án nhân dân khu vực 1 – Hà Nội', b: '', e: '3', q: 'XNTTHT-TC/2026', r: '00070', i: '2026-12-02', v: 1 };

const base: OrganisationLetterContent = {
  registryName: 'Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội',
  entryNumber: '3',
  book: 'XNTTHT-TC/2026',
  registeredOn: '2026-12-02',
  organisation: { code: 'T01.TA1-MAU', name: 'Tòa án nhân dân khu vực 1 – Hà Nội' },
  representative: 'Vũ Minh Tuấn, Thư ký Tòa án',
  officialLetter: 'Công văn số 88/TA-DS ngày 27/11/2026',
  legalAuthority: 'Bộ luật Tố tụng dân sự 2015, Điều 97',
  purpose: 'Xác minh nhân thân các đương sự trong vụ án dân sự',
  scope: 'registrationOnly',
  scopeText: 'Thông tin đăng ký hộ tịch (số, quyển, nơi và ngày đăng ký) của từng người',
  selection: '60 người theo danh sách số định danh cá nhân kèm văn bản đề nghị',
  statistics: ['Số người trong danh sách: 60.', 'Có đăng ký khai sinh: 60 người.', 'Có đăng ký kết hôn: 0 người.', 'Có đăng ký khai tử: 0 người.', 'Không có sự kiện hộ tịch nào trong Cơ sở dữ liệu: 0 người.'],
  annex: Array.from({ length: 60 }, (_, i) => ({
    heading: `Nguyễn Thị Người Thứ ${i + 1} – sinh ngày 01/01/2020 – số định danh cá nhân 001320${String(i).padStart(6, '0')}`,
    lines: [`Giấy khai sinh số ${i + 1}, quyển 01/2020, UBND Phường Hoàn Kiếm, đăng ký ngày 10/01/2020.`, 'Mẹ: Trần Thị Mẹ; cha: Nguyễn Văn Cha.'],
  })),
  conclusion: 'Theo Cơ sở dữ liệu hộ tịch điện tử đến ngày xác nhận.',
  signer: { fullName: 'Đặng Quốc Hùng', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
};

describe('renderOrganisationLetterPdf', () => {
  const bench = pdfTestBench('organisation-letter', renderOrganisationLetterPdf, claims);

  it('Art. 8(2), 8(4): a signed first page with the QR code, and every person in an annex over the following pages', async () => {
    const { bytes, file, text } = await bench.render('letter', base);
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBeGreaterThanOrEqual(3);
    bench.expectEmbeddedFonts(file);
    bench.expectInsideMargins(file);
    const printed = text();
    expect(printed).toContain('Kính gửi: Tòa án nhân dân khu vực 1 – Hà Nội');
    expect(printed).toContain('Danh sách chi tiết 60 người: tại Phụ lục kèm theo.');
    expect(printed).toContain(`Kèm theo Văn bản xác nhận thông tin hộ tịch số 3/XNTTHT-TC/2026 – trang ${pages - 1}`);
    for (const i of [1, 30, 60]) expect(printed).toContain(`Nguyễn Thị Người Thứ ${i} –`);
    expect(bench.scanQr(file)).toMatch(/^https:\/\/hotich\.example\.gov\.vn\/xac-minh\//);
  });

  it('a person whose history is longer than a page continues on the next, inside the frame', async () => {
    const long = { heading: 'Người Có Nhiều Sự Kiện – sinh ngày 01/01/1950', lines: Array.from({ length: 70 }, (_, i) => `– Dòng ${i + 1} của lịch sử hộ tịch: Giấy chứng nhận kết hôn số ${i + 1}, quyển 01/1975.`) };
    const { bytes, file, text } = await bench.render('long', { ...base, annex: [long] });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(3);
    const html = bench.run('pdftotext', ['-bbox', file, '-']);
    for (const m of html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[2])).toBeLessThanOrEqual(A4[1] - 40);
    }
    expect(text()).toContain('Dòng 70 của lịch sử hộ tịch');
  });

  it('Art. 8(3): the statistics-only letter is one page with counts and no annex', async () => {
    const { bytes, text } = await bench.render('statistics', { ...base, scope: 'statisticsOnly', scopeText: 'Chỉ số liệu thống kê, không kèm thông tin cá nhân', annex: [] });
    await bench.expectOneA4Page(bytes);
    expect(text()).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
    expect(text()).not.toContain('PHỤ LỤC');
  });

  it('a draft shows the counts but leaves the persons to the signed letter', async () => {
    const { bytes, text } = await bench.render('draft', { ...base, entryNumber: '' }, true);
    await bench.expectOneA4Page(bytes);
    expect(text()).toContain('BẢN DỰ THẢO');
    expect(text()).not.toContain('Nguyễn Thị Người Thứ');
    expect(text()).toContain('Số: …/XNTTHT-TC/2026');
  });
});

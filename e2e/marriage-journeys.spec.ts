import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createCalendar, type HolidayData } from '../lib/calendar/working-days';
import { expect, expectAccessible, newOfficeUser, newPerson, signInAsCitizen, test } from './fixtures';
import { checkIssuedPdf } from './issued-pdf';

/*
 * Marriage registration and the marital-status certificate (issue "Marriage registration…"):
 * in Vietnamese, Huy files with Mai, Mai confirms from her own account, the officer verifies and
 * returns the draft, the couple books the ceremony, the officer registers at it, the leader signs,
 * and each spouse downloads their own certificate. In English on a 360 px phone, Thu, whose
 * marital status no database records, gets a marital-status certificate, reuses it from
 * My documents when she files her marriage with Khoa, marries him, and the certificate then says
 * by itself that it is no longer valid.
 */

const L = {
  vi: {
    start: 'Bắt đầu', continue: 'Lưu và tiếp tục', otherId: 'Số định danh cá nhân của bên kia', found: 'Đã tìm thấy: Võ T*** M***', registry: 'Cơ quan đăng ký',
    day: 'Ngày', month: 'Tháng', year: 'Năm', declaration: /^Tôi cam đoan những thông tin khai trên đây/, submit: 'Nộp hồ sơ', waiting: /gửi tới bên kia/,
    jointDeclaration: /việc kết hôn với Đỗ Quang Huy là hoàn toàn tự nguyện/, jointConfirm: 'Xác nhận và gửi hồ sơ', received: 'Đã nộp, chờ tiếp nhận',
    open: (code: string) => `Mở hồ sơ ${code}`, accept: 'Tiếp nhận hồ sơ', verify: 'Xác minh thông tin', verifyText: 'Nội dung cần xác minh và nơi được đề nghị xác minh',
    verifying: 'Đang xác minh', answer: 'Ghi nhận kết quả xác minh', answerText: 'Kết quả xác minh', inReview: 'Đang xử lý', returnDraft: 'Gửi bản dự thảo cho người dân kiểm tra',
    awaiting: 'Chờ bạn kiểm tra', draftTitle: 'Bản dự thảo Giấy chứng nhận kết hôn', confirm: 'Xác nhận thông tin đúng', appointmentTitle: 'Lịch hẹn đăng ký kết hôn',
    book: 'Đặt lịch hẹn', booked: /^Lịch hẹn của bạn: /, waitingCeremony: 'Chờ đăng ký tại buổi hẹn', bothPresent: /Cả hai bên có mặt/, identity: /Đã kiểm tra giấy tờ tùy thân/,
    register: 'Đăng ký và chuyển ký Giấy chứng nhận kết hôn', awaitingSignature: 'Chờ ký', sign: 'Ký và cấp Giấy chứng nhận kết hôn điện tử', completed: 'Đã trả kết quả',
    yours: 'Tải bản điện tử (PDF) — bản của bạn', valid: '✓ Giấy tờ hợp lệ', married: 'Đã kết hôn',
  },
} as const;

const calendar = createCalendar(JSON.parse(readFileSync(new URL('../lib/calendar/holidays.json', import.meta.url), 'utf8')) as HolidayData);

/** A working day at least a week ahead: the intended date of the marriage. */
function intendedDate(): string {
  return calendar.workingDayOnOrAfter(calendar.addWorkingDays(calendar.localDate(new Date()), 5));
}

async function typeDate(page: Page, iso: string, l: { day: string; month: string; year: string }) {
  const [y, m, d] = iso.split('-');
  await page.getByLabel(l.day, { exact: true }).first().fill(d!);
  await page.getByLabel(l.month, { exact: true }).first().fill(m!);
  await page.getByLabel(l.year, { exact: true }).first().fill(y!);
}

async function continueTo(page: Page, label: string, expected: RegExp) {
  await page.getByRole('button', { name: label }).click();
  await expect(page).toHaveURL(expected);
  await expectAccessible(page);
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

// Three people, an officer and a signer: a ceiling for the whole journey, while every step waits for what the user sees.
test.describe.configure({ timeout: 300_000 });

test('[vi] Huy files with Mai, she confirms, the officer verifies, they book and appear; each spouse gets a signed original', async ({ browser, baseURL }) => {
  const l = L.vi;
  const huy = await newPerson(browser, baseURL!, 'vi');
  await signInAsCitizen(huy, 'Đỗ Quang Huy', '/apply/marriageRegistration');
  await expectAccessible(huy);
  await huy.getByRole('button', { name: l.start }).click();
  await expect(huy).toHaveURL(/\/applicant$/);
  // He says which party he is; his identity comes from the sign-in.
  await expect(huy.getByLabel('Bên nam (chồng)')).toBeChecked();
  await expectAccessible(huy);
  await continueTo(huy, l.continue, /\/otherParty$/);
  await huy.getByLabel(l.otherId).fill('079300004321');
  await expect(huy.getByText(l.found)).toBeVisible();
  await continueTo(huy, l.continue, /\/registry$/);
  // Either party's commune: Mai's, Phường Sài Gòn.
  const registry = huy.getByLabel(l.registry);
  // Only the two competent registries are offered.
  await expect(registry.locator('option:not([value=""])')).toHaveCount(2);
  await expect(registry.locator('option', { hasText: 'Phường Bến Thành' })).toHaveCount(1);
  await registry.selectOption((await registry.locator('option', { hasText: 'Phường Sài Gòn' }).getAttribute('value'))!);
  await continueTo(huy, l.continue, /\/status$/);
  // Both statuses come from the databases and cannot be changed.
  await expect(huy.locator('main')).toContainText('Chưa kết hôn lần nào');
  await continueTo(huy, l.continue, /\/ceremony$/);
  await typeDate(huy, intendedDate(), l);
  await continueTo(huy, l.continue, /\/review$/);
  await expect(huy.locator('dl')).toContainText('Võ Thị Mai');
  await huy.getByLabel(l.declaration).check();
  await huy.getByRole('button', { name: l.submit }).click();
  await expect(huy).toHaveURL(/\/submitted$/);
  await expect(huy.getByText(l.waiting)).toBeVisible();
  await expectAccessible(huy);
  const code = (await huy.locator('#dossier-code').textContent())!.trim();
  const applicationPath = new URL(huy.url()).pathname.replace(/\/submitted$/, '');

  // Mai finds it in her own account and confirms the joint declaration.
  const mai = await newPerson(browser, baseURL!, 'vi', { mobile: true });
  await signInAsCitizen(mai, 'Võ Thị Mai', '/applications');
  await mai.locator('li', { hasText: code }).getByRole('link').first().click();
  await expect(mai).toHaveURL(new RegExp(`${applicationPath}$`));
  await expectAccessible(mai);
  await noHorizontalScroll(mai);
  await mai.getByLabel(l.jointDeclaration).check();
  await mai.getByRole('button', { name: l.jointConfirm }).click();
  await expect(mai.getByText(l.received, { exact: true })).toBeVisible();

  // The officer reviews beside both population records, verifies, then returns the draft.
  const officer = await newOfficeUser(browser, baseURL!, 'vi', 'officer.saigon');
  await officer.getByRole('link', { name: l.open(code) }).first().click();
  await expect(officer.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(officer.locator('main')).toContainText('Đỗ Quang Huy');
  await expect(officer.locator('main')).toContainText('Võ Thị Mai');
  await officer.getByRole('button', { name: l.accept }).click();
  await expect(officer.getByText(l.inReview, { exact: true })).toBeVisible();
  await officer.locator('summary', { hasText: l.verify }).click();
  await officer.getByLabel(l.verifyText).fill('Đề nghị UBND phường Bến Thành xác minh tình trạng hôn nhân của anh Đỗ Quang Huy.');
  await officer.getByRole('button', { name: l.verify }).click();
  await expect(officer.getByText(l.verifying, { exact: true })).toBeVisible();
  await expectAccessible(officer);
  await officer.locator('summary', { hasText: l.answer }).click();
  await officer.getByLabel(l.answerText).fill('UBND phường Bến Thành xác nhận: chưa đăng ký kết hôn với ai.');
  await officer.getByRole('button', { name: l.answer }).click();
  await expect(officer.getByText(l.inReview, { exact: true })).toBeVisible();
  await officer.getByRole('button', { name: l.returnDraft }).click();
  await expect(officer.getByText(l.awaiting, { exact: true })).toBeVisible();

  // Huy checks the draft and books a slot; both are told.
  await huy.goto(applicationPath);
  await expect(huy.getByRole('heading', { name: l.draftTitle })).toBeVisible();
  await expect(huy.locator('main')).toContainText('VÕ THỊ MAI');
  await expectAccessible(huy);
  await huy.getByRole('button', { name: l.confirm }).click();
  await expect(huy.getByRole('heading', { name: l.appointmentTitle })).toBeVisible();
  await expect(huy.getByText(l.waitingCeremony, { exact: true })).toBeVisible();
  await huy.locator('input[name=startsAt]').first().check();
  await huy.getByRole('button', { name: l.book }).click();
  await expect(huy.getByText(l.booked)).toBeVisible();
  await expectAccessible(huy);
  await mai.reload();
  await expect(mai.getByText(l.booked)).toBeVisible();

  // At the ceremony: the officer opens it from the appointment list, ticks, registers; the leader signs.
  await officer.goto('/office');
  await officer.locator('section[aria-labelledby=appointments]').getByRole('link', { name: l.open(code) }).click();
  await officer.getByRole('button', { name: l.register }).click();
  await expect(officer.getByText('Hãy xác nhận mục này trước khi đăng ký.').first()).toBeVisible();
  await officer.getByLabel(l.bothPresent).check();
  await officer.getByLabel(l.identity).check();
  await officer.getByRole('button', { name: l.register }).click();
  await expect(officer.getByText(l.awaitingSignature, { exact: true })).toBeVisible();
  await expectAccessible(officer);
  const leader = await newOfficeUser(browser, baseURL!, 'vi', 'leader.saigon');
  await leader.goto(new URL(officer.url()).pathname);
  await leader.getByRole('button', { name: l.sign }).click();
  await expect(leader.getByText(l.completed, { exact: true })).toBeVisible();

  // Each spouse downloads their own original: its QR names them, both names are printed.
  const hrefs: string[] = [];
  for (const [page, name] of [[huy, 'Đỗ Quang Huy'], [mai, 'Võ Thị Mai']] as const) {
    await page.goto(applicationPath);
    await expect(page.getByText(l.completed, { exact: true })).toBeVisible();
    await expectAccessible(page);
    const href = (await page.getByRole('link', { name: l.yours }).getAttribute('href'))!;
    hrefs.push(href);
    const { text, token, payload } = await checkIssuedPdf(page, href);
    expect(text).toContain('GIẤY CHỨNG NHẬN KẾT HÔN');
    expect(text).toContain('ĐỖ QUANG HUY');
    expect(text).toContain('VÕ THỊ MAI');
    expect(payload).toMatchObject({ k: 'marriageCertificate', n: name });
    const clerk = await newPerson(browser, baseURL!, 'vi');
    await clerk.goto(`/verify/${token}`);
    await expect(clerk.getByText(l.valid)).toBeVisible();
    await expectAccessible(clerk);
    await page.goto('/me');
    await expect(page.locator('main')).toContainText(l.married);
  }
  expect(new Set(hrefs).size).toBe(2);

  // A third citizen, another registry and an anonymous visitor get "not found".
  const draftPath = `/api${applicationPath}/draft`;
  const lan = await newPerson(browser, baseURL!, 'vi');
  await signInAsCitizen(lan, 'Nguyễn Thị Lan');
  expect((await lan.goto(applicationPath))?.status()).toBe(404);
  for (const p of [...hrefs, draftPath]) expect((await lan.request.get(p)).status()).toBe(404);
  const hoanKiem = await newOfficeUser(browser, baseURL!, 'vi', 'officer.hoankiem');
  expect((await hoanKiem.goto(new URL(officer.url()).pathname))?.status()).toBe(404);
  expect((await hoanKiem.request.get(draftPath)).status()).toBe(404);
  const anonymous = await newPerson(browser, baseURL!, 'vi');
  for (const p of [...hrefs, draftPath, applicationPath]) expect((await anonymous.request.get(p, { maxRedirects: 0 })).status()).not.toBe(200);
});

const E = {
  start: 'Start', continue: 'Save and continue', neverMarried: 'Never married', toMarry: 'To marry in Viet Nam', spouseName: "Intended spouse's full name",
  spouseDocument: "Intended spouse's identity document", day: 'Day', month: 'Month', year: 'Year', declaration: /^I declare that the information/, submit: 'Submit application',
  open: (code: string) => `Open application ${code}`, accept: 'Accept the application', returnDraft: 'Send the draft to the applicant to check', confirm: 'Confirm the details are right',
  register: 'Register in the civil-status book', sign: 'Sign and issue the electronic marital-status certificate', completed: 'Result issued', valid: '✓ The document is genuine',
  otherId: "Other party's personal identification number", use: /^Use the certificate issued on /, attached: /The electronic document from My documents is attached/, waiting: /sent to the other party/,
  jointConfirm: 'Confirm and send the application', received: 'Submitted, waiting to be received', book: 'Book the appointment', noOriginals: 'No photographed paper needs its original compared.',
  bothPresent: /Both parties are present/, identity: /identity documents were checked/, registerAtCeremony: 'Register and send the marriage certificate for signature',
  awaitingSignature: 'Waiting for signature', signMarriage: 'Sign and issue the electronic marriage certificate', yours: 'Download the electronic copy (PDF) — your original',
  noLongerValid: /No longer valid \(the marital status has changed\)/,
} as const;

test('[en] at 360 px, Thu gets a marital-status certificate, reuses it from My documents to marry Khoa, and it lapses when she does', async ({ browser, baseURL }) => {
  const thu = await newPerson(browser, baseURL!, 'en', { mobile: true });
  await signInAsCitizen(thu, 'Lâm Thị Thu', '/apply/maritalStatusCertificate');
  await expectAccessible(thu);
  await thu.getByRole('button', { name: E.start }).click();
  await expect(thu).toHaveURL(/\/applicant$/);
  await continueTo(thu, E.continue, /\/registry$/);
  await continueTo(thu, E.continue, /\/status$/);
  // No database records her status: she declares it, and the officer is told it is unconfirmed.
  await thu.getByLabel(E.neverMarried, { exact: true }).check();
  await continueTo(thu, E.continue, /\/residence$/);
  await continueTo(thu, E.continue, /\/purpose$/);
  await thu.getByLabel(E.toMarry).check();
  await thu.getByLabel(E.spouseName).fill('Phan Văn Khoa');
  await typeDate(thu, '1997-07-14', E);
  await thu.getByLabel(E.spouseDocument).fill('Citizen ID 079097006655');
  await noHorizontalScroll(thu);
  await continueTo(thu, E.continue, /\/review$/);
  await thu.getByLabel(E.declaration).check();
  await thu.getByRole('button', { name: E.submit }).click();
  await expect(thu).toHaveURL(/\/submitted$/);
  const code = (await thu.locator('#dossier-code').textContent())!.trim();
  const certificatePath = new URL(thu.url()).pathname.replace(/\/submitted$/, '');

  const officer = await newOfficeUser(browser, baseURL!, 'en', 'officer.saigon');
  await officer.getByRole('link', { name: E.open(code) }).click();
  await expect(officer.getByText(/The databases have no marital status/).first()).toBeVisible();
  await officer.getByRole('button', { name: E.accept }).click();
  await officer.getByRole('button', { name: E.returnDraft }).click();
  await expect(officer.getByText('Waiting for your check', { exact: true })).toBeVisible();
  await thu.goto(certificatePath);
  await thu.getByRole('button', { name: E.confirm }).click();
  // The officer looks once her confirmation has reached the registry, not while it is on its way.
  await expect(thu.getByText(/^You confirmed the draft\. /)).toBeVisible();
  await officer.reload();
  await officer.getByRole('button', { name: E.register }).click();
  await expect(officer.getByText(E.awaitingSignature, { exact: true })).toBeVisible();
  const leader = await newOfficeUser(browser, baseURL!, 'en', 'leader.saigon');
  await leader.goto(new URL(officer.url()).pathname);
  await leader.getByRole('button', { name: E.sign }).click();
  await expect(leader.getByText(E.completed, { exact: true })).toBeVisible();

  // The certificate: in My documents, printed with its validity, verified by its QR code.
  await thu.goto('/documents');
  await expect(thu.locator('main')).toContainText('Marital-status certificate');
  await expectAccessible(thu);
  await thu.goto(certificatePath);
  const href = (await thu.getByRole('link', { name: /Download the electronic copy/ }).getAttribute('href'))!;
  const { text, token, payload } = await checkIssuedPdf(thu, href);
  expect(text).toContain('GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN');
  expect(text).toContain('LÂM THỊ THU');
  expect(text).toContain('PHAN VĂN KHOA');
  expect(payload).toMatchObject({ k: 'maritalStatusCertificate', n: 'Lâm Thị Thu' });
  const clerk = await newPerson(browser, baseURL!, 'en', { mobile: true });
  await clerk.goto(`/verify/${token}`);
  await expect(clerk.getByText(E.valid)).toBeVisible();
  await expect(clerk.locator('main')).toContainText('Valid until the end of');
  await expectAccessible(clerk);

  // Her marriage application: her status cannot be confirmed, so the certificate is asked for; she picks hers.
  await thu.goto('/apply/marriageRegistration');
  await thu.getByRole('button', { name: E.start }).click();
  await expect(thu).toHaveURL(/\/applicant$/);
  await expect(thu.getByLabel('The bride (wife)')).toBeChecked();
  await continueTo(thu, E.continue, /\/otherParty$/);
  await thu.getByLabel(E.otherId).fill('079097006655');
  await expect(thu.getByText('Found: Phan V*** K***')).toBeVisible();
  await continueTo(thu, E.continue, /\/registry$/);
  await continueTo(thu, E.continue, /\/status$/);
  await thu.getByRole('group', { name: "Bride's marital status" }).getByLabel(E.neverMarried, { exact: true }).check();
  await continueTo(thu, E.continue, /\/ceremony$/);
  await typeDate(thu, intendedDate(), E);
  await continueTo(thu, E.continue, /\/documents$/);
  await thu.getByRole('button', { name: E.use }).click();
  await expect(thu.getByText(E.attached)).toBeVisible();
  await expectAccessible(thu);
  await noHorizontalScroll(thu);
  await continueTo(thu, E.continue, /\/review$/);
  await thu.getByLabel(E.declaration).check();
  await thu.getByRole('button', { name: E.submit }).click();
  await expect(thu).toHaveURL(/\/submitted$/);
  await expect(thu.getByText(E.waiting)).toBeVisible();
  await expectAccessible(thu);
  const marriageCode = (await thu.locator('#dossier-code').textContent())!.trim();
  const marriagePath = new URL(thu.url()).pathname.replace(/\/submitted$/, '');

  // Khoa reads and confirms from his own account; then the usual review, draft check and booking.
  const khoa = await newPerson(browser, baseURL!, 'en');
  await signInAsCitizen(khoa, 'Phan Văn Khoa', marriagePath);
  await expect(khoa.locator('main')).toContainText('Lâm Thị Thu');
  await expectAccessible(khoa);
  await khoa.getByLabel(/I marry Lâm Thị Thu of my own free will/).check();
  await khoa.getByRole('button', { name: E.jointConfirm }).click();
  await expect(khoa.getByText(E.received, { exact: true })).toBeVisible();
  await officer.goto('/office');
  await officer.getByRole('link', { name: E.open(marriageCode) }).first().click();
  await expect(officer.getByText(/The databases cannot confirm the marital status/).first()).toBeVisible();
  await officer.getByRole('button', { name: E.accept }).click();
  await officer.getByRole('button', { name: E.returnDraft }).click();
  await expect(officer.getByText('Waiting for your check', { exact: true })).toBeVisible();
  await khoa.goto(marriagePath);
  await khoa.getByRole('button', { name: E.confirm }).click();
  await khoa.locator('input[name=startsAt]').first().check();
  await khoa.getByRole('button', { name: E.book }).click();
  await expect(khoa.getByText(/^Your appointment: /)).toBeVisible();
  await expectAccessible(khoa);

  // At the ceremony the reused e-document needs no original (Art. 6(5)(a)); registered and signed.
  await officer.goto('/office');
  await officer.locator('section[aria-labelledby=appointments]').getByRole('link', { name: E.open(marriageCode) }).click();
  await expect(officer.getByText(E.noOriginals)).toBeVisible();
  await officer.getByLabel(E.bothPresent).check();
  await officer.getByLabel(E.identity).check();
  await officer.getByRole('button', { name: E.registerAtCeremony }).click();
  await expect(officer.getByText(E.awaitingSignature, { exact: true })).toBeVisible();
  await expectAccessible(officer);
  await leader.goto(new URL(officer.url()).pathname);
  await leader.getByRole('button', { name: E.signMarriage }).click();
  await expect(leader.getByText(E.completed, { exact: true })).toBeVisible();
  for (const [page, name] of [[thu, 'Lâm Thị Thu'], [khoa, 'Phan Văn Khoa']] as const) {
    await page.goto(marriagePath);
    const own = (await page.getByRole('link', { name: E.yours }).getAttribute('href'))!;
    const issued = await checkIssuedPdf(page, own);
    expect(issued.text).toContain('GIẤY CHỨNG NHẬN KẾT HÔN');
    expect(issued.text).toContain('LÂM THỊ THU');
    expect(issued.text).toContain('PHAN VĂN KHOA');
    expect(issued.payload).toMatchObject({ k: 'marriageCertificate', n: name });
  }

  // Thu is married now: her marital-status certificate says so by itself on the verify page.
  await clerk.reload();
  await expect(clerk.getByText(E.noLongerValid).first()).toBeVisible();
  await expectAccessible(clerk);
});

import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_PASSWORD, expect, expectAccessible, newOfficeUser, newPerson, test } from './fixtures';
import { checkIssuedPdf } from './issued-pdf';

/*
 * An organisation asks the register (Circular 01/2022 Art. 8(2)–(4)): the representative of Hà
 * Nội's Department of Education signs in with the organisation's account, asks how many children
 * born 2016–2025 were registered in Phường Ngọc Hà, in the statistics-only scope; the officer
 * checks the authority and approves, the leader signs, and the letter gives counts and names no
 * one. In English, a list of ID numbers imported from a CSV file.
 */

test.describe.configure({ timeout: 300_000 });

async function signInAsOrganisation(page: Page, username: string, labels: { link: RegExp; username: string; password: string; submit: string }) {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: labels.link }).click();
  await expect(page.getByLabel(labels.username)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(labels.username).fill(username);
  await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await expect(page).toHaveURL(/\/apply\/organisationConfirmation$/);
}

const letterPhoto = () => sharp({ create: { width: 1600, height: 2200, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();

test('[vi] Art. 8(2), 8(3): the Department of Education asks for counts of children by year of birth; the signed letter names no one', async ({ browser, baseURL }) => {
  const org = await newPerson(browser, baseURL!, 'vi');
  await signInAsOrganisation(org, 'org.sogd.hanoi', { link: /^Người đại diện tổ chức đăng nhập$/, username: 'Tên đăng nhập của tổ chức', password: 'Mật khẩu', submit: 'Đăng nhập' });
  await expect(org.getByText('Đang đăng nhập: Phạm Thị Hồng Nhung (Sở Giáo dục và Đào tạo thành phố Hà Nội)')).toBeVisible();
  await expectAccessible(org);
  await org.getByRole('button', { name: 'Bắt đầu' }).click();
  // The organisation and its representative are as the identity provider asserted them.
  await expect(org.locator('main')).toContainText('Sở Giáo dục và Đào tạo thành phố Hà Nội');
  await org.getByLabel('Chức vụ của người đại diện').fill('Phó Giám đốc');
  await org.getByLabel('Căn cứ pháp lý của thẩm quyền yêu cầu').fill('Luật Giáo dục 2019, Điều 14; kế hoạch tuyển sinh lớp 1 của thành phố.');
  await org.getByLabel('Số, ngày của công văn đề nghị').fill('Công văn số 1234/SGDĐT-KHTC ngày 25/11/2026');
  // An office's landline, with its area code.
  await org.getByLabel('Số điện thoại liên hệ').fill('024 3825 1234');
  await expectAccessible(org);
  await org.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(org).toHaveURL(/\/registry$/);
  await org.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(org).toHaveURL(/\/persons$/);
  await org.getByLabel('Theo tiêu chí (năm sinh, nơi đăng ký, cha mẹ)').check();
  await org.getByLabel('Sinh từ năm').fill('2025');
  await org.getByLabel('Đến năm').fill('2016');
  await org.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  // A reversed range is said next to the field, and nothing typed is lost.
  await expect(org.getByText('Năm cuối phải từ năm đầu trở về sau, từ năm 1900, và không quá 30 năm.').first()).toBeVisible();
  await expect(org.getByLabel('Sinh từ năm')).toHaveValue('2025');
  await org.getByLabel('Sinh từ năm').fill('2016');
  await org.getByLabel('Đến năm').fill('2025');
  await org.getByLabel(/^Xã, phường nơi đăng ký khai sinh/).selectOption({ label: 'UBND Phường Ngọc Hà' });
  await expectAccessible(org);
  await org.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(org).toHaveURL(/\/request$/);
  await org.getByLabel('Chỉ số liệu thống kê, không kèm thông tin cá nhân').check();
  await org.getByLabel('Mục đích sử dụng').fill('Dự báo số trẻ vào lớp 1 năm học 2027–2028');
  await org.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(org).toHaveURL(/\/documents$/);
  await org.locator('#file-officialLetter').setInputFiles({ name: 'cong-van.jpg', mimeType: 'image/jpeg', buffer: await letterPhoto() });
  await expect(org.getByText(/Đã gửi \(\d+ KB\)/)).toBeVisible();
  await org.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(org).toHaveURL(/\/review$/);
  await expect(org.locator('main')).toContainText('Trẻ em sinh từ năm 2016 đến năm 2025, đăng ký khai sinh tại UBND Phường Ngọc Hà');
  await expectAccessible(org);
  await org.getByLabel(/^Tôi cam đoan/).check();
  await org.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(org).toHaveURL(/\/submitted$/);
  const code = (await org.locator('#dossier-code').textContent())!.trim();
  const applicationPath = new URL(org.url()).pathname.replace(/\/submitted$/, '');

  // The officer checks the authority, sees how many were found, and approves.
  const officer = await newOfficeUser(browser, baseURL!, 'vi', 'officer.hoankiem');
  await officer.getByRole('link', { name: `Mở hồ sơ ${code}` }).first().click();
  await expect(officer.locator('main')).toContainText('Kiểm tra thẩm quyền của tổ chức và công văn đề nghị trước khi phê duyệt');
  await expect(officer.locator('main')).toContainText('Số người tìm thấy trong Cơ sở dữ liệu hộ tịch');
  await expectAccessible(officer);
  await officer.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(officer.getByText('Đang xử lý', { exact: true })).toBeVisible();
  await officer.getByRole('button', { name: 'Gửi bản dự thảo cho người dân kiểm tra' }).click();
  await expect(officer.getByText('Chờ bạn kiểm tra', { exact: true })).toBeVisible();

  await org.goto(applicationPath);
  await expect(org.getByRole('heading', { name: 'Bản dự thảo Văn bản xác nhận thông tin hộ tịch' })).toBeVisible();
  await expect(org.locator('main')).toContainText(/Tổng cộng: (\d+|dưới 5) trẻ em\./);
  await expectAccessible(org);
  await org.getByRole('button', { name: 'Xác nhận thông tin đúng' }).click();
  // The officer looks once the confirmation has reached the registry, not while it is on its way.
  await expect(org.getByText(/^Bạn đã xác nhận bản dự thảo\. /)).toBeVisible();

  await officer.reload();
  await officer.getByRole('button', { name: 'Phê duyệt, vào số văn bản xác nhận và chuyển ký' }).click();
  await expect(officer.getByText('Chờ ký', { exact: true })).toBeVisible();
  const leader = await newOfficeUser(browser, baseURL!, 'vi', 'leader.hoankiem');
  await leader.goto(new URL(officer.url()).pathname);
  await leader.getByRole('button', { name: 'Ký và cấp Văn bản xác nhận thông tin hộ tịch điện tử' }).click();
  await expect(leader.getByText('Đã trả kết quả', { exact: true })).toBeVisible();

  await org.goto(applicationPath);
  await expect(org.getByText('Đã trả kết quả', { exact: true })).toBeVisible();
  await expectAccessible(org);
  const { text, token, payload } = await checkIssuedPdf(org, (await org.getByRole('link', { name: 'Tải bản điện tử (PDF)' }).getAttribute('href'))!);
  expect(text).toContain('VĂN BẢN XÁC NHẬN THÔNG TIN HỘ TỊCH');
  expect(text).toContain('Chỉ số liệu thống kê, không kèm thông tin cá nhân');
  expect(text).toMatch(/Tổng cộng: ([1-9]\d*|dưới 5) trẻ em\./);
  // Statistics only: no personal ID number anywhere in the letter.
  expect(text).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
  expect(payload).toMatchObject({ k: 'organisationLetter', n: 'Sở Giáo dục và Đào tạo thành phố Hà Nội', q: expect.stringMatching(/^XNTTHT-TC\/\d{4}$/) });
  // The letter is the organisation's: listed among its letters, not in the representative's own documents.
  await org.goto('/documents');
  await expect(org.locator('main')).toContainText('Văn bản xác nhận thông tin hộ tịch (cho tổ chức)');
  const clerk = await newPerson(browser, baseURL!, 'vi');
  await clerk.goto(`/verify/${token}`);
  await expect(clerk.getByText('✓ Giấy tờ hợp lệ')).toBeVisible();
  await expectAccessible(clerk);
});

test('[en] Art. 8(2): an organisation imports a list of ID numbers from a CSV file and asks for registration details only', async ({ browser, baseURL }) => {
  const org = await newPerson(browser, baseURL!, 'en', { mobile: true });
  await signInAsOrganisation(org, 'org.toaan.hanoi', { link: /^Sign in as an organisation's representative$/, username: 'Organisation username', password: 'Password', submit: 'Sign in' });
  await expectAccessible(org);
  await org.getByRole('button', { name: 'Start' }).click();
  await org.getByLabel("Representative's position").fill('Court clerk');
  await org.getByLabel('Legal basis of the authority to ask').fill('Civil Procedure Code 2015, Art. 97');
  await org.getByLabel('Number and date of the official letter').fill('Letter No. 88/TA-DS of 27/11/2026');
  await org.getByLabel('Contact phone number').fill('0912 345 678');
  await org.getByRole('button', { name: 'Save and continue' }).click();
  await expect(org).toHaveURL(/\/registry$/);
  await org.getByRole('button', { name: 'Save and continue' }).click();
  await expect(org).toHaveURL(/\/persons$/);
  await org.getByLabel('By a list of personal ID numbers').check();
  await org.getByLabel('Or choose a CSV file of personal ID numbers').setInputFiles({ name: 'persons.csv', mimeType: 'text/csv', buffer: Buffer.from('personal_id,name\n034063000456,Trần Văn Quý\n040050000123,Hoàng Văn Bình\n') });
  await expect(org.getByRole('status').filter({ hasText: '2 personal ID numbers added from the file.' })).toBeVisible();
  await expect(org.getByRole('textbox', { name: 'Personal ID numbers' })).toHaveValue('034063000456\n040050000123');
  await expectAccessible(org);
  await org.getByRole('button', { name: 'Save and continue' }).click();
  await expect(org).toHaveURL(/\/request$/);
  await org.getByLabel('Registration details only (number, book, place, date)').check();
  await org.getByLabel('Purpose').fill('Checking the parties of a civil case');
  await org.getByRole('button', { name: 'Save and continue' }).click();
  await expect(org).toHaveURL(/\/documents$/);
  await org.locator('#file-officialLetter').setInputFiles({ name: 'letter.jpg', mimeType: 'image/jpeg', buffer: await letterPhoto() });
  await expect(org.getByText(/Sent \(\d+ KB\)/)).toBeVisible();
  await org.getByRole('button', { name: 'Save and continue' }).click();
  await expect(org).toHaveURL(/\/review$/);
  await expect(org.locator('main')).toContainText('Registration details only (number, book, place, date)');
  await expectAccessible(org);
  await org.getByLabel(/^I declare that/).check();
  await org.getByRole('button', { name: 'Submit application' }).click();
  await expect(org).toHaveURL(/\/submitted$/);
  await expectAccessible(org);
  // Whoever opens the procedure signed out may go on with an organisation account, and returns to it.
  const colleague = await newPerson(browser, baseURL!, 'en');
  await colleague.goto('/apply/organisationConfirmation');
  await colleague.getByRole('link', { name: "Sign in as an organisation's representative" }).click();
  await colleague.getByLabel('Organisation username').fill('org.toaan.hanoi');
  await colleague.getByLabel('Password').fill(DEMO_PASSWORD);
  await colleague.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(colleague).toHaveURL(/\/apply\/organisationConfirmation$/);
  // Signed in again, the court finds its request among the organisation's own.
  await colleague.goto('/applications');
  await expect(colleague.getByRole('heading', { name: "The organisation's requests" })).toBeVisible();
  await expect(colleague.locator('main')).toContainText('Tòa án nhân dân khu vực 1 – Hà Nội');
});

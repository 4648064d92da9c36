import type { Browser } from '@playwright/test';
import sharp from 'sharp';
import { expect, expectAccessible, newOfficeUser, newPerson, signInAsCitizen, test } from './fixtures';
import { checkIssuedPdf } from './issued-pdf';

/*
 * Confirmation of civil-status information (Circular 01/2022 Art. 8(1)(c)–(dd)), in Vietnamese:
 * Trần Văn Quý's birth entry says "Trần Văn Quý" and his marriage entry "Trần Mạnh Quý". Once the
 * two digitised entries are approved by their provinces, he asks for a confirmation of the
 * inconsistent information; the form suggests the two values the database sees; the officer has
 * the police verify him, the answer comes back by itself, and the leader signs the letter, which
 * Quý downloads and a clerk verifies.
 */

/** Each province's Department of Justice approves the digitised entry it keeps (Art. 10(3)). */
async function approveQuysEntries(browser: Browser, baseURL: string) {
  for (const username of ['supervisor.hungyen', 'supervisor.hanoi']) {
    const supervisor = await newOfficeUser(browser, baseURL, 'vi', username);
    await supervisor.goto('/office/legacy');
    const entry = supervisor.getByRole('listitem').filter({ hasText: 'Quý' });
    if ((await entry.count()) > 0) {
      await entry.getByRole('button', { name: /^Phê duyệt/ }).click();
      await expect(entry.getByRole('status')).toContainText('Đã phê duyệt');
    }
  }
}

test.describe.configure({ timeout: 300_000 });

test('[vi] Art. 8(1)(c), 8(1)(d): Quý has his two names confirmed as one person; the police verify him; the signed letter verifies', async ({ browser, baseURL }) => {
  await approveQuysEntries(browser, baseURL!);
  const quy = await newPerson(browser, baseURL!, 'vi');
  await signInAsCitizen(quy, 'Trần Văn Quý', '/apply/civilStatusConfirmation');
  await expectAccessible(quy);
  await quy.getByRole('button', { name: 'Bắt đầu' }).click();
  await quy.getByLabel('Cho chính tôi').check();
  // The population database has no phone number for him: he types one.
  await quy.getByLabel('Số điện thoại của bạn').fill('0912 000 111');
  await quy.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(quy).toHaveURL(/\/registry$/);
  await quy.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(quy).toHaveURL(/\/request$/);
  await quy.getByLabel('Thông tin hộ tịch không thống nhất giữa các giấy tờ').check();
  await quy.getByLabel('Mục đích sử dụng').fill('Bổ sung hồ sơ hưởng lương hưu');
  await expectAccessible(quy);
  await quy.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(quy).toHaveURL(/\/inconsistencies$/);
  // The database itself suggests the two values and the papers that carry them.
  await expect(quy.getByLabel('Nội dung trong giấy tờ thứ nhất', { exact: true })).toHaveValue('Trần Văn Quý');
  await expect(quy.getByLabel('Nội dung trong giấy tờ thứ hai', { exact: true })).toHaveValue('Trần Mạnh Quý');
  await expect(quy.getByLabel('Giấy tờ thứ hai', { exact: true })).toHaveValue(/^Giấy chứng nhận kết hôn số 7, quyển 01\/1988/);
  await expectAccessible(quy);
  await quy.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(quy).toHaveURL(/\/documents$/);
  const photo = await sharp({ create: { width: 2400, height: 3200, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();
  await quy.locator('#file-proofs').setInputFiles({ name: 'giay-khai-sinh.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(quy.getByText(/Đã gửi \(\d+ KB\)/)).toBeVisible();
  await expectAccessible(quy);
  await quy.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(quy).toHaveURL(/\/review$/);
  await expectAccessible(quy);
  await quy.getByLabel(/^Tôi cam đoan những thông tin khai trên đây/).check();
  await quy.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(quy).toHaveURL(/\/submitted$/);
  const code = (await quy.locator('#dossier-code').textContent())!.trim();
  const applicationPath = new URL(quy.url()).pathname.replace(/\/submitted$/, '');

  // The officer sees the inconsistency is on record, and asks the police to verify.
  const officer = await newOfficeUser(browser, baseURL!, 'vi', 'officer.hoankiem');
  await officer.getByRole('link', { name: `Mở hồ sơ ${code}` }).first().click();
  await expect(officer.locator('main')).toContainText('Sự không thống nhất này có trong Cơ sở dữ liệu hộ tịch');
  await officer.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(officer.getByText('Đang xử lý', { exact: true })).toBeVisible();
  await officer.locator('summary', { hasText: 'Xác minh thông tin' }).click();
  await officer.getByLabel('Nội dung cần xác minh và nơi được đề nghị xác minh').fill('Đề nghị Công an xác minh nhân thân ông Trần Văn Quý, sinh ngày 11/02/1963.');
  await officer.getByLabel(/^Gửi yêu cầu xác minh tới cơ quan công an/).check();
  await officer.getByRole('button', { name: 'Xác minh thông tin' }).click();
  // The timeline keeps the request; the status may already have moved on if the police answered at once.
  await expect(officer.locator('main')).toContainText('Cơ quan đang xác minh thông tin');
  await expectAccessible(officer);
  // The police answer through the outbox, delivered by the job runner: the page shows it when it comes.
  await expect(async () => {
    await officer.reload();
    await expect(officer.getByText('Đang xử lý', { exact: true })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 120_000, intervals: [5_000] });
  await expect(officer.locator('main')).toContainText('Công an trả lời');
  await officer.getByRole('button', { name: 'Gửi bản dự thảo cho người dân kiểm tra' }).click();
  await expect(officer.getByText('Chờ bạn kiểm tra', { exact: true })).toBeVisible();

  await quy.goto(applicationPath);
  await expect(quy.getByRole('heading', { name: 'Bản dự thảo Văn bản xác nhận thông tin hộ tịch' })).toBeVisible();
  await expect(quy.locator('main')).toContainText('“Trần Mạnh Quý” trong Giấy chứng nhận kết hôn số 7');
  await expectAccessible(quy);
  await quy.getByRole('button', { name: 'Xác nhận thông tin đúng' }).click();
  await expect(quy.getByText(/^Bạn đã xác nhận bản dự thảo\. /)).toBeVisible();

  await officer.reload();
  await officer.getByRole('button', { name: 'Vào số văn bản xác nhận và chuyển ký' }).click();
  await expect(officer.getByText('Chờ ký', { exact: true })).toBeVisible();
  const leader = await newOfficeUser(browser, baseURL!, 'vi', 'leader.hoankiem');
  await leader.goto(new URL(officer.url()).pathname);
  await leader.getByRole('button', { name: 'Ký và cấp Văn bản xác nhận thông tin hộ tịch điện tử' }).click();
  await expect(leader.getByText('Đã trả kết quả', { exact: true })).toBeVisible();

  await quy.goto(applicationPath);
  await expect(quy.getByText('Đã trả kết quả', { exact: true })).toBeVisible();
  await expectAccessible(quy);
  const { text, token, payload } = await checkIssuedPdf(quy, (await quy.getByRole('link', { name: 'Tải bản điện tử (PDF)' }).getAttribute('href'))!);
  expect(text).toContain('VĂN BẢN XÁC NHẬN THÔNG TIN HỘ TỊCH');
  expect(text).toContain('Trần Mạnh Quý');
  expect(text).toContain('cùng ghi về một người');
  expect(payload).toMatchObject({ k: 'confirmationLetter', n: 'Trần Văn Quý', q: expect.stringMatching(/^XNTTHT\/\d{4}$/) });
  const clerk = await newPerson(browser, baseURL!, 'vi');
  await clerk.goto(`/verify/${token}`);
  await expect(clerk.getByText('✓ Giấy tờ hợp lệ')).toBeVisible();
  await expectAccessible(clerk);
});

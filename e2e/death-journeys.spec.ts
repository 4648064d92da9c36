import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { expect, expectAccessible, newOfficeUser, newPerson, signInAsCitizen, test } from './fixtures';
import { keyboard, mouse, noHorizontalScroll, signInByKeyboard, type Hands } from './hands';
import { checkIssuedPdf } from './issued-pdf';

/*
 * Death registration (issue "Procedures as data", §3) from sign-in to the verified death extract,
 * on a 360 px phone, with the whole bundle: in Vietnamese by keyboard alone (Hoa registers her
 * husband Đức, whose electronic death notice is on file), and in English with the mouse (Hoa
 * registers her brother Tám, whose paper death notice she photographs).
 */

const L = {
  vi: {
    start: 'Bắt đầu', continue: 'Lưu và tiếp tục', spouse: 'Vợ hoặc chồng', relative: 'Người thân khác', deceasedId: 'Số định danh cá nhân của người chết',
    found: (name: string) => `Đã tìm thấy: ${name}`, registry: 'Cơ quan đăng ký', notice: /Theo Giấy báo tử điện tử số GBT-36-2026-000731/,
    funeral: 'Đề nghị hưởng trợ cấp mai táng', survivor: 'Đề nghị hưởng trợ cấp tuất', residenceDeletion: 'Xóa đăng ký thường trú của người chết',
    bankAccount: 'Số tài khoản nhận trợ cấp', bank: 'Ngân hàng', declaration: /Tôi cam đoan/, submit: 'Nộp hồ sơ',
    open: (code: string) => `Mở hồ sơ ${code}`,
    accept: 'Tiếp nhận hồ sơ', returnDraft: 'Gửi bản dự thảo cho người dân kiểm tra', register: 'Đăng ký vào Sổ hộ tịch', sign: 'Ký và cấp Trích lục khai tử điện tử',
    inReview: 'Đang xử lý', awaiting: 'Chờ bạn kiểm tra', awaitingSignature: 'Chờ ký', completed: 'Đã trả kết quả',
    draftTitle: 'Bản dự thảo Trích lục khai tử', confirm: 'Xác nhận thông tin đúng', confirmedNote: /^Bạn đã xác nhận bản dự thảo\. /,
    registered: /^Đã đăng ký: Số \d+, Quyển số 01\/\d{4}\. Số định danh cá nhân: [\d ]{12,15}$/, pdf: /Tải bản điện tử/, valid: '✓ Giấy tờ hợp lệ',
    receipts: [/Xóa đăng ký thường trú \(Công an\): đã tiếp nhận/, /Trợ cấp mai táng \(Bảo hiểm xã hội\): đã tiếp nhận/, /Trợ cấp tuất \(Bảo hiểm xã hội\): đã tiếp nhận/],
    title: (name: string) => `Đăng ký khai tử — ${name}`, widowed: 'Góa',
    dateOfDeath: 'Ngày chết', day: 'Ngày', month: 'Tháng', year: 'Năm', placeOfDeath: 'Địa chỉ nơi chết', cause: 'Nguyên nhân chết', residence: 'Tại nơi cư trú', commune: 'Ủy ban nhân dân cấp xã', uploaded: /Đã gửi \(\d+ KB\)/,
  },
  en: {
    start: 'Start', continue: 'Save and continue', spouse: 'Husband or wife', relative: 'Other relative', deceasedId: "Deceased's personal identification number",
    found: (name: string) => `Found: ${name}`, registry: 'Registry', notice: /From electronic death notice no\. GBT-36-2026-000731/,
    funeral: 'Claim the funeral allowance', survivor: 'Claim the survivor allowance', residenceDeletion: "Delete the deceased's permanent residence",
    bankAccount: "Recipient's bank account number", bank: "Recipient's bank", declaration: /I declare that/, submit: 'Submit application',
    open: (code: string) => `Open application ${code}`,
    accept: 'Accept the application', returnDraft: 'Send the draft to the applicant to check', register: 'Register in the civil-status book', sign: 'Sign and issue the electronic death extract',
    inReview: 'Being processed', awaiting: 'Waiting for your check', awaitingSignature: 'Waiting for signature', completed: 'Result issued',
    draftTitle: 'Draft death extract', confirm: 'Confirm the details are right', confirmedNote: /^You confirmed the draft\. /,
    registered: /^Registered: entry no\. \d+, book 01\/\d{4}\. Personal identification number: [\d ]{12,15}$/, pdf: /Download the electronic copy/, valid: '✓ The document is genuine',
    receipts: [/Deletion of permanent residence \(police\): received/, /Funeral allowance \(Social Security\): received/, /Survivor allowance \(Social Security\): received/],
    title: (name: string) => `Death registration — ${name}`, widowed: 'Widowed',
    dateOfDeath: 'Date of death', day: 'Day', month: 'Month', year: 'Year', placeOfDeath: 'Address where the death occurred', cause: 'Cause of death', residence: 'At home', commune: "Commune People's Committee", uploaded: /Sent \(\d+ KB\)/,
  },
} as const;
type Labels = (typeof L)[keyof typeof L];

type Case = {
  locale: 'vi' | 'en';
  how: string;
  deceased: { id: string; name: string; nameUpper: string; masked: string };
  hands: (page: Page) => Hands;
  signIn: (page: Page, fullName: string, returnTo: string) => Promise<void>;
  /** The deceased was Hoa's husband: registration makes her a widow in the databases. */
  widows: boolean;
  relationship: (l: Labels) => string;
  /** The death page: from the electronic notice, or typed with a photo of the paper one. */
  death: (page: Page, hands: Hands, l: Labels) => Promise<void>;
};

const CASES: Case[] = [
  {
    locale: 'vi',
    how: 'keyboard alone, electronic death notice',
    deceased: { id: '036055000888', name: 'Phạm Văn Đức', nameUpper: 'PHẠM VĂN ĐỨC', masked: 'Phạm V*** Đ***' },
    hands: keyboard,
    signIn: signInByKeyboard,
    widows: true,
    relationship: (l) => l.spouse,
    async death(page, hands, l) {
      await expect(page.getByText(l.notice)).toBeVisible();
      await expect(page.getByText('18/11/2026')).toBeVisible();
      await expect(page.getByText('Bệnh tuổi già')).toBeVisible();
      await continueTo(page, hands, l, /\/bundle$/);
    },
  },
  {
    locale: 'en',
    how: 'mouse, photographed paper death notice',
    deceased: { id: '036050000999', name: 'Lê Văn Tám', nameUpper: 'LÊ VĂN TÁM', masked: 'Lê V*** T***' },
    hands: () => mouse(),
    signIn: signInAsCitizen,
    widows: false,
    relationship: (l) => l.relative,
    async death(page, hands, l) {
      await hands.type(page.getByLabel(l.day, { exact: true }).first(), '20');
      await hands.type(page.getByLabel(l.month, { exact: true }).first(), '11');
      await hands.type(page.getByLabel(l.year, { exact: true }).first(), '2026');
      await hands.choose(page.getByLabel(l.residence, { exact: true }));
      await hands.type(page.getByLabel(l.placeOfDeath), '12 Lê Hồng Phong, Phường Nam Định, Tỉnh Ninh Bình');
      await hands.type(page.getByLabel(l.cause), 'Suy tim');
      await hands.choose(page.getByLabel(l.commune, { exact: true }));
      await continueTo(page, hands, l, /\/documents$/);
      const photo = await sharp({ create: { width: 2400, height: 3200, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();
      await page.locator('#file-deathNotice').setInputFiles({ name: 'giay-bao-tu.jpg', mimeType: 'image/jpeg', buffer: photo });
      await expect(page.getByText(l.uploaded)).toBeVisible();
      await expectAccessible(page);
      await continueTo(page, hands, l, /\/bundle$/);
    },
  },
];

async function continueTo(page: Page, hands: Hands, l: Labels, expected: RegExp) {
  await hands.press(page.getByRole('button', { name: l.continue }));
  await expect(page).toHaveURL(expected);
  await expectAccessible(page);
  await noHorizontalScroll(page);
}

// A whole journey through three roles: a ceiling for the test, while every step waits for what the user sees.
test.describe.configure({ timeout: 240_000 });

for (const c of CASES) {
  test(`[${c.locale}] Hoa registers the death of ${c.deceased.name} at 360 px (${c.how}), with the whole bundle, to a verified death extract`, async ({ browser, baseURL }) => {
    const l = L[c.locale];
    const citizen = await newPerson(browser, baseURL!, c.locale, { mobile: true });
    const hands = c.hands(citizen);
    await c.signIn(citizen, 'Lê Thị Hoa', '/apply/deathRegistration');
    await expectAccessible(citizen);
    await hands.press(citizen.getByRole('button', { name: l.start }));
    await expect(citizen).toHaveURL(/\/applicant$/);
    await expectAccessible(citizen);
    await hands.choose(citizen.getByLabel(c.relationship(l), { exact: true }));
    await continueTo(citizen, hands, l, /\/deceased$/);

    await hands.type(citizen.getByLabel(l.deceasedId), c.deceased.id);
    await expect(citizen.getByText(l.found(c.deceased.masked))).toBeVisible();
    await continueTo(citizen, hands, l, /\/registry$/);
    // The registry defaults to the commune of the deceased's last residence.
    await expect(citizen.getByLabel(l.registry)).toHaveValue(/^\d{5}$/);
    await expect(citizen.getByLabel(l.registry).locator('option:checked')).toHaveText(/Phường Nam Định/);
    await continueTo(citizen, hands, l, /\/death$/);
    await c.death(citizen, hands, l);

    await expect(citizen.getByLabel(l.residenceDeletion)).toBeChecked();
    await hands.choose(citizen.getByLabel(l.funeral));
    await hands.choose(citizen.getByLabel(l.survivor));
    await hands.type(citizen.getByLabel(l.bankAccount), '0123 4567 89');
    await hands.select(citizen.getByRole('combobox', { name: l.bank, exact: true }), 'AGRIBANK');
    await continueTo(citizen, hands, l, /\/review$/);
    await expect(citizen.locator('dl')).toContainText(c.deceased.name);
    await hands.choose(citizen.getByLabel(l.declaration));
    await hands.press(citizen.getByRole('button', { name: l.submit }));
    // Within 15 days of the death no fee is due (Law Art. 33); the demo's death dates are fixed, so
    // on a later day the registration is late and the province's fee is paid first.
    await expect(citizen).toHaveURL(/\/submitted$|#payment$/);
    const late = citizen.url().endsWith('#payment');
    if (late) {
      const m = JSON.parse(readFileSync(`lib/i18n/messages/${c.locale}.json`, 'utf8')) as { payment: { pay: string; returned: { paid: string } }; paySim: { pay: string } };
      await citizen.getByRole('button', { name: new RegExp(`^${m.payment.pay.split(' {')[0]} `) }).click();
      await citizen.getByRole('button', { name: m.paySim.pay, exact: true }).click();
      await expect(citizen.getByText(m.payment.returned.paid)).toBeVisible();
    }
    await expectAccessible(citizen);
    const code = late ? (await citizen.getByRole('heading', { level: 1 }).textContent())!.match(/\d{5}-\d{6}-\d{4}/)![0] : (await citizen.locator('#dossier-code').textContent())!.trim();
    const applicationPath = new URL(citizen.url()).pathname.replace(/\/submitted$/, '');
    await citizen.goto('/applications');
    await expect(citizen.locator('li', { hasText: code }).getByRole('heading')).toHaveText(l.title(c.deceased.name));

    const officer = await newOfficeUser(browser, baseURL!, c.locale, 'officer.namdinh');
    await officer.getByRole('link', { name: l.open(code) }).click();
    await expect(officer.getByRole('heading', { level: 1 })).toContainText(code);
    await expectAccessible(officer);
    await officer.getByRole('button', { name: l.accept }).click();
    await expect(officer.getByText(l.inReview, { exact: true })).toBeVisible();
    await officer.getByRole('button', { name: l.returnDraft }).click();
    await expect(officer.getByText(l.awaiting, { exact: true })).toBeVisible();

    await citizen.goto(applicationPath);
    await expect(citizen.getByRole('heading', { name: l.draftTitle })).toBeVisible();
    await expect(citizen.locator('main')).toContainText(c.deceased.nameUpper);
    await expectAccessible(citizen);
    await noHorizontalScroll(citizen);
    await hands.press(citizen.getByRole('button', { name: l.confirm }));
    await expect(citizen.getByText(l.confirmedNote)).toBeVisible();

    await officer.reload();
    await officer.getByRole('button', { name: l.register }).click();
    await expect(officer.getByText(l.awaitingSignature, { exact: true })).toBeVisible();
    await expect(officer.getByText(l.registered)).toBeVisible();
    const leader = await newOfficeUser(browser, baseURL!, c.locale, 'leader.namdinh');
    await leader.goto(new URL(officer.url()).pathname);
    await leader.getByRole('button', { name: l.sign }).click();
    await expect(leader.getByText(l.completed, { exact: true })).toBeVisible();
    await expectAccessible(leader);

    if (c.widows) {
      await citizen.goto('/me');
      await expect(citizen.locator('main')).toContainText(l.widowed);
    }

    // The bundle agencies answer through the outbox (the server's scheduler); their receipts reach the timeline.
    await citizen.goto(applicationPath);
    await expect(citizen.getByText(l.completed, { exact: true })).toBeVisible();
    await expect(async () => {
      await citizen.reload();
      for (const receipt of l.receipts) await expect(citizen.getByText(receipt)).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 90_000, intervals: [2_000] });
    await expectAccessible(citizen);

    const pdfHref = (await citizen.getByRole('link', { name: l.pdf }).getAttribute('href'))!;
    const { text, token, payload } = await checkIssuedPdf(citizen, pdfHref);
    expect(text).toContain('TRÍCH LỤC KHAI TỬ');
    expect(text).toContain(c.deceased.nameUpper);
    expect(payload).toMatchObject({ k: 'deathExtract', n: c.deceased.name });

    const clerk = await newPerson(browser, baseURL!, c.locale);
    await clerk.goto(`/verify/${token}`);
    await expect(clerk.getByText(l.valid)).toBeVisible();
    await expect(clerk.locator('main')).toContainText(c.deceased.nameUpper);
    await expectAccessible(clerk);

    // Another citizen, another registry and an anonymous visitor get "not found".
    const draftPath = `/api${applicationPath}/draft`;
    const lan = await newPerson(browser, baseURL!, c.locale);
    await signInAsCitizen(lan, 'Nguyễn Thị Lan');
    expect((await lan.goto(applicationPath))?.status()).toBe(404);
    for (const p of [pdfHref, draftPath]) expect((await lan.request.get(p)).status()).toBe(404);
    const saigon = await newOfficeUser(browser, baseURL!, c.locale, 'officer.saigon');
    expect((await saigon.goto(new URL(officer.url()).pathname))?.status()).toBe(404);
    expect((await saigon.request.get(draftPath)).status()).toBe(404);
    const anonymous = await newPerson(browser, baseURL!, c.locale);
    for (const p of [pdfHref, draftPath, applicationPath]) expect((await anonymous.request.get(p, { maxRedirects: 0 })).status()).not.toBe(200);
  });
}

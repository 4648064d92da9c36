import { describe, expect, it } from 'vitest';
import { formatDeadlineVi } from './format';
import { renderTemplate, type MessageNouns, type TemplateId, type TemplateParams } from './templates';

const at = (local: string) => new Date(`${local}+07:00`);

const BIRTH: MessageNouns = {
  vi: { procedure: 'Đăng ký khai sinh', event: 'khai sinh', document: 'Giấy khai sinh' },
  en: { procedure: 'Birth registration', event: 'birth', document: 'birth certificate' },
  form: 'birth',
};
const DEATH: MessageNouns = {
  vi: { procedure: 'Đăng ký khai tử', event: 'khai tử', document: 'Trích lục khai tử' },
  en: { procedure: 'Death registration', event: 'death', document: 'death extract' },
  form: 'death',
};

describe('notification templates', () => {
  it('writes the check deadline as applicants read it, in Vietnamese time', () => {
    expect(formatDeadlineVi(new Date('2026-11-24T10:00:00Z'))).toBe('17:00 ngày 24/11/2026');
    const m = renderTemplate('draftReturned', '00070-261123-0001', { deadline: at('2026-11-24T17:00') }, BIRTH);
    expect(m.sms).toContain('hồ sơ 00070-261123-0001');
    expect(m.sms).toContain('Trạng thái: Chờ người yêu cầu xác nhận.');
    expect(m.sms).toContain('trước 17:00 ngày 24/11/2026');
    expect(m.email).toContain('Trạng thái: Chờ người yêu cầu xác nhận');
    expect(m.email).toContain('English: The draft birth certificate of application 00070-261123-0001 is ready');
  });

  it("names the procedure's own document and event: a death extract, not a birth certificate", () => {
    const m = renderTemplate('draftReturned', 'D2', { deadline: at('2026-11-24T17:00') }, DEATH);
    expect(m.subject).toBe('Kiểm tra bản dự thảo Trích lục khai tử – D2');
    expect(m.email).toContain('The draft death extract');
    expect(renderTemplate('registered', 'D2', { entryNumber: '7', book: '01/2026' }, DEATH).sms).toContain('Việc khai tử của hồ sơ D2 đã được đăng ký (Số 7, Quyển số 01/2026)');
  });

  it('lists each item to supplement under the name of its page, from the form of the procedure', () => {
    const m = renderTemplate('supplementRequested', 'D1', { reason: 'Thiếu giấy tờ', items: [{ step: 'documents', note: 'Giấy cam đoan chưa có chữ ký' }, { step: 'father', note: 'Số định danh không khớp' }] }, BIRTH);
    expect(m.email).toContain('- Giấy tờ đính kèm: Giấy cam đoan chưa có chữ ký\n- Người cha: Số định danh không khớp');
    expect(m.sms).toContain('cần bổ sung 2 mục');
    expect(renderTemplate('supplementRequested', 'D3', { reason: 'x', items: [{ step: 'deceased', note: 'y' }] }, DEATH).email).toContain('- Người chết: y');
  });

  it('apologises for a late application with the new date (Law Art. 9(3))', () => {
    const m = renderTemplate('delayed', 'D4', { previousDueOn: '2026-11-23', dueOn: '2026-11-25' }, BIRTH);
    expect(m.sms).toContain('xin lỗi');
    expect(m.sms).toContain('25/11/2026');
  });

  it('produces NFC text with the dossier code, a status and a next step for every template', () => {
    const samples: { [K in TemplateId]: TemplateParams[K] } = {
      submitted: { dueOn: '2026-11-23' },
      consentRequested: { applicantName: 'Nguyễn Thị Lan', purposeVi: 'đăng ký thường trú', purposeEn: 'register residence' },
      accepted: { dueOn: '2026-11-23' },
      supplementRequested: { items: [{ step: 'child', note: 'Tên'.normalize('NFD') }], reason: 'Lý do' },
      refused: { reason: 'Không thuộc thẩm quyền'.normalize('NFD') },
      verificationStarted: { dueOn: '2026-11-26' },
      draftReturned: { deadline: at('2026-11-24T17:00') },
      draftConfirmed: { bySilence: true },
      changesRequested: {},
      registered: { entryNumber: '12', book: '01/2026' },
      issued: { subjectName: 'Trần Minh Khôi' },
      readyForPickup: { subjectName: 'Trần Minh Khôi' },
      pickedUp: {},
      resultCancelled: { reason: 'Giấy tờ giả' },
      withdrawn: {},
      delayed: { previousDueOn: '2026-11-23', dueOn: '2026-11-24' },
      coApplicantRequested: { applicantName: 'Đỗ Quang Huy' },
      awaitingCoApplicant: { coApplicantName: 'Võ Thị Mai' },
      coApplicantDeclined: { coApplicantName: 'Võ Thị Mai' },
      appointmentBooked: { date: '2026-12-07', time: '09:00', registryName: 'UBND phường Sài Gòn', moved: false },
      appointmentMissed: { date: '2026-12-07' },
      paymentDue: { amountVnd: 16000 },
      paymentReceived: { amountVnd: 16000, transactionId: 'SIM-123456', dueOn: '2026-12-02' },
      copiesIssued: { copies: 2, subjectName: 'Hoàng Văn Bình' },
      refundDue: { amountVnd: 16000 },
    };
    for (const template of Object.keys(samples) as TemplateId[]) {
      const m = renderTemplate(template, 'CODE-1', samples[template] as never, BIRTH);
      for (const text of [m.subject, m.sms, m.email]) {
        expect(text).toContain('CODE-1');
        expect(text).toBe(text.normalize('NFC'));
      }
      expect(m.email).toMatch(/Trạng thái: .+\n/);
      expect(m.email).toContain('Việc cần làm tiếp theo: ');
      expect(m.sms).not.toMatch(/\d{12}/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { formatDeadlineVi } from './format';
import { renderTemplate, type TemplateId, type TemplateParams } from './templates';

const at = (local: string) => new Date(`${local}+07:00`);

describe('notification templates', () => {
  it('writes the check deadline as applicants read it, in Vietnamese time', () => {
    expect(formatDeadlineVi(new Date('2026-11-24T10:00:00Z'))).toBe('17:00 ngày 24/11/2026');
    const m = renderTemplate('draftReturned', '00070-261123-0001', { deadline: at('2026-11-24T17:00') });
    expect(m.sms).toContain('hồ sơ 00070-261123-0001');
    expect(m.sms).toContain('Trạng thái: Chờ người yêu cầu xác nhận.');
    expect(m.sms).toContain('trước 17:00 ngày 24/11/2026');
    expect(m.email).toContain('Trạng thái: Chờ người yêu cầu xác nhận');
    expect(m.email).toContain('English: The draft birth certificate of application 00070-261123-0001 is ready');
  });

  it('lists each item to supplement under the name of its page', () => {
    const m = renderTemplate('supplementRequested', 'D1', { reason: 'Thiếu giấy tờ', items: [{ step: 'documents', note: 'Giấy cam đoan chưa có chữ ký' }, { step: 'father', note: 'Số định danh không khớp' }] });
    expect(m.email).toContain('- Giấy tờ đính kèm: Giấy cam đoan chưa có chữ ký\n- Thông tin người cha: Số định danh không khớp');
    expect(m.sms).toContain('cần bổ sung 2 mục');
  });

  it('produces NFC text with the dossier code, a status and a next step for every template', () => {
    const samples: { [K in TemplateId]: TemplateParams[K] } = {
      submitted: { dueOn: '2026-11-23' },
      consentRequested: { applicantName: 'Nguyễn Thị Lan' },
      accepted: { dueOn: '2026-11-23' },
      supplementRequested: { items: [{ step: 'child', note: 'Tên'.normalize('NFD') }], reason: 'Lý do' },
      refused: { reason: 'Không thuộc thẩm quyền'.normalize('NFD') },
      draftReturned: { deadline: at('2026-11-24T17:00') },
      draftConfirmed: { bySilence: true },
      changesRequested: {},
      registered: { entryNumber: '12', book: '01/2026' },
      issued: { childName: 'Trần Minh Khôi' },
    };
    for (const template of Object.keys(samples) as TemplateId[]) {
      const m = renderTemplate(template, 'CODE-1', samples[template] as never);
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

import { formatDateVi } from '@/lib/documents/iso-date';
import { formatDeadlineEn, formatDeadlineVi, STEP_NAMES_VI } from './format';

/*
 * Messages to the applicant at each step of an application, in Vietnamese first with a short
 * English line in e-mails. Each says the dossier code, the new status and what to do next. The
 * text is rendered when the message is queued, so the outbox holds exactly what is sent.
 * Personal ID numbers are never put in messages: SMS and e-mail are not private channels.
 */

export type SupplementItem = { step: string; note: string };

export type TemplateParams = {
  submitted: { dueOn: string };
  consentRequested: { applicantName: string };
  accepted: { dueOn: string };
  supplementRequested: { items: readonly SupplementItem[]; reason: string };
  refused: { reason: string };
  draftReturned: { deadline: Date };
  draftConfirmed: { bySilence: boolean };
  changesRequested: Record<string, never>;
  registered: { entryNumber: string; book: string };
  issued: { childName: string };
};
export type TemplateId = keyof TemplateParams;

type Parts = { subject: string; status: string; vi: string; details?: readonly string[]; next: string; en: string };

const TEMPLATES: { [K in TemplateId]: (code: string, p: TemplateParams[K]) => Parts } = {
  consentRequested: (code, p) => ({
    subject: `Đề nghị chủ hộ đồng ý đăng ký thường trú cho trẻ – ${code}`,
    status: 'Chờ chủ hộ đồng ý',
    vi: `${p.applicantName} đề nghị đăng ký thường trú cho trẻ mới sinh vào hộ gia đình do bạn làm chủ hộ (hồ sơ ${code}).`,
    next: 'Vui lòng đăng nhập Cổng hộ tịch trực tuyến bằng VNeID, mục Thông tin của tôi, để đồng ý hoặc không đồng ý.',
    en: `${p.applicantName} asks to register a newborn's permanent residence in your household (application ${code}). Sign in with VNeID to agree or decline.`,
  }),
  submitted: (code, p) => ({
    subject: `Đã nhận hồ sơ trực tuyến – ${code}`,
    status: 'Đã nộp',
    vi: `Hồ sơ ${code} đã được nộp. Hạn giải quyết dự kiến: ${formatDateVi(p.dueOn)}.`,
    next: 'Dùng mã hồ sơ này để theo dõi tại mục Hồ sơ của tôi.',
    en: `Application ${code} was submitted. Expected result by ${formatDateVi(p.dueOn)}. Use this dossier code to follow it under My applications.`,
  }),
  accepted: (code, p) => ({
    subject: `Tiếp nhận hồ sơ và hẹn trả kết quả – ${code}`,
    status: 'Đang giải quyết',
    vi: `Hồ sơ ${code} đã được tiếp nhận. Ngày hẹn trả kết quả: ${formatDateVi(p.dueOn)}.`,
    next: 'Bạn chưa cần làm gì; cơ quan đăng ký sẽ gửi bản dự thảo để bạn kiểm tra.',
    en: `Application ${code} was accepted. Result due on ${formatDateVi(p.dueOn)}. Nothing to do yet: the registry will send you a draft to check.`,
  }),
  supplementRequested: (code, p) => ({
    subject: `Yêu cầu bổ sung hồ sơ – ${code}`,
    status: 'Chờ bổ sung',
    vi: `Hồ sơ ${code} cần bổ sung ${p.items.length} mục. Lý do: ${p.reason}`,
    details: p.items.map((i) => `- ${STEP_NAMES_VI[i.step] ?? i.step}: ${i.note}`),
    next: 'Vui lòng đăng nhập, sửa các mục được nêu và nộp lại hồ sơ. Thời gian chờ bổ sung không tính vào thời hạn giải quyết.',
    en: `Application ${code} needs ${p.items.length} item(s) completed. Please sign in, correct the items listed and submit again.`,
  }),
  refused: (code, p) => ({
    subject: `Từ chối giải quyết hồ sơ – ${code}`,
    status: 'Bị từ chối',
    vi: `Hồ sơ ${code} bị từ chối giải quyết. Lý do: ${p.reason}`,
    next: 'Văn bản từ chối có trong hồ sơ trên Cổng. Nếu có thắc mắc, vui lòng liên hệ cơ quan đăng ký.',
    en: `Application ${code} was refused. The reasons are in the application on the portal.`,
  }),
  draftReturned: (code, p) => ({
    subject: `Kiểm tra bản dự thảo Giấy khai sinh – ${code}`,
    status: 'Chờ người yêu cầu xác nhận',
    vi: `Cơ quan đăng ký đã gửi bản dự thảo Giấy khai sinh của hồ sơ ${code}.`,
    next: `Vui lòng kiểm tra và xác nhận hoặc đề nghị sửa trước ${formatDeadlineVi(p.deadline)}. Sau thời hạn này, nếu không có ý kiến, bản dự thảo được coi là đã được xác nhận.`,
    en: `The draft birth certificate of application ${code} is ready. Confirm it or ask for changes before ${formatDeadlineEn(p.deadline)}; without an answer it counts as confirmed.`,
  }),
  draftConfirmed: (code, p) => ({
    subject: `Bản dự thảo đã được xác nhận – ${code}`,
    status: 'Chờ đăng ký',
    vi: p.bySilence
      ? `Đã hết thời hạn kiểm tra bản dự thảo của hồ sơ ${code} mà không có ý kiến, nên bản dự thảo được coi là đã được xác nhận.`
      : `Bạn đã xác nhận bản dự thảo của hồ sơ ${code}.`,
    next: 'Bạn chưa cần làm gì; cơ quan đăng ký sẽ đăng ký khai sinh.',
    en: p.bySilence
      ? `The check period of application ${code} ended without an answer, so the draft counts as confirmed.`
      : `You confirmed the draft of application ${code}.`,
  }),
  changesRequested: (code) => ({
    subject: `Đã nhận đề nghị sửa bản dự thảo – ${code}`,
    status: 'Đang giải quyết',
    vi: `Cơ quan đăng ký đã nhận đề nghị sửa bản dự thảo của hồ sơ ${code}.`,
    next: 'Bạn chưa cần làm gì; cơ quan đăng ký sẽ gửi lại bản dự thảo đã sửa.',
    en: `The registry received your changes to the draft of application ${code} and will send a corrected draft.`,
  }),
  registered: (code, p) => ({
    subject: `Đã đăng ký khai sinh – ${code}`,
    status: 'Chờ ký',
    vi: `Khai sinh của hồ sơ ${code} đã được đăng ký (Số ${p.entryNumber}, Quyển số ${p.book}).`,
    next: 'Bạn chưa cần làm gì; Giấy khai sinh đang chờ lãnh đạo ký.',
    en: `The birth of application ${code} was registered (entry ${p.entryNumber}, book ${p.book}). The certificate is waiting for signature.`,
  }),
  issued: (code, p) => ({
    subject: `Đã cấp Giấy khai sinh – ${code}`,
    status: 'Hoàn thành',
    vi: `Hồ sơ ${code} đã hoàn thành. Bản điện tử Giấy khai sinh của ${p.childName} đã được cấp.`,
    next: 'Bạn có thể xem và tải Giấy khai sinh trong mục "Giấy tờ của tôi" trên Cổng hộ tịch trực tuyến.',
    en: `Application ${code} is complete: the electronic birth certificate of ${p.childName} is in "My documents" on the portal.`,
  }),
};

export type RenderedMessage = { subject: string; sms: string; email: string };

export function renderTemplate<T extends TemplateId>(template: T, dossierCode: string, params: TemplateParams[T]): RenderedMessage {
  const p = TEMPLATES[template](dossierCode, params);
  const email = [
    'Kính gửi Ông/Bà,',
    '',
    `Mã hồ sơ: ${dossierCode}`,
    `Trạng thái: ${p.status}`,
    '',
    p.vi,
    ...(p.details ?? []),
    '',
    `Việc cần làm tiếp theo: ${p.next}`,
    '',
    'Hộ tịch trực tuyến',
    '',
    '---',
    `English: ${p.en}`,
  ].join('\n');
  const nfc = (s: string) => s.normalize('NFC');
  return { subject: nfc(p.subject), sms: nfc(`Hộ tịch trực tuyến: ${p.vi} Trạng thái: ${p.status}. ${p.next}`), email: nfc(email) };
}

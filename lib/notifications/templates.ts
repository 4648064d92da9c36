import { formatDateVi } from '@/lib/documents/iso-date';
import { formatDeadlineEn, formatDeadlineVi, pageNameVi } from './format';

/*
 * Messages to the applicant at each step of an application, in Vietnamese first with a short
 * English line in e-mails. Each says the dossier code, the new status and what to do next. The
 * text is rendered when the message is queued, so the outbox holds exactly what is sent.
 * Personal ID numbers are never put in messages: SMS and e-mail are not private channels.
 */

export type SupplementItem = { step: string; note: string };

/** The words a message uses for its procedure (the catalogues' `procedures.<code>.nouns`) and its form's messages. */
export type MessageNouns = {
  vi: { procedure: string; event: string; document: string };
  en: { procedure: string; event: string; document: string };
  /** Message namespace of the form, for page names. */
  form: string;
};

export type TemplateParams = {
  submitted: { dueOn: string };
  consentRequested: { applicantName: string; purposeVi: string; purposeEn: string };
  accepted: { dueOn: string };
  supplementRequested: { items: readonly SupplementItem[]; reason: string };
  refused: { reason: string };
  verificationStarted: { dueOn: string };
  draftReturned: { deadline: Date };
  draftConfirmed: { bySilence: boolean };
  changesRequested: Record<string, never>;
  registered: { entryNumber: string; book: string };
  issued: { subjectName: string };
  readyForPickup: { subjectName: string };
  pickedUp: Record<string, never>;
  resultCancelled: { reason: string };
  withdrawn: Record<string, never>;
  delayed: { previousDueOn: string; dueOn: string };
  coApplicantRequested: { applicantName: string };
  awaitingCoApplicant: { coApplicantName: string };
  coApplicantDeclined: { coApplicantName: string };
  /** `time` HH:mm, `date` YYYY-MM-DD, local to the registry. */
  appointmentBooked: { date: string; time: string; registryName: string; moved: boolean };
  appointmentMissed: { date: string };
  paymentDue: { amountVnd: number };
  paymentReceived: { amountVnd: number; transactionId: string; dueOn: string };
  copiesIssued: { copies: number; subjectName: string };
  refundDue: { amountVnd: number };
};
export type TemplateId = keyof TemplateParams;

type Parts = { subject: string; status: string; vi: string; details?: readonly string[]; next: string; en: string };

/** "16.000 đồng" */
export const vnd = (amount: number) => `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`;

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);

const TEMPLATES: { [K in TemplateId]: (code: string, p: TemplateParams[K], n: MessageNouns) => Parts } = {
  consentRequested: (code, p) => ({
    subject: `Đề nghị cho ý kiến đồng ý – ${code}`,
    status: 'Chờ ý kiến đồng ý',
    vi: `${p.applicantName} đề nghị bạn đồng ý ${p.purposeVi} (hồ sơ ${code}).`,
    next: 'Vui lòng đăng nhập Cổng hộ tịch trực tuyến bằng VNeID, mục Thông tin của tôi, để đồng ý hoặc không đồng ý.',
    en: `${p.applicantName} asks for your consent to ${p.purposeEn} (application ${code}). Sign in with VNeID to agree or decline.`,
  }),
  submitted: (code, p, n) => ({
    subject: `Đã nhận hồ sơ trực tuyến – ${code}`,
    status: 'Đã nộp',
    vi: `Hồ sơ ${lowerFirst(n.vi.procedure)} ${code} đã được nộp. Hạn giải quyết dự kiến: ${formatDateVi(p.dueOn)}.`,
    next: 'Dùng mã hồ sơ này để theo dõi tại mục Hồ sơ của tôi.',
    en: `${n.en.procedure} application ${code} was submitted. Expected result by ${formatDateVi(p.dueOn)}. Use this dossier code to follow it under My applications.`,
  }),
  accepted: (code, p) => ({
    subject: `Tiếp nhận hồ sơ và hẹn trả kết quả – ${code}`,
    status: 'Đang giải quyết',
    vi: `Hồ sơ ${code} đã được tiếp nhận. Ngày hẹn trả kết quả: ${formatDateVi(p.dueOn)}.`,
    next: 'Bạn chưa cần làm gì; cơ quan đăng ký sẽ gửi bản dự thảo để bạn kiểm tra.',
    en: `Application ${code} was accepted. Result due on ${formatDateVi(p.dueOn)}. Nothing to do yet: the registry will send you a draft to check.`,
  }),
  supplementRequested: (code, p, n) => ({
    subject: `Yêu cầu bổ sung hồ sơ – ${code}`,
    status: 'Chờ bổ sung',
    vi: `Hồ sơ ${code} cần bổ sung ${p.items.length} mục. Lý do: ${p.reason}`,
    details: p.items.map((i) => `- ${pageNameVi(n.form, i.step)}: ${i.note}`),
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
  verificationStarted: (code, p) => ({
    subject: `Hồ sơ cần xác minh – ${code}`,
    status: 'Đang xác minh',
    vi: `Cơ quan đăng ký cần xác minh thông tin của hồ sơ ${code}. Ngày hẹn trả kết quả mới: ${formatDateVi(p.dueOn)}.`,
    next: 'Bạn chưa cần làm gì; cơ quan đăng ký sẽ báo khi có kết quả xác minh.',
    en: `The registry is verifying information in application ${code}. New due date: ${formatDateVi(p.dueOn)}. Nothing to do yet.`,
  }),
  draftReturned: (code, p, n) => ({
    subject: `Kiểm tra bản dự thảo ${n.vi.document} – ${code}`,
    status: 'Chờ người yêu cầu xác nhận',
    vi: `Cơ quan đăng ký đã gửi bản dự thảo ${n.vi.document} của hồ sơ ${code}.`,
    next: `Vui lòng kiểm tra và xác nhận hoặc đề nghị sửa trước ${formatDeadlineVi(p.deadline)}. Sau thời hạn này, nếu không có ý kiến, bản dự thảo được coi là đã được xác nhận.`,
    en: `The draft ${n.en.document} of application ${code} is ready. Confirm it or ask for changes before ${formatDeadlineEn(p.deadline)}; without an answer it counts as confirmed.`,
  }),
  draftConfirmed: (code, p, n) => ({
    subject: `Bản dự thảo đã được xác nhận – ${code}`,
    status: 'Chờ đăng ký',
    vi: p.bySilence
      ? `Đã hết thời hạn kiểm tra bản dự thảo của hồ sơ ${code} mà không có ý kiến, nên bản dự thảo được coi là đã được xác nhận.`
      : `Bạn đã xác nhận bản dự thảo của hồ sơ ${code}.`,
    next: `Bạn chưa cần làm gì; cơ quan đăng ký sẽ đăng ký ${n.vi.event}.`,
    en: p.bySilence
      ? `The check period of application ${code} ended without an answer, so the draft counts as confirmed.`
      : `You confirmed the draft of application ${code}. The registry will now register the ${n.en.event}.`,
  }),
  changesRequested: (code) => ({
    subject: `Đã nhận đề nghị sửa bản dự thảo – ${code}`,
    status: 'Đang giải quyết',
    vi: `Cơ quan đăng ký đã nhận đề nghị sửa bản dự thảo của hồ sơ ${code}.`,
    next: 'Bạn chưa cần làm gì; cơ quan đăng ký sẽ gửi lại bản dự thảo đã sửa.',
    en: `The registry received your changes to the draft of application ${code} and will send a corrected draft.`,
  }),
  registered: (code, p, n) => ({
    subject: `Đã đăng ký ${n.vi.event} – ${code}`,
    status: 'Chờ ký',
    vi: `Việc ${n.vi.event} của hồ sơ ${code} đã được đăng ký (Số ${p.entryNumber}, Quyển số ${p.book}).`,
    next: `Bạn chưa cần làm gì; ${n.vi.document} đang chờ lãnh đạo ký.`,
    en: `The ${n.en.event} of application ${code} was registered (entry ${p.entryNumber}, book ${p.book}). The ${n.en.document} is waiting for signature.`,
  }),
  issued: (code, p, n) => ({
    subject: `Đã cấp ${n.vi.document} – ${code}`,
    status: 'Hoàn thành',
    vi: `Hồ sơ ${code} đã hoàn thành. Bản điện tử ${n.vi.document} của ${p.subjectName} đã được cấp.`,
    next: `Bạn có thể xem và tải ${n.vi.document} trong mục "Giấy tờ của tôi" trên Cổng hộ tịch trực tuyến.`,
    en: `Application ${code} is complete: the electronic ${n.en.document} of ${p.subjectName} is in "My documents" on the portal.`,
  }),
  readyForPickup: (code, p, n) => ({
    subject: `Mời nhận kết quả – ${code}`,
    status: 'Chờ nhận kết quả',
    vi: `${n.vi.document} của ${p.subjectName} (hồ sơ ${code}) đã được ký.`,
    next: 'Vui lòng đến cơ quan đăng ký, mang theo giấy tờ tùy thân và bản chính các giấy tờ đã chụp gửi, để nhận kết quả.',
    en: `The ${n.en.document} of ${p.subjectName} (application ${code}) is signed. Please collect it at the registry with your identity document and the originals of the papers you photographed.`,
  }),
  pickedUp: (code, _p, n) => ({
    subject: `Đã trả kết quả – ${code}`,
    status: 'Hoàn thành',
    vi: `Hồ sơ ${code} đã hoàn thành: bạn đã nhận ${n.vi.document}.`,
    next: 'Bạn không cần làm gì thêm.',
    en: `Application ${code} is complete: you collected the ${n.en.document}.`,
  }),
  resultCancelled: (code, p, n) => ({
    subject: `Hủy kết quả đăng ký – ${code}`,
    status: 'Đã hủy kết quả',
    vi: `Kết quả đăng ký ${n.vi.event} của hồ sơ ${code} đã bị hủy (Thông tư 01/2022/TT-BTP, Điều 6 khoản 5). Lý do: ${p.reason}`,
    next: 'Giấy tờ đã cấp không còn giá trị. Nếu có thắc mắc, vui lòng liên hệ cơ quan đăng ký.',
    en: `The ${n.en.event} registration of application ${code} was cancelled (Circular 01/2022 Art. 6(5)). The document issued is no longer valid.`,
  }),
  withdrawn: (code) => ({
    subject: `Đã rút hồ sơ – ${code}`,
    status: 'Đã rút',
    vi: `Hồ sơ ${code} đã được rút theo yêu cầu của người nộp. Cơ quan đăng ký sẽ không giải quyết hồ sơ này nữa.`,
    next: 'Nếu cần, có thể nộp một hồ sơ mới bất cứ lúc nào.',
    en: `Application ${code} was withdrawn at the applicant's request. The registry will not process it further; a new application can be filed at any time.`,
  }),
  coApplicantRequested: (code, p, n) => ({
    subject: `Đề nghị xác nhận hồ sơ ${lowerFirst(n.vi.procedure)} – ${code}`,
    status: 'Chờ bạn xác nhận',
    vi: `${p.applicantName} đã nộp hồ sơ ${lowerFirst(n.vi.procedure)} ${code} cùng với bạn.`,
    next: 'Vui lòng đăng nhập Cổng hộ tịch trực tuyến bằng VNeID, mục Hồ sơ của tôi, để xác nhận lời khai chung và sự tự nguyện, hoặc từ chối.',
    en: `${p.applicantName} filed ${n.en.procedure.toLowerCase()} application ${code} with you. Sign in with VNeID, under My applications, to confirm the joint declaration or decline.`,
  }),
  awaitingCoApplicant: (code, p) => ({
    subject: `Đã nộp, chờ bên kia xác nhận – ${code}`,
    status: 'Chờ bên kia xác nhận',
    vi: `Hồ sơ ${code} đã được lưu và gửi tới ${p.coApplicantName} để xác nhận. Cơ quan đăng ký nhận hồ sơ khi ${p.coApplicantName} xác nhận.`,
    next: 'Bạn chưa cần làm gì; chúng tôi sẽ báo khi có xác nhận.',
    en: `Application ${code} was sent to ${p.coApplicantName} to confirm. The registry receives it once they confirm.`,
  }),
  coApplicantDeclined: (code, p) => ({
    subject: `Bên kia không xác nhận – ${code}`,
    status: 'Đã dừng',
    vi: `${p.coApplicantName} đã không xác nhận lời khai chung của hồ sơ ${code}. Hồ sơ dừng tại đây và không được gửi tới cơ quan đăng ký.`,
    next: 'Nếu cần, các bên có thể nộp một hồ sơ mới.',
    en: `${p.coApplicantName} declined the joint declaration of application ${code}. It stops here and does not go to the registry.`,
  }),
  appointmentBooked: (code, p, n) => ({
    subject: `${p.moved ? 'Đã đổi lịch hẹn' : 'Lịch hẹn'} ${lowerFirst(n.vi.event)} – ${code}`,
    status: 'Chờ đến đăng ký',
    vi: `Lịch hẹn ${lowerFirst(n.vi.event)} của hồ sơ ${code}: ${p.time} ngày ${formatDateVi(p.date)} tại ${p.registryName}.`,
    next: `Cả hai bên cần có mặt, mang theo giấy tờ tùy thân và bản chính các giấy tờ đã chụp gửi.${p.moved ? ' Lịch hẹn đã được đổi một lần và không thể đổi thêm.' : ' Bạn có thể đổi lịch hẹn một lần trên Cổng.'}`,
    en: `Appointment for application ${code}: ${p.time} on ${formatDateVi(p.date)} at ${p.registryName}. Both parties must come with their identity documents and the originals of the papers photographed.`,
  }),
  appointmentMissed: (code, p) => ({
    subject: `Hồ sơ bị từ chối do không đến theo lịch hẹn – ${code}`,
    status: 'Bị từ chối',
    vi: `Các bên không có mặt theo lịch hẹn ngày ${formatDateVi(p.date)} và không đổi lịch, nên hồ sơ ${code} bị từ chối giải quyết.`,
    next: 'Nếu vẫn muốn đăng ký, các bên có thể nộp một hồ sơ mới.',
    en: `The parties did not come to the appointment on ${formatDateVi(p.date)} and did not move it, so application ${code} was refused. You may file a new application.`,
  }),
  paymentDue: (code, p, n) => ({
    subject: `Chờ nộp lệ phí – ${code}`,
    status: 'Chờ thanh toán',
    vi: `Hồ sơ ${lowerFirst(n.vi.procedure)} ${code} đã được lưu. Lệ phí phải nộp: ${vnd(p.amountVnd)}. Cơ quan đăng ký chỉ nhận hồ sơ sau khi lệ phí được thanh toán.`,
    next: 'Vui lòng đăng nhập, mở hồ sơ trong mục Hồ sơ của tôi và chọn Thanh toán. Nếu lần thanh toán trước chưa xong, bạn có thể thanh toán lại; hồ sơ vẫn được giữ nguyên.',
    en: `${n.en.procedure} application ${code} was saved. Fee due: ${vnd(p.amountVnd)}. The registry receives it once the fee is paid: sign in, open it under My applications and choose Pay.`,
  }),
  paymentReceived: (code, p, n) => ({
    subject: `Đã nhận lệ phí và hồ sơ – ${code}`,
    status: 'Đã nộp',
    vi: `Đã nhận ${vnd(p.amountVnd)} lệ phí của hồ sơ ${lowerFirst(n.vi.procedure)} ${code} (mã giao dịch ${p.transactionId}). Hạn giải quyết dự kiến: ${formatDateVi(p.dueOn)}.`,
    next: 'Biên lai có trong mục Giấy tờ của tôi.',
    en: `The fee of ${vnd(p.amountVnd)} for application ${code} was received (transaction ${p.transactionId}). Expected result by ${formatDateVi(p.dueOn)}. The receipt is under My documents.`,
  }),
  copiesIssued: (code, p) => ({
    subject: `Đã cấp bản sao – ${code}`,
    status: 'Đã trả kết quả',
    vi: `Đã cấp ${p.copies} bản sao điện tử cho hồ sơ ${code} (${p.subjectName}).`,
    next: 'Tải bản sao trong mục Giấy tờ của tôi. Mỗi bản có mã QR để bất kỳ ai cũng kiểm tra được.',
    en: `${p.copies} electronic cop${p.copies === 1 ? 'y was' : 'ies were'} issued for application ${code}. Download them under My documents; each carries a QR code anyone can check.`,
  }),
  refundDue: (code, p) => ({
    subject: `Hoàn lại lệ phí – ${code}`,
    status: 'Chờ hoàn phí',
    vi: `Hồ sơ ${code} không được giải quyết nên ${vnd(p.amountVnd)} lệ phí đã nộp sẽ được hoàn lại vào tài khoản đã thanh toán.`,
    next: 'Bạn không cần làm gì thêm.',
    en: `Application ${code} was not granted, so the fee of ${vnd(p.amountVnd)} will be refunded to the account it was paid from.`,
  }),
  delayed: (code, p) => ({
    subject: `Xin lỗi vì hồ sơ bị chậm – ${code}`,
    status: 'Quá hạn giải quyết',
    vi: `Cơ quan đăng ký xin lỗi vì hồ sơ ${code} chưa được giải quyết đúng hạn (${formatDateVi(p.previousDueOn)}). Ngày hẹn trả kết quả mới: ${formatDateVi(p.dueOn)}.`,
    next: 'Bạn chưa cần làm gì; cơ quan đăng ký sẽ tiếp tục giải quyết hồ sơ.',
    en: `The registry apologises: application ${code} was not completed by ${formatDateVi(p.previousDueOn)}. New due date: ${formatDateVi(p.dueOn)}.`,
  }),
};

export type RenderedMessage = { subject: string; sms: string; email: string };

export function renderTemplate<T extends TemplateId>(template: T, dossierCode: string, params: TemplateParams[T], nouns: MessageNouns): RenderedMessage {
  const p = TEMPLATES[template](dossierCode, params, nouns);
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

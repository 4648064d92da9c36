/** The UI texts the journeys click on, in both languages, so one journey runs in either. */
export const LABELS = {
  vi: {
    start: 'Bắt đầu', continue: 'Lưu và tiếp tục', personalId: 'Số định danh cá nhân', notDeclared: 'Không khai thông tin người cha',
    middleName: 'Chữ đệm của trẻ', givenName: 'Tên của trẻ', female: 'Nữ', day: 'Ngày', month: 'Tháng', year: 'Năm',
    placeOther: 'Nơi khác (tại nhà, trên đường…)', placeOfBirth: 'Tên cơ sở y tế hoặc địa chỉ nơi sinh', uploaded: /Đã gửi \(\d+ KB\)/,
    residence: /Đăng ký thường trú cho trẻ/, declaration: /Tôi cam đoan/, submit: 'Nộp hồ sơ',
    username: 'Tên đăng nhập', password: 'Mật khẩu', signIn: 'Đăng nhập',
    open: (code: string) => `Mở hồ sơ ${code}`, accept: 'Tiếp nhận hồ sơ', returnDraft: 'Gửi bản dự thảo cho người dân kiểm tra',
    register: 'Đăng ký vào Sổ hộ tịch', registeredFacts: /^Đã đăng ký: Số \d+, Quyển số 01\/\d{4}\. Số định danh cá nhân: [\d ]{12,15}$/, sign: 'Ký và cấp Giấy khai sinh điện tử',
    inReview: 'Đang xử lý', awaiting: 'Chờ bạn kiểm tra', confirmed: 'Đã xác nhận, chờ đăng ký', awaitingSignature: 'Chờ ký', completed: 'Đã trả kết quả',
    draftTitle: 'Bản dự thảo Giấy khai sinh', confirm: 'Xác nhận thông tin đúng', pdf: /Tải bản điện tử/, valid: '✓ Giấy tờ hợp lệ',
    residenceReceipt: /Đăng ký thường trú cho trẻ \(Công an\): đã tiếp nhận/,
    agree: 'Đồng ý', consentGiven: 'Đã đồng ý', confirmedNote: /^Bạn đã xác nhận bản dự thảo\. /,
  },
  en: {
    start: 'Start', continue: 'Save and continue', personalId: 'Personal identification number', notDeclared: 'Do not declare the father',
    middleName: "Child's middle name", givenName: "Child's given name", female: 'Female', day: 'Day', month: 'Month', year: 'Year',
    placeOther: 'Elsewhere (at home, on the way…)', placeOfBirth: 'Health facility or address where the child was born', uploaded: /Sent \(\d+ KB\)/,
    residence: /Register the child's permanent residence/, declaration: /I declare that/, submit: 'Submit application',
    username: 'Username', password: 'Password', signIn: 'Sign in',
    open: (code: string) => `Open application ${code}`, accept: 'Accept the application', returnDraft: 'Send the draft to the applicant to check',
    register: 'Register in the civil-status book', registeredFacts: /^Registered: entry no\. \d+, book 01\/\d{4}\. Personal identification number: [\d ]{12,15}$/, sign: 'Sign and issue the electronic birth certificate',
    inReview: 'Being processed', awaiting: 'Waiting for your check', confirmed: 'Confirmed, waiting to be registered', awaitingSignature: 'Waiting for signature', completed: 'Result issued',
    draftTitle: 'Draft birth certificate', confirm: 'Confirm the details are right', pdf: /Download the electronic copy/, valid: '✓ The document is genuine',
    residenceReceipt: /Child's permanent residence \(police\): received/,
    agree: 'Agree', consentGiven: 'Agreed', confirmedNote: /^You confirmed the draft\. /,
  },
} as const;

export type Locale = keyof typeof LABELS;

import type { CueSet } from './cues';

/**
 * Vietnamese cues. Pattern syntax: see patterns.ts. Write patterns WITH diacritics: a draft typed without any
 * ("xin loi") still matches, a draft with other diacritics does not ("đợi" never matches "đổi").
 * Old/new tone placement ("hoá"/"hóa") and NFC/NFD input are equivalent.
 *
 * In suggestions `{h}` becomes the chosen honorific (or the one the draft already uses, else "quý khách").
 * The agent refers to themself as "em"; the customer is "anh", "chị" or "quý khách".
 */
export const VI: CueSet = {
  lang: 'vi',

  steps: {
    // Bước 2 — thể hiện sự cảm kích / đồng cảm.
    2: [
      'xin lỗi',
      '(rất|thật|vô cùng|thành thật|thật sự) (lấy làm|) tiếc',
      'lấy làm tiếc',
      'hiểu (được|rõ|) (cảm giác|tâm trạng|sự bực bội|sự bực mình|sự khó chịu|sự phiền lòng|sự thất vọng|nỗi lo)',
      'em (rất|hoàn toàn|thật sự|) hiểu',
      '(cảm ơn|cám ơn) * (đã|vì) (phản hồi|phản ánh|báo|chia sẻ|liên hệ|góp ý|kiên nhẫn|thông báo|chờ|đợi|gửi|cho em biết|tin tưởng|dành thời gian|thông cảm)',
      'chân thành cảm ơn',
      'trân trọng (ý kiến|phản hồi|góp ý|sự)',
      'gây (ra|) (phiền hà|bất tiện|khó chịu|phiền lòng|phiền)',
      'sự bất tiện',
      '(rất|thật sự|) (áy náy|buồn) (khi|vì)',
    ],
    // Bước 3 — làm rõ vấn đề.
    3: [
      'cho em (xin|hỏi|biết)',
      '(có thể|vui lòng|làm ơn) (cho em|cung cấp|gửi|chụp|mô tả|chia sẻ|xác nhận|kiểm tra giúp)',
      'có phải ** (không|chưa) (ạ|)',
      'em hiểu (là|đúng|như vậy|rằng)',
      '(nếu|để) em hiểu (đúng|không nhầm|chính xác)',
      '(đúng|phải) không ạ',
      'mã (đơn|đơn hàng|vận đơn|hóa đơn|giao dịch|khách hàng)',
      'số (điện thoại|đơn hàng|tài khoản|hóa đơn)',
      '(muốn|mong muốn) (bên em|em|) (hỗ trợ|giải quyết|xử lý) (như thế nào|thế nào|ra sao|gì)',
      'em có thể (hỗ trợ|giúp) (gì|như thế nào)',
      'cụ thể (hơn|là|như thế nào)',
      'xác nhận (lại|giúp)',
      'khi nào (anh|chị|quý khách|mình)',
      'như thế nào ạ',
    ],
    // Bước 4 — đưa ra giải pháp.
    4: [
      '(em|chúng tôi|công ty|shop|cửa hàng|mình|bộ phận) sẽ',
      'sẽ (được|) (giao|gửi|hoàn|xử lý|liên hệ|gọi|đổi|cập nhật|chuyển)',
      'hoàn (tiền|lại|phí)',
      'đổi (hàng|sản phẩm|mới|lại|size|cỡ|màu|trả|sang)',
      'gửi (lại|bù|hàng mới|sản phẩm mới|thay thế)',
      'giao lại',
      'thay thế',
      '(bồi thường|đền bù)',
      'miễn phí',
      '(mã giảm giá|giảm giá|voucher|coupon|ưu đãi)',
      '(phương án|lựa chọn|giải pháp)',
      'em đã (chuyển|gửi|tạo|xử lý|liên hệ|sắp xếp|báo|yêu cầu|làm việc|cập nhật|hủy|hoàn)',
      'em xin (đề xuất|gửi|hỗ trợ)',
      'đề xuất',
      'hỗ trợ (phí|chi phí|vận chuyển|đổi|hoàn)',
      'ưu tiên (xử lý|giao)',
    ],
    // Bước 5 — kiểm tra lại với khách.
    5: [
      '(như vậy|vậy|thế|như thế|phương án này|giải pháp này|cách này) (đã|có|) (ổn|được|hợp lý|phù hợp|tiện) (chưa|không)',
      'ổn (chưa|không) ạ',
      '(có|đã) (hài lòng|vừa ý|ưng ý)',
      'hài lòng (với|chưa|không)',
      'phù hợp (với anh|với chị|với quý khách|với mình|) (chưa|không) ạ',
      'đáp ứng * mong muốn',
      'đúng (với|) (mong muốn|yêu cầu) * (chưa|không)',
      'thấy (sao|thế nào|như thế nào) ạ',
      '(anh|chị|quý khách|mình) (thấy|nghĩ) (sao|thế nào|như thế nào)',
      'cần em hỗ trợ (gì|thêm)',
      'còn (điều gì|gì|vấn đề gì|thắc mắc gì) * (hỗ trợ|giúp)',
    ],
  },

  blame: [
    { p: 'lỗi (là|) của (anh|chị|quý khách|bạn|anh chị|mình)', s: 'sự nhầm lẫn ngoài ý muốn' },
    { p: 'lỗi (là|) (do|tại|ở) (anh|chị|quý khách|bạn|anh chị|mình)', s: 'có lẽ do {h}' },
    // "Do anh chưa nhận được hàng, em sẽ…" is neutral; only the "didn't read/check" form is blame.
    {
      p: '(tại|do) (anh|chị|quý khách|bạn|anh chị) (không|chưa) ] (đọc|kiểm tra|xem|làm theo|để ý|chú ý|nghe)',
      s: 'có lẽ bên em hướng dẫn chưa rõ nên {h} chưa',
    },
    { p: 'như (em|tôi|) đã (nói|giải thích|trình bày|nhắc) (rồi|từ trước|trước đó|ở trên|nhiều lần|)', s: 'em xin phép nhắc lại' },
    { p: 'như (em|tôi) đã (báo|thông báo) (rồi|từ trước|trước đó|ở trên|nhiều lần|)', s: 'em xin phép nhắc lại' },
    { p: '(em|tôi) đã (nói|giải thích) (rồi|từ trước|nhiều lần)', s: 'em xin phép nhắc lại' },
    { p: '(em|tôi) nói rồi mà', s: 'em xin phép nhắc lại' },
    { p: '(lẽ ra|đáng lẽ|đáng ra) (anh|chị|quý khách|bạn|anh chị) (phải|nên)', s: 'lần sau {h} có thể' },
    { p: '(anh|chị|quý khách|bạn|anh chị) (lẽ ra|đáng lẽ|đáng ra) (phải|nên)', s: 'lần sau {h} có thể' },
    { p: '(anh|chị|quý khách|bạn) (không chịu|không thèm) (đọc|xem|nghe)' },
  ],

  deflect: [
    { p: 'không phải (là|) (việc|trách nhiệm|nhiệm vụ|chuyện|vấn đề) của (em|tôi|mình|bên em|chúng tôi|bộ phận này|bộ phận em)', s: 'để em kết nối {h} với đồng nghiệp phụ trách' },
    { p: 'không phải (là|) lỗi (của|) (em|tôi|bên em|chúng tôi)', s: 'để em kiểm tra lại ngay' },
    { p: 'không thuộc (phạm vi|trách nhiệm|thẩm quyền) (của|) (em|tôi|bên em|chúng tôi|bộ phận này)', s: 'để em kết nối {h} với đồng nghiệp phụ trách' },
    { p: '(em|tôi|bên em|chúng tôi) (không|chẳng) (thể|) (làm gì được|giúp gì được|giải quyết được) (đâu|)', s: 'em rất tiếc chưa thể xử lý trực tiếp, nhưng em sẽ tìm người hỗ trợ {h}' },
    { p: '(anh|chị|quý khách|bạn|anh chị) (phải|cần|vui lòng|nên|) tự ] (liên hệ|gọi|hỏi|làm việc|giải quyết|xử lý|khiếu nại)', s: 'em sẽ' },
    { p: '(liên hệ|hỏi|gọi) (bộ phận|phòng|bên) khác', s: 'để em chuyển đến bộ phận phụ trách' },
    { p: 'không liên quan (đến|tới) (em|bên em|chúng tôi)', s: 'để em kiểm tra cùng {h}' },
  ],

  absolute: [
    { p: '(không thể nào|không thể nào có|làm gì có|không bao giờ có) (chuyện|việc) (đó|như vậy|này|) (được|đâu|)', s: 'chuyện này khá bất thường, em xin phép kiểm tra lại' },
    { p: 'không có (chuyện|việc) (đó|như vậy) (được|đâu|)', s: 'chuyện này khá bất thường, em xin phép kiểm tra lại' },
    { p: 'không thể nào', s: 'rất tiếc chưa thể' },
    // "Em hiểu chuyện này thật vô lý với anh" is empathy; calling the customer's request absurd is not.
    { p: '(yêu cầu|đòi hỏi|ý kiến) (của anh|của chị|của quý khách|của bạn|này|đó|) (là|thật|rất|hơi|quá|) vô lý', s: 'yêu cầu này bên em cần xem xét thêm' },
    { p: '(anh|chị|quý khách|bạn|anh chị) (nói|hiểu|nhớ|) sai rồi', s: 'có lẽ em giải thích chưa rõ' },
    { p: '(bên em|chúng tôi|em) không bao giờ (sai|nhầm|có lỗi)', s: 'bên em luôn cố gắng cẩn thận, em sẽ kiểm tra lại' },
    { p: 'chắc chắn không (phải|có) (lỗi|do) (của|) (bên em|em|chúng tôi)', s: 'em sẽ kiểm tra kỹ nguyên nhân' },
    { p: '(anh|chị|quý khách|bạn|anh chị) bình tĩnh (lại|) (đi|)', s: 'em rất hiểu {h} đang bực mình' },
    { p: 'đương nhiên là không', s: 'em rất tiếc là chưa được' },
  ],

  // Kind phrases that contain a warning cue; a warning overlapping one of these is dropped.
  exceptions: [
    // "Đây không phải lỗi của anh" reassures the customer.
    '(không phải|chẳng phải) (là|) lỗi (là|) (của|do|tại) (anh|chị|quý khách|bạn|anh chị|mình)',
  ],

  thanks: ['cảm ơn', 'cám ơn', 'tri ân', 'biết ơn', 'cảm tạ'],

  closings: ['trân trọng', 'thân ái', 'thân mến', 'kính thư', 'chúc (anh|chị|quý khách|mình|anh chị) (một|có|luôn|ngày|buổi)'],

  // Openers after which "Dạ" may still come: "Chào anh Minh, dạ em…" is fine.
  greetings: ['(xin|kính|em|em xin|thân) chào', 'chào', 'gửi'],

  // A letter-style salutation is a complete polite opening on its own ("Kính gửi quý khách,"): no "Dạ" needed.
  salutations: ['(kính|thân) gửi'],
};

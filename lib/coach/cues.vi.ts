import type { CueSet } from './cues';
import { VI_WARNINGS } from './warnings.vi';

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
      '(kiểm tra|xem|chụp|gửi|cung cấp|chia sẻ|xác nhận|cho) (giúp|hộ) em',
      '(anh|chị|bạn|quý khách) (có nói|nói là|nói rằng|cho biết|có báo|phản ánh là)',
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
      'em (đã|vừa|cũng đã|đã cho|vừa cho) (duyệt|giữ|kích hoạt|tặng|hoàn|đặt|gửi|tạo|cho|chặn|mở|khóa|đổi|cập nhật)',
      'em (có thể|vẫn có thể|cũng có thể) (hỗ trợ|chặn|đổi|gửi|tặng|hoàn|giữ|đặt|giảm|miễn)',
      '(thử|sạc|đặt|làm|khởi động|cài) lại',
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
      '(báo|nhắn) (lại|) (cho|) em (một tiếng|nhé|nha|nếu|khi|ngay|biết|với)',
      '(xem|kiểm tra) giúp em (đã|) (nhận|vào|ổn|chạy|dùng)',
      'tiện không ạ',
      '(chọn|muốn|thấy) (cách|phương án|lựa chọn) nào',
    ],
  },

  ...VI_WARNINGS,

  thanks: ['cảm ơn', 'cám ơn', 'tri ân', 'biết ơn', 'cảm tạ'],

  closings: ['trân trọng', 'thân ái', 'thân mến', 'kính thư', 'chúc (anh|chị|quý khách|mình|anh chị) (một|có|luôn|ngày|buổi)'],

  // Openers after which "Dạ" may still come: "Chào anh Minh, dạ em…" is fine.
  greetings: ['(xin|kính|em|em xin|thân) chào', 'chào', 'gửi'],

  // A letter-style salutation is a complete polite opening on its own ("Kính gửi quý khách,"): no "Dạ" needed.
  salutations: ['(kính|thân) gửi'],
};

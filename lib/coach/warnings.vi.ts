import type { CueSet } from './cues';

/**
 * Vietnamese warning cues: the SHAPE of each problem, from word classes. Write patterns WITH diacritics; a
 * draft typed without any still matches (see patterns.ts). `{h}` in a suggestion is the customer's honorific,
 * `{w}` the pattern's <captured> words as typed.
 */

// ---- word classes ------------------------------------------------------------------------------------------

/** The customer ("anh/chị" is two words once the slash is read as a separator). */
const KH = '(anh|chị|quý khách|bạn|anh chị|chị anh|ông|bà|cô|chú)';

/** The customer as the one who acts, not as an object ("hồ sơ của anh", "gửi cho chị"). */
const KH_ACTS = `!(của|cho|với|giúp|hộ|đến|tới|cùng) ${KH}`;

/** Things a customer does with an order or a product. */
const ACT =
  '(nhập|ghi|chọn|gõ|điền|dùng|sử dụng|gửi|đọc|lắp|lắp đặt|bấm|đặt|cài|cài đặt|để|bảo quản|cắm|khai|cung cấp|chuyển|' +
  'chuyển khoản|nhấn|ấn|xem|hiểu|nhớ|đưa|lưu|giặt|sạc|vệ sinh|rửa|nạp|thanh toán|đăng ký|kích hoạt|mở|tháo|kết nối|' +
  'cấu hình|lau|bật|tắt|vận hành|cho|khai báo|điền thông tin|nhập thông tin|ghi địa chỉ|nhập địa chỉ|đặt hàng|mua)';

/** …done wrong. */
const WRONG = '(sai|nhầm|thiếu|lộn|không đúng|chưa đúng|chưa chính xác|không chính xác|không kỹ|chưa kỹ|quá tay|sai cách)';

/** Someone other than us. */
const THIRD =
  '(ngân hàng|hãng sản xuất|hãng bảo hành|bên hãng|tổng đài hãng|nhà sản xuất|bên vận chuyển|đơn vị vận chuyển|bên giao hàng|nhà vận chuyển|công ty vận chuyển|' +
  'shipper|bưu điện|bưu cục|nhà mạng|bên shop|shop bán|shop bán hàng|nơi bán|chỗ mua|nơi mua|cửa hàng khác|tổng đài|trung tâm bảo hành|chỗ khác|nơi khác|tiệm|họ|bộ phận|phòng ban|' +
  'đối tác|bên đối tác|người bán|nhà bán|sàn|cổng thanh toán|ví điện tử|đại lý|bên bán|bên kia|bên thứ ba|hãng bảo hành|' +
  'bảo hành|ngân hàng phát hành|trung tâm|bên hãng|bên ngân hàng|bên đó|kỹ thuật bên ngoài|thợ ngoài|chủ nhà|khách sạn|hãng bay)';

/** Asking the customer to do it: "anh vui lòng tự…", "chị chịu khó…". */
const ASKED = '(vui lòng|chịu khó|cứ|nên|cần|phải|hãy|có thể|thử|giúp em|)';

/** Ways of sending someone to a third party. */
const CONTACT =
  '(liên hệ|liên lạc|gọi|gọi điện|gọi thẳng|gọi điện thoại|mang|đem|khiếu nại|phản ánh|gửi email|gửi mail|gửi thư|' +
  'nhắn tin|hỏi|làm việc|lên|ra|đến|tới|yêu cầu|gặp)';

/** Problems the customer reported, denied outright in an argument. */
const GOES_WRONG =
  '(bị|có|sai|nhầm|lỗi|hỏng|bán trùng|giao|tính sai|trừ|thiếu|xảy ra|để|làm|gây|giao nhầm|giao thiếu|giao sai|tính|' +
  'trừ sai|trừ tiền|mất|vỡ|móp|hư|chậm|trễ)';

export const VI_WARNINGS: Pick<CueSet, 'blame' | 'deflect' | 'argue' | 'absolute' | 'offers' | 'exceptions'> = {
  blame: [
    { p: `lỗi (là|) của ${KH}`, s: 'sự nhầm lẫn ngoài ý muốn' },
    { p: `[ lỗi (là|) (do|tại|ở) ] ${KH}`, s: 'có lẽ đã có chút nhầm lẫn khi' },
    // "Do anh chưa nhận được hàng, em sẽ…" is neutral; only the "didn't read/check" form is blame.
    {
      p: `(tại|do) ${KH} (không|chưa) ] (đọc|kiểm tra|xem|làm theo|để ý|chú ý|nghe)`,
      s: 'có lẽ bên em hướng dẫn chưa rõ nên {h} chưa',
    },
    { p: 'như (em|tôi|) đã (nói|giải thích|trình bày|nhắc) (rồi|từ trước|trước đó|ở trên|nhiều lần|)', s: 'em xin phép nhắc lại' },
    { p: 'như (em|tôi) đã (báo|thông báo) (rồi|từ trước|trước đó|ở trên|nhiều lần|)', s: 'em xin phép nhắc lại' },
    { p: '(em|tôi) đã (nói|giải thích) (rồi|từ trước|nhiều lần)', s: 'em xin phép nhắc lại' },
    { p: '(em|tôi) nói rồi mà', s: 'em xin phép nhắc lại' },
    { p: `(lẽ ra|đáng lẽ|đáng ra) ${KH} (phải|nên)`, s: 'lần sau {h} có thể' },
    { p: `${KH_ACTS} (lẽ ra|đáng lẽ|đáng ra) (phải|nên)`, s: 'lần sau {h} có thể' },
    { p: `${KH_ACTS} (không chịu|không thèm) (đọc|xem|nghe)`, s: 'có lẽ {h} chưa kịp' },
    // Customer + action + wrong: "chị chọn nhầm size", "bạn nhập sai số điện thoại", "anh gửi nhầm địa chỉ".
    { p: `${KH_ACTS} (tự|đã|lỡ|có|lại|đã tự|) <${ACT}> ${WRONG}`, s: 'có chút nhầm lẫn khi {w}' },
    { p: `${KH_ACTS} (tự|đã|lỡ|có|lại|đã tự|) <${ACT} *> ${WRONG}`, s: 'có chút nhầm lẫn khi {w}' },
    // "Anh để máy ngoài nắng nên màn hình mới bị vậy": the customer's act, then "that's why it broke".
    { p: `${KH_ACTS} (đã|tự|lỡ|) ${ACT} ** [ nên (máy|màn hình|sản phẩm|hàng|đơn|đơn hàng|cối|nó|vé|hệ thống|tài khoản|xe|điện thoại|pin|mã|thẻ|áo|giày|da|) mới ]`, s: 'và em sẽ kiểm tra xem vì sao' },
    { p: `${KH_ACTS} (tự|đã|) <(dùng|sử dụng|lắp|lắp đặt|vận hành|bảo quản|cài đặt)> (sai cách|không đúng cách|chưa đúng cách|không đúng kỹ thuật|chưa đúng kỹ thuật|không đúng hướng dẫn|sai hướng dẫn)`, s: 'có thể sản phẩm chưa được {w} đúng hướng dẫn' },
    // "Vì chị không nghe máy nên shipper mới hoàn đơn": the customer as the reason, then "that's why".
    { p: `(vì|do|tại|bởi vì|tại vì) ${KH} ** [ nên * mới ]`, s: 'và em sẽ kiểm tra xem vì sao' },
    { p: `(tại|do|vì|bởi vì|tại vì) ${KH} (không|chưa|quên) ] (bảo quản|làm theo|đọc|xem|kiểm tra|để ý|chú ý|nghe|nghe máy|bắt máy|cẩn thận|vệ sinh|tắt|rút|sạc|cập nhật|theo dõi|đọc kỹ|kiểm tra kỹ|làm đúng|dùng đúng|sử dụng đúng|lắp đúng)`, s: 'có lẽ bên em hướng dẫn chưa rõ nên {h} chưa' },
    { p: `${KH_ACTS} (không|chưa) <${ACT}> (đúng|kỹ|cẩn thận|theo) (hướng dẫn|cách|quy định|kỹ thuật|khuyến cáo)`, s: 'có thể sản phẩm chưa được {w} đúng hướng dẫn' },
    { p: '(do|tại|vì|lỗi|lỗi của|lỗi từ) (người dùng|người sử dụng|phía người dùng|phía khách|phía khách hàng) ~', s: 'có thể do cách sử dụng, em sẽ cùng {h} kiểm tra lại' },
    { p: `${KH_ACTS} (tự|lỡ|đã|đã tự|) (làm hỏng|làm vỡ|làm rơi|làm mất|làm gãy|đánh rơi|làm ướt|làm bẩn|làm hư|làm rách|làm trầy)`, s: 'có thể sản phẩm đã bị hư hại' },
    // Guessing at the customer's mistake: "có thể anh chưa cắm hết jack", "chắc do da chị nhạy cảm".
    { p: `(có thể|chắc|chắc là|có lẽ|hình như|có khi) ${KH} (chưa|không|quên|đã quên|lỡ) <${ACT}>`, s: '{h} kiểm tra giúp em xem đã {w}' },
    { p: `[ (chắc|chắc là|có lẽ|có thể|hình như|có khi) (là|) do ] * ${KH}`, s: 'em sẽ cùng {h} kiểm tra xem có phải do' },
  ],

  deflect: [
    { p: 'không phải (là|) (việc|trách nhiệm|nhiệm vụ|chuyện|vấn đề) của (em|tôi|mình|bên em|chúng tôi|bộ phận này|bộ phận em|bộ phận)', s: 'để em kết nối {h} với đồng nghiệp phụ trách' },
    { p: 'không phải (là|) lỗi (của|) (em|tôi|bên em|chúng tôi)', s: 'để em kiểm tra lại ngay' },
    { p: 'không thuộc (phạm vi|trách nhiệm|thẩm quyền|bộ phận|quyền hạn|nhiệm vụ) ~', s: 'em sẽ chuyển ngay cho đồng nghiệp phụ trách' },
    { p: '(em|tôi|bên em|chúng tôi|shop|bên mình) (không|chẳng) (thể|) (làm gì được|giúp gì được|giải quyết được) (đâu|)', s: 'em rất tiếc chưa thể xử lý trực tiếp, nhưng em sẽ tìm người hỗ trợ {h}', unlessOffered: true },
    // "Bên em không can thiệp được", "em không có quyền xem": a limit with nothing offered.
    {
      p: '(em|tôi|bên em|chúng tôi|shop|bên mình|bộ phận em) (không|chẳng) (thể|có quyền|) (can thiệp|xử lý|kiểm tra|giải quyết|làm gì|hỗ trợ|giúp gì|xem|tác động|quyết định|can thiệp gì|truy cập|tra soát) (được|gì được|)',
      s: 'em sẽ tìm người phụ trách để hỗ trợ {h}',
      unlessOffered: true,
    },
    { p: '(em|bên em|chúng tôi|shop|bên mình) (không|chẳng) (chịu trách nhiệm|có trách nhiệm|phụ trách|quản lý|liên quan|nhận xử lý|giải quyết) ~', s: 'em sẽ cùng {h} xử lý việc này', unlessOffered: true },
    { p: '(liên hệ|hỏi|gọi) (bộ phận|phòng|bên) khác', s: 'để em chuyển đến bộ phận phụ trách' },
    { p: 'không liên quan (đến|tới) (em|bên em|chúng tôi)', s: 'để em kiểm tra cùng {h}' },
    // Sending the customer to a third party: "chị liên hệ ngân hàng…", "anh tự mang máy ra hãng bảo hành…".
    { p: `${KH_ACTS} ${ASKED} (tự|trực tiếp|) <${CONTACT} * ${THIRD}>`, s: 'em sẽ {w}' },
    { p: `${KH_ACTS} ${ASKED} (tự|trực tiếp|) <${CONTACT} * @Name>`, s: 'em sẽ {w}' },
    { p: `${KH_ACTS} ${ASKED} tự ] ${CONTACT}`, s: 'em sẽ' },
    // "Chị lên cửa hàng giao dịch của nhà mạng": a place that belongs to someone else.
    { p: `${KH_ACTS} ${ASKED} (tự|) (lên|ra|đến|tới|qua|mang|đem) * (cửa hàng|điểm|quầy|trung tâm|chi nhánh|văn phòng) * (của|bên) <${THIRD}>`, s: 'em sẽ làm việc với {w} giúp {h}' },
    // Handing it over: "bảo hành là trách nhiệm của hãng", "là do ngân hàng xử lý".
    { p: `(là|thuộc) (trách nhiệm|việc|nhiệm vụ|phạm vi|chuyện) (của|) <(hãng|${THIRD.slice(1)}>`, s: 'việc em sẽ cùng {w} hỗ trợ {h}' },
    { p: `(là|) do (bên|) <${THIRD} *> (xử lý|quản lý|phụ trách|chịu trách nhiệm|giải quyết|kiểm soát|quyết định)`, s: 'em sẽ làm việc với {w} để xử lý' },
  ],

  argue: [
    { p: '(không thể nào|không thể nào có|làm gì có|không bao giờ có|không thể có|chẳng có|không có) (chuyện|việc) ~', s: 'chuyện này khá bất thường, em xin phép kiểm tra lại' },
    // "Em hiểu chuyện này thật vô lý với anh" is empathy; calling the customer's request absurd is not.
    { p: '(yêu cầu|đòi hỏi|ý kiến) (của anh|của chị|của quý khách|của bạn|này|đó|) (là|thật|rất|hơi|quá|) vô lý', s: 'yêu cầu này bên em cần xem xét thêm' },
    { p: `${KH} (nói|hiểu|nhớ|đọc|xem|) (sai|nhầm|lộn) rồi`, s: 'có lẽ em giải thích chưa rõ' },
    { p: `^ (dạ|vâng|) (không đúng|không phải vậy|không phải thế|sai) (đâu|rồi) ${KH}`, s: 'dạ em xin phép kiểm tra lại ạ' },
    { p: `${KH} nói (vậy|thế|như vậy|như thế|) (là|thì|) (không đúng|sai|không chính xác|chưa đúng|không công bằng|oan|vô lý) ~`, s: 'em xin phép kiểm tra lại thông tin này ạ' },
    { p: `${KH} nói (vậy|thế|như vậy|như thế) (chứ|nhưng)`, s: 'em ghi nhận ý của {h} ạ, và' },
    { p: '(bên em|chúng tôi|em) không bao giờ (sai|nhầm|có lỗi)', s: 'bên em luôn cố gắng cẩn thận, em sẽ kiểm tra lại' },
    // "Sản phẩm bên em không bao giờ bị lỗi…", "hệ thống chưa bao giờ sai": a denial stated as a rule.
    { p: `(không bao giờ|chưa bao giờ|chưa từng|không hề) ${GOES_WRONG} ~`, s: 'luôn được kiểm tra kỹ, nhưng em sẽ kiểm tra lại trường hợp của {h}' },
    { p: `không thể (nào|) ${GOES_WRONG} ~`, s: 'trường hợp này khá bất thường, em sẽ kiểm tra lại ngay' },
    { p: '(chưa bao giờ|chưa từng|không bao giờ|không hề) (nhận được|gặp|có|thấy|nghe) (phản ánh|khiếu nại|trường hợp|lỗi|vấn đề|chuyện|ai) ~', s: 'trường hợp này khá hiếm, em sẽ kiểm tra kỹ cho {h}' },
    { p: '!(để|muốn|cho|được) (khẳng định|cam đoan|chắc chắn) (là|rằng|) * (không|chưa|không hề) ~', s: 'em sẽ kiểm tra kỹ lại cho {h}' },
    { p: '!(để|muốn|cho|được) chắc chắn (không phải|không có|không|là không) ~', s: 'em sẽ kiểm tra kỹ nguyên nhân' },
  ],

  absolute: [
    { p: 'không thể nào', s: 'rất tiếc chưa thể' },
    { p: `${KH} bình tĩnh (lại|) (đi|)`, s: 'em rất hiểu {h} đang bực mình' },
    { p: 'đương nhiên là không', s: 'em rất tiếc là chưa được' },
  ],

  // "…nhưng em có thể…", "tuy vậy em vẫn…": an alternative follows a limit.
  offers: [
    '(nhưng|tuy nhiên|tuy vậy|thay vào đó|bù lại|trong lúc đó) (em|bên em|chúng tôi|shop|mình) (vẫn|) (có thể|sẽ|xin|đã)',
    '(em|bên em|chúng tôi|shop) (vẫn|cũng) (có thể|sẽ)',
    'thay vào đó',
    'em xin (đề xuất|gửi)',
  ],

  // Kind phrases that contain a warning cue; a warning overlapping one of these is dropped.
  exceptions: [
    // "Đây không phải lỗi của anh" reassures the customer.
    `(không phải|chẳng phải) (là|) lỗi (là|) (của|do|tại) ${KH}`,
    '(không phải|chẳng phải) (là|) lỗi (của|do|tại) (anh chị|mình)',
    // Promises and reassurance: "không để chuyện này lặp lại", "anh sẽ không bao giờ bị trừ tiền hai lần".
    '(lặp lại|tái diễn|xảy ra nữa|xảy ra lần nữa)',
    `${KH} (sẽ|) (không bao giờ|không) bị (trừ|tính|thu)`,
    // Conditions and the customer's own words: "nếu anh nhập sai mật khẩu…", "chị có nói là…".
    `(nếu|lỡ|trường hợp) ${KH}`,
    `${KH} (không cần|chẳng cần|không phải) (phải|) (tự|)`,
    `${KH} (có nói|nói là|nói rằng|cho biết|có báo|báo là|phản ánh là)`,
  ],
};

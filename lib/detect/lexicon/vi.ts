/**
 * Vietnamese cues. Format: see ./format.ts and README-detector.md.
 * Write entries with their diacritics: they also match text typed without them ("giao hàng chậm" matches
 * "giao hang cham"), unless the phrase starts with ^ (diacritics required, for words that become
 * ambiguous without them). Old and new tone placement (hoà / hòa) and NFD input match too.
 * Teencode and abbreviations are expanded before matching (teencode-vi.ts), so write the full words here.
 */
export const VI_LEXICON = String.raw`
[neg]
tệ / ^tồi / ^dở / dở tệ / tệ hại / tồi tệ / tệ nhất / dở nhất / kém nhất = 2.5
^kém / ^chán / kém cỏi / ^nhạt / nhạt nhẽo = 1.5
quái gì / cái quái gì / quái / cái gì vậy / gì vậy / gì thế / cái gì thế / kỳ vậy / kỳ cục / kì cục / lạ vậy / sao kỳ / xui / xui xẻo / đen đủi = 1.5
thất vọng / quá thất vọng / rất thất vọng / hụt hẫng = 2.5
bực / bực mình / bực bội / tức / tức giận / tức điên / điên tiết / ^cáu / khó chịu / ức chế / bức xúc / phẫn nộ = 2
phiền / phiền phức / phiền toái / rắc rối / mệt mỏi / chán nản / nản / ngán / ngán ngẩm / bó tay = 1.5
^buồn / tiếc / đáng tiếc / tiếc là = 1
ghét / ^căm / kinh khủng / khủng khiếp / kinh dị / thảm họa / thảm hại = 2.5
vớ vẩn / linh tinh / lung tung / tào lao / nhảm / nhảm nhí / vô lý / vô lí / bất hợp lý / không hợp lý = 2
cẩu thả / ^ẩu / qua loa / sơ sài / làm ẩu / làm ăn ẩu / tắc trách / chểnh mảng = 2
không ra gì / chẳng ra gì / chả ra gì / không ra sao / không đáng / không đáng tiền / không xứng / không đáng mua / không nên mua = 2.5
phí tiền / tiếc tiền / mất tiền oan / tiền oan / phí thời gian / mất thời gian / tốn thời gian / mất công / tốn công = 2.5
tốn tiền / ^đắt / ^mắc / giá cao / giá chát / chát = 1 billing
xấu / xấu xí / xấu hoắc / dỏm / rởm / lởm / ^đểu / dởm / cùi / cùi bắp / như hạch / như cái giẻ rách = 2 quality
kém chất lượng / chất lượng kém / chất lượng tệ / chất lượng thấp / hàng kém / hàng dỏm / hàng lởm / hàng đểu / hàng tệ = 2.5 quality
sai / nhầm / sai sót = 1.5 wrong-info
không giống / không giống hình / không như hình / không giống ảnh / khác hình / khác ảnh / khác xa / khác hoàn toàn / không giống mô tả / không đúng mô tả / sai mô tả / không như mô tả / không như quảng cáo / khác quảng cáo = 2.5 wrong-info
hàng giả / hàng nhái / hàng fake / fake / hàng dựng / hàng tàu / không chính hãng / không phải chính hãng = 2.5 quality
tạm / tạm được / tạm ổn / tàm tạm / cũng tạm / bình thường / cũng được / được mỗi / chỉ được / chưa được / chưa tốt / chưa ổn / chưa hài lòng / chưa ưng = 1
không bao giờ mua / không mua nữa / không bao giờ quay lại / không quay lại / không ủng hộ nữa / lần cuối mua / lần cuối = 2.5 past-experience
ai dám / ai còn dám / không dám / chẳng dám / tránh xa / đừng mua / đừng đặt / đừng tải / đừng cài / mọi người cẩn thận / cảnh giác = 2.5
1 sao / một sao / 2 sao / hai sao / 1star / 1 star / 2star / 2 star / chê = 2
cao / ^khác = 0.7
bất tiện / bất cập / gì cả / không hiểu / chịu không nổi / không chịu nổi / hết chịu nổi / không chịu được / mất uy tín / hết uy tín / mất lòng tin / hết tin / hết tin tưởng / hết muốn mua / mất niềm tin = 2.5
kiểu gì / làm ăn kiểu gì / thế này à / như thế này / thế mà / vậy mà / ai ngờ = 1.5
không chấp nhận được / không thể chấp nhận / không chấp nhận = 2.5
quảng cáo nhiều / nhiều quảng cáo / quảng cáo quá nhiều / toàn quảng cáo = 2 quality

[problem]
bị = 1
lỗi / bị lỗi / lỗi hoài / hỏng / bị hỏng / ^hư / hư hỏng / hỏng hóc / trục trặc / sự cố / có vấn đề / vấn đề = 2 quality
^vỡ / ^bể / nứt / rạn / ^gãy / đứt / sứt / ^mẻ / thủng / rách / toạc / bung / bung chỉ / bong / tróc / bong tróc / nát / ^dập / bẹp / móp / ^méo / móp méo = 2 quality
trầy / xước / trầy xước / ^bẩn / ^dơ / ^ố / ố vàng / mốc / bụi / dính keo / phai màu / bay màu / ra màu / xù lông / ^giãn / co rút / ^nhăn / nhăn nheo / loang / loang lổ / loang lỗ / lem / lem nhem / vón / bong keo / hở keo / sờn / chỉ thừa / may ẩu / đường may xấu = 1.5 quality
^hôi / bốc mùi / mùi lạ / mùi hôi / có mùi / hắc / ^hắt / nồng / nồng nặc / khó ngửi / thiu / ôi thiu / hết hạn / quá hạn sử dụng / cận date / gần hết hạn / date gần = 2 quality
ngứa / kích ứng / nổi mụn / dị ứng / ^rát / bết / vón cục / khô da / bị mụn / lên mụn = 1.5 quality
^chật / rộng / ngắn / dài / ^mỏng / ^dày / ^nhỏ / nặng / ^cứng / ^lỏng / lỏng lẻo / lệch / cộm / ^thô / ^sần / nhòe / ^mờ / ^rè / nhiễu / ^ồn / ^tối / nhạt màu / ^yếu = 0.3 quality
lag / ^giật / giật lag / ^đơ / đứng máy / treo / treo máy / bị treo / ^văng / văng ra / thoát ra / tự thoát / crash / bug / lỗi game / lỗi ứng dụng / không load / load chậm / tải chậm / chạy chậm = 2 quality
tốn pin / hao pin / hết pin nhanh / pin yếu / nóng máy / sập nguồn / tự tắt / mất sóng / rớt mạng / mất mạng / lỗi mạng / mất tiếng / không lên nguồn / không nhận sạc / sạc không vào = 2 quality
chậm / trễ / chậm trễ / trễ hẹn / lề mề / rùa bò = 1.5 delivery
lâu = 1
giao chậm / giao hàng chậm / ship chậm / giao lâu / giao hàng lâu / giao trễ / giao hàng trễ / vận chuyển chậm / giao hàng quá lâu = 2.5 delivery
giao thiếu / gửi thiếu / thiếu hàng / thiếu / thiếu đồ / thiếu quà / không có quà / không thấy quà / không được tặng / không tặng = 2 delivery
giao nhầm / giao sai / gửi nhầm / gửi sai / nhầm hàng / sai hàng / sai màu / sai size / sai mẫu / nhầm màu / nhầm size / nhầm mẫu / giao không đúng = 2.5 delivery wrong-info
mất hàng / thất lạc / không thấy hàng / chưa thấy hàng / hàng chưa về / hàng chưa tới / chưa nhận được hàng / không nhận được hàng / bom hàng = 2.5 delivery
tự hủy / bị hủy / hủy đơn / tự động hủy / hủy chuyến / bị hủy đơn = 2 return-cancel
đóng gói sơ sài / đóng gói cẩu thả / đóng gói ẩu / đóng gói kém / đóng gói tệ / không chống sốc / gói hàng sơ sài / hộp móp / hộp bị móp / hộp rách / bị ướt / ướt = 2.5 delivery
mất tiền / bị trừ tiền / trừ tiền / trừ tiền 2 lần / bị trừ / thu thêm / thu phí / tính thêm / tính phí / bị tính phí / tiền bị trừ / không hoàn tiền / chưa hoàn tiền / chưa được hoàn tiền / nạp tiền không vào / nạp không vào / mất acc / mất tài khoản / bị khóa / khóa tài khoản / bị hack = 2 billing
^trừ / kêu / tự nhiên / lúc được lúc không / khi được khi không / mất / ^khóa / bị đứng / đứng hình / tự động / tự nhiên bị / lỗi hệ thống / quên / bỏ sót / bỏ quên / kẹt / bị kẹt / khó dùng / khó sử dụng / khó chơi / khó hiểu / khó đọc / khó nhìn / khó mở / khó tìm = 1.5
khó / mùi = 0.7 quality
hay bị / thường bị / dễ bị / hay lỗi / hay bị lỗi = 1.5 quality
lại giao / mà giao / nhưng giao / lại gửi / mà gửi / gửi lộn / giao lộn / lộn / lộn size / lộn màu / nhầm lẫn = 1.5 delivery wrong-info
cũ / hàng cũ / đã qua sử dụng / xuống tông / xuống màu / lên tông / mau hỏng / mau hư / nhanh hỏng / nhanh hư / dễ vỡ / dễ rách = 1.5 quality

[service]
không trả lời / không phản hồi / không rep / không thèm trả lời / không thèm rep / không ai trả lời / không ai nghe máy / không nghe máy / không liên lạc được / không liên hệ được / gọi không được / gọi không ai nghe / nhắn không trả lời / không hồi âm = 2.5
không thèm / chả thèm / chẳng thèm / mặc kệ / bỏ mặc / phớt lờ / làm ngơ / lơ / lơ đi / im lặng / im re / seen không rep / đã xem không trả lời = 2.5
^chờ / ^đợi / chờ đợi / ngóng = 1
chờ mãi / đợi mãi / chờ hoài / đợi hoài / chờ lâu / đợi lâu / chờ cả tuần / đợi cả tuần / bắt chờ / bắt đợi / hẹn mãi / hẹn hoài / hẹn lần hẹn lữa / lần lữa / khất / khất lần = 2.5
thái độ / thái độ phục vụ / phục vụ kém / phục vụ tệ / nhân viên thái độ / thái độ lồi lõm / thái độ kém / thái độ tệ / chảnh / hách dịch / cọc cằn / cộc cằn / gắt / quát / mắng = 2
đùn đẩy / đẩy qua đẩy lại / đá qua đá lại / vòng vo / lòng vòng / quanh co = 2.5
khiếu nại / phàn nàn / than phiền / góp ý / phản ánh / báo lỗi = 2
gọi mãi / nhắn mãi / gọi nhiều lần / nhắn nhiều lần / inbox mãi / gọi tổng đài = 2

[request]
chỉnh / chỉnh lại / ^thay / thay mới / ^xóa / đừng = 0.7
^bỏ / lý do / lí do = 0.5
^phải = 0.3
mong / mong shop / mong admin / mong nhà phát triển / mong nhà phát hành / mong bên / mong muốn / hy vọng / hi vọng / mong là / mong rằng = 1
đề nghị / yêu cầu / ^đòi / xin hãy / làm ơn / ^hãy = 1.5
xem lại / xem xét / xem xét lại / kiểm tra lại / coi lại / cải thiện / cải tiến / khắc phục / ^sửa / sửa lỗi / sửa lại / fix / fix lỗi / nâng cấp / tối ưu / bổ sung / thêm tính năng = 1.5 quality
nên sửa / nên cải thiện / nên xem lại / cần cải thiện / cần sửa / cần khắc phục / cần xem lại / cần nâng cấp / phải sửa / nên bỏ / nên giảm / giảm bớt / ^bớt = 2 quality
giải quyết / xử lý / xử lí / giải thích / trả lời giúp / phản hồi giúp / cho lời giải thích / cần lời giải thích / giải đáp = 1.5
hoàn tiền / trả lại tiền / hoàn lại tiền / trả tiền lại / đền tiền / bồi thường / đền bù / ^đền = 2 return-cancel billing
đổi trả / đổi hàng / trả hàng / hoàn hàng / đổi lại / gửi lại / đổi size / đổi màu / đổi mới / đổi cái khác / bảo hành = 1.5 return-cancel
hủy / hủy đơn hàng / hủy dịch vụ / hủy gói / hủy đăng ký / ngừng dịch vụ / xóa tài khoản / xóa ứng dụng / ^gỡ / gỡ ứng dụng / gỡ app / xóa app = 1.5 return-cancel
nên thêm / cần thêm / có thêm / thêm / bổ sung thêm / giá mà / ước gì / phải chi / biết mấy / thì tốt hơn / sẽ tốt hơn / thì hay hơn / sẽ hay hơn / thì được hơn / sẽ được hơn / tốt hơn / hay hơn / được hơn / ổn hơn / hoàn thiện hơn / nhanh hơn / nhiều hơn / rõ hơn / dễ hơn / nếu có / nếu được / giá như / nếu có thể / cần có / cần được / cần phải / nên có / nên làm / nên để / nên cho / đề xuất = 1 quality
nên = 0.5
^gấp / khẩn / khẩn cấp / ngay / ngay lập tức / liền / sớm / càng sớm càng tốt / nhanh lên = 1

[escalate]
gặp quản lý / gặp người quản lý / gặp sếp / gặp cấp trên / nói chuyện với quản lý / nói chuyện với người quản lý / cho gặp / cho tôi gặp / cho mình gặp / chuyển cho quản lý / chuyển lên cấp trên / báo lên cấp trên / gọi quản lý ra / kêu quản lý = 3 manager

[question]
^sao / chứ / không hiểu sao / chẳng hiểu sao = 1
tại sao / vì sao / sao lại / là sao / sao vậy / sao thế / sao không / sao cứ / sao mãi / sao chưa = 1.5
đến bao giờ / tới bao giờ / bao giờ mới / khi nào mới / đến khi nào / tới khi nào / bao lâu nữa = 1.5
^đâu / đâu rồi / hàng đâu / tiền đâu = 1
ai chịu trách nhiệm / ai giải quyết / ai đền = 2.5

[ask]
# plain information and status questions: they never count towards a complaint ("bao giờ giao ạ?" asks; a
# chaser such as "bao giờ mới giao", "vẫn chưa", "mấy ngày rồi" or a delay does count)
cho mình hỏi / cho em hỏi / cho tôi hỏi / cho hỏi / mình muốn hỏi / em muốn hỏi / tôi muốn hỏi / muốn hỏi / hỏi chút / hỏi xíu / hỏi thăm = 0
làm sao / làm sao để / làm thế nào / làm thế nào để / thế nào / như thế nào / ra sao / cách nào / bằng cách nào = 0
bao giờ / bao lâu / khi nào / lúc nào / ở đâu / chỗ nào / bao nhiêu / có thể / được không ạ / chưa ạ / không shop / chưa shop = 0
chỉ giúp / chỉ cho / chỉ dẫn / chỉ mình / chỉ em / hướng dẫn / hướng dẫn giúp = 0
# wanting, needing, checking or updating something is a request, not a complaint by itself
muốn / cần / nếu / kiểm tra / kiểm tra giúp / thay đổi / cập nhật / update / muốn đổi / cần đổi = 0
có bảo hành / bảo hành bao lâu / bảo hành mấy / thời gian bảo hành / chế độ bảo hành = 0

[threat]
bóc phốt / phốt / đăng phốt / đăng lên facebook / đăng facebook / lên facebook / đăng lên mạng / đưa lên mạng / cho cả thế giới biết / cho mọi người biết / để mọi người biết / cảnh báo mọi người / làm lớn chuyện / làm to chuyện / bêu / bêu riếu = 3 conflict
lên mạng / đăng lên / đăng bài / đăng group = 1.5 conflict
báo công an / công an / cảnh sát / ^kiện / khởi kiện / đi kiện / tòa án / ra tòa / luật sư / pháp luật / báo chí / lên báo / nhà báo / truyền thông / tố cáo / tố giác = 3 conflict
bảo vệ người tiêu dùng / hội bảo vệ người tiêu dùng / quản lý thị trường / sở công thương / bộ công thương / cục cạnh tranh = 3 conflict
tẩy chay / chờ đấy / chờ đó / liệu hồn / coi chừng / biết tay / không để yên / không để yên đâu / sẽ không bỏ qua = 3 conflict
đánh giá thấp / đánh giá 1 sao / đánh giá một sao / 1 sao cho / vote 1 sao / review tệ = 2.5 conflict

[insult]
đồ ngu / ngu / ngu ngốc / ngu si / ngu dốt / ngu như / óc chó / không có não / não cá vàng / vô học / mất dạy / ^láo / láo toét / ^hỗn / hỗn láo / bố láo / khốn nạn / đồ khốn / khốn kiếp / súc vật / súc sinh / đồ chó / như chó / vô liêm sỉ / mặt dày / trơ trẽn / đê tiện / bỉ ổi / ăn hại / đồ ăn hại / đồ rác rưởi / đồ rác = 3 abuse
thằng / con mụ / bọn / lũ / tụi bây / chúng mày = 1.5 abuse
^mày / tao = 1 abuse
rác / rác rưởi / vô dụng / như rác = 2 quality

[profanity]
đm / ^đéo / đkm / dkm / đmm / đcm / vl / vcl / vkl / vđ / cc / cl / clgt / cmn / cmnr / con mẹ nó / mẹ nó / mẹ kiếp / ^địt / ^đụ / đù má / ^lồn / ^cặc / ^buồi / ^cứt / chết tiệt / vãi lồn / vãi l / như l / như cc / shit / fuck / wtf / vờ lờ = 2.5 abuse
đù / khỉ gió / mịa / mịe / bà nó = 1 abuse

[blame]
^lừa / lừa đảo / lừa dối / lừa gạt / bịp / bịp bợm / gian dối / gian lận / gian thương / ăn cướp / cướp / cướp tiền / lươn lẹo / lật lọng / treo đầu dê bán thịt chó / treo đầu dê / chiếm đoạt / quỵt / quỵt tiền / ^bùng / bùng tiền / ăn chặn / móc túi / chặt chém / hét giá / cắt cổ / đểu cáng = 3 billing
vô trách nhiệm / thiếu trách nhiệm / đổ lỗi / đổ thừa / cố tình / cố ý / coi thường / xem thường / coi thường khách hàng / khinh / khinh thường / xem khách hàng như / lỗi của shop / lỗi bên shop / lỗi của bên / tại shop / do shop = 2.5
hút máu / hút tiền / ăn tiền / làm ăn / làm ăn gian dối / làm ăn chụp giật / làm ăn như / buôn bán kiểu / bán hàng kiểu / kinh doanh kiểu / không có tâm / thiếu tâm / vô tâm / không uy tín / mất dạy thật = 2
không chuyên nghiệp / thiếu chuyên nghiệp / nghiệp dư = 2

[sarcasm]
cảm ơn vì … / cám ơn vì … / cảm ơn đã … / cám ơn đã … / cảm ơn shop đã … / cảm ơn shop vì … = 2
hay nhỉ / giỏi nhỉ / giỏi thật / tài thật / hay thật đấy / uy tín ghê / uy tín quá nhỉ / chất lượng ghê / tuyệt vời ghê / xuất sắc ghê / đỉnh thật / đỉnh ghê / quá đỉnh luôn / thật là tuyệt vời = 1.5
đúng là / thật là / đã vậy còn / đã thế còn / được cái / đã … còn = 1

[pos]
tốt / tốt lắm / rất tốt / khá tốt / ổn / ổn áp / ok / oke / okela / ổn định / good / nice / tuyệt / tuyệt vời / xuất sắc / hoàn hảo / đỉnh / đỉnh cao / xịn / xịn xò / ^chất / chất lượng / chất lượng tốt / perfect / best / tốt nhất = 1.5
đẹp / xinh / xinh xắn / dễ thương / cute / sang trọng / tinh tế / lịch sự / ưng / ưng ý / vừa ý / vừa vặn / ^hợp / phù hợp / vừa in = 1.5
hài lòng / thích / ^yêu / ^mê / ưng cái bụng / like / love / thích thú / hạnh phúc / vui / vui vẻ / hào hứng = 1.5
rẻ / giá rẻ / giá tốt / hợp lý / giá hợp lý / đáng tiền / đáng mua / đáng đồng tiền / đáng đồng tiền bát gạo / ngon bổ rẻ / ^hời / rẻ mà chất = 1.5
nhanh / nhanh chóng / giao nhanh / giao hàng nhanh / ship nhanh / giao hàng nhanh chóng / đúng hẹn / sớm hơn dự kiến / siêu tốc / thần tốc = 1.5
cẩn thận / kỹ / kĩ / kỹ càng / kĩ càng / chắc chắn / đóng gói cẩn thận / đóng gói kỹ / đóng gói đẹp / chu đáo / nhiệt tình / thân thiện / dễ chịu / chuyên nghiệp / uy tín / tận tình / tận tâm / chỉn chu = 1.5
chính hãng / hàng thật / hàng chuẩn / đáng tin cậy / tin cậy / đáng tin / an toàn / lành tính / hài hước / vui nhộn / chuẩn / chuẩn hình / giống hình / như hình / đúng hình / y hình / y như hình / giống ảnh / đúng mô tả / giống mô tả / như mô tả / đúng như mô tả / ^đúng / ^đủ / đầy đủ / nguyên seal / còn nguyên = 1.2
mịn / thơm / ngon / ^mát / êm / nhẹ / ^bền / sáng / rõ / nét / mượt / mượt mà / mềm / mềm mại / thoải mái / ^tiện / tiện lợi / hữu ích / bổ ích / dễ dùng / dễ sử dụng / dễ hiểu / hấp dẫn / giải trí / thú vị / hiệu quả / có tác dụng / công dụng tốt = 1.2
đánh giá cao / cao cấp / 5 sao / 5star / 5stars / 5 star / năm sao / sạch / sạch sẽ / rất được / nhờ / 10 điểm / mười điểm / điểm 10 / 10 đ / nên mua / sẽ ủng hộ / ủng hộ / ủng hộ tiếp / sẽ quay lại / sẽ mua lại / mua lại / mua tiếp / lần sau mua tiếp / yên tâm / an tâm / tin tưởng / recommend / khuyên mọi người nên mua = 1.5
không có gì để chê / không chê vào đâu được / không chê được / miễn chê / khỏi bàn / không lỗi / không bị lỗi / không vấn đề / không vấn đề gì / không có vấn đề gì / không hề hấn gì / không bị gì / không có gì phàn nàn / không hối hận / không thất vọng / không làm mình thất vọng / chưa bao giờ thất vọng / chưa từng thất vọng = 1.5
hay / không sao = 0.5
vừa = 0.5

[func]
^thể = 0.8
nhận / nhận được / nhận hàng / giao / giao hàng / ship / gửi / gửi hàng / ^tới / ^đến / tới nơi / đến nơi / có hàng = 1 delivery
được / thấy / có = 0.8
trả lời / phản hồi / rep / hồi âm / nghe máy / bắt máy / liên lạc / liên lạc được / liên hệ / liên hệ được / gọi lại / nhắn lại / giúp / hỗ trợ / tư vấn = 1.2
hoạt động / dùng được / sử dụng được / xài được / vào được / mở được / chạy / chạy được / đăng nhập / đăng nhập được / đăng ký / đăng ký được / ^tải / tải được / tải về / ^cài / cài được / kết nối / kết nối được / load / load được / lên / lên nguồn / ^sạc / sạc được / hiện / hiển thị / xem được / nghe được / chơi được / ^mở / ^bật / bật được / thanh toán được / nạp được / rút / rút tiền / rút được = 1.2 quality
hoàn / hoàn lại / trả lại / sửa được / đổi được / hủy được = 1.2
giống / khớp / vừa size / đúng size / đúng màu / đúng mẫu = 1 wrong-info
cho phép / chấp nhận / đồng ý = 0.8 policy

[polite]
cảm ơn / cám ơn / xin cảm ơn / cảm ơn nhiều / cảm ơn shop / cám ơn shop / thanks / thank / thank you / tks / thks / thanks shop = 1.5
^dạ / ^ạ / vâng / vui lòng / xin / giúp em / giúp mình / giúp với / giúp em với / ^nhé / nha / ^nhá / ạ nhé = 0.7
chúc shop / chúc / chúc shop buôn may bán đắt / buôn may bán đắt / chúc shop đắt hàng / đắt hàng = 1.5
xin lỗi / xin phép / làm phiền / phiền shop = 0.7

[negator]
không / ^chẳng / ^chả / không hề / chẳng hề / chả hề / đâu có / có đâu / đâu phải / không phải / chẳng phải / không bao giờ / chẳng bao giờ / không còn / chẳng còn = 1
chưa / chưa hề / chưa bao giờ / chưa từng / vẫn chưa / mãi chưa / mãi không / hoài không / cũng chưa = 0.8

[intens]
rất / siêu / quá là / cực kỳ là / rất là / hơi bị / đặc biệt / vô cùng là / hoàn toàn / luôn luôn = 1
khá / tương đối = 0.4

[intens-post]
quá / ^lắm / ^vãi / ghê / ghê gớm / dã man / khiếp / quá trời / quá xá / quá đáng / ^dữ / dữ vậy / dữ thần / kinh / kinh hồn / vãi chưởng / vãi đạn / vãi cả / hết chỗ nói / hết nói / không tả nổi / nhất / luôn / thật / thiệt / cực / cực kỳ / cực kì / vô cùng / hết sức / thật sự / thực sự = 1
thế / vậy = 0.3

[excess]
^hơi / có hơi / hơi hơi / bị hơi / hơi bị ít / quá nhiều / nhiều quá / ít quá / quá ít = 1 quality

[contrast]
nhưng / nhưng mà / tuy nhiên / tuy / tuy vậy / có điều / chỉ có điều / chỉ là / có cái / chỉ có / ^chỉ / mỗi tội / phải cái / tiếc cái / chỉ tiếc / chỉ tiếc là / chỉ có cái / duy chỉ / duy nhất / ngoại trừ / song / trong khi / mặc dù / dù vậy / tuy là / riêng / cơ mà / nhưng được cái = 1
^mà = 0.3

[persist]
vẫn / vẫn còn / ^mãi / hoài / suốt / liên tục / thường xuyên / ^cứ / toàn / lúc nào cũng / mãi mãi / nữa / cứ bị / lại bị / lại còn / còn bị / cũng bị = 1
lại = 0.5
mỗi lần / lần nào / bây giờ / giờ lại / ngày càng / càng ngày càng / hiện tại / lần nào cũng / mấy lần / nhiều lần / bao nhiêu lần / lần trước / lần thứ / lần 2 / lần thứ hai / lần thứ 2 / lần 3 / lần thứ ba / đã từng / trước đây / trước giờ / hồi trước / dạo này / gần đây / từ khi / từ lúc / sau khi / sau khi cập nhật / sau khi update / bản cập nhật mới / bản mới / lần mua trước / đơn trước = 1 past-experience

[wait]
ngày / hôm / tuần / tháng / tiếng / tiếng đồng hồ / giờ / năm = 1
phút = 0.5

[quantity]
mấy / vài / nhiều / cả / hơn / gần / hai / ba / bốn / sáu / bảy / tám / chín / mười / mấy chục / cả chục / nửa = 0

[neutral]
3 sao / 4 sao / ba sao / bốn sao / 3star / 4star = 0
không biết / chưa biết / không rõ / chưa rõ / chưa dùng / chưa sử dụng / chưa xài / chưa thử / chưa dùng thử / chưa test / chưa kiểm tra / không những / chẳng những / không chỉ / chẳng chỉ / không nói / hay không / được không / có không / không nhỉ / không ạ / không vậy / không nào / hay sao / không cần / không phải lo / không lo / không ngờ / chưa kịp / chưa có thời gian / không cần phải / hỗn hợp / lựa chọn / ^lựa / thư giãn / mồ hôi / cài đặt / nếu không / không thì = 0

[topic]
# support nouns: what the ticket is about, never a complaint by themselves
nhắn tin / tin nhắn / nhắn / gọi / gọi điện / xác nhận / khách hàng / ^khách / tổng đài / chăm sóc khách hàng / cskh / nhân viên / shipper / người giao hàng / bên giao hàng / bên vận chuyển = 0.3
email / địa chỉ email / số điện thoại / đặt lại mật khẩu / lấy lại mật khẩu / khôi phục mật khẩu / đổi mật khẩu / quên mật khẩu / thông tin tài khoản = 0.3
# words that contain a cue word: accessory, component, event (not "kiện", to sue)
phụ kiện / linh kiện / sự kiện = 0.3 quality
địa chỉ / địa chỉ giao hàng / địa chỉ nhận hàng = 0.4 delivery
# a manager mentioned ("quản lý" is also "to manage") is not a manager demanded ([escalate])
quản lý / người quản lý / cấp trên / sếp / giám đốc / chủ shop / người có trách nhiệm / người phụ trách / bộ phận có thẩm quyền / ban quản lý / ban giám đốc = 0.8 manager
vận chuyển / đơn vị vận chuyển / đơn hàng / đơn / bưu điện / bưu cục / kiện hàng / gói hàng / đóng gói / ^hộp / bao bì / phí ship / phí vận chuyển / mã vận đơn = 0.5 delivery
^đổi / ^trả / hoàn trả / đổi trả hàng / hủy bỏ / gia hạn / đăng ký gói = 0.5 return-cancel
tiền / thanh toán / hóa đơn / phí / giá / tài khoản / chuyển khoản / ^thẻ / ^ví / ví điện tử / nạp / nạp tiền / nạp thẻ / số dư / trả góp / ^lãi / lãi suất / khoản vay / cước / cước phí / gói cước / hoàn tiền về / tiền thừa / mã giảm giá / voucher / khuyến mãi / xu = 0.5 billing
chính sách / quy định / điều khoản / điều kiện / thủ tục / quy trình / bắt buộc / ^bắt / ép / ép buộc / không cho / không cho phép / không cho đổi / không cho trả / không cho xem hàng / không cho kiểm tra / không được kiểm tra / không được xem hàng / liên kết facebook / bắt đăng nhập / bắt liên kết = 1.2 policy
thông tin / mô tả / hình / ^ảnh / hình ảnh / tư vấn sai / nói là / bảo là / báo là / được báo / hứa / hứa hẹn / cam kết / quảng cáo là / ghi là / ghi rõ / thông tin sai / sai thông tin / báo sai / nói sai / nói dối / nói một đằng làm một nẻo = 0.8 wrong-info
quà / quà tặng / tặng kèm / tiếng việt / hệ thống / mật khẩu / thông báo / phần / đặt / đặt hàng / đơn đặt hàng = 0.4 delivery
hạn sử dụng / nhập / mật mã = 0.5 quality
chất liệu / vải / ^màu / size / kích thước / pin / ^máy / app / ứng dụng / game / phiên bản / tính năng / sản phẩm / hàng / ^đồ / màn hình / camera / loa / âm thanh / đồ họa / giao diện / server / máy chủ / ^mạng = 0.3 quality

[self]
tôi / mình / em / tớ / tui / bọn mình / chúng tôi / bên mình / nhà mình = 1

[addressee]
shop / cửa hàng / bạn / các bạn / admin / nhà phát triển / nhà phát hành / nhà sản xuất / anh / chị / quý công ty / công ty / nph / nsx / ad = 1

[expect]
tưởng / cứ tưởng / tưởng là / cứ nghĩ / hóa ra / ai dè / đáng lẽ / lẽ ra / đáng ra / phải là / theo như / theo mô tả / theo quảng cáo / trên hình / trên ảnh / trong hình / trong ảnh / so với hình / so với ảnh / nói là sẽ / hẹn là / hứa là = 1 wrong-info
`;

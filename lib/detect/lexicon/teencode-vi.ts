/**
 * Vietnamese teencode and abbreviations, expanded before matching in Vietnamese sentences.
 * One line per expansion: "short / other short = full words". Matching is on the lower-case word as typed.
 * Only add forms that are not ordinary words of their own (e.g. not "bao" or "con").
 */
export const VI_TEENCODE = String.raw`
ko / k / kh / khg / hok / hông / hem / khum / kô / hk / k0 / khôg / ko0 / hổng = không
dc / đc / dk / đk / dcc / đươc = được
sp / sảnphẩm = sản phẩm
ntn = như thế nào
j / ji = gì
vs / vz = với
r / rùi / roài = rồi
ms = mới
mn / ng = người
nv = nhân viên
tl / trl = trả lời
sdt / sđt = số điện thoại
dt / đt / dth = điện thoại
cx / cg / cũg = cũng
lun / luônn = luôn
z / v / zậy / dzậy / zị / vại / vạy / vậyy = vậy
thik / thíc / thjk = thích
iu = yêu
oke / okie / okê / okla / okay = ok
xink / xynh = xinh
trc / trk = trước
bjo / bgio = bây giờ
mik / mk / mjk / mìn = mình
ns = nói
nt = nhắn tin
kq = kết quả
bik / bít / bjk = biết
ak / ah = à
lm = làm
bn = bao nhiêu
nhg / nhưg = nhưng
nma / nhma = nhưng mà
wá / wa / qá / qa / quáa = quá
lém / lắmm = lắm
thui = thôi
nhìu / nhiu = nhiều
kb / kbt = không biết
fb / face / phây / fây / facebok / facebOk = facebook
ad / adm = admin
đh / dh = đơn hàng
ib / inb = inbox
bt / bth / bthg = bình thường
hqua = hôm qua
cty = công ty
sr / sorry = xin lỗi
pải / fải = phải
hàg = hàng
đag / dag = đang
đug = đúng
ạk / ạh = ạ
`;

/** Messages for the agent, in the language of the text they are about. Short: the side panel is narrow. */

import type { Address } from './honorific';
import type { CoachLang, WarningKind } from './types';

const LANG_NAME = {
  en: { en: 'English', vi: 'Vietnamese' },
  vi: { en: 'tiếng Anh', vi: 'tiếng Việt' },
} as const;

export interface MessageParams {
  /** honorific: the word used and the one chosen. */
  used?: Address;
  wanted?: string;
  /** language: the customer's language. */
  customerLang?: CoachLang;
}

export function message(kind: WarningKind, lang: CoachLang, p: MessageParams = {}): string {
  const vi = lang === 'vi';
  switch (kind) {
    case 'blame':
      return vi
        ? 'Câu này có thể khiến khách thấy bị đổ lỗi. Hãy tập trung vào cách giải quyết.'
        : 'This can read as blaming the customer. Focus on the fix instead.';
    case 'deflect':
      return vi
        ? 'Đừng đẩy khách sang nơi khác: hãy nhận việc hoặc kết nối khách với người phụ trách.'
        : "Don't send the customer elsewhere: own it or bring in the right person.";
    case 'argue':
      return vi
        ? 'Câu này bác bỏ lời khách. Hãy ghi nhận và đề nghị kiểm tra cùng khách.'
        : "This contradicts the customer. Acknowledge what they saw and offer to check.";
    case 'absolute':
      return vi
        ? 'Tránh khẳng định tuyệt đối hay bảo khách bình tĩnh: hãy ghi nhận và nói điều mình làm được.'
        : 'Sweeping wording can escalate. Acknowledge, then say what you can do.';
    case 'no-check-back':
      return vi
        ? 'Kết thúc bằng một câu hỏi để chắc rằng giải pháp đã ổn với khách.'
        : 'End with a question that checks the solution works for the customer.';
    case 'no-thanks':
      return vi ? 'Nhớ cảm ơn khách hàng.' : 'Remember to thank the customer.';
    case 'vi-opening':
      return vi
        ? 'Mở đầu câu trả lời lễ phép bằng “Dạ” hoặc “Vâng”.'
        : 'Open a Vietnamese reply politely with “Dạ” or “Vâng”.';
    case 'honorific': {
      const used = p.used ?? '';
      if (used === 'mày') return vi ? 'Không xưng “mày” với khách hàng.' : 'Never address a customer as “mày”.';
      return vi
        ? `Khách được xưng là “${p.wanted ?? ''}”, không phải “${used}”.`
        : `Address the customer as “${p.wanted ?? ''}”, not “${used}”.`;
    }
    case 'language': {
      const name = LANG_NAME[lang][p.customerLang ?? 'en'];
      return vi ? `Khách viết bằng ${name}; hãy trả lời bằng ${name}.` : `The customer wrote in ${name}; reply in ${name}.`;
    }
  }
}

import type { CueSet } from './cues';
import { EN_WARNINGS } from './warnings.en';

/**
 * English cues. Pattern syntax: see patterns.ts — (a|b|) alternatives, * skips up to 4 words, [ ] narrow the
 * reported span. Apostrophes split words, so "that's" is the two words "that s"; list "thats" separately
 * when agents commonly drop the apostrophe.
 *
 * A warning's `s` (suggestion) replaces exactly the matched span, so it is written to fit the rest of the
 * sentence: "You should have checked the size" → "It would have helped to have checked the size".
 * A suggestion is left out where no replacement keeps the meaning (the message still explains).
 */
export const EN: CueSet = {
  lang: 'en',

  steps: {
    // Step 2 — empathize / show appreciation.
    2: [
      'sorry',
      '(apologize|apologise|apologies|apology)',
      'i (totally|completely|really|fully|truly|) (understand|get) (how|why|that|what)',
      'i understand your (frustration|concern|concerns|disappointment|worry|point|situation)',
      'i can (see|imagine) (how|why)',
      '(understand|imagine) how (frustrating|annoying|upsetting|disappointing|stressful|inconvenient)',
      '(i|we) (truly|really|sincerely|) regret',
      '(thank|thanks) * for (telling|letting|reaching|contacting|writing|bringing|raising|flagging|sharing|your patience|your feedback|your message|being patient|bearing|pointing)',
      '(i|we) (really|truly|sincerely|) appreciate',
      '(that|this|it) must (be|have been) (frustrating|annoying|upsetting|disappointing|stressful|difficult|hard|worrying)',
      'i hear you',
      '(completely|totally|fully) understand',
      'i know how (frustrating|annoying|disappointing|stressful)',
      'not the experience (you|we)',
      '(i|we) (totally|completely|really|fully|truly|) understand (this|that|thats|it|it s|how|why)',
      '(thank|thanks) * for (getting|getting back|your understanding|your email|your time|your order|your business|choosing)',
    ],
    // Step 3 — clarify: restate, ask for details, ask what outcome they want.
    3: [
      '(could|can|would) you (please|) (tell|let|send|share|confirm|give|check|describe|clarify|provide|attach|forward)',
      'would you mind',
      'please (send|share|confirm|let me know|tell|provide|reply with|attach)',
      'may i (ask|have|check)',
      // Asking for the number, not mentioning it ("…with your tracking number").
      '(send|share|confirm|give|provide|attach|forward|include|reply with|check) (me|us|) (your|the|) (order|ticket|booking|account|tracking|invoice|reference|serial) number',
      '(what|which) (is|s|was) (your|the) (order|ticket|booking|account|tracking|invoice|reference|serial) number',
      'did i (understand|get) (that|this|it|you|everything) (right|correctly)',
      '(if|do) i understand (you|this|it|) (correctly|right)',
      '(just|so) to (confirm|clarify|be sure|make sure|double check)',
      'to make sure i (understand|understood|have|got)',
      '(you re|you are|youre) saying',
      'what (would you like|outcome|result|would help|would be best|would you prefer)',
      'how (can|may) (i|we) help',
      '(is|was) (that|this|it) (right|correct)',
      'when did (this|it|you)',
      'let me make sure',
      'am i right (that|in)',
      '(once|when|as soon as) you (confirm|send|share|tell me|let me know|reply)',
      'tell me (which|what|when|where|how|if|whether)',
      '(is|are) your (delivery|shipping|billing|postal|email|) (address|email|phone|number|details) (still|correct|right|up to date)',
      'which (device|card|card type|size|model|browser|phone|app|version|colour|color|address) (you|are|is|did|do)',
      '(you mentioned|you said|you wrote|you told us)',
    ],
    // Step 4 — offer a solution or options.
    4: [
      '(we|i) (will|ll|shall)',
      '(i|we) (have|ve) (already|just|now|also|) (arranged|sent|issued|processed|refunded|replaced|escalated|booked|credited|applied|added|cancelled|canceled|updated|fixed|reshipped|requested|raised|reset|upgraded|extended|waived|included|pushed|corrected|re sent|resent|re booked|rebooked|reported|opened|created|activated|unlocked|restored|reversed|removed|reissued|put|scheduled|ordered|reserved|moved|changed|enabled)',
      '(i m|i am|we re|we are) (going to|sending|refunding|arranging|issuing|shipping|replacing|crediting|cancelling|canceling|booking|upgrading|adding|organising|organizing|reversing|reshipping)',
      '(i d|i would|we d|we would) (like|be happy|love|be glad) to (offer|send|arrange|refund|replace|give|book|make|call|cover)',
      '(is|are) (now|already|) being (sent|shipped|dispatched|refunded|replaced|processed|arranged|reshipped|prepared|packed)',
      'on (its|their) way',
      '(please|) try (again|restarting|reinstalling|clearing|resetting|updating|another|a different|it again)',
      '(refund|refunds|refunded|reimburse|reimbursement)',
      '(replacement|replace|reship|resend|exchange)',
      '(store|account) credit',
      '(voucher|coupon|discount)',
      'you can (choose|pick|either|keep|return|get|select|wait|cancel|try)',
      '(two|three|a few|some|these|following|both) options',
      'option (1|one|a)',
      '(i|we) can (also|either|still|instead|) (offer|send|arrange|refund|replace|fix|ship|give|cover|extend|upgrade|credit|issue|waive|make|book|resend|reship|cancel)',
      'here (is|s) what (i|we) (can|will|ll)',
      'next step',
      'let me (look into|check|fix|sort|arrange|escalate|get|find|send|chase|follow up)',
      'free of charge',
      'at no (extra|additional|) (cost|charge)',
    ],
    // Step 5 — check back: is the customer satisfied with the solution?
    5: [
      '(does|would|will) (this|that|it) (work|sound|help|suit)',
      'how does (this|that) sound',
      'are you (happy|comfortable|ok|okay|satisfied|fine) with',
      'is (this|that) (ok|okay|acceptable|alright|all right|fine|good) (for|with|to) you',
      'would (this|that) be (ok|okay|acceptable|alright|all right|helpful|fine)',
      'does (this|that) (solve|resolve|fix|answer|address|cover|match)',
      'let me know if (this|that) (works|helps|is|solves|sounds)',
      'let me know (what|how) you (think|feel)',
      'anything else (i|we) can',
      'is there anything else',
      'which (option|one) (works|suits|would you prefer|do you prefer)',
      'let me know (if|once|when|whether|how) (it|this|that|everything|anything|they|the|you|she|he)',
      'if (there s|there is|theres) anything (more|else) (i|we) can',
      // Short on purpose: a step hit's length says how much of a reply is that step (the importer's guess).
      '(suit|suits|work for|sort it for|sort this for|sort that for) you',
      'would (she|he|they|you) like (that|this)',
    ],
  },

  ...EN_WARNINGS,

  thanks: ['thank', 'thanks', 'thankful', 'grateful', 'appreciate', 'appreciated', 'thx'],

  closings: [
    '(best|kind|warm|warmest) (regards|wishes)',
    'regards',
    'sincerely',
    'cheers',
    'all the best',
    'have a (good|great|nice|lovely) (day|evening|weekend|week)',
    'best',
  ],
};

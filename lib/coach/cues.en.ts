import type { CueSet } from './cues';

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
    ],
    // Step 3 — clarify: restate, ask for details, ask what outcome they want.
    3: [
      '(could|can|would) you (please|) (tell|let|send|share|confirm|give|check|describe|clarify|provide|attach|forward)',
      'would you mind',
      'please (send|share|confirm|let me know|tell|provide|reply with|attach)',
      'may i (ask|have|check)',
      '(order|ticket|booking|account|tracking|invoice|reference|serial) number',
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
    ],
    // Step 4 — offer a solution or options.
    4: [
      '(we|i) (will|ll|shall)',
      '(i|we) (have|ve) (arranged|sent|issued|processed|refunded|replaced|escalated|booked|credited|applied|added|cancelled|canceled|updated|fixed|reshipped|requested|raised|reset|upgraded|extended|waived)',
      '(refund|refunds|refunded|reimburse|reimbursement)',
      '(replacement|replace|reship|resend|exchange)',
      '(store|account) credit',
      '(voucher|coupon|discount)',
      'you can (choose|pick|either|keep|return|get|select)',
      '(two|three|a few|some|these|following|both) options',
      'option (1|one|a)',
      '(i|we) can (offer|send|arrange|refund|replace|fix|ship|give|cover|extend|upgrade|credit|issue|waive)',
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
    ],
  },

  blame: [
    // Only customer actions: "you should have received an email" is information, not blame.
    {
      p: 'you should (have|ve) ] (checked|read|contacted|called|kept|ordered|chosen|selected|followed|looked|asked|told|informed|measured|entered|waited|noticed|reported|returned|paid|updated|used|filled|signed|registered|verified|confirmed|known|realised|realized|thought|double|saved|tested|tried|opened)',
      s: 'it would have helped to have',
    },
    { p: '(as|like) i (already|) (said|told you|mentioned|explained|stated|wrote) (before|earlier|previously|above|)', s: 'to recap' },
    { p: 'as (already|previously) (stated|mentioned|explained)', s: 'to recap' },
    { p: 'your (own|) fault', s: 'a mix-up' },
    { p: 'you (did not|didn t|didnt|never) read', s: 'the information may not have been clear in' },
    { p: 'you (failed|forgot|neglected) to', s: "it looks like you weren't able to" },
    { p: 'you (were|are) supposed to', s: 'the next step is to' },
    // "You must have been so worried" is empathy; only guesses about a customer mistake are blame.
    {
      p: 'you must (have|ve) ] (entered|typed|selected|chosen|clicked|made|put|used|missed|deleted|ordered|given|forgotten|misread|misunderstood|ignored|skipped)',
      s: "it's possible you",
    },
    { p: '(that s|that is|thats) on you', s: "that's something we can sort out together" },
    { p: '(it s|it is|its) your (responsibility|problem|job)', s: "it's something we can sort out together" },
    { p: 'you (obviously|clearly) (did not|didn t|didnt)', s: 'you may not have' },
    { p: 'user error', s: 'a mix-up' },
  ],

  deflect: [
    { p: 'not (my|our) (department|job|area|responsibility|problem|team)', s: "something the right colleague can help with, and I'll bring them in" },
    { p: '(isn t|isnt) (my|our) (department|job|area|responsibility|problem)', s: "is something the right colleague can help with, and I'll bring them in" },
    { p: '(there is|there s|theres) nothing (i|we) can do', s: 'I wish I could change this, and here is what I can do' },
    { p: 'nothing (i|we) can do', s: "a limit I can't change, but here is what I can do" },
    { p: '(you ll|you will|youll) (have|need) to (contact|call|ask|email|talk to|speak to|reach out to) (someone|somebody|another|a different|the other|them) (else|team|department|)', s: "I'll connect you with the right person" },
    { p: '(i|we) (can t|cannot|can not|cant) help (you|) (with that|with this|there|)', s: 'let me find the best person to help with this' },
    { p: '(that s|that is|thats) not (something|what) (i|we) (deal with|handle|do)', s: "that's something I'll get the right team to handle" },
    { p: 'not my fault', s: 'a frustrating situation' },
    { p: '(talk|speak) to (someone|somebody) else', s: 'let me bring in a colleague who can help' },
  ],

  absolute: [
    // "That's impossible" argues with the customer; "it's impossible to log in" restates their problem.
    { p: '(that s|that is|thats) (impossible|not possible)', s: "that's unexpected, and I'd like to look into it" },
    { p: '(that s|that is|thats) (not true|untrue|false)', s: 'I see this a little differently, let me explain' },
    { p: '(you re|you are|youre) (wrong|mistaken|incorrect)', s: "I may not have explained this clearly" },
    { p: '(this|that|it) never (happens|happened)', s: "that's unusual, and I'd like to look into it" },
    { p: '(this|that) (can t|cannot|could not|couldn t|cant) (have happened|be true|be right)', s: "that's unusual, and I'd like to look into it" },
    { p: '(we|our team|our system) never (make|makes|made) (mistakes|errors|a mistake|an error)', s: "we're checking this carefully" },
    { p: 'absolutely not', s: "I'm afraid not, but here is what I can do" },
    { p: '(please|just|you need to|you should|try to) calm down', s: 'I understand this is frustrating' },
    { p: 'no exceptions' },
  ],

  // Kind phrases that contain a warning cue; a warning overlapping one of these is dropped.
  exceptions: [
    '(not|isn t|isnt|wasn t|wasnt|never) your (own|) fault',
    '(never|not) (happens|happen) again',
    '(i|we) (can t|cannot|cant) help but',
  ],

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

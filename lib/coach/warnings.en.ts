import type { CueSet } from './cues';

/**
 * English warning cues: the SHAPE of each problem (who does what to whom), built from word classes, so a new
 * wording of the same move is caught. Pattern syntax: see patterns.ts. Each suggestion replaces exactly the
 * reported span and is written to fit the words around it.
 */

// ---- word classes ------------------------------------------------------------------------------------------

/** Someone other than us the customer could be sent to. */
const THIRD =
  '(courier|couriers|carrier|carriers|delivery company|delivery firm|delivery partner|shipping company|post office|postal service|' +
  'driver|bank|banks|card issuer|card provider|issuer|issuing bank|receiving bank|beneficiary bank|manufacturer|manufacturers|maker|' +
  'brand|seller|vendor|supplier|retailer|merchant|airline|hotel|insurer|insurance company|network|provider|operator|landlord|' +
  'partner|partners|partner company|installer|marketplace|platform|dealer|service centre|service center|repair shop|customs|' +
  'payment provider|card company|credit card company|phone company|store|shop|store you bought it from|shop you bought it from|restaurant|venue|organiser|organizer|agency|council|garage|pharmacy|clinic|accounts team|billing team|' +
  'them|they|someone else|somebody else|another team|another department|' +
  'the other team|the right team|a different team|a different department)';

/** Whose: "the courier", "your bank", "their support line". */
const DET = '(the|your|their|a|an|)';

/** Ways of sending someone to a third party. */
const CONTACT =
  '(contact|call|phone|ring|email|e mail|message|chase|ask|reach out to|get in touch with|get hold of|speak to|speak with|' +
  'talk to|talk with|complain to|write to|take it up with|take this up with|take that up with|raise it with|raise this with|' +
  'check with|follow up with|file a claim with|open a claim with|lodge a complaint with|make a complaint to|report it to|' +
  'take the matter up with|take this matter up with|take it to|take it back to|bring it to|send it to|go back to|reach|direct your complaint to|direct your query to|' +
  'direct this to|send your complaint to|address your complaint to|forward it to|forward this to|redirect your query to)';

/** Who is told to do it: a request to the customer, not something we do ("I'll contact the courier"). */
const TOLD_YOU =
  'you (ll need to|will need to|ll have to|will have to|would need to|d need to|need to|have to|should|must|can|could|' +
  'may want to|might want to|d want to|ll want to|are welcome to|re welcome to|ought to|d better|re better off|are better off)';

/** "I would suggest you…", "we'd recommend that you…". */
const TOLD_SUGGEST = '(i|we) (d|would|) (suggest|recommend|advise|ask) (that|) you (to|)';

/** …or without "you": "please", "kindly", "best to", "we advise you to". */
const TOLD_OTHER =
  '(please|kindly|best to|your best option is to|the best option is to|it s best to|it is best to|it would be best to|your best bet is to|the best way is to|' +
  'we advise you to|we recommend you|i d recommend you|i recommend you|i suggest you|i d suggest you|we suggest you|' +
  'i advise you to|we d advise you to|i would advise you to)';

/** A clause-opening imperative: "Contact Evri yourself", "so, call your bank". */
const IMPERATIVE = '^ <(contact|call|phone|ring|email|chase|ask|reach out to|get in touch with|speak to|talk to|complain to|write to|take it up with|take it to)';

const ADVERB = '(also|just|simply|directly|first|instead|again|then|)';

const ON_THEIR_OWN = '(yourself|on your own|by yourself|themselves|directly yourself)';

/** Things a customer does with an order, typed wrong. */
const CUSTOMER_ACT =
  '(entered|typed|selected|chose|picked|gave|gave us|used|put|put in|wrote|provided|ordered|clicked|filled in|sent|sent us|booked|' +
  'added|input|bought|purchased|installed|set|inserted|plugged|connected|registered|applied|chosen|given|supplied)';

/** Steps a customer skipped, in blaming "you didn't …". */
const SKIPPED_STEP =
  '(check|read|follow|measure|seal|confirm|update|enter|select|register|activate|install|verify|notice|keep|test|save|tighten|' +
  'charge|clean|dry|prime|lock|close|attach|backup|back|pay|sign|tell|inform|mention|specify|choose|review|double)';

/** Claims a customer made about what went wrong. */
const FAULT_STATE =
  '(missing|broken|damaged|faulty|defective|wrong|lost|late|short|spoiled|spoilt|empty|cracked|used|opened|stale|expired|' +
  'incorrect|incomplete|the problem|the issue|the cause|our fault|true|possible|real|double charged|charged twice)';

/** What a company "never" does, in a denial ("our system never takes money for…"). */
const NEVER_DOES =
  '(takes|take|charges|charge|charged|double|double charges|overcharges|makes|make|sends|send|ships|ship|sells|sell|' +
  'leaves|leave|loses|lose|breaks|break|fails|fail|bills|bill|misses|miss|happens|goes|go|gets|get|arrives|arrive|' +
  'deducts|deduct|debits|debit|processes|process|lets|allows|allow|has|have|mixes|mix|forgets|forget|skips|skip|packs|pack)';

export const EN_WARNINGS: Pick<CueSet, 'blame' | 'deflect' | 'argue' | 'absolute' | 'offers' | 'exceptions'> = {
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
    { p: '(you were|you are|you re|youre) supposed to', s: 'the next step is to' },
    // "You must have been so worried" is empathy; only guesses about a customer mistake are blame.
    {
      p: 'you must (have|ve) ] (entered|typed|selected|chosen|clicked|made|put|used|missed|deleted|ordered|given|forgotten|misread|misunderstood|ignored|skipped|dropped)',
      s: "it's possible you",
    },
    { p: '(that s|that is|thats) on you', s: "that's something we can sort out together" },
    { p: '(it s|it is|its|this is|this s|that is|that s|that was|it was|this was) (entirely|all|completely|) your (responsibility|problem|job|mistake|error|fault|doing)', s: "it's something we can sort out together" },
    { p: 'you (obviously|clearly) (did not|didn t|didnt)', s: 'you may not have' },
    { p: '(user|customer) error', s: 'a mix-up' },
    { p: '(the|your) (customer|customers|buyer|user|recipient|account holder|purchaser) s (own|) (responsibility|job|problem|fault)', s: 'something we can sort out together' },
    { p: '(a result of|due to|because of|down to|caused by) you (not|never|failing|forgetting|ignoring|skipping|using|leaving|putting|washing|dropping|mishandling|misusing) ~', s: 'something we can look into together' },
    // Second person + an order action + wrong: "you entered the wrong postcode", "you gave us an incorrect email".
    { p: `you (accidentally|mistakenly|probably|must have|have|ve|) ${CUSTOMER_ACT} (the|a|an|your|in the|in a|in your|) (wrong|incorrect|invalid|mistyped)`, s: 'there was a mix-up with the' },
    { p: `you (accidentally|mistakenly|) (mistyped|misspelled|misspelt|misread|misunderstood|misused|mixed up)`, s: 'there was a mix-up with' },
    // The mistake is placed on the customer: "the mistake was on your end".
    {
      p: '(the|this|that|it) (mistake|error|problem|issue|fault) (was|is|lies|came|comes|s) (from|with|) (on your end|on your side|with you|from you|yours|your own|your end|your side)',
      s: 'we need to correct this',
    },
    // Caused by the customer: "caused by the user", "caused by the customer putting the router…".
    { p: '[ caused by (the|a|) (user|users|customer|customers|you) ] (putting|placing|leaving|using|dropping|handling|storing|installing|not|keeping|charging|running|forgetting|pulling|yanking)', s: 'caused by' },
    { p: 'caused by (the|a|) (user|users|customer|customers|you|misuse|mishandling|improper use|incorrect use|careless)', s: 'a sign of wear or handling' },
    // "You typed your email address incorrectly": the object between the verb and the adverb is kept.
    { p: `you ${CUSTOMER_ACT} <(your|the|a|an|) * > (incorrectly|wrongly|by mistake|wrong)`, s: '{w} came through incorrectly' },
    // "…because you left it charging overnight": the cause pinned on the customer, to the end of the clause.
    { p: '(because|since|as a result of) you (left|dropped|used|put|kept|forgot|didn t|did not|ignored|skipped|installed|washed|stored|opened|removed|broke|damaged|bent|overloaded|overfilled|overcharged|overtightened|forced|ran|pulled|yanked|pressed|mixed|spilled|spilt|poured|plugged|unplugged|shook|tried|attempted|tampered|modified|tore|sat|stood|knocked|microwaved|heated|froze|exposed|never|failed|neglected) ~', s: "and we'd like to find out exactly why" },
    // "It wasn't stored as per the instructions", "the device was dropped by you".
    { p: '(wasn t|was not|weren t|were not|hasn t been|haven t been|not been) <(stored|used|installed|assembled|handled|cleaned|charged|maintained|kept|washed|set up|fitted|applied|operated|looked after|mounted|connected)> (as per|according to|in line with|following|as described in|as shown in|correctly|properly|as instructed|as directed|as recommended|the right way|carefully) ~', s: "may not have been {w} quite as described, so let's look at it together" },
    { p: '(was|were|been) <(dropped|damaged|broken|misused|mishandled|bent|scratched|cracked|opened|washed|used|tampered with|modified)> by you', s: 'may have been {w}' },
    { p: '^ had you (checked|read|followed|measured|looked at|looked|asked|contacted|told us|confirmed|entered|chosen|selected) ** (wouldn t|would not|could not|couldn t|might not|would|wouldn t) (have|ve) _', s: "I'm sorry this wasn't clearer" },
    { p: 'if you (had|d) (read|checked|followed|measured|looked at|looked|asked|contacted|told us|confirmed|chosen|selected) ** (wouldn t|would not|could not|couldn t|might not) (have|ve) _', s: "I'm sorry this wasn't clearer" },
    { p: '(next time|in future|in the future) (please|just|) <(double check|check|read|make sure|be careful|remember to|ensure|measure|confirm|choose|select|look at|follow)>', s: 'if it helps, next time you could {w}' },
    { p: 'if you (had|d) (read|checked|looked at|followed|measured|looked|seen|noticed|contacted|asked) ** you (would|d|might) (have|ve) (seen|known|noticed|realised|realized|found|understood|avoided)', s: "I'm sorry if it wasn't clear, but" },
    { p: 'you (obviously|clearly|must have|probably|evidently) (dropped|broke|damaged|misused|mishandled|bent|cracked|scratched|washed|opened|overloaded|ignored|skipped|spilled|spilt|sat on|stood on|knocked)', s: "it's possible something happened to" },
    // "You didn't check before ordering"; not "if you didn't receive it".
    { p: `you (didn t|did not|didnt|never|haven t|have not) (properly|carefully|actually|even|) ${SKIPPED_STEP}`, s: "it's easy to miss this and" },
    { p: '(the|our) <(instructions|manual|guide|steps|directions|terms|label|warnings|warning|leaflet|description|product page)> (weren t|were not|wasn t|was not|haven t been|have not been|hadn t been|had not been) (read|followed|checked|noticed) (properly|carefully|correctly|fully|)', s: 'the {w} may not have been clear enough' },
    { p: 'which (it|) (sounds|looks|seems) like you (did|have done|had done|didn t|did not)', s: 'which is easy to do' },
    { p: '(it|this) (sounds|looks|seems) like you (did not|didn t|forgot|missed|skipped|ignored|misread|dropped|used|chose|selected|entered)', s: 'it may be that the steps were not clear, so you' },
    // Guessing at the customer's misuse: "You are probably running heavy apps", "Maybe it was stored in a warm place".
    { p: 'you (are|re|were|have been|ve been) (probably|likely|maybe|possibly|most likely|clearly|obviously)', s: 'it may help to check whether you are' },
    { p: '(maybe|perhaps|probably|possibly) (it|the item|the product|they|the parcel|the food) (was|were|got) <(stored|left|kept|dropped|washed|used|exposed|put|handled|placed|installed|heated|frozen|opened)>', s: "let's check together whether it was {w}" },
    { p: '(maybe|perhaps|probably|possibly) you (didn t|did not|forgot|missed|dropped|entered|selected|chose|misread|skipped|ignored)', s: "let's check together whether you" },
    { p: '(make sure|be sure|remember|please make sure|try) (to|) * (carefully|properly|correctly|more carefully|double check|check) (next time|in future|in the future)', s: "we'll help you get it right next time" },
    { p: '(be|choose|read|check|order|measure) (more|) carefully (next time|in future|in the future)', s: "we'll help you get it right next time" },
    { p: '(most|many|other|a lot of) (customers|people|users|buyers) who ** (skipped|missed|forgot|ignored|didn t|did not) (that|this|the|a|to) (step|part|instruction|instructions|check)', s: 'this often happens when a step is missed' },
  ],

  deflect: [
    { p: 'not (my|our) (department|job|area|responsibility|problem|team)', s: "something the right colleague can help with, and I'll bring them in" },
    { p: '(isn t|isnt) (my|our) (department|job|area|responsibility|problem)', s: "is something the right colleague can help with, and I'll bring them in" },
    { p: '(there is|there s|theres) nothing (i|we) can do', s: 'I wish I could change this, and here is what I can do', unlessOffered: true },
    { p: 'nothing (more|else|) (i|we) (can|could) do', s: "a limit I can't change, but here is what I can do", unlessOffered: true },
    { p: '(there isn t|there is not|there s not|theres not|there s not) (much|a lot|anything) (more|) (i|we) (can|could) do', s: "I'll find out what can be done and come back to you", unlessOffered: true },
    { p: '(i|we) (can t|cannot|can not|cant|am unable to|are unable to|m unable to|re unable to) (do anything|do much|do more|intervene|help you with that|help with that|help with this|help there)', s: "let me find the best person to help with this", unlessOffered: true },
    { p: '(i|we) (can t|cannot|can not|cant) help (you|)', s: 'let me find the best person to help', unlessOffered: true },
    { p: '(it s|it is|its|that s|that is|thats|this is|this s) not (something|anything|what) (i|we|our team|my team|this team|our department) (can|could|are able to|am able to|) (deal with|handle|do|help with|help you with|assist with|fix|sort out|change|help)', s: "that's something I'll get the right team to handle" },
    { p: '(this|that|it) (isn t|is not|isnt) (something|anything|what) (i|we|our team|my team|this team|our department) (can|could|are able to|am able to|) (deal with|handle|do|help with|help you with|assist with|fix|sort out|change|help)', s: "that's something I'll get the right team to handle" },
    { p: '(i|we|bên em) (are|am|re|m) not (responsible|the right team|the right people|able to help)', s: "I'll make sure the right team takes care of this" },
    { p: '(i|we) (don t|do not|can t|cannot|have no) control (over|)', s: "we'll follow up on" },
    { p: '(out of|beyond|outside) (our|my) (hands|control|remit)', s: "something I'll follow up on for you" },
    { p: '(we re|we are|i m|i am) (only|just) (a|the) (reseller|retailer|seller|agent|middleman|marketplace|platform)', s: "we sell this product, so I'll work with the maker" },
    { p: '(we|i) (only|just) (resell|sell|list|distribute|pass on)', s: "we sell this, so I'll work with the maker" },
    { p: 'not my fault', s: 'a frustrating situation' },
    { p: '(talk|speak) to (someone|somebody) else', s: 'let me bring in a colleague who can help' },
    // Telling the customer to go to a third party themselves.
    // The suggestion keeps the agent's own verb and the third party: "please call your bank" → "I'll call your bank for you".
    { p: `${TOLD_YOU} ${ADVERB} <${CONTACT} ${DET} ${THIRD}>`, s: "I'll {w} for you" },
    { p: `${TOLD_OTHER} ${ADVERB} <${CONTACT} ${DET} ${THIRD}>`, s: "I'll {w} for you" },
    { p: `${TOLD_SUGGEST} ${ADVERB} <${CONTACT} ${DET} ${THIRD}>`, s: "I'll {w} for you" },
    { p: `${TOLD_YOU} ${ADVERB} <${CONTACT} ${DET} @Name>`, s: "I'll {w} for you" },
    { p: `${TOLD_OTHER} ${ADVERB} <${CONTACT} ${DET} @Name>`, s: "I'll {w} for you" },
    { p: `${TOLD_SUGGEST} ${ADVERB} <${CONTACT} ${DET} @Name>`, s: "I'll {w} for you" },
    { p: `${TOLD_YOU} ${ADVERB} <${CONTACT} *> ${ON_THEIR_OWN}`, s: "I'll {w} for you" },
    { p: `${TOLD_OTHER} ${ADVERB} <${CONTACT} *> ${ON_THEIR_OWN}`, s: "I'll {w} for you" },
    { p: `${TOLD_SUGGEST} ${ADVERB} <${CONTACT} *> ${ON_THEIR_OWN}`, s: "I'll {w} for you" },
    { p: `${IMPERATIVE} ${DET} ${THIRD}`, s: "I'll {w} for you" },
    { p: `${IMPERATIVE} ${DET} @Name`, s: "I'll {w} for you" },
    { p: `${IMPERATIVE} * > ${ON_THEIR_OWN}`, s: "I'll {w} for you" },
    // "I'd recommend getting in touch with the installer".
    { p: `(i d|i would|we d|we would|i|we) (recommend|suggest|advise) <(getting in touch with|contacting|calling|speaking to|speaking with|talking to|reaching out to|emailing|asking|going back to|chasing|raising it with|taking it up with|taking this up with) ${DET} ${THIRD}>`, s: "I'll be {w} for you" },
    { p: `(i d|i would|we d|we would|i|we) (recommend|suggest|advise) <(getting in touch with|contacting|calling|speaking to|speaking with|talking to|reaching out to|emailing|asking|going back to|chasing) @Name>`, s: "I'll be {w} for you" },
    // "This is a question for your bank", "it's up to the airline now".
    { p: `(is|s|are|re) (really|) (a question|a matter|an issue|a job|a case|one|something|a problem|up|down) (for|to) <${DET} ${THIRD}>`, s: "is something I'll take up with {w} for you" },
    { p: `(need|needs|has|have) to (go|be sent|be raised|be directed|be taken up|be reported|be addressed) (to|with) <${DET} ${THIRD}>`, s: "I'll raise with {w} for you" },
    { p: '(you ll|you will|you d|you would|youll) (have|need) to <(do|handle|sort|chase|arrange|follow up|take care of) (that|this|it|them|up)> (yourself|on your own|by yourself)', s: "I'll {w} for you" },
    { p: '(they re|they are|theyre) the (ones|one|people|team|right people) (to talk to|to contact|to call|to ask|to speak to|you need|who can help|to email|to chase)', s: "I'll talk to them for you" },
    { p: '(i|we) (only|just) (deal with|handle|do|cover|look after|work on|answer)', s: "I'll bring in the right colleague, as I mainly handle" },
    { p: `${TOLD_YOU} <(give|drop) ${DET} ${THIRD} (a|an) (ring|call|line|message|email|note|bell)>`, s: "I'll {w} for you" },
    { p: `${TOLD_OTHER} <(give|drop) ${DET} ${THIRD} (a|an) (ring|call|line|message|email|note|bell)>`, s: "I'll {w} for you" },
    { p: `${TOLD_SUGGEST} <(give|drop) ${DET} ${THIRD} (a|an) (ring|call|line|message|email|note|bell)>`, s: "I'll {w} for you" },
    { p: `^ <(give|drop) ${DET} ${THIRD} (a|an) (ring|call|line|message|email|note|bell)>`, s: "I'll {w} for you" },
    { p: '(you ll|you will|youll|you d|you would) (have|need) to (contact|call|ask|email|talk to|speak to|reach out to) (someone|somebody|another|a different|the other|them) (else|team|department|)', s: "I'll connect you with the right person" },
    // Handing the problem to someone else: "handled by the courier, not us", "the airline's job".
    { p: '(handled|dealt with|done|managed|run|processed|controlled|decided|covered|looked after|taken care of|owned|organised|organized|arranged) by <**> (not us|not by us|not ours|not customer service|not our team|not this team|not me|not by me|not by our team|not here|rather than us|rather than me)', s: "something I'll take up with {w} for you" },
    { p: '(the|your|their) <_ *> s (own|) (job|responsibility|side|problem|department|area|domain|concern|business)', s: "something I'll take up with the {w} for you" },
    { p: `<(the|your|their) * ${THIRD}> (is|are) (responsible|in charge|accountable) (for|of)`, s: "I'll check with {w} for you, as they handle" },
  ],

  argue: [
    // "That's impossible" argues with the customer; "it's impossible to log in" restates their problem.
    { p: '(that s|that is|thats|this is) (simply|just|absolutely|completely|totally|definitely|) (impossible|not possible)', s: "that's unexpected, and I'd like to look into it" },
    { p: '(it s|it is|its) (simply|just|absolutely|completely|totally|) (impossible|not possible) that', s: "I'd like to check whether" },
    { p: '(that s|that is|thats|this is|this isn t|that isn t|it s|it is) (simply|just|absolutely|completely|totally|definitely|) (not true|untrue|false|not correct|incorrect|not the case|not accurate|inaccurate|not what happened)', s: 'I see this a little differently, let me explain' },
    { p: '(that|this|your|the|what you) (claim|statement|complaint|report|version|account|said|say|re saying|are saying) (is|s|was) (simply|just|absolutely|completely|totally|) (wrong|not true|untrue|false|incorrect|not correct|not accurate|inaccurate|mistaken)', s: "I'd like to understand what you saw" },
    { p: '(that|this|it) (simply|just|really|) (isn t|is not|wasn t|was not|isnt) (true|correct|accurate|the case|possible|what happened)', s: 'I see this a little differently, let me explain' },
    { p: '(we|our|the) * (have|ve|has) never (had|seen|received|heard of|got|gotten) ~', s: "this is unusual, so I'll look into it" },
    { p: '(this|that|it) (has|s|had) never (happened|been|occurred|come up) ~', s: "this is unusual, so I'll look into it" },
    { p: '(no other|none of our other|nobody else|no one else|not one other|not a single other) (customer|customers|buyer|buyers|guest|guests|person|user|users|) (has|have|had|) (ever|) (complained|reported|had|mentioned|said|raised)', s: "this is unusual, so I'll look into it" },
    { p: '(i|we) (have to|must|would|d|strongly|respectfully|really|will have to) disagree', s: 'I see it a little differently, so let me check' },
    { p: '(records|system|logs|data|tracking|notes|history|footage|photos|evidence) (clearly|definitely|) (prove|proves|proved) ~', s: "I'd like to go through what our records show with you" },
    { p: '(records|system|logs|data|tracking|notes|history|footage|photos|evidence) clearly (show|shows|showed|confirm|confirms|indicate|indicates|state|states) ~', s: "I'd like to go through what our records show with you" },
    { p: '(show|shows|showed|confirm|confirms|prove|proves) (that|) you (were not|weren t|did not|didn t|never|have not|haven t|are not|aren t) ~', s: "I'd like to go through what our records show with you" },
    { p: `(can t|cannot|could not|couldn t|can not) (possibly|) be <${FAULT_STATE}>`, s: "shouldn't be {w}, but let me check" },
    { p: '(your|the|that|this) (claim|statement|complaint|report|version|account|description|assertion) (that|) ** (is|was|s) (not|simply not|just not|) (accurate|true|correct|right|the case)', s: "doesn't match what I see yet, so let me check" },
    { p: '(there s|there is|theres) (absolutely|simply|really|) nothing wrong with ~', s: "I'd like to check this for you" },
    { p: '^ no (we|it|that|this|our|i|the|there) * (did not|didn t|have not|haven t|was not|wasn t|is not|isn t|never|does not|doesn t|were not|weren t) ~', s: 'let me check what happened' },
    { p: '(i can assure you|i assure you|rest assured|i guarantee|we guarantee|i can guarantee|we can assure you) (that|) (the|your|our|it|this|we|there|they) ** (was|were|is|are|has|had|did|do|does) (not|never|no) ~', s: "I'd like to check this for you" },
    { p: '(our|the|this|these|it|they) * (cannot|can t|couldn t|could not|can not) (possibly|) (cause|have caused|damage|break|harm|irritate|leak|fail|go wrong|get lost|double charge|charge twice) ~', s: "this is unusual, so I'll look into it" },
    { p: '^ (we|i|our *) (did not|didn t|never) (lose|lost|damage|damaged|break|broke|miss|mix up|make a mistake|make an error|make any mistake|overcharge|double charge|charge you twice) ~', s: 'let me check what happened' },
    { p: '(it s|it is) (simply|just|) (impossible|not possible) for (the|your|our|a|an|this|that) (payment|parcel|item|order|card|system|product|charge|machine|device|money|package|delivery) to ~', s: "I'd like to check how it happened for" },
    { p: '(is|was|are|were) (definitely|certainly|absolutely|clearly|obviously|surely|100) (not|never) ~', s: 'should be fine, but let me check it for you' },
    { p: '(you re|you are|youre|you were) (simply|just|completely|totally|) (wrong|mistaken|incorrect|confused)', s: 'I may not have explained this clearly' },
    { p: '(this|that|it) (never|doesn t|does not) (ever|) (happens|happened|happen)', s: "that's unusual, and I'd like to look into it" },
    { p: '(this|that) (can t|cannot|could not|couldn t|cant) (have happened|be true|be right|be the case)', s: "that's unusual, and I'd like to look into it" },
    // "It can't have arrived faulty" denies what the customer saw ("it can't have been easy" is empathy).
    { p: '(can t|cannot|could not|couldn t|cant|can not) (possibly|) (have|ve) <(arrived|been|come|left|happened|broken|shipped|gone|caused|made|got|gotten|failed|leaked|charged|sent|missed|lost|spoiled|melted)>', s: "shouldn't have {w}" },
    { p: '(we|our team|our system) never (make|makes|made) (mistakes|errors|a mistake|an error)', s: "we're checking this carefully" },
    // "Our payment system never takes money for a failed payment": a denial stated as a rule.
    { p: `(we|our) * (never|don t ever|do not ever) ${NEVER_DOES} ~`, s: "this shouldn't happen, so I'll check what went wrong" },
    { p: '(is|are|was|were) (never|always) (spoiled|spoilt|damaged|faulty|broken|late|wrong|missing|defective|short|expired|contaminated|checked|tested|perfect|fine|fresh|complete|correct|accurate|right|safe|on time) ~', s: 'is carefully checked, but let me look into what happened' },
    // "There's no way a box was missing": not "there's no way to undo it".
    { p: '[ (there s|there is|theres|there was) (absolutely|simply|just|really|) no way ] (that|a|an|the|it|this|you|your|we|our|they|he|she|any|anything|someone|somebody|anyone)', s: "I'd like to check whether" },
    { p: `[ (i|we) (don t|do not|really don t|honestly don t) (think|believe) ] (the|that|it|this|your|there|a|any|anything|you) ** (was|were|is|are|has|had|could|ve|have) (been|) ${FAULT_STATE}`, s: 'let me check whether' },
    { p: '(is|was|are|were) (not|never) the (problem|issue|cause|reason|culprit) (here|)', s: 'may not be the whole story here, so let me check' },
    { p: '(isn t|wasn t|aren t|weren t) the (problem|issue|cause|reason|culprit) (here|)', s: 'may not be the whole story here, so let me check' },
    { p: '(works|worked|work) (fine|perfectly|properly|correctly|well|as intended|as expected) (when|if|as long as|provided) ~', s: 'should work when used as described, so let me check what happened' },
    { p: '(you must be|you re|you are) (looking at|thinking of|confusing|mixing)', s: 'could it be' },
  ],

  absolute: [
    { p: 'absolutely not', s: "I'm afraid not, but here is what I can do" },
    { p: '(please|just|you need to|you should|try to) calm down', s: 'I understand this is frustrating' },
    { p: 'no exceptions' },
  ],

  // "…but I can offer…", "instead, we could…": an alternative follows a limit.
  offers: [
    '(but|however|instead|although) (i|we) (can|could|will|ll|d|would|am|m|are|re|have|ve)',
    '(but|however) * (i|we) (can|could|will|ll|would|d)',
    'what (i|we) can do',
    '(i|we) can (still|instead|also)',
    '(i|we) (d|would) (be happy|love|like) to',
    '(i m|i am|we re|we are) happy to',
    '(instead|alternatively|in the meantime)',
  ],

  // Kind phrases that contain a warning cue; a warning overlapping one of these is dropped.
  exceptions: [
    '(not|isn t|isnt|wasn t|wasnt|never) your (own|) fault',
    '(never|not) (happens|happen) again',
    '(i|we) (can t|cannot|cant) help but',
    // Reassurance, not denial: "you'll never be charged for a declined attempt".
    '(you|you ll|you will|you re|you are|you won t) (never|not) (be|get|) (charged|billed|asked|required)',
    '(can t|cannot|could not|couldn t) (have|ve) been (easy|fun|nice|pleasant|good|great)',
    // Conditions and questions, not accusations: "if you didn't receive it", "did you enter the wrong code?".
    'if you (entered|typed|selected|chose|picked|gave|used|put|wrote|provided|ordered|didn t|did not|haven t|have not|never|forgot|missed|received|got|see|need|want|have|are|can|could|would|prefer|like)',
    // Telling the customer they needn't do it: "you don't need to contact them yourself".
    '(you|you ll) (don t|do not|won t|will not|shouldn t|never) (need|have) to',
    '(no need|without you having|so you don t have|you don t have) to',
    // Quoting the customer: "you said the courier told you to contact us".
    '(you said|you mentioned|you wrote|you told us|you were told)',
  ],
};

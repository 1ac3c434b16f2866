/**
 * English cues. Format: see ./format.ts and README-detector.md.
 * Weights are strengths inside a class (about 0.3 weak … 3 strong); the model decides how much a class counts.
 * Entries match inflections ("refund" also matches "refunded", "refunds").
 */
export const EN_LEXICON = String.raw`
[neg]
bad = 1.5
terrible / horrible / awful / dreadful = 2.5
worst = 3
worse = 2
poor / poorly / badly = 1.5
pathetic / disgusting / disgraceful / disgrace / appalling / atrocious / abysmal / horrendous / deplorable = 2.5
unacceptable / outrageous / outraged = 2.5
shameful / shocking / lousy / crappy / rubbish / garbage / trash / junk = 2
ridiculous / absurd / ludicrous / nonsense = 2
useless / worthless / hopeless / pointless = 2
unprofessional / rude / careless / sloppy / shoddy / incompetent / inefficient / clueless = 2
mediocre / subpar / substandard / inferior / cheaply made / low quality / poor quality / bad quality = 1.5 quality
flimsy / fragile / faulty / defective / unusable / unreliable / unresponsive = 2 quality
disappoint / disappointing / disappointment / letdown / let down = 2.5
dissatisfied / unsatisfied / unhappy / upset / frustrating / frustrated / frustration = 2
annoyed / annoying / irritating / irritated / infuriating / aggravating = 2
angry / furious / livid / fuming / pissed / pissed off = 2.5
fed up / sick of / sick and tired / tired of / had enough = 2.5
hate / hated / regret / nightmare / horror = 2
mess / messed up / screwed up / screwed = 2
sucks / suck / sucked = 2
fail / failure = 1.5
waste = 1.5
waste of money / waste of time / waste of my time / not worth the money = 2.5
misleading / deceptive / false advertising = 2.5 wrong-info
unfair / not fair / discriminatory / against policy / absurd policy / stupid policy / ridiculous policy / ridiculous rule / stupid rule = 2 policy
fake / counterfeit / knockoff / duplicate product / replica = 2 quality
sad / sadly / unfortunately / regrettable = 1
inconvenience / inconvenient / hassle / headache / stressful / trouble = 1.5
embarrassing / embarrassed / humiliating / humiliated / insulting = 2
lame / meh / crap = 1.5
piece of crap / piece of junk / piece of garbage / piece of shit = 3 quality
horrified / appalled / anguish / anguishing / disgusted / gutted / devastated = 2.5
price hike / price increase / hike / hiked / increased the price / raised the price = 1.5 billing
overpriced / rip-off price = 1.5 billing
expensive / costly / pricey = 0.7
uncomfortable / itchy / rough / scratchy = 1.5 quality
smells / smelly / stinks / stink / foul smell / bad smell = 1.5 quality
noisy / loud noise / ugly / dirty / stained / stains / dusty = 1.5 quality
expired / stale / rotten / spoiled / mouldy / moldy / tasteless / bland = 2 quality
wrong = 1.5
incorrect = 1.5 wrong-info
confusing / confused / complicated / stumped / awkward / strange / weird / odd / difficult / hard to / impossible / unclear / misleading info = 1
slow / slowly / sluggish / laggy / lag / lagging = 1.5
buggy / glitchy / glitches = 2 quality
worst experience / horrible experience / bad experience / terrible experience = 3
never again = 2.5 past-experience
not happy / not satisfied / not impressed / not good enough = 2
not acceptable / unacceptable service = 2.5
can't believe / cannot believe / can not believe = 1
couldn't be worse / could not be worse = 3
shame = 1
joke = 1
social media = 1 conflict
beyond disappointed / extremely disappointed = 3

[problem]
broken / broke / cracked / shattered / damaged / damage / torn / dented / scratched / scratches = 2 quality
defect / defects / faulty product / manufacturing defect = 2 quality
leak / leaking / leaks / leakage = 1.5 quality
missing item / missing parts / item missing / parts missing / items missing = 2 delivery
missing = 1.2 delivery
stolen / is lost / got lost / was lost / lost package / lost parcel / lost my package / lost my order = 2 delivery
not working / stopped working / stop working / stops working / quit working / doesn't work / does not work / won't work = 2.5 quality
crash / crashes / crashing / keeps crashing / freeze / freezes / freezing / frozen / hangs = 2 quality
glitch / bug / bugs / error / errors / error message = 1.5 quality
issue / issues / problem / problems / fault = 1.2
malfunction / malfunctioning / dead on arrival / doa = 2.5 quality
dead / died / dies / die / dying / drains / draining / overheating / overheats / heats up = 1.5 quality
disconnect / disconnected / disconnecting / keeps disconnecting / outage / is down / went down / down again = 1.5 quality
unavailable / not available / out of stock = 1
failed / failing / failed transaction / transaction failed / payment failed = 1.5 billing
declined / rejected / blocked / suspended / frozen account / locked out / hacked = 1.5
deducted / money deducted / amount deducted / amount debited / money debited / debited from my account / debited twice = 2 billing
double charged / charged twice / overcharged / overcharging / extra charge / extra charges / hidden charges / hidden fees = 2.5 billing
unauthorized / unauthorised / unauthorized transaction / fraudulent charge / fraudulent transaction = 2.5 billing
charged / charge me / charging me = 1 billing
late fee / late fees / penalty / penalty charges = 1.5 billing policy
wrong item / wrong product / wrong order / wrong size / wrong colour / wrong color / different product / sent the wrong = 2.5 delivery wrong-info
not as described / not as advertised / not as shown / not as pictured / different from the picture / different from the description / not what i ordered = 2.5 wrong-info
used product / second hand / refurbished = 1.5 quality
delayed / delay / delays / late / overdue / behind schedule = 2 delivery
stuck / pending / on hold = 1.5
cancelled / cancelled my order / canceled my order = 1.5 return-cancel
refused / denied / refuse / deny = 2 policy
where is my order / where is my package / where is my parcel / where is my refund / where is my money / where's my order / where's my refund = 2.5 delivery
never arrived / never received / never got / never came / never delivered / never showed up / yet to receive / still not received / haven't received / have not received / didn't receive / did not receive = 2.5 delivery
no internet / no power / no signal / no network / no wifi / no electricity / no water / no hot water / no heat / no service / no connection / no coverage / power is out / power outage / power cut / blackout / offline / went offline / are down / was down / been down / keeps going down / gone off / went off = 2 quality
no option / no way to / no place / no mention / no sign of / no trace / nowhere to be found / nowhere to be seen / disappeared / vanished / gone missing / endless loop / stuck in a loop / recall / recalls / bumped / downgraded / falling apart / fell apart / fall apart / came apart / coming apart / does nothing / did nothing / nothing happens / nothing happened / not what i / not what i wanted / not what i expected / not what i paid for = 2
loss / my loss / poorer / getting worse / worse and worse / dangerous / unsafe / hazard / hazardous / didn't authorize / didn't authorise / did not authorize / never authorized / didn't make / did not make / never made = 2
facing / facing issue / facing issues / facing problem / facing problems / full of / closed / twice / cheap / hole / holes / weak / low / thin / dull / faded / fades / fading / fade / peeling / reduced / not working properly / poor fit / cracks / too bad = 1 quality
tried everything / tried calling / tried contacting / been trying / keep trying / trying to reach / trying to contact / trying to get = 1.5
unable to / unable / can't access / cannot access / can't login / can't log in / cannot login = 1.5
too small / too big / too large / too tight / too loose / too short / too thin / doesn't fit / does not fit = 1.5 quality
size issue / sizing issue / size problem = 1.5 quality
poor packaging / bad packaging / damaged packaging / damaged box = 2 delivery
only problem / only issue / only downside / only complaint / only drawback / only con = 2
drawback / downside / cons = 1

[service]
no response / no reply / no answer / no update / no updates / no resolution / no action / no help / no support / no call back / no callback / no follow up / no communication / no feedback = 2.5
awaiting response / awaiting reply / awaiting your / awaiting my / still awaiting / grievance / grievances = 2
no one / nobody / no one cares / nobody cares / no one responds / nobody responds = 2
not responding / not answering / never responded / never replied / never answered / never heard back / haven't heard back / no one answered = 2.5
still waiting / still nothing / still pending = 2.5
waiting / waited / wait time / been waiting / keep waiting / kept waiting / waiting since / waiting for = 1.5
on hold for / kept on hold / put on hold = 1.5
hold = 0.5
runaround / run around / the runaround / passed around / transferred me / kept transferring = 2.5
hung up / hang up / hangs up / disconnected the call / call dropped / dropped the call = 2
ignored / ignoring / ignore / ignores = 1.5
unhelpful / not helpful / no help at all / useless support / useless customer service = 2.5
complaint / complaints / complained / complaining / raised a complaint / filed a complaint / lodged a complaint = 2
complaint number = 0.7
escalated / escalation = 2 manager
follow up / followed up / following up / chasing / chased = 1.5
multiple times / several times / many times / numerous times / countless times / so many times / times already = 1.5 past-experience
forever / taking forever / takes forever / took forever / so long / long time / too long / way too long = 1.5
slow response / late response / delayed response / slow service / poor service / bad service / terrible service / worst service = 2.5
i asked / asked them / asked you / already asked / have asked / repeatedly asked / already requested / have requested / had requested / repeatedly requested = 1
raised / raised a / raised a request / raised a ticket / raised a query / my request / my query / request number / complaint id / reference no = 1.5
no show / didn't show up / did not show up = 2 delivery

[request]
please fix / fix this / fix it / fix the / sort this out / sort it out / sort out = 2 quality
please resolve / resolve this / resolve my issue / resolve the issue / get this resolved = 1.5
look into / look into this / look into it / investigate = 1.5
please help / help me / need help / need your help / kindly help / kindly resolve / kindly look / kindly check / kindly assist / please assist / please check = 1.5
refund / refunds / full refund / refund my money / money back / my money back / want my money / give me my money / return my money = 2 return-cancel billing
replace / replacement / return it / return this / return the / want to return / return request = 1.5 return-cancel
cancel / cancellation / cancel my / cancel the / unsubscribe / close my account / terminate = 1.5 return-cancel
compensation / compensate / reimburse / reimbursement = 2 billing
demand / i demand / i expect / i insist = 2
asap / immediately / urgent / urgently / as soon as possible / right now / right away / at the earliest = 1.5
take action / do something / do your job / act now / expedite / bring back / bring it back = 2
explain / explanation / need an answer / want an answer / need answers / want answers = 1.5
contact me / call me / get back to me / reply to my / respond to my / answer my = 1.2
improve / needs improvement / need to improve / should improve / must improve / work on = 1.2
stop calling / stop sending / stop charging / stop spamming / stop messaging / stop harassing / what are you going to do / what will you do / get your act together / pick up the phone / answer the phone / repair / repaired / get it repaired = 2

[escalate]
speak to a manager / talk to a manager / speak to the manager / talk to the manager / speak to your manager / talk to your manager / speak with a manager / speak with your manager / speak to a supervisor / talk to a supervisor / speak to your supervisor / talk to your supervisor / speak to someone in charge / talk to someone in charge / speak to someone senior / let me speak to your manager / let me talk to your manager / let me speak to a manager / let me speak to the manager / let me talk to your supervisor / let me speak to your supervisor / let me talk to a supervisor / want to speak to a manager / want to talk to a manager / want to speak to your manager / want to speak to the manager / i want a manager / i need a manager / get me a manager / get me your manager / get me a supervisor / escalate this / escalate my / escalate it / escalate the = 3 manager

[question]
why do i have to / why should i / why do i need to / why must i = 2 policy
anyone / the reason / what is the reason / don't know why / dont know why / no idea why = 1
why / how come / why is / why are / why do / why does / why did / why would / why can't / why won't = 1.5
what is going on / what's going on / what happened / what the / what is happening / what's happening = 1.5
how long / how much longer / how long do i have to / how long should i = 1.5
how many times / how many more times = 2.5 past-experience
is anyone / anyone there / anybody there / can anyone / does anyone = 1
any update / any updates / any news / any progress / any response / any fix / any answer / any solution / any word = 2
what gives / what kind of service / what type of service / what's up with / whats up with / is this really = 1.5
is this how / is this what = 2
seriously = 0.7

[ask]
# plain information and status questions: they never count towards a complaint (a chaser such as
# "where is my order", "any update", "still" or a delay does)
how do i / how can i / how to / how does / how do you / how long does / how long will it take / how long would it take / how long is = 0
when will / when can i / when do i / when does / when is / by when / what time = 0
where is / where's / where are / where can i / where do i = 0
is there / is there a way / is there any way / is it possible / would it be possible / can i / could i / may i = 0
can you help / could you help / can someone help / can you tell me / could you tell me / can you let me know / could you let me know / please let me know / let me know = 0
anyone know / does anyone know / don't know how / dont know how / i'd like to know / i would like to know / wondering / i was wondering / quick question / i have a question = 0
any idea / any chance / can i ask / may i ask / could i ask / i'd like to ask / i would like to ask / i want to ask / just to ask / a request = 0

[threat]
lawyer / lawyers / attorney / solicitor / legal action / legal proceedings / take legal / sue / suing / lawsuit / court = 3 conflict
small claims / consumer court / consumer forum / consumer protection / ombudsman / trading standards = 3 conflict
chargeback / charge back / dispute the charge / dispute with my bank / file a dispute / raise a dispute = 3 conflict billing
dispute = 1.5 billing
better business bureau / bbb / ftc / cfpb / regulator / rbi / sebi / fca / authorities = 3 conflict
report you / report this / reporting you / report to = 2.5 conflict
police / fraud department = 2.5 conflict
go public / going public / post on social media / all over social media / tell everyone / tell all my friends / tell my friends / spread the word / warn others / warn everyone = 2.5 conflict
post this / posting this / post about / the media / journalist / news channel = 2 conflict
bad review / negative review / one star / 1 star / zero stars / 0 stars / leave a review = 2 conflict
boycott / not to buy / don't buy / do not buy / stay away / avoid this / avoid them / avoid buying / never buy / never buying / never use / never using / never shop / never ordering / never order = 2.5 conflict past-experience
switch to / switching to / take my business elsewhere / taking my business / lost a customer / lose a customer / losing a customer / lost my business / done with you / closing my account = 2.5 return-cancel
you will hear from / you'll be hearing / last chance / final warning / or else = 3 conflict

[insult]
idiot / idiots / idiotic / moron / morons / moronic / imbecile / imbeciles / clown / clowns / muppets / fools / fool = 3 abuse
stupid / dumb / brainless / retarded = 2.5 abuse
thieves / thief / crooks / crook / liars / liar / con artists / scammers / cheaters / bandits / robbers = 3 abuse
losers / loser / jerks / jerk / assholes / asshole / bastards / bastard / bitch / pricks / prick / dickheads / scumbag / scumbags / pigs = 3 abuse
shame on you / shame on = 3 abuse
get lost / shut up / screw you / go to hell / go die / piss off = 3 abuse
bunch of = 1.5 abuse
you people = 2 abuse

[profanity]
fuck / fucking / fucked / fucker / fuckers / fck / fcking / fk / f*ck / motherfucker = 3 abuse
wtf / stfu / ffs / fml = 2.5 abuse
shit / shitty / bullshit / bs / crap service = 2.5 abuse
damn / dammit / damned / goddamn / bloody / hell / heck / freaking / frickin = 1
piss / pissing = 2 abuse

[blame]
scam / scams / scammed / scamming / scammy = 3
fraud / fraudulent / fraudster / fraudsters = 3
cheat / cheated / cheating / rip off / ripoff / ripped off / robbed / robbery / daylight robbery / looted / stealing money / steal money / stealing from / stole = 3 billing
misled / mislead / lied / lying / lie / lies / false promise / false promises / fake promises / empty promises / broken promise / broke your promise = 2.5 wrong-info
your fault / their fault / not my fault / your mistake / your error / you messed up / you screwed up = 3
harass / harassed / harassing / harassment / threatening / threatened / abusive / bullying = 2.5 conflict
negligence / negligent / irresponsible / unethical / illegal / illegally / criminal / corrupt / extortion / blackmail / shameless / greedy / greed = 2.5
taking advantage / take advantage / don't care / doesn't care / do not care / couldn't care less / no respect / disrespect / disrespectful = 2.5
don't even / didn't even / couldn't even / can't even = 1.5
no excuse / inexcusable = 2.5
held hostage / hostage = 2.5

[sarcasm]
thanks for nothing / thank you for nothing / thanks for the help not / thanks a bunch / thanks a lot for nothing = 3
great job … / nice job … / good job … / well done … / thanks for … / thank you for … / thanks so much for … / love how … / love that … / i love when … / gotta love … / got to love … = 2
just great / just perfect / just wonderful / just brilliant / oh great / oh wonderful / oh joy / oh good / great just great / what a joke / what a surprise / surprise surprise / how convenient / how nice / how lovely / way to go / so much for / yeah right / slow clap / bravo / wow just wow = 2.5
just what i needed / just what i wanted / exactly what i needed = 2
as usual / as always / typical = 2 past-experience

[pos]
good / nice / fine / decent / solid = 1
great / brilliant / lovely / beautiful / cute / cool / superb = 1.5
excellent / amazing / awesome / fantastic / wonderful / perfect / outstanding / fabulous / incredible / exceptional / marvellous / marvelous / phenomenal / stellar = 2
best / the best / best ever / top notch / first class / world class = 1.5
love / loved / loving / adore / like it / liked it / i like / really like = 1.5
happy / glad / pleased / satisfied / content / satisfaction / impressed / thrilled / delighted / excited / relieved = 1.5
all sorted / sorted now / all good now / works now / working now / all fixed / resolved now = 1.5
recommend / recommended / highly recommend / must buy / worth it / worth buying / worth the money / worth every penny / value for money / good value / great value = 1.5
comfortable / smooth / fast / quick / quickly / prompt / promptly / speedy / on time / in time / before time / early = 1
helpful / friendly / polite / courteous / kind / patient / professional / responsive / efficient / reliable / sturdy / durable / genuine / authentic / original = 1.2
easy / convenient / handy / simple / useful / soft / fresh / tasty / delicious / yummy / elegant / stylish / premium / classy = 1
enjoy / enjoyed / enjoying / fun / funny = 1
kudos / congrats / congratulations / shout out / shoutout / yay / woohoo / hooray / hurray / cheers = 1.5
can't wait / cannot wait / looking forward = 1.5
no problem / no problems / no issue / no issues / no complaints / not bad / can't complain / cannot complain / no worries / works fine / works great / works well / working fine / works perfectly = 1.5
ok / okay / alright / not bad at all = 0.5
lol / haha / finally / overall / discount / giveaway / win / value / deal / good deal / great deal / go for it / must read / must have / very well / positive / worth / faster / a must = 1
thanks to you / lifesaver / life saver = 1.5
fixed now / problem solved / issue resolved / all good / all set = 1.5

[func]
work / works / worked / working / function / functioning = 1.2 quality
arrive / arrived / arrives / come / came / reach / reached = 1 delivery
receive / received / get my / got my = 1.2 delivery
deliver / delivered / delivery / dispatch / dispatched / ship / shipped / shipping = 1 delivery
respond / responded / response / reply / replied / answer / answered / call back / called back / callback / hear back / heard back / get back / got back / get through / got through / acknowledge / acknowledged = 1.2
help / helped / helping / assist / assisted / support / supported = 0.7
resolved / fix / fixed / solve / solved / sort / sorted / address / addressed / process / processed / honour / honor / honoured / honored = 1.2
credit / credited / reflect / reflected / reverse / reversed / return / returned / release / released / transfer / transferred / withdraw = 1.2 billing
load / loads / loading / open / opens / connect / connects / start / starts / turn on / turns on / play / plays / install / update / updated / download / sync / print = 1 quality
access / login / log in / sign in / log into / use / pay / activate / activated / verify / verified / approve / approved = 0.8
able / able to / service / signal / network / internet / connection / wifi / power / electricity / renew / renewing / recognize / recognise / recognized / recognised / heard / hear from / heard from / hear anything / heard anything = 1
contact / reach you / reach anyone / get hold / track / find / locate = 0.8
fit / fits / match / matches / as described / as advertised / as shown / as pictured / as expected / as promised / as ordered / what i ordered = 1 wrong-info
available / in stock / allowed / allow / accept / accepted / let me = 0.7 policy
care / cared / bother / bothered = 1
show up / showed up / turn up / turned up / pick up / picked up = 1 delivery
stream / streaming / watch / scan / send / boot / get past / recover / reset / see / display / upload / save / pair / switch on / power on / coming / given / get / got / give = 0.7 quality

[polite]
please / pls / plz / kindly = 0.5
thanks / thank you / thank u / thx / ty / many thanks / thanks a lot / thank you so much / thanks so much / much appreciated / appreciate / appreciated / grateful / thankful = 1.5
sorry to bother / sorry for the trouble / would you mind / could you please / would you please / if possible / i hope = 1
hi / hello / hey / dear / good morning / good afternoon / good evening / regards / best regards / kind regards = 0.3
have a nice day / have a great day / have a good day / take care / god bless = 1.5
# wishes: praise words after them in the clause are politeness too ("have a wonderful weekend")
have a nice weekend / have a great weekend / have a good weekend / have a nice evening / have a great evening / have a good one / have a great one / have a lovely / have a wonderful / wish you / hope you have / enjoy your = 1

[negator]
not / no / never / nothing / nobody / none / neither / nor / without / hardly / barely / no longer / not even / yet to / lack / lacks / lacking = 1
don't / dont / doesn't / doesnt / didn't / didnt / isn't / isnt / wasn't / wasnt / aren't / arent / weren't / werent / won't / wont / can't / cant / cannot / couldn't / couldnt / wouldn't / wouldnt / shouldn't / haven't / havent / hasn't / hasnt / hadn't / ain't = 1

[intens]
very / so / really / extremely / totally / absolutely / completely / utterly / super / incredibly / seriously / highly / truly / literally / insanely / ridiculously / terribly / awfully / horribly / deeply / such / such a / most / the most / way / far / beyond / even = 1
quite / pretty / rather / fairly = 0.4
never been so / never been this / never seen such / never had such / never experienced such / never seen anything so = 1.5

[excess]
too = 1 quality
a bit / a little / slightly / kinda / kind of / somewhat = 0.6 quality

[contrast]
but / however / although / though / except / unfortunately but / nevertheless / yet = 1

[persist]
still / again / yet again / once again / over and over / every time / each time / always / constantly / continuously / repeatedly / keeps / keep / kept = 1
again and again / time and again / for weeks / for days / for months / since last / since yesterday / since morning = 1.5
till / till now / until now / so far / to date / as of now / it's been / already / later / ago / since / the same / same problem / same issue / same thing / again the same / last time / previous order / previously / second time / third time / 2nd time / 3rd time / in the past / used to / anymore / any more / no more = 1 past-experience

[wait]
times / day / days / week / weeks / month / months / hour / hours / hrs / year / years = 1
minute / minutes / mins = 0.5

[quantity]
few / several / many / couple / a couple of / two / three / four / five / six / seven / eight / nine / ten / twelve / fifteen / twenty / thirty / forty / 24 / 48 / 72 / a / an / one / multiple / countless / numerous / over / more than = 0

[neutral]
too well / too soon / me too / you too / not only / not just / no matter / not sure / not yet sure / don't think / nothing else / no doubt / no wonder / never mind / nevermind / not to mention / no need to / not that / not a fan of your competitors = 0

[topic]
# support nouns: what the ticket is about, never a complaint by themselves
email / emails / emailed / an email / mail / mailed / call / calls / called / phone / chat / staff / team / customer / customers / branch / agent / executive / representative = 0.3
customer service / customer care / customer support / support team / helpline / call centre / call center / ticket / case number / reference number = 0.3
password / username / login details / profile / address / email address / phone number / settings = 0.3
# a manager mentioned is not a manager demanded ([escalate]); the mention only names the category
manager / supervisor / someone in charge / person in charge / higher up / higher ups / your boss / senior management / escalation team / complaints department = 0.5 manager
placed / placed an order / order / orders / ordered / my order / parcel / package / shipment / courier / tracking / tracking number / delivery boy / delivery guy / delivery partner / postman / packaging / box / sent = 0.4 delivery
exchange / subscription / membership / renewal / auto renew / auto-renewal = 0.5 return-cancel
bill / billing / billed / invoice / payment / paid / fee / fees / amount / transaction / transactions / emi / balance / statement / upi / wallet / cashback / credit card / debit card / card / account / loan / money / price / cost / rs / inr / usd / dollars / bucks = 0.4 billing
policy / policies / terms / conditions / terms and conditions / rules / rule / procedure / requirement / requirements / fine print / kyc / verification / documents / warranty / guarantee / eligibility / eligible / not eligible = 0.6 policy
told / was told / were told / promised / advertised / description / website says / claimed / claims / misinformation / wrong information / incorrect information / false information / wrong info = 0.8 wrong-info
quality / material / fabric / stitching / battery / screen / app / application / website / site / software / device / phone / product / item / size / colour / color = 0.3 quality
before / earlier / previous / history = 0.3 past-experience

[self]
i / me / my / mine / myself / i'm / im / i've / ive / i'd / i'll / we / our / us = 1

[addressee]
you / your / yours / u / ur / you're / youre / you've / you guys = 1

[expect]
mentioned / as mentioned / within / they will / they said / you said / it says / saying / supposed to / should have / should've / should be / was expecting / were expecting / expected / expecting / expect / instead of / rather than / assured / guaranteed / committed / promised me / told me = 1 wrong-info
`;

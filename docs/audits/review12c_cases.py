# (rule, headline, [paragraphs], [lines that must stay])  -- C
# Written for review 12c: an independent harm review of branch gpay's reader prompt by composition
# (src/articleclean/prompts.py, data/boilerplate/*/prompts.txt, its hooks in concepts.furniture_hit and the
# offer list in cleaners/furniture.py). Every article is our own, in the shapes of UK, US, Australian,
# Indian, Nigerian, Kenyan and Irish outlets; each uses the subscription and sign-up lexicon in its own lines.
# The "rule" is the topic of the attack (stream, press, gym, council, consumer, charity, security, school,
# voter, museum, message, speech); see docs/audits/review12c.md.
P1 = "The council said the figures would be published in full next month, after a review by auditors."
P2 = "A spokesperson for the company declined to comment further when contacted on Tuesday."
C = []


def a(rule, head, paras, stay=None):
    C.append((rule, head, paras, stay if stay is not None else [p for p in paras if p not in (P1, P2)]))


# ---------- stream: business news on streaming prices and subscriber numbers ----------
a(
    "stream",
    "Netflix raises UK prices again as ad tier grows",
    [
        "Netflix is putting up the price of its standard and premium plans in the UK for the second time in 18 months.",
        "The standard plan will cost £12.99 a month, up from £10.99, while premium rises to £18.99.",
        "Subscribers on the cheaper plan with adverts will not see a change.",
        "Existing members will be told by email at least 30 days before their bill goes up.",
        "Unlimited access to the whole catalogue now costs more than a weekly shop for some households, consumer groups said.",
        "Cancel anytime, the company's adverts promise; analysts say few do.",
    ],
)
a(
    "stream",
    "Disney+ loses subscribers in India after cricket rights go",
    [
        "Disney's streaming service in India lost millions of paying users in the quarter after it lost the rights to stream Indian Premier League matches.",
        "The company said the fall was expected and that revenue per user had risen.",
        "Premium access to live sport is now the main reason Indians pay for streaming, analysts at Elara Capital said.",
        "JioCinema offered the IPL free of charge, drawing record audiences.",
        "Subscription fatigue is real, but sport cuts through it.",
    ],
)
a(
    "stream",
    "Binge loses ground as Australians trim streaming bills",
    [
        "Australians are cutting back on streaming, with one in five households cancelling at least one service in the past year, a Finder survey found.",
        "Binge and Paramount+ were the services most often dropped.",
        "Free trial offers are now the main way new customers arrive, and many leave when the trial ends.",
        "Start your subscription in a sale month and you can save a third of the yearly cost, Finder's Sarah Megginson suggested.",
        "Foxtel said Binge remained profitable.",
    ],
)
a(
    "stream",
    "Showmax relaunch fails to stop subscriber slide in Nigeria",
    [
        "MultiChoice's Showmax lost subscribers in Nigeria in the half year despite a relaunch built around Premier League football.",
        "A mobile plan costs N1,200 a month, but the naira's fall has made dollar-priced content expensive to buy.",
        "Unlimited access to Premier League matches on a phone was meant to be the draw.",
        "Many viewers still share one account among several households, the company admitted.",
        P2,
    ],
)
a(
    "stream",
    "Spotify premium price rise: what you need to know",
    [
        "Spotify is raising the price of its premium plans in Ireland from next month.",
        "Individual premium will cost €11.99 a month.",
        "Student and Duo plans also go up.",
        "Your account page will show the new price from the date of your next bill.",
        "If you do nothing, you will be moved onto the new price automatically.",
        "Cancel anytime before the billing date and you pay nothing more.",
    ],
)

# ---------- press: the newspaper industry (paywalls, digital subscriptions, e-editions) ----------
a(
    "press",
    "Regional publisher puts all its titles behind a paywall",
    [
        "A regional publisher with 40 local titles across the north of England is to charge for all its websites from January.",
        "Readers will be allowed three free articles a month before being asked to pay.",
        "Full access will cost £4.99 a month, with a print and digital bundle at £15.",
        "Unlimited access to local journalism has to be paid for by someone, the group's chief executive told staff.",
        "The National Union of Journalists said it feared job losses.",
    ],
)
a(
    "press",
    "Guardian reaches record number of paying supporters",
    [
        "The Guardian now has more than one million recurring digital supporters, the publisher said.",
        "It does not operate a paywall, relying instead on readers choosing to pay.",
        "Our journalism is free to read because readers like you pay for it, runs the message at the foot of each article.",
        "Critics have called the approach a paywall in all but name; the publisher disagrees.",
    ],
)
a(
    "press",
    "Nation Media Group moves e-paper to new app",
    [
        "Nation Media Group has moved its e-paper to a new app, and existing subscribers must log in again.",
        "Readers of the Daily Nation and Taifa Leo e-editions complained on Monday that their subscriptions had vanished.",
        "The company said subscriptions were safe and that readers should reset their password.",
        "The digital edition carries the full print paper, including classifieds.",
        "Premium content on the website is sold separately.",
    ],
)
a(
    "press",
    "Irish Times digital subscriptions pass 150,000",
    [
        "The Irish Times has passed 150,000 digital subscriptions, its annual report shows.",
        "Subscription revenue now exceeds print advertising for the first time.",
        "The paper's e-paper, a digital replica of the print edition, is included in its top tier.",
        "Subscriber exclusive events, including a book club, were popular, the company said.",
    ],
)
a(
    "press",
    "Why your local paper wants you to register",
    [
        "Registration walls are spreading across Australian news sites, from regional dailies to the capital city mastheads.",
        "Readers are asked for an email address in return for free articles.",
        "Create a free account and the site can follow what you read, says media academic Dr Jane Hurst.",
        "That data is worth more to advertisers than an anonymous click.",
        "Log in once, and you are known everywhere you go on the group's sites.",
        "Publishers say registration is a step towards a paid subscription.",
    ],
)
a(
    "press",
    "The Hindu launches new digital subscription plans",
    [
        "The Hindu Group has launched new digital subscription plans, including a cheaper plan for students.",
        "The basic plan gives unlimited access to articles on the website and app.",
        "A premium plan adds the e-paper and crosswords.",
        "Subscribers will get an ad-free experience on all plans.",
        P2,
    ],
)
a(
    "press",
    "Letter from the editor: why we are asking you to pay",
    [
        "For 140 years this paper has been paid for by advertising.",
        "That model no longer works.",
        "From Monday, some stories on our website will be for subscribers only.",
        "Most news, including breaking news and weather, will stay free.",
        "We know some of you will be unhappy.",
        "We hope many more of you will subscribe.",
    ],
)

# ---------- gym: gym and club memberships ----------
a(
    "gym",
    "PureGym raises membership fees as energy costs bite",
    [
        "PureGym is raising monthly membership fees by up to £3 at most of its UK sites.",
        "Members on fixed-term deals will keep their current price until the term ends.",
        "Join now and lock in the old price, the chain's website says.",
        "Rival The Gym Group said it had no plans to follow.",
    ],
)
a(
    "gym",
    "Golf club opens membership to under-30s at half price",
    [
        "A Co Kildare golf club is offering membership at half price to anyone under 30 in an effort to bring younger players into the game.",
        "Full membership normally costs €1,400 a year.",
        "Become a member before March and the joining fee is waived, the club's captain said.",
        "Sign up has been strong, with 40 new members in a fortnight.",
    ],
)
a(
    "gym",
    "Lagos fitness centres cut fees as customers drop off",
    [
        "Fitness centres in Lagos are cutting prices as rising living costs push customers to exercise outdoors.",
        "Some gyms now offer a monthly plan for half the old price.",
        "Free trial weeks, once rare, are now common on Victoria Island and in Lekki.",
        "Membership at one Ikoyi club fell by a third in a year.",
    ],
)
a(
    "gym",
    "Council leisure centres switch to app-only membership",
    [
        "Members of council-run leisure centres in Cardiff must now book classes through an app.",
        "Create an account using your membership number and date of birth.",
        "Log in with the email address you gave at the front desk.",
        "Staff at reception will help anyone who does not have a smartphone.",
        "The operator said the app would cut queues.",
    ],
)

# ---------- council: council e-newsletters and app launches ----------
a(
    "council",
    "Council launches app to report potholes and fly-tipping",
    [
        "Residents can now report potholes, fly-tipping and broken streetlights through a new council app.",
        "The app is free to download for iPhone and Android.",
        "Sign in with your council account to follow the progress of a report.",
        "Register using your postcode and an email address.",
        "Councillor Anne Marsh said 2,000 reports had been made in its first week.",
    ],
)
a(
    "council",
    "Shire council e-newsletter wins award",
    [
        "A monthly e-newsletter from a Victorian shire council has won a national award for local government communication.",
        "The newsletter goes to 9,000 inboxes and carries road closures, events and planning notices.",
        "Subscribe through the council website to receive it.",
        "The judges praised its plain language.",
    ],
)
a(
    "council",
    "Nairobi County launches e-services portal for business permits",
    [
        "Nairobi County has launched an online portal for business permits, parking fees and land rates.",
        "Traders must register on the portal with their KRA PIN.",
        "Log in and select the permit you need.",
        "Payment is by M-Pesa.",
        "County officials said the portal would end long queues at City Hall.",
    ],
)
a(
    "council",
    "Bin collection changes: sign up for reminders",
    [
        "Bin collections across the borough change from next Monday.",
        "Sign up for email reminders on the council website and you will be told the day before each collection.",
        "Get alerts by text if you prefer.",
        "Garden waste collections remain fortnightly.",
    ],
)
a(
    "council",
    "Flood warnings: how to get alerts",
    [
        "The Environment Agency has issued flood warnings for parts of Somerset.",
        "Sign up for free flood warnings by phone, text or email.",
        "Register your address to get warnings for your home.",
        "Sandbags are available from the parish hall.",
    ],
)

# ---------- consumer: cancelling subscriptions and free trials ----------
a(
    "consumer",
    "How to cancel subscriptions you no longer use",
    [
        "Subscriptions are easy to start and hard to stop.",
        "Start by checking your bank statement for regular payments.",
        "Log in to each service and find the account page.",
        "Cancel any you have not used in a month.",
        "Free trials are the biggest trap: set a reminder for the day before your trial ends.",
        "Your bank can also stop a recurring card payment.",
    ],
)
a(
    "consumer",
    "Which? warns on subscription traps",
    [
        "Millions of people are paying for subscriptions they do not use, Which? has warned.",
        "Free trial offers that roll into paid plans are the worst offenders.",
        "Check your account settings before a trial ends.",
        "Cancel anytime is not always as simple as it sounds.",
        "The government plans new rules requiring firms to remind customers before a trial becomes paid.",
    ],
)
a(
    "consumer",
    "Money tip: share a family plan",
    [
        "Streaming and music services let several people share one family plan.",
        "Upgrade to a family plan and split the cost with the people you live with.",
        "Each person keeps their own account and recommendations.",
        "Check the terms: some services require everyone to live at the same address.",
    ],
)
a(
    "consumer",
    "Jio and Airtel users: how to stop unwanted value-added services",
    [
        "Mobile users in India are often signed up to value-added services they never asked for.",
        "Log in to the operator's app and check the active packs.",
        "Deactivate anything you do not recognise.",
        "Call customer care if a charge continues.",
        "TRAI rules require operators to refund charges for services taken without consent.",
    ],
)
a(
    "consumer",
    "Black Friday: beware the annual subscription trap",
    [
        "Many Black Friday deals are for annual subscriptions that renew at full price.",
        "Pay £1 for the first month and you may be billed £120 the next year.",
        "Read the small print before you subscribe.",
        "Turn off auto-renew in your account as soon as you buy.",
    ],
)
a(
    "consumer",
    "Kenyans lose money to betting app subscriptions",
    [
        "Kenyans are losing money to betting tips services that charge daily by SMS.",
        "Users are subscribed after replying to a promotional text.",
        "To unsubscribe, send STOP to the short code.",
        "The Communications Authority said it had received 3,000 complaints.",
    ],
)
a(
    "consumer",
    "Free trial ends? Here's what to do",
    [
        "A free trial can be a good way to test a service.",
        "Use a card you can freeze.",
        "Sign up with an email address you check.",
        "Cancel the day you sign up if the service lets you keep the trial.",
        "Most do.",
    ],
)

# ---------- charity: membership drives ----------
a(
    "charity",
    "National Trust membership hits new high",
    [
        "The National Trust has more members than ever, despite rows over its work on history.",
        "Become a member and you get free entry to more than 500 places.",
        "Membership costs £91 a year for an adult.",
        "Life membership is also available.",
    ],
)
a(
    "charity",
    "RNLI appeals for new members after busy summer",
    [
        "The RNLI is appealing for new members after its busiest summer for rescues in a decade.",
        "Join today and your donation helps fund lifeboat crews, the charity's appeal says.",
        "Membership includes a quarterly magazine.",
        "Volunteers crewed more than 9,000 launches last year.",
    ],
)
a(
    "charity",
    "Irish Wildlife Trust membership drive",
    [
        "The Irish Wildlife Trust is running a membership drive to fund its campaign on peatlands.",
        "Members get a newsletter and invitations to guided walks.",
        "Support our work, the trust's leaflets urge.",
        "It has about 3,000 members.",
    ],
)
a(
    "charity",
    "Rotary club in Nakuru seeks new members",
    [
        "The Rotary Club of Nakuru is looking for new members to help with its water projects.",
        "Membership is open to professionals over 18.",
        "Join us, the club's president Mary Wanjiku told a meeting on Saturday.",
        "The club meets every Thursday at a hotel in the town.",
    ],
)

# ---------- security: software account security advice ----------
a(
    "security",
    "Change your password now, bank tells customers after breach",
    [
        "A bank has told customers to change their passwords after a breach at a third-party supplier.",
        "Log in to your account and go to the security settings.",
        "Reset your password and choose one you have not used elsewhere.",
        "Turn on two-factor authentication.",
        "The bank said no money had been taken.",
    ],
)
a(
    "security",
    "Scam emails ask you to log in",
    [
        "Scammers are sending emails that look like they come from streaming services.",
        "The email says your account has been suspended and asks you to log in to update your payment details.",
        "Do not click the link.",
        "Go to the service's website yourself and sign in there.",
        "If you have entered your details, call your bank.",
    ],
)
a(
    "security",
    "How to secure your WhatsApp account",
    [
        "WhatsApp accounts are being hijacked across Nigeria by fraudsters posing as friends.",
        "Never share the six-digit code sent to your phone.",
        "Turn on two-step verification in settings.",
        "Create a PIN you will remember.",
        "If your account is taken, log in again with your number to reclaim it.",
    ],
)
a(
    "security",
    "Google to delete inactive accounts",
    [
        "Google will delete accounts that have not been used for two years.",
        "Sign in to your Google account at least once to keep it.",
        "Continue with Google buttons on other sites count as use, the company said.",
        "Accounts with YouTube videos will not be deleted.",
    ],
)
a(
    "security",
    "ATO warns of myGov scam",
    [
        "The Australian Taxation Office has warned of a fake myGov sign-in page.",
        "Always log in to myGov by typing the address yourself.",
        "Create your account only through the official site.",
        "Report suspicious messages to Scamwatch.",
    ],
)
a(
    "security",
    "Sign in with Apple: is it safer?",
    [
        "More apps now offer Sign in with Apple, which can hide your email address from the app.",
        "Sign in with Apple creates a random address that forwards to your inbox.",
        "Continue with your Google account and the app sees your real address.",
        "Security experts say either is safer than reusing a password.",
    ],
)

# ---------- school: school registration deadlines ----------
a(
    "school",
    "Primary school registration closes on Friday",
    [
        "Parents have until Friday to register their child for a primary school place in September.",
        "Register online through the council's admissions portal.",
        "Create an account with an email address you check often.",
        "Offers will be sent out on national offer day in April.",
    ],
)
a(
    "school",
    "JAMB: register before the deadline, candidates told",
    [
        "The Joint Admissions and Matriculation Board has warned candidates to register before the deadline.",
        "Create your profile by sending your NIN by SMS.",
        "Register at an accredited centre.",
        "Late registration will not be allowed, the board said.",
    ],
)
a(
    "school",
    "CAO applications open for 2025 entry",
    [
        "The CAO application system is now open for students hoping to start college next year.",
        "Register early to pay the reduced fee.",
        "Log in to your account to change your course choices until 1 July.",
        "Guidance counsellors say students should not rush their choices.",
    ],
)
a(
    "school",
    "KCSE candidates: registration extended",
    [
        "The Kenya National Examinations Council has extended registration for this year's KCSE.",
        "Schools must register candidates through the KNEC portal.",
        "Private candidates can register at designated centres.",
        "No further extension will be given.",
    ],
)

# ---------- voter: voter registration drives ----------
a(
    "voter",
    "Register to vote before the deadline",
    [
        "People who want to vote in the general election must register by midnight on Tuesday.",
        "Register online in five minutes with your National Insurance number.",
        "Already registered? You do not need to do it again.",
        "Students can register at both home and university addresses.",
    ],
)
a(
    "voter",
    "IEBC launches voter registration drive",
    [
        "The Independent Electoral and Boundaries Commission has launched a month-long drive to register new voters.",
        "Register at any huduma centre with your ID card.",
        "Young people make up most of the unregistered.",
        "The commission wants to register 2.5 million new voters.",
    ],
)
a(
    "voter",
    "Voter registration drive targets college students",
    [
        "Student groups at Ohio State are running a voter registration drive ahead of next month's deadline.",
        "Sign up to vote, a banner on the Oval reads.",
        "Volunteers will help students register in person at the library.",
        "The deadline is October 7.",
    ],
)
a(
    "voter",
    "AEC: enrol now for the referendum",
    [
        "The Australian Electoral Commission has urged people to enrol before the rolls close.",
        "Check your enrolment online.",
        "Update your address if you have moved.",
        "Enrolment is compulsory for all citizens over 18.",
    ],
)

# ---------- museum: museum memberships ----------
a(
    "museum",
    "British Museum membership: is it worth it?",
    [
        "The British Museum's membership costs £85 a year for one adult.",
        "Members get free entry to all exhibitions and access to a members' room.",
        "Unlimited access to paid exhibitions is the main draw.",
        "Join online or at the museum's information desk.",
    ],
)
a(
    "museum",
    "National Gallery of Australia launches new membership tier",
    [
        "The National Gallery of Australia has launched a new membership tier for young people.",
        "Members under 30 pay $50 a year.",
        "Exclusive access to after-hours events is included.",
        "Become a member online.",
    ],
)
a(
    "museum",
    "Met Museum's membership offers early access",
    [
        "The Metropolitan Museum of Art is offering members early access to its next blockbuster show.",
        "Members-only hours will run on Tuesday mornings.",
        "Join now for priority booking, the museum's site says.",
        "General admission for non-residents is $30.",
    ],
)

# ---------- message: prompts the article quotes after "the message read:" ----------
a(
    "message",
    "Readers locked out of newspaper site after glitch",
    [
        "Subscribers to a Midlands newspaper were locked out of its website for most of Tuesday.",
        "When they tried to read a story, the message read:",
        "Subscribe to continue reading.",
        "The publisher said a software update had failed to recognise paying readers.",
        "It apologised and said a week would be added to every subscription.",
    ],
)
a(
    "message",
    "Streaming service outage leaves viewers staring at login page",
    [
        "Viewers of a streaming service were unable to watch for three hours on Sunday night after an outage.",
        "Their screens showed a single line:",
        "Sign in to continue watching.",
        "The company blamed a fault at its cloud provider.",
    ],
)
a(
    "message",
    "Health app's pop-up asked patients to pay",
    [
        "Users of an NHS-linked health app were shown a pop-up asking them to pay.",
        "The pop-up said:",
        "Upgrade to Premium to unlock your results.",
        "The company said the message was shown in error.",
    ],
)
a(
    "message",
    "University portal crash on results day",
    [
        "Students trying to see their results were greeted by an error message.",
        'It read: "Your session has expired. Please log in again."',
        "The university said the portal had been overwhelmed.",
    ],
)
a(
    "message",
    "Readers angry at 'dark pattern' cancellation",
    [
        "Readers trying to cancel their subscription to a magazine were shown a series of screens.",
        "The first said:",
        "Are you sure? You'll lose unlimited access to our journalism.",
        "The second offered a discount.",
        "The Competition and Markets Authority is investigating.",
    ],
)

# ---------- speech: people quoted saying "sign up", "subscribe", "register" ----------
a(
    "speech",
    "Pastor urges congregation to register for ID",
    [
        "A pastor in Ibadan has urged his congregation to register for the National Identification Number.",
        '"Register now, do not wait until the last day," Pastor Adeyemi told worshippers on Sunday.',
        '"Sign up, all of you. It is your right."',
        "Long queues have been reported at NIMC offices.",
    ],
)
a(
    "speech",
    "YouTuber hits one million subscribers",
    [
        "A Dublin YouTuber who makes videos about hurling has passed one million subscribers.",
        '"Subscribe if you haven\'t already," he says at the end of every video.',
        "He now employs two editors.",
        "Advertising pays for most of it.",
    ],
)
a(
    "speech",
    "Mayor's plea: join the library",
    [
        "The mayor has urged residents to join the library as borrowing falls.",
        '"Become a member. It is free, and it is yours," she said at the launch of the campaign.',
        "Membership is free for anyone who lives, works or studies in the city.",
    ],
)
a(
    "speech",
    "Coach urges parents to sign up for junior league",
    [
        "Parents have been urged to sign up their children for the junior football league before places run out.",
        '"Sign up now. We had a waiting list last year," coach Tom Byrne said.',
        "The league runs on Saturday mornings.",
    ],
)
a(
    "speech",
    "Podcast host: 'Please subscribe'",
    [
        "The host of a popular Australian true-crime podcast says subscribers pay for everything.",
        '"Please subscribe. It really matters," she tells listeners at the start of each episode.',
        "The podcast has about 200,000 listeners.",
    ],
)
a(
    "speech",
    "Minister launches digital skills portal",
    [
        "The minister has launched a portal offering free digital skills courses for young people.",
        '"Log on, register and learn," the minister said at the launch in Abuja.',
        "Create your account with your BVN, the ministry's guide says.",
        "More than 10,000 people signed up on the first day.",
    ],
)
a(
    "speech",
    "Newsletter founder on building a readership",
    [
        "Sarah Okafor started her newsletter on Nigerian tech in a lockdown.",
        "Now 20,000 people read it every week.",
        "Her advice to others is simple.",
        "Write every week. Ask people to subscribe. Never buy a mailing list.",
        "She charges for a premium edition.",
    ],
)
a(
    "speech",
    "Club chairman's appeal",
    [
        "The chairman of a struggling League Two club has appealed to fans for help.",
        "Buy a season ticket. Become a member. Bring a friend.",
        "The club needs 1,500 more members to break even.",
    ],
)

# ---------- second round: the shapes the first round showed the rule reads as a prompt's voice ----------
# (an imperative of reading or unlocking about something else; the wall's words as an article's subheading;
# a quoted wall's lines after a colon line of the article's own; a club's or charity's own newsletter)
a(
    "consumer",
    "Energy bills: read your meter before prices change",
    [
        "Energy prices change on 1 April, and suppliers will estimate your reading if you do not send one.",
        "Take a photo of your meter on the day.",
        "Keep reading your meter every month after that, so your bills stay accurate.",
        "Submit the reading through your supplier's app or website.",
    ],
)
a(
    "school",
    "Reading to children: the ten-minute habit",
    [
        "Children who are read to every day start school with a larger vocabulary, a study from the University of Leeds suggests.",
        "Ten minutes a night is enough, the researchers say.",
        "Continue reading to your child even after they can read alone.",
        "Libraries lend picture books free of charge.",
    ],
)
a(
    "security",
    "Thieves target keyless cars in Dublin suburbs",
    [
        "Gardaí have warned owners of keyless cars after a spate of thefts in south Dublin.",
        "Thieves use a device to copy the signal from a key inside the house.",
        "Unlock your car with the key itself, not the fob's button, if you can.",
        "Keep keys in a signal-blocking pouch at night.",
    ],
)
a(
    "security",
    "New phone? Five settings to change first",
    [
        "A new phone comes with settings that favour the manufacturer, not you.",
        "Unlock your phone with a PIN of six digits, not four.",
        "Turn off lock-screen previews of messages.",
        "Back up to an account only you can open.",
    ],
)
a(
    "press",
    "Subscriptions: the winners and losers of the paywall era",
    [
        "Five years after most British regional dailies began charging online, the picture is mixed.",
        "Unlimited access: worth the money?",
        "For readers who visit daily, a £5 pass is cheaper than the printed paper.",
        "E-edition",
        "Many older readers prefer the e-edition, a page-by-page copy of the print paper.",
        "Digital edition sales rose at 12 of the 20 titles we looked at.",
    ],
)
a(
    "gym",
    "Local club's newsletter is lifeline for members",
    [
        "Ballybrack Tennis Club's weekly newsletter has become a lifeline for older members during the winter.",
        "It carries fixtures, results and a page of members' news.",
        "Subscribe to the newsletter at the clubhouse, the secretary, Ann Moran, said.",
        "Non-members can read it on the club's Facebook page.",
    ],
)
a(
    "charity",
    "Food bank's volunteers: 'Join us'",
    [
        "Volunteers at a Nairobi food bank say they need more hands as demand doubles.",
        "Already a member? Renew online.",
        "That is the message on the door of the charity's office in Kibera, where members pay Sh500 a year.",
        "Not a member? Join today.",
        "The food bank fed 2,000 families last month.",
    ],
)
a(
    "message",
    "Readers puzzled by pop-up on council website",
    [
        "Visitors to a council's website were shown a paywall-style pop-up on Wednesday.",
        "The pop-up read:",
        "Already have an account? Sign in.",
        "Continue with Facebook",
        "The council said a contractor had tested a new login page on the live site by mistake.",
    ],
)
a(
    "press",
    "Subscribers' guide to the new app",
    [
        "Our new app goes live on Monday.",
        "Already a subscriber? Log in to the app with the email address you use for the website.",
        "Your subscription carries over; you do not need to pay again.",
        "The e-paper moves to a separate tab.",
    ],
)
a(
    "stream",
    "Netflix's password crackdown, explained",
    [
        "Netflix has begun charging accounts shared outside a single household.",
        "The account holder will be asked to add an extra member for £4.99 a month.",
        "Log in with your email on the TV, and Netflix checks the network.",
        "Travellers can verify with a code sent to the main account.",
    ],
)
a(
    "museum",
    "Museum's new app lets visitors skip the queue",
    [
        "The Natural History Museum has launched an app that lets visitors book timed tickets.",
        "Access all areas",
        "That was the promise of the app's launch campaign, and members can now enter through a separate door.",
        "Members only",
        "The members' lounge reopens next week after a refit.",
    ],
)
a(
    "speech",
    "Union leader: 'Subscribe today'",
    [
        "The general secretary of the teachers' union told its annual conference that membership was rising for the first time in a decade.",
        '"Join today. Subscribe today. Bring a colleague," she told delegates in Killarney.',
        "The union has 45,000 members.",
    ],
)
a(
    "speech",
    "Cricket club's appeal for young players",
    [
        "A Melbourne cricket club with a 120-year history says it may fold without more young players.",
        "Club president Raj Patel has a simple message for families.",
        "Subscribe to the newsletter. Come down on a Saturday. Bring the kids.",
        "Junior fees are $80 a season.",
    ],
)

# ---------- third round: consumer advice in the second person, a library's e-paper, a quote tagged "asks" ----------
a(
    "consumer",
    "Free trials: five rules to avoid being charged",
    [
        "Free trials turn into paid subscriptions for millions of shoppers every year, Citizens Advice says.",
        "Never sign up for a free trial with a debit card.",
        "Don't subscribe until you have read the terms.",
        "Save your receipts and your subscription emails.",
        "Go to your account and choose cancel subscription as soon as you sign up, if the service allows it.",
    ],
)
a(
    "consumer",
    "Is your streaming bundle worth it?",
    [
        "Bundles of streaming services can save money, but only if you watch them.",
        "Keep your subscription if you use it weekly.",
        "Drop it if you watch one show a month.",
        "For the best deal, subscribe annually.",
        "An annual plan is usually two months cheaper than paying monthly.",
    ],
)
a(
    "council",
    "Library card now gives free access to newspapers",
    [
        "Library members in Cork can now read more than 7,000 newspapers and magazines free of charge through the PressReader app.",
        "Access the e-paper through the library's website, using your card number and PIN.",
        "View the e-edition at the library on any public computer.",
        "Unlock the archive with your library card, too: back issues go to 2010.",
        "The service cost the council €40,000.",
    ],
)
a(
    "press",
    "Mumbai paper ends home delivery in two suburbs",
    [
        "A Marathi daily has ended home delivery in two Mumbai suburbs, blaming a shortage of vendors.",
        "Readers there can still buy it at news stands.",
        "Read it in the print edition at the station stall, or on the e-paper, the paper told readers.",
        "Buy the print edition tomorrow and it will carry a full list of stalls, the circulation manager said.",
    ],
)
a(
    "charity",
    "Hospice launches newsletter for families",
    [
        "A Galway hospice has launched a monthly newsletter for families of patients.",
        "It carries news from the wards, fundraising events and bereavement support.",
        "Join our newsletter, the charity asks in a leaflet sent to 4,000 homes.",
        "Get the newsletter by email each Friday, or collect a printed copy at reception.",
    ],
)
a(
    "gym",
    "Gym membership bullets: what you actually get",
    [
        "We compared the basic memberships of four budget chains.",
        "Members of all four get:",
        "- Unlimited access to the gym floor",
        "- Free classes at off-peak times",
        "- A free trial week",
        "Only one includes a swimming pool.",
    ],
)
a(
    "museum",
    "Science Museum launches family membership",
    [
        "The Science Museum has launched a family membership costing £120 a year.",
        "What members get:",
        "- Free entry to paid exhibitions",
        "- Exclusive access to late openings",
        "- A monthly newsletter",
        "- 10% off in the shops",
        "The museum hopes to sign up 10,000 families in the first year.",
    ],
)
a(
    "stream",
    "Streaming plans compared",
    [
        "Here is how the main services' plans compare after this month's price rises.",
        "Netflix:",
        "- Standard with ads: £4.99 a month",
        "- Premium: £18.99 a month, four screens",
        "Disney+:",
        "- Premium: £12.99 a month",
        "Prices are for the UK.",
    ],
)

# ---------- fourth round: the reader's own subscription in advice; a quote tagged "urges", "says" ----------
a(
    "stream",
    "DStv raises prices in Nigeria for the third time this year",
    [
        "MultiChoice Nigeria has raised the price of DStv and GOtv bouquets for the third time this year.",
        "The Premium bouquet now costs N37,000 a month.",
        "Customers who pay before the rise takes effect keep the old price for one month.",
        "Renew your subscription online or at any branch before Saturday to keep the old rate, the company said in a notice.",
        "The Federal Competition and Consumer Protection Tribunal is hearing a complaint against the increase.",
    ],
)
a(
    "consumer",
    "Which streaming services to keep this year",
    [
        "The average household pays for four streaming services, Deloitte estimates.",
        "Continue your subscription only if you use it.",
        "Enjoy your subscription, but check the price each year.",
        "Rotate services: watch one for a month, then switch.",
    ],
)
a(
    "council",
    "Weather warnings: how to stay ahead of storms",
    [
        "Met Éireann has issued an orange wind warning for Atlantic counties from midnight.",
        "Subscribe to updates from the Met Office or Met Éireann on their apps.",
        "Tie down garden furniture and bins.",
        "Stay away from coastal paths.",
    ],
)
a(
    "charity",
    "Animal shelter asks supporters to stay in touch",
    [
        "An animal shelter in Kiambu has run out of space after a surge in abandoned dogs.",
        "Its volunteers post daily updates online.",
        "Sign up to our mailing list, the email urges, and supporters get a weekly list of animals needing homes.",
        "Join our mailing list, the poster says, beside a photograph of a one-eyed terrier.",
    ],
)
a(
    "security",
    "Fake DHL texts: how to spot them",
    [
        "A wave of fake parcel texts is hitting phones across Ireland.",
        "Unlock your account now by clicking the link below, the message says.",
        "The link leads to a page that copies DHL's design.",
        "Delete it, An Garda Síochána advises.",
    ],
)
a(
    "speech",
    "Author's plea to readers: 'Subscribe to your local paper'",
    [
        "The novelist Anne Enright has urged readers to subscribe to their local newspapers.",
        '"Subscribe to your local paper. Buy it on a Saturday. Read it," she told the Listowel Writers\' Week audience.',
        "Local papers in Ireland have lost half their circulation in 15 years.",
    ],
)
a(
    "press",
    "Daily Trust launches e-paper app",
    [
        "Daily Trust has launched an e-paper app for readers in Nigeria and abroad.",
        "Download the app and create an account with your phone number.",
        "Subscribe to the e-paper for N1,000 a month.",
        "The print edition remains on sale at news stands.",
    ],
)
a(
    "press",
    "The Age and SMH readers hit by login glitch",
    [
        "Subscribers to The Age and The Sydney Morning Herald were logged out of their accounts on Tuesday.",
        "Many were told to reset their password, which did not work.",
        "Log in again after clearing your browser's cookies, a Nine spokeswoman advised.",
        "Nine said the fault was fixed by the afternoon.",
    ],
)

# ---------- fifth round: the wall's words as an article's own subheadings ----------
a(
    "press",
    "The state of Australian news: five charts",
    [
        "The University of Canberra's Digital News Report paints a sobering picture of the industry.",
        "Digital subscribers",
        "Only 22 per cent of Australians pay for online news, up two points in a year.",
        "Local journalism",
        "Regional audiences are the most loyal, but 200 local mastheads have closed since 2019.",
        "Newsletters and podcasts",
        "A quarter of readers under 35 get news from a newsletter each week.",
    ],
)
a(
    "press",
    "Kenyan media houses bet on paywalls",
    [
        "Kenya's biggest media houses are asking readers to pay as advertising falls.",
        "Why local journalism matters",
        "Editors argue that county-level reporting cannot survive on advertising alone.",
        "Paid subscribers",
        "The Nation says it has about 100,000 paying digital readers, a figure rivals dispute.",
    ],
)
a(
    "press",
    "Substack's Indian writers find paying readers",
    [
        "A growing number of Indian journalists are leaving newsrooms to write paid newsletters.",
        "Independent journalism",
        "Several say they earn more from a few thousand paying readers than from a salary.",
        "Subscriber-only content",
        "Most give away one post a week and charge for the rest.",
    ],
)

# ---------- sixth round: the advice line is the article's last ----------
a(
    "consumer",
    "Audible, Kindle Unlimited and the cost of reading",
    [
        "Book subscriptions promise unlimited reading for a monthly fee.",
        "Kindle Unlimited costs £9.49 a month; Audible's premium plan, £7.99.",
        "Heavy readers can save money, but most people read fewer than one book a month, the Publishers Association says.",
        "Start your free trial only if you will remember to cancel it.",
    ],
)
a(
    "voter",
    "Voter registration closes on Friday",
    [
        "The deadline to register for next month's local elections is Friday at 5pm.",
        "Around 300,000 eligible voters in the state are not enrolled, the electoral commission estimates.",
        "Register online with your driver's licence number.",
    ],
)
a(
    "gym",
    "Swimming pool reopens after two-year refit",
    [
        "Rathmines swimming pool reopens on Monday after a two-year, €9 million refit.",
        "The pool has a new changing village and a learner pool.",
        "Annual membership costs €350, or €25 a month.",
        "Join online or at reception.",
    ],
)
a(
    "museum",
    "Hunterian launches first membership scheme",
    [
        "The Hunterian in Glasgow has launched its first membership scheme.",
        "Members get early booking for exhibitions and a discount in the café.",
        "Membership starts at £40 a year.",
        "Become a member online from today.",
    ],
)
a(
    "security",
    "Your Netflix account was hacked? Here's what to do",
    [
        "If someone else is watching on your Netflix account, act quickly.",
        "Sign out of all devices from the account settings page.",
        "Change your password.",
        "Check your plan has not been upgraded.",
        "Sign in again on your own devices.",
    ],
)

# ---------- seventh round: creators' catchphrases, slogans the article prints, short imperatives ----------
a(
    "speech",
    "Nairobi comedian's channel passes 500,000 subscribers",
    [
        "A Nairobi comedian whose sketches mock matatu touts has passed 500,000 subscribers on YouTube.",
        "Every video ends the same way.",
        "Subscribe to my channel.",
        "The line has become a catchphrase in Kenyan schools.",
    ],
)
a(
    "speech",
    "Influencers face new disclosure rules in India",
    [
        "Indian influencers must now disclose paid promotions under new consumer rules.",
        "Most videos end with a familiar request.",
        "Subscribe, like and share.",
        "The rules say nothing about that, but they do cover the products shown before it.",
    ],
)
a(
    "voter",
    "Election slogans: what the parties are saying",
    [
        "The campaign's first week has produced a crop of slogans on posters across Lagos.",
        "Register. Vote. Protect your vote.",
        "That is the message of a coalition of civil society groups.",
        "Get your PVC today, reads another, from the electoral commission.",
    ],
)
a(
    "charity",
    "Library's Christmas campaign: 'Join today'",
    [
        "Dún Laoghaire's library has launched a Christmas campaign to sign up 1,000 new members.",
        "Become a member today.",
        "That is the whole of the campaign's poster, over a photograph of a child reading.",
        "Membership is free.",
    ],
)
a(
    "security",
    "What to do if you get a 'subscription renewed' email",
    [
        "Scam emails claiming that a subscription has been renewed are on the rise.",
        "The emails say your account has been charged £89.99 and give a number to call.",
        "Subscribe today and save, says one, oddly, at the bottom.",
        "Do not call the number.",
    ],
)

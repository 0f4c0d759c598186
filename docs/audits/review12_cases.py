# (rule, headline, [paragraphs], [lines that must stay])  -- C
# (rule, headline, [paragraphs], [page furniture that must go]) -- G (the quoting rule's other direction)
# Written for review 12 (rules of 8d1a056, 64b5c73, ce64596); see docs/audits/review12.md.
P1 = "The council said the figures would be published in full next month, after a review by auditors."
P2 = "Residents have until the end of January to respond to the consultation, which is available at libraries across the district."
P3 = "A spokesperson for the company declined to comment further when contacted on Tuesday."
C = []
G = []


def a(rule, head, paras, stay=None):
    C.append((rule, head, paras, stay if stay is not None else [p for p in paras if p not in (P1, P2, P3)]))


def g(rule, head, paras, go):
    G.append((rule, head, paras, go))


# ---------- byline.source: an article's own sentence about when a report first appeared ----------
a("source", "Ombudsman finds council 'failed' family in housing case", [
  "The Local Government Ombudsman has ruled that Harbourside Council failed a family of five who spent two years in a single room.",
  "The ombudsman's report on the case runs to 40 pages and names three officers.",
  "This report was first published on 14 March 2023.",
  "It was withdrawn a week later after the council objected to the naming of junior staff, and has now been reissued without the names.",
  "The council said it accepted the findings in full.", P3])
a("source", "Newspaper apologises for 1987 story on miners' strike", [
  "The Northern Echo-Times has apologised for a front-page story about striking miners, nearly four decades after it ran.",
  "The story, headlined 'Pit village violence', named a man who was later cleared by a court.",
  "This story was first published on 12 March 1987.",
  "It remained in the paper's online archive until last month, when the man's daughter complained.",
  "Editor Claire Mason said the paper should have corrected it at the time.", P3])
a("source", "Study linking screen time to poor sleep retracted", [
  "A widely shared study linking evening screen use to poor sleep in teenagers has been retracted by the journal that published it.",
  "The journal said a coding error had reversed the direction of one of its main findings.",
  "This article was originally published on June 4, 2019.",
  "By then it had been cited more than 300 times, including in two government reports.",
  "The authors said they regretted the error and had asked for the retraction themselves."])
a("source", "Archive: The day the bridge opened", [
  "Crowds lined both banks of the river as the new bridge was opened by the Duke of Kent, our reporter wrote.",
  "Schoolchildren were given the day off and a brass band played until dusk.",
  "The bridge cost £1.2m and took three years to build.",
  "This article was first published on 2 May 1961 and is reproduced from our archive as the bridge turns 60."])
a("source", "Fact check: viral post about pension age is six years old", [
  "A post claiming the state pension age will rise to 75 next year has been shared 40,000 times this week.",
  "The post links to a newspaper report about a think tank's proposal.",
  "This report was first published on Sept. 3, 2017.",
  "The proposal was never adopted, and the government has no plans to raise the pension age beyond 68.",
  "Full Fact said old stories were often recirculated without their dates."])
a("source", "Kenyan blogger charged over fake exam story", [
  "A blogger has been charged in Nairobi with publishing false information after a post claimed that KCSE papers had leaked.",
  "Prosecutors told the court the post had been copied from an earlier story, changing only the year.",
  "This story was first published on November 2, 2016.",
  "The blogger denied the charge and was released on a cash bail of Sh50,000.",
  "The case will be mentioned on January 15."])

# ---------- related.link "READ: <headline>" used by the article itself ----------
a("read", "Five things to do this weekend", [
  "From a new Ishiguro to a folk festival by the sea, here is our pick of the week.",
  "Read: The Bee Sting by Paul Murray, now out in paperback",
  "Murray's sprawling Irish family saga was the novel everyone argued about last year, and it rewards a second look.",
  "Watch: Slow Horses on Apple TV+, season four",
  "Gary Oldman's Jackson Lamb is as repellent and as brilliant as ever.",
  "Listen: In Our Time on the history of the umbrella",
  "Melvyn Bragg and three historians make a surprisingly gripping hour of it."])
a("read", "How to help your child become a confident reader", [
  "Teachers say the habits formed before the age of seven matter more than any scheme used in school.",
  "The school's reading charter asks families to commit to three things each week.",
  "Read: 20 minutes every night with your child, whatever the book",
  "Talk: About the pictures, the characters and what might happen next",
  "Visit: Your local library at least once a month",
  "Head teacher Ruth Adeyemi said the charter had lifted reading scores by a fifth in two years."])
a("read", "Church marks centenary with service of thanksgiving", [
  "St Peter's in Kilburn marked 100 years since its consecration with a service attended by more than 300 people.",
  "The order of service set out the two readings chosen by the congregation.",
  "First Reading: Psalm 121 and Isaiah 40",
  "Read: Psalm 23 and Isaiah 40 aloud together",
  "The Bishop of London gave the sermon, recalling the parish's work during the Blitz.", P3])
a("read", "Review: A month of reading only books by Nigerian women", [
  "I set myself a challenge in March: read only books by Nigerian women, old and new.",
  "Read: Half of a Yellow Sun, by Chimamanda Ngozi Adichie",
  "Still the best novel about the Biafran war, and the one I pressed on everyone afterwards.",
  "Read: Stay With Me, by Ayobami Adebayo",
  "A marriage under pressure, told with a lightness that makes the ending hit harder.",
  "Skip: The audiobook of the latter, whose narrator rushes the best scenes.",
  "By the end of the month I had read nine books and bought four more."])
a("read", "Exam board's advice to students sitting English literature", [
  "The exam board has published its advice for students taking the English literature paper next week.",
  "Its checklist for the unseen poetry question is short.",
  "Read: The Whole Poem Twice Before Writing Anything",
  "Underline: Three images you could write about",
  "Plan: For five minutes, no more",
  "Examiners said the most common mistake last year was starting to write too soon."])
a("read", "Sign at beach warns swimmers after two drownings", [
  "New signs have gone up at Camps Bay after two swimmers drowned in a rip current last month.",
  "The largest, at the main entrance, is printed in red capitals.",
  "READ: NO SWIMMING WHEN THE RED FLAG IS FLYING",
  "Lifeguards said many visitors had ignored the flags before the deaths.",
  "The city will add two more lifeguard towers before the Easter holidays."])
a("read", "Book club's spring list announced", [
  "The Westgate Library book club has announced the books it will read between March and June.",
  "March: The Covenant of Water by Abraham Verghese",
  "Read; Small Things Like These by Claire Keegan in April",
  "May and June will be chosen by members at the first meeting.",
  "New members are welcome and the club meets on the first Tuesday of the month."])
a("read", "Union tells members how to respond to the pay offer", [
  "The teachers' union has told members to read the pay offer carefully before voting in the ballot that opens on Monday.",
  "Its guidance has three headings.",
  "Read: The Offer in Full, Including the Appendix on Workload",
  "Compare: Your Pay Now With Your Pay After the Rise",
  "Vote: Before the Ballot Closes on 30 June",
  "The union's executive has recommended that members reject the offer."])

# ---------- byline.contact: contact details the article gives readers at its end ----------
a("contact", "Police appeal after woman seriously hurt in hit-and-run", [
  "A woman in her sixties is in a critical condition after being hit by a car that failed to stop in Leyton on Saturday night.",
  "The driver of a dark blue hatchback drove off towards Lea Bridge Road, police said.",
  "Detectives are appealing for anyone with dashcam footage to come forward.",
  "Anyone with information should contact the investigating officer, Detective Constable Sarah Jones.",
  "Tel: 020 7946 0123",
  "Email: sarah.jones@met.police.uk"])
a("contact", "Food bank asks for volunteers before Christmas", [
  "Westside Food Bank says demand has doubled since last winter and it needs 40 more volunteers for December.",
  "Volunteers sort donations, pack parcels and drive deliveries to people who cannot collect them.",
  "Coordinator Jan Phillips said even two hours a week would make a difference.",
  "To volunteer or donate, get in touch with the food bank.",
  "hello@westsidefoodbank.org.uk"])
a("contact", "Samaritans: the charity's busiest night of the year", [
  "Volunteers at the Bristol branch of Samaritans answered more than 200 calls on Christmas Eve, the charity said.",
  "Many callers were alone for the first time after a bereavement, branch director Paul Evans said.",
  "If you have been affected by any of the issues raised in this story, support is available.",
  "Phone: 116 123",
  "Email: jo@samaritans.org"])
a("contact", "Lagos police warn of kidnappers posing as ride-hailing drivers", [
  "The Lagos State Police Command has warned residents about a gang posing as ride-hailing drivers on the Lekki-Epe Expressway.",
  "Police spokesman Benjamin Hundeyin said three women had been abducted in two weeks and released after ransoms were paid.",
  "He urged residents to report suspicious vehicles through the command's emergency lines.",
  "08065154338",
  "07055462708"])
a("contact", "NTA extends deadline for university entrance test", [
  "The National Testing Agency has extended the deadline for registration for the common university entrance test to March 31.",
  "Candidates who have already registered can correct errors in their forms until April 2.",
  "For queries, candidates can contact the agency's helpdesk, which is open from 10am to 5pm.",
  "011-40759000",
  "cuet-ug@nta.ac.in"])
a("contact", "Kenya Red Cross launches flood appeal", [
  "The Kenya Red Cross has launched an appeal for Sh500 million to help families displaced by floods in Tana River and Garissa.",
  "More than 30,000 households have been displaced, according to the society.",
  "Well-wishers can contribute through M-Pesa, paybill number 10000, or contact the society directly.",
  "Tel: +254 703 037 000",
  "Email: info@redcross.or.ke"])
a("contact", "Missing teenager: family make fresh appeal", [
  "The family of 15-year-old Liam Carter, missing from his home in Ipswich since Tuesday, have made a fresh appeal for help.",
  "Liam is described as white, 5ft 8in and slim, with short brown hair. He was last seen wearing a black puffer jacket.",
  "His mother said: 'Liam, if you see this, please just let us know you're safe.'",
  "Anyone who has seen Liam is asked to call Suffolk Police, quoting reference 37/45123/24.",
  "101",
  "+44 1473 613500"])
a("contact", "Tenants' group calls for landlord register", [
  "A tenants' group in Leeds has called on the council to set up a public register of private landlords.",
  "The group says it has logged 400 complaints about damp and mould since January.",
  "Members meet on the second Monday of every month at the Chapeltown community centre, and new members are welcome.",
  "leedstenants@gmail.com",
  "@LeedsTenants"])
a("contact", "Australian farmers urged to report fall armyworm", [
  "Biosecurity Queensland has asked growers in the Burdekin to look out for fall armyworm after the pest was found on two farms.",
  "The caterpillar can destroy a maize crop in a week, officers said.",
  "Suspected sightings should be reported to the Exotic Plant Pest Hotline.",
  "1800 084 881",
  "biosecurity@daf.qld.gov.au"])
a("contact", "Reader help: how to complain about a delayed refund", [
  "Our consumer champion has helped a reader win back £640 from an airline that refused a refund for six months.",
  "If a company will not respond, the first step is a formal complaint, followed by the ombudsman or the small claims court.",
  "Readers with a consumer problem can write to our consumer champion, who answers a selection each week.",
  "consumer@dailyrecord-news.co.uk"])

# ---------- caption.credit: bracketed credits inside or at the end of an article's sentence ----------
a("credit", "Wildlife photographer of the year: the winners", [
  "The overall winner of this year's Wildlife Photographer of the Year was announced at the Natural History Museum on Tuesday.",
  "The judges chose an image of a snow leopard on a ridge in Ladakh, taken after six weeks of waiting (photo by Sanjay Mehta)",
  "The young photographer award went to a 14-year-old from Cork for a picture of an otter with its catch (Picture: Aoife Byrne)",
  "All 100 shortlisted images will be on show at the museum until June.", P3])
a("credit", "Court shown CCTV of the moment of the attack", [
  "Jurors at Manchester Crown Court were shown CCTV footage of the moment a man was attacked outside a takeaway.",
  "The footage shows the defendant approaching from behind and striking the victim twice [Image: Greater Manchester Police]",
  "The defendant, 24, denies causing grievous bodily harm with intent.",
  "The trial continues."])
a("credit", "Abuja residents count the cost of flooding", [
  "Residents of Trademore Estate in Abuja have begun clearing mud from their homes after the worst flooding in a decade.",
  "A resident, Mrs Ngozi Eze, said the water rose to the ceiling of her bungalow within an hour, destroying everything her family owned (photo credits: Punch)",
  "The Federal Capital Territory Emergency Management Agency said 12 people had died.",
  "The agency blamed buildings on drainage channels."])
a("credit", "Museum returns Benin Bronzes to Nigeria", [
  "The Horniman Museum in London has handed over six Benin Bronzes to Nigeria's National Commission for Museums and Monuments.",
  "Among them is a brass plaque showing an oba with two attendants, one of the finest of its kind [Picture credit: Horniman Museum]",
  "The director of the commission said the return was 'a triumph of dialogue over denial'.",
  "The objects will be displayed in Benin City."])
a("credit", "Delhi air quality falls to 'severe' for third day", [
  "Delhi's air quality index stood at 450 on Thursday morning, the third day in a row it has been in the severe category.",
  "Visibility at the airport fell to 50 metres, and 30 flights were diverted (Images by PTI)",
  "Schools in the capital have been told to move classes online until Saturday.",
  "The Commission for Air Quality Management has banned construction work across the region."])
a("credit", "Artist's mural of NHS nurse defaced", [
  "A mural of an NHS nurse painted in Bristol during the pandemic has been defaced with graffiti.",
  "The artist, who painted it in 2020 (photo: Bristol Post) as a tribute to his mother, said he was heartbroken.",
  "Police said they were investigating the damage as criminal damage.",
  "The council said it would pay for the mural to be restored."])
a("credit", "How to photograph the northern lights with your phone", [
  "The aurora has been visible across much of Britain this week, and you do not need an expensive camera to capture it.",
  "Use night mode and rest the phone on something solid; the picture of Whitby Abbey below was taken on a three-year-old handset (Photo credit: reader Tom Ellis)",
  "Turn off the flash and tap the screen to focus on a bright star first.",
  "Send us your pictures, and we will publish the best next week."])

# ---------- junk.markup: code quoted in a tech story ----------
a("markup", "The bug that grounded a city's buses for a morning", [
  "An error in a single line of code left Oxford's electric buses unable to charge on Monday morning, the operator said.",
  "The faulty check read, in part:",
  "if (charge < threshold) {",
  "startCharging();",
  "} else {",
  "skipCharging();",
  "}",
  "A developer had reversed the comparison, so buses with flat batteries were skipped.",
  "The company said the fix had been deployed by 11am."])
a("markup", "Learn to code: your first JavaScript function", [
  "In this week's lesson we write a function that tells you whether a number is even.",
  "Type the following into your browser's console.",
  "function isEven(n) {",
  "return n % 2 === 0;",
  "}",
  "Then call it with isEven(4), which should print true.",
  "Next week we will look at loops.",
  "document.addEventListener('click', () => {",
  "console.log('clicked');",
  "});",
  "The last example runs a function every time you click the page."])
a("markup", "Developer's one-character typo cost exchange $2m", [
  "A cryptocurrency exchange lost $2m after a developer mistyped a single character in its withdrawal code, an internal review found.",
  "The review quotes the line that closed the faulty block.",
  "})();",
  "The extra brackets meant the check ran before the user's balance had loaded.",
  "The exchange has reimbursed all affected customers."])
a("markup", "Meta pixel found on hospital websites", [
  "An investigation has found Meta's tracking pixel on the websites of 30 NHS trusts, sending details of patients' searches to the company.",
  "The pixel can be spotted in a page's source by its short name.",
  "fbpx",
  "Campaigners said the trusts had broken data protection law.",
  "Several trusts said they had removed the code."])
a("markup", "Hackers traced through a single file's fingerprint", [
  "Investigators linked three ransomware attacks on Kenyan banks to the same group through a single file left on each network.",
  "The file's name, a timestamp followed by its hash, was the same in all three cases.",
  "20231221121236-25070e8c3f0a41e7a4b1c9d2e6f80a31",
  "The Directorate of Criminal Investigations said the group was based abroad.",
  "No arrests have been made."])

# ---------- ad.marker: an article about advertising ----------
a("advert", "How to market a small business on a tight budget", [
  "Most small firms spend less than £500 a year on marketing, a survey by the Federation of Small Businesses found.",
  "Here are four ways to make that money go further.",
  "Advertise on Facebook",
  "Targeted adverts can reach people within a few miles of your shop for a few pounds a day.",
  "Advertise in the Local Paper",
  "Print still reaches older customers, and many papers offer discounts for a run of adverts.",
  "Advertise on Google Maps",
  "A free business profile puts your opening hours in front of anyone searching nearby."])
a("advert", "Empty billboards multiply as ad spending falls", [
  "More than a third of the billboards along Johannesburg's M1 now carry no advertising, according to an industry survey.",
  "Many show only the owner's phone number and two words.",
  "Advertise here",
  "Outdoor advertising firms blame load shedding and the weak rand.",
  "Some have cut prices by half to fill their sites."])
a("advert", "The Times celebrates 100 years of its classified pages", [
  "When the paper's first classified section appeared in 1925, it filled a single page with lost dogs and rooms to let.",
  "Its slogan, painted on the side of the company's delivery vans for forty years, was simple.",
  "Advertise in the Times",
  "By the 1980s the section ran to 40 pages on a Saturday and paid for most of the newsroom.",
  "Online marketplaces have since taken almost all of it."])
a("advert", "Council bans junk food adverts on buses", [
  "Bristol City Council has banned adverts for foods high in fat, salt and sugar on its buses and bus shelters.",
  "Its new policy lists what businesses may and may not do.",
  "Advertise on buses",
  "Sponsor a roundabout",
  "Advertise on council websites",
  "Only firms whose products meet the nutrition standard may do the first and third, the policy says."])
a("advert", "Radio station's new ad campaign draws complaints", [
  "A Melbourne radio station's campaign to sell air time to small businesses has drawn complaints to the advertising standards body.",
  "The billboards feature a tradesman holding a sign that reads only",
  "Advertise with Gold FM",
  "above a picture of an empty shop, which some viewers said mocked businesses that had closed during lockdowns.",
  "The station said it had not intended to offend."])
a("advert", "Nairobi matatu owners paid to carry political adverts", [
  "Matatu owners in Nairobi say they have been offered up to Sh20,000 a month to carry political adverts before the elections.",
  "The stickers on the rear windows read, in English and Swahili:",
  "Advertise with Matatu Media Kenya",
  "Tangaza Nasi Leo",
  "The Communications Authority said the adverts were legal as long as they were registered."])
a("advert", "Newspaper history: the ads that built the Sentinel", [
  "When the Sentinel was founded in 1891, advertising paid for almost everything.",
  "Its front page carried no news at all, only notices for soap, pianos and passage to America.",
  "ADVERTISE IN THE SENTINEL",
  "The line ran in capitals across the top of every edition until 1939.",
  "Today the paper's archive is being digitised by the county record office."])

# ---------- furniture _author_box: a newsroom story with names and roles ----------
a("authorbox", "After 35 years, the Chronicle's editor says goodbye", [
  "By Margaret Hale",
  "It is 35 years since I walked into this newsroom as a trainee, with a notebook and a borrowed typewriter.",
  "We have covered floods, two pit closures, five general elections and more village fetes than I can count.",
  "I leave the paper in good hands, and I want to thank every reader who has written to us.",
  "Margaret Hale",
  "Editor",
  "Margaret Hale has been editor of the Chronicle since 2009 and will be succeeded by her deputy, Tom Reid, on Monday."],
  ["It is 35 years since I walked into this newsroom as a trainee, with a notebook and a borrowed typewriter.",
   "We have covered floods, two pit closures, five general elections and more village fetes than I can count.",
   "I leave the paper in good hands, and I want to thank every reader who has written to us.",
   "Margaret Hale has been editor of the Chronicle since 2009 and will be succeeded by her deputy, Tom Reid, on Monday."])
a("authorbox", "Meet the team: the Gazette's new reporters", [
  "By Daniel Osei",
  "The Gazette has hired three new reporters to cover the county's courts, councils and schools.",
  "They start on Monday and will be based in our Bridge Street office.",
  "Daniel Osei",
  "Chief Reporter",
  "Daniel Osei, who has covered courts for the Gazette since 2016, will train the new team and edit their copy."],
  ["The Gazette has hired three new reporters to cover the county's courts, councils and schools.",
   "They start on Monday and will be based in our Bridge Street office.",
   "Daniel Osei, who has covered courts for the Gazette since 2016, will train the new team and edit their copy."])
a("authorbox", "Reporter shortlisted for national award", [
  "By Aisha Bello",
  "Our reporter Aisha Bello has been shortlisted for young journalist of the year at the Regional Press Awards.",
  "Her entry included her investigation into unsafe school buildings in the borough.",
  "The winners will be announced in London on 12 June.",
  "Aisha Bello",
  "Aisha Bello",
  "Aisha Bello is a reporter whose work on school buildings led to the closure of two classrooms and a council review."],
  ["Our reporter Aisha Bello has been shortlisted for young journalist of the year at the Regional Press Awards.",
   "Her entry included her investigation into unsafe school buildings in the borough.",
   "The winners will be announced in London on 12 June.",
   "Aisha Bello is a reporter whose work on school buildings led to the closure of two classrooms and a council review."])
a("authorbox", "Obituary: Peter Lang, photographer who captured the valley", [
  "By Peter Lang",
  "This is the last column Peter Lang wrote for us, a week before his death at 81.",
  "I have photographed this valley for sixty years, and it has never once looked the same twice.",
  "Peter Lang",
  "Photographer",
  "Peter Lang was a photographer for the Valley Times from 1962 until his retirement, and is survived by his wife, Ann."],
  ["This is the last column Peter Lang wrote for us, a week before his death at 81.",
   "I have photographed this valley for sixty years, and it has never once looked the same twice.",
   "Peter Lang was a photographer for the Valley Times from 1962 until his retirement, and is survived by his wife, Ann."])
a("authorbox", "Court reporter's notebook: a year at the Old Bailey", [
  "By James Whitlock",
  "I have sat through 41 trials this year, from fraud to murder, and taken notes on every one.",
  "The hardest days were not the verdicts but the victims' statements.",
  "James Whitlock",
  "Court Correspondent",
  "James Whitlock",
  "James Whitlock is a court correspondent who has reported from the Old Bailey since 2012 and wrote this column for our year-end edition."],
  ["I have sat through 41 trials this year, from fraud to murder, and taken notes on every one.",
   "The hardest days were not the verdicts but the victims' statements.",
   "James Whitlock is a court correspondent who has reported from the Old Bailey since 2012 and wrote this column for our year-end edition."])

# ---------- quoting: must-stay lines of an article quoting a widget (should be kept, and are) ----------
a("quoting", "Council's new website baffles residents", [
  "Harbourside Council's new website went live on Monday, and residents were quick to complain.",
  "The home page offers only four buttons:",
  "Pay it",
  "Report it",
  "Apply for it",
  "Residents said none of them led to the bin collection calendar, the page most people wanted.",
  "The council said the calendar would be restored by Friday."])
a("quoting", "Bank app update locks out thousands", [
  "Thousands of customers were locked out of their banking app on Tuesday after an update.",
  "Users who tried to log in saw one of two messages:",
  "Something went wrong",
  "Please try again later",
  "The bank said the fault was fixed by mid-afternoon and no money had been lost.", P3])
a("quoting", "Supermarket self-checkouts: the phrases shoppers hate most", [
  "A survey of 2,000 shoppers has ranked the self-checkout phrases that annoy them most.",
  "Top of the list were:",
  "Unexpected item in the bagging area",
  "Please wait for assistance",
  "Approval needed",
  "Four in ten shoppers said they avoided self-checkouts altogether because of them.",
  "The British Retail Consortium said machines were improving."])

# ================= G: page furniture after a prose colon line, followed by prose =================
g("quoting-keep", "Man jailed for attack on shopkeeper", [
  "A man who attacked a shopkeeper with a bottle has been jailed for six years at Leeds Crown Court.",
  "Sentencing him, Judge Sarah Collins said:",
  "Advertisement",
  "\"This was a cowardly and unprovoked attack on a man who was simply doing his job.\"",
  "The victim needed 20 stitches to a head wound."],
  ["Advertisement"])
g("quoting-keep", "Teachers vote to strike over pay", [
  "Teachers in Scotland have voted to strike over pay after rejecting a 5% offer.",
  "The union's general secretary said in a statement:",
  "Sign up to our daily newsletter",
  "Get the latest news straight to your inbox",
  "Subscribe",
  "\"Our members have been clear that this offer is simply not good enough.\"",
  "The Scottish government said it was disappointed."],
  ["Sign up to our daily newsletter", "Get the latest news straight to your inbox", "Subscribe"])
g("quoting-keep", "Flood warnings issued for three rivers", [
  "The Environment Agency has issued flood warnings for the Severn, the Wye and the Teme after two days of heavy rain.",
  "Warnings are in place at the following locations:",
  "Share this article",
  "Facebook",
  "Twitter",
  "WhatsApp",
  "Residents of Bewdley, Upton upon Severn and Hereford have been told to move valuables upstairs.",
  "Flood barriers have been put up in Bewdley."],
  ["Share this article", "Facebook", "Twitter", "WhatsApp"])
g("quoting-keep", "Minister resigns over expenses claim", [
  "The junior health minister has resigned after it emerged he had claimed £12,000 in expenses for a second home he rented to his son.",
  "In his resignation letter he wrote:",
  "Read more",
  "Related: Expenses row: what we know so far",
  "\"I have made an error of judgement for which I take full responsibility.\"",
  "Downing Street said the prime minister had accepted the resignation."],
  ["Read more", "Related: Expenses row: what we know so far"])
g("quoting-keep", "Police name victim of Bradford stabbing", [
  "Police have named the man who died after being stabbed in Bradford city centre on Friday night as Kamran Ali, 19.",
  "In a statement released through police, his family said:",
  "Most Read",
  "Man charged after crash on M62",
  "Bradford market to close for refurbishment",
  "\"Kamran was a kind and gentle boy who would help anyone.\"",
  "A 20-year-old man has been charged with murder."],
  ["Most Read", "Man charged after crash on M62", "Bradford market to close for refurbishment"])
g("quoting-keep", "Lagos assembly passes tenancy bill", [
  "The Lagos State House of Assembly has passed a bill limiting how much rent landlords can demand in advance.",
  "Speaking after the vote, the Speaker told journalists:",
  "ADVERTISEMENT",
  "Continue Reading",
  "\"No landlord will again demand two years' rent from a young worker.\"",
  "The bill now goes to the governor for his assent."],
  ["ADVERTISEMENT", "Continue Reading"])
g("quoting-keep", "Residents fight plan for 400 homes on green belt", [
  "Campaigners have vowed to fight plans for 400 homes on green belt land near Harlow.",
  "The group's chair set out its objections at a public meeting:",
  "Comments",
  "Join the conversation",
  "Log in to comment",
  "The roads cannot cope, the school is full and the GP surgery has closed its list, she said.",
  "A decision is expected in the spring."],
  ["Comments", "Join the conversation", "Log in to comment"])
g("quoting-keep", "Health board apologises over cancer waiting times", [
  "A health board has apologised after figures showed half of cancer patients waited longer than the target for treatment.",
  "The chief executive told the board meeting on Wednesday:",
  "Support independent journalism",
  "Donate now",
  "\"We are sorry. Patients deserve better and we are determined to improve.\"",
  "The board will publish a recovery plan next month."],
  ["Support independent journalism", "Donate now"])
g("quoting-keep", "Court hears of 'campaign of terror' against neighbours", [
  "A man waged a campaign of terror against his neighbours for three years, a court has heard.",
  "Prosecutor Helen Dyer told the jury the defendant would",
  "Advertisement",
  "scream abuse at them from his garden late at night, often for hours on end.",
  "The defendant denies harassment."],
  ["Advertisement"])
g("quoting-keep", "Firm fined after worker loses fingers", [
  "A manufacturing firm has been fined £80,000 after a worker lost two fingers in an unguarded machine.",
  "The Health and Safety Executive said the company had failed to act on warnings along with",
  "Advertisement",
  "two earlier incidents on the same production line in 2021.",
  "The company pleaded guilty."],
  ["Advertisement"])
g("quoting-keep", "Mayor defends new parking charges", [
  "The mayor has defended new parking charges in the town centre, which came into force on Monday.",
  "The council's cabinet member for transport said",
  "ADVERTISEMENT",
  "the charges were needed to pay for repairs to the multi-storey car park.",
  "Traders say footfall has fallen by a quarter."],
  ["ADVERTISEMENT"])
g("quoting-keep", "Kenya: MPs reject finance bill amendments", [
  "Members of Parliament have rejected amendments to the Finance Bill that would have removed the tax on bread.",
  "The chairman of the finance committee told the House:",
  "Follow us on WhatsApp",
  "Get breaking news alerts",
  "\"We cannot fund the budget without these measures, however painful.\"",
  "The bill will be put to a final vote on Thursday."],
  ["Follow us on WhatsApp", "Get breaking news alerts"])
g("quoting-keep", "New rules for e-scooter riders come into force", [
  "New rules for e-scooter riders in Melbourne came into force on Monday, with fines of up to $900.",
  "Riders who break the law face penalties for the following offences:",
  "Advertisement",
  "Story continues below",
  "Riding on footpaths, carrying a passenger and riding without a helmet all carry fines, police said.",
  "The trial scheme has been extended until 2026."],
  ["Advertisement", "Story continues below"])

# ================= G: furniture next to this review's guards (must still go) =================
g("guard-contact", "Council delays vote on library closures", [
  "Councillors have delayed a vote on closing four branch libraries until an independent review is complete.",
  "More than 6,000 people signed a petition against the closures.",
  "The council will meet again in March to consider the report.",
  "rkhan@examplegazette.co.uk",
  "01632 960 555"],
  ["rkhan@examplegazette.co.uk", "01632 960 555"])
g("guard-read", "Load shedding hits water supply in eThekwini", [
  "Tags: Eskom, load shedding, eThekwini",
  "The city says the interruption of power supply to water treatment works is taking its toll on residents.",
  "READ: Eskom warns of stage six load shedding over the weekend",
  "Water tankers have been sent to the worst-affected suburbs, the municipality said.",
  "Residents have been asked to store water."],
  ["READ: Eskom warns of stage six load shedding over the weekend"])
g("guard-advert", "Advertising watchdog bans misleading energy drink claims", [
  "The Advertising Standards Authority has banned an energy drink advert that claimed the product improved exam results.",
  "Advertise with us",
  "The company said it would change the wording of its future campaigns.",
  "The watchdog said claims about children's performance needed strong evidence."],
  ["Advertise with us"])
g("guard-source", "Canada signs health accord with Alberta", [
  "Alberta has become the seventh province to sign a health-care funding agreement with Ottawa.",
  "This report by The Canadian Press was first published Feb. 27, 2023.",
  "The Canadian Press",
  "Be the first to read breaking stories. Enable push notifications on your device."],
  ["This report by The Canadian Press was first published Feb. 27, 2023."])
g("guard-markup", "Radio host suspended over on-air remarks", [
  "A radio host has been suspended after remarks about a rival politician on Tuesday's breakfast show.",
  "window.dataLayer = window.dataLayer || [];",
  "} else {",
  "The station said it would review the segment.",
  "The host has apologised."],
  ["} else {"])

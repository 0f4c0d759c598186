# (rule, headline, [paragraphs], [lines that must stay])  -- C
# Written for review 16: an independent harm review of the line shapes the furniture layer removes ANYWHERE in a
# page (src/articleclean/concepts/shapes*.py, the whole-line phrase lists of data/boilerplate/en/, and the
# cleaners captions, newsletter, promo, related, jobs, labels, metadata), attacked with article lines of the
# same shape. Shapes (the case's "rule"):
#   shape-byline    sentences and subheadings that open with "By" ("By the time ...", "By road", "By the numbers")
#                   and "Reporter:" / "Posted by" lines of a transcript or a quoted post;
#   shape-date      dates, times and "Updated" lines that belong to the article (timeline subheadings, a
#                   live page's times, a report's "Published"/"Updated" dates);
#   shape-credit    "Photograph:", "Picture:", "Image:", "Credit:", "Courtesy of", "Source:", "Supplied" and
#                   "File photo" lines in stories about photography, archives, reports and court cases;
#   shape-signup    a sign-up form's words quoted in a story about a data breach, a scam or a newsletter;
#   shape-ad        ad markers' words ("Advertisement", "Sponsored", "Paid partnership") in stories about
#                   advertising;
#   shape-share, shape-follow, shape-comment, shape-related, shape-subscribe, shape-donate, shape-jobs
#                   "Share(s)", "Follow", "Comments", "Related", "Read more", "Subscribe", "Donate", "Jobs" in
#                   article sentences and subheadings;
#   shape-section   the article's short subheadings that equal a section name ("Sport", "Weather", "Business",
#                   "Health", "Education") and lists of platforms ("Facebook", "Instagram", "TikTok");
#   shape-tweet     a quoted post and its attribution line;
#   shape-signoff   a radio or TV station's sign-off in a transcript or quoted in a story;
#   shape-paywall   a story about a newspaper's paywall quoting its messages;
#   shape-copyright a story about copyright law quoting copyright notices;
#   shape-promo     "Most read", "Trending", "Editor's picks", "Download the app", "Tickets" in articles.
# Every article is our own, in the shapes of UK, US, Irish, Australian, NZ, Canadian, Indian, South African,
# Nigerian, Kenyan, Pakistani, Philippine and Gulf outlets. The first block of a case is its "headline" slot
# (the headline, or the page's nav line when furniture opens the page). Must-stay = every block that is not
# furniture (F) or the article's byline/dateline/agency line (M), the headline included.
C = []
FURNITURE: set[str] = set()
META: set[str] = set()


class Furniture(str):
    """A furniture line: marked by its type, so that the same words written as the article's own line (a
    subheading "Comments", a quoted "Advertisement") stay must-stay in the article that writes them."""


def F(*lines):
    """Page furniture: not must-stay. Returns the lines (one line: the string)."""
    FURNITURE.update(lines)
    marked = [Furniture(x) for x in lines]
    return marked[0] if len(marked) == 1 else marked


def M(line):
    """The article's own byline, dateline, agency or wire credit line: moved to metadata or dropped by design."""
    FURNITURE.add(line)
    META.add(line)
    return Furniture(line)


def a(rule, head, paras, stay=None):
    if stay is None:
        stay = [x for x in [head, *paras] if not isinstance(x, Furniture)]
    C.append((rule, head, paras, stay))


# ---------- shape-byline: sentences and subheadings that open like a byline ----------
a(
    "shape-byline",
    "Storm Darragh: how the country's transport held up",
    [
        "Hundreds of thousands of travellers were caught up in disruption on Saturday as Storm Darragh brought gusts of more than 90mph to the west coast.",
        "By road",
        "National Highways closed the M48 Severn Bridge and the A66 across the Pennines for most of the day, and several lorries were blown over on the M5.",
        "By rail",
        "Network Rail imposed a 50mph speed limit across much of Wales and the south west, and services between Cardiff and Swansea were cancelled after trees fell on the line.",
        "By air",
        "Dozens of flights were cancelled at Bristol and Cardiff airports, and some arrivals were diverted to Birmingham.",
        "By Sunday morning most roads had reopened, but rail operators warned of delays into Monday while crews cleared the lines.",
        *F("Share", "Facebook", "X", "Email"),
        F("Related Topics"),
        F("Storm Darragh"),
    ],
)
a(
    "shape-byline",
    F("Home | News | World | Business | Sport | Opinion"),
    [
        "US sues Meta over teen accounts on Instagram",
        "By the time the lawsuit was filed on Thursday, more than 40 states had joined the case against the company.",
        F("Advertisement"),
        "By a vote of 9-0, the commissioners agreed to seek an injunction that would force Instagram to change how it recommends content to users under 18.",
        "Meta said in a statement that it had introduced dozens of tools to support teenagers and their parents.",
        "By law, the company has 21 days to respond to the complaint.",
        *F("Share", "Facebook", "X", "Email"),
        F("© 2024 The Daily Ledger. All rights reserved."),
    ],
)
a(
    "shape-byline",
    "Budget 2025: the numbers behind the minister's speech",
    [
        "Finance minister Enoch Godongwana tabled the budget in Parliament on Wednesday after two postponements and weeks of wrangling in the government of national unity.",
        "By the numbers",
        "R2.4 trillion in total spending, the largest budget in the country's history.",
        "R19.6 billion more for health, most of it for hiring doctors and nurses.",
        "A 0.5 percentage point rise in VAT, down from the 2 points first proposed.",
        "By contrast, spending on defence will fall in real terms for a third straight year.",
    ],
)
a(
    "shape-byline",
    "Kano by-election: INEC declares APC candidate winner",
    [
        "The Independent National Electoral Commission has declared the candidate of the All Progressives Congress winner of Saturday's by-election in the Kano Municipal federal constituency.",
        "By-elections were also held in three state constituencies in Kano, Kaduna and Bauchi.",
        "By 10pm on Saturday, collation had been completed in nine of the 13 wards, the returning officer said.",
        F("Advertisement"),
        "By Order of the Returning Officer",
        "That was the heading on the notice pinned to the gate of the collation centre, which told party agents that no phones would be allowed inside.",
        "The NNPP candidate said he would challenge the result at the tribunal.",
        F("© 2024 Punch Nigeria Limited. All rights reserved."),
    ],
)
a(
    "shape-byline",
    "Transcript: the minister's press conference on the fuel price",
    [
        "Energy minister Musadik Malik spoke to reporters in Islamabad on Friday after the government raised the price of petrol by Rs10.27 a litre. An edited transcript follows.",
        "Reporter: Minister, this is the third rise in six weeks. How do you expect people to cope?",
        "Malik: We understand the pain. But the price of oil on the world market has gone up, and we cannot keep selling petrol below cost.",
        "Reporter: Will the government cut the petroleum levy?",
        "Malik: The levy is part of our agreement with the IMF. We are not in a position to change it this month.",
        "Reporter: Rickshaw drivers have called a strike for Monday.",
        "Malik: Their concerns will be heard. My door is open.",
    ],
)
a(
    "shape-byline",
    "Cousins jailed after Facebook post led police to stolen quad bikes",
    [
        F("Advertisement"),
        "Two cousins who stole six quad bikes from farms in County Tyrone were caught after one of them advertised a bike for sale on Facebook, a court has heard.",
        "The post, made on a local buy-and-sell page, was shown to Dungannon Crown Court on Tuesday.",
        "Posted by Ciaran McKenna",
        '"Quad for sale, good runner, no time wasters. £1,500 cash."',
        "The owner of the bike recognised a dent on its fuel tank and called the PSNI.",
        "Both men were jailed for 18 months.",
        F("Advertisement"),
        F("Most Read"),
    ],
)

# ---------- shape-date: the article's own dates and times ----------
a(
    "shape-date",
    "Timeline: how the Auckland floods unfolded",
    [
        "Four people died and thousands of homes were damaged when a year's worth of rain fell on Auckland in a few days in January and February 2023. Here is how the disaster unfolded.",
        "Friday, 27 January 2023",
        "More than 245mm of rain falls on Auckland Airport in a single day, the wettest day on record. A local state of emergency is declared at 9.20pm.",
        "Saturday, 28 January 2023",
        "The bodies of two men are found, one in a culvert in Wairau Valley and one in a flooded home in Remuera.",
        "Monday, 13 February 2023",
        "Cyclone Gabrielle arrives. The government declares a national state of emergency the next day, only the third in the country's history.",
        F("Advertisement"),
        F("More from NZ"),
    ],
)
a(
    "shape-date",
    "Live: Pakistan v England, second Test, day four",
    [
        "England need 261 more runs to win with seven wickets in hand after a fightback from Pakistan's spinners on the fourth day in Multan.",
        "10:42am",
        "Wicket! Sajid Khan traps Joe Root lbw for 18. The review shows the ball hitting middle stump.",
        "10:15am",
        "Ben Duckett reaches his fifty with a sweep for four, his third boundary of the over.",
        "9:58am",
        "Play is under way. The pitch looks dry and already turning square.",
    ],
)
a(
    "shape-date",
    "Council publishes long-awaited report on Grenfell-style cladding",
    [
        "Dublin City Council has published its review of fire safety in apartment blocks built during the Celtic Tiger years, three years after it was commissioned.",
        "The report, Fire Safety in Multi-Unit Developments, was first published on the council's website on 14 March, and then withdrawn the same afternoon.",
        "Updated 19 March 2024",
        "That is the date on the version now online, which the council says corrects two tables in which blocks in Dublin 15 had been listed twice.",
        "It found that 62 per cent of the 1,200 blocks surveyed had at least one defect in their fire-stopping.",
        "The Apartment Owners' Network said the figure was lower than it had feared.",
        *F("Share", "Facebook", "X", "Email"),
        F("© 2024 The Irish Times"),
    ],
)
a(
    "shape-date",
    F("Skip to main content"),
    [
        "Met Office issues amber warning for snow across northern England",
        F("Published 4 January 2025"),
        "The Met Office has issued an amber warning for snow covering much of northern England and parts of Wales, valid from 6pm on Saturday until noon on Sunday.",
        "Up to 40cm of snow could fall on high ground in the Pennines, with 5-10cm more widely, the forecaster said.",
        "What the warning means",
        "Saturday 6pm",
        "Snow spreads from the west, heaviest over Cumbria, the Yorkshire Dales and Snowdonia.",
        "Sunday 6am",
        "Snow turns to rain at low levels but continues over the hills. Power cuts and rural communities cut off are likely.",
        "Sunday noon",
        "The warning ends. A yellow warning for ice remains in place into Monday.",
        *F("Share this article", "Facebook", "X", "WhatsApp"),
        F("Related"),
        F("Yellow warning for wind issued for Scotland"),
    ],
)
a(
    "shape-date",
    "Three years on, families still waiting for KZN flood homes",
    [
        "Three years after the floods that killed more than 400 people in KwaZulu-Natal, about 4,000 families are still living in temporary shelters, according to the provincial human settlements department.",
        "April 11, 2022",
        "That was the night the rain began. Nomvula Dlamini remembers the water coming through the door of her house in Clermont just after midnight.",
        '"We carried the children to the neighbour\'s roof," she said. "When the sun came up, our house was gone."',
        "She has lived in a prefabricated unit in Pinetown ever since.",
        "The department said 1,800 houses would be handed over by the end of the year.",
    ],
)

# ---------- shape-credit: credit and caption words in articles ----------
a(
    "shape-credit",
    "Photographer wins court battle over cropped image used by tourism board",
    [
        "A Kerry photographer has won €12,000 in damages from a regional tourism body that used one of his images of Skellig Michael in a national advertising campaign without paying for it.",
        "Photograph: Seán Ó Riada",
        "That credit, the Circuit Court heard, was cropped out of the image before it was printed on posters at Dublin Airport and on buses in three cities.",
        'Judge Patricia Ryan said the removal of the credit was "not an accident".',
        "The tourism body said it had bought the image from an agency and believed the licence covered the campaign.",
    ],
)
a(
    "shape-credit",
    F("News | Local | Business | Sport | Life"),
    [
        "Archive photos show Wellington waterfront before reclamation",
        "A collection of 300 glass-plate negatives found in a Karori garage has given historians a new view of Wellington's waterfront before the land was reclaimed in the 1880s.",
        "The negatives were taken by an amateur photographer, Henry Lister, and left to the city archive by his great-granddaughter.",
        "Picture: the Te Aro foreshore in 1879, where Courtenay Place now runs.",
        "Archivist Mere Tipene said the images were in remarkable condition.",
        '"You can read the names on the shopfronts," she said.',
        "The collection goes on show at the City Gallery from 1 March.",
        F("Photo / Wellington City Archives"),
        *F("Share", "Facebook", "Twitter", "Email"),
    ],
)
a(
    "shape-credit",
    "Inflation falls to 3.4 per cent as food prices ease",
    [
        "Annual inflation fell to 3.4 per cent in March, the lowest since September 2021, Statistics Canada said on Tuesday.",
        "Food prices at grocery stores rose 1.9 per cent over the year, down from 2.4 per cent in February.",
        "Source: Statistics Canada, Consumer Price Index, March 2024",
        "Shelter costs remained the largest contributor to inflation, up 6.5 per cent, led by rent and mortgage interest.",
        "Economists said the figures make a June rate cut by the Bank of Canada more likely.",
        F("Story continues below advertisement"),
        F("Trending Now"),
        F("Trudeau announces housing plan"),
    ],
)
a(
    "shape-credit",
    "Police release images of men wanted over Lagos bank robbery",
    [
        "The Lagos State Police Command has released images of four men it wants to question over the robbery of a bank branch in Ikorodu on Monday.",
        "Image: CCTV footage from the bank's main hall, released by police.",
        "The images show the men, two of them armed, forcing staff to lie on the floor.",
        "Police spokesman Benjamin Hundeyin said anyone with information should call the command's emergency line.",
        "Nobody was injured in the robbery.",
    ],
)
a(
    "shape-credit",
    "Credit: how buy now, pay later is changing the way Australians shop",
    [
        "One in three Australians used a buy now, pay later service in the past year, according to new figures from the Reserve Bank.",
        "Credit: the word itself is avoided by the industry, which says its products are not loans.",
        "From June, that will change. The services will be regulated under the National Consumer Credit Protection Act, and providers will need a credit licence.",
        "Consumer groups welcomed the change.",
        '"People are using these products to pay for groceries," said Gerard Brody of the Consumer Action Law Centre.',
    ],
)
a(
    "shape-credit",
    "Old photographs reveal lost Karachi tram line",
    [
        F("Karachi"),
        "A set of photographs donated to the Sindh Archives shows the tram line that ran along Bunder Road until 1975.",
        "Courtesy of the family of Jamshed Nusserwanjee, the photographs were handed over on Monday at a ceremony attended by the culture minister.",
        "Nusserwanjee, the city's first elected mayor, is pictured in several of them riding the tram.",
        "File photo",
        "That label, stamped on the back of every print, suggests they came from a newspaper's library, the archive's director said.",
        "The photographs will be digitised and put online next year.",
        F("Advertisement"),
    ],
)

# ---------- shape-signup: a sign-up form's words in stories about breaches, scams and newsletters ----------
a(
    "shape-signup",
    "Fake Optus page harvested thousands of customers' details, police say",
    [
        "A fake website made to look like Optus's customer portal collected the personal details of more than 9,000 people before it was taken down, the Australian Federal Police said on Wednesday.",
        "Customers were sent a text message saying their account had been suspended. The link led to a page with the company's logo and a simple form.",
        "Enter your email address",
        "Enter your date of birth",
        "Those were the first two fields. The third asked for a driver's licence number, and the fourth for the customer's bank card.",
        "Optus said it would never ask customers for their card details by text.",
        F("Advertisement"),
        F("Related Articles"),
        F("Optus fined $12m over triple zero outage"),
    ],
)
a(
    "shape-signup",
    F("Menu"),
    [
        "Data of 1.2 million Pakistanis leaked from food delivery app, regulator says",
        "The Pakistan Telecommunication Authority says names, phone numbers and home addresses of 1.2 million users of a food delivery app were posted on a hacking forum last month.",
        "The company said the data came from an old marketing database, built from the sign-up box on its website.",
        "The box, still online on Monday, reads:",
        "Sign up for our newsletter",
        "Get exclusive deals delivered to your inbox.",
        "A lawyer for a group of affected users said customers had never been told their data would be kept after they deleted the app.",
        F("Advertisement"),
        *F("Share", "Tweet", "WhatsApp"),
    ],
)
a(
    "shape-signup",
    "Why newsletters are the new front page for Kenyan media",
    [
        "When Nation Media Group launched its first email newsletter in 2021, it had 3,000 subscribers. It now has more than 150,000.",
        "Other outlets have followed. The Standard, The Star and several digital start-ups now send daily emails, and editors say readers who sign up are far more likely to pay for a subscription.",
        "Sign up, the pitch goes, and the news comes to you.",
        '"Social media sends us readers who read one story and leave," said one digital editor. "Email readers come back every day."',
        "But open rates are falling as inboxes fill up, and some outlets are now asking readers which newsletters they actually want.",
    ],
)
a(
    "shape-signup",
    "Council's flood alert scheme signs up 5,000 homes in first week",
    [
        "More than 5,000 households in Carlisle have joined a free flood warning service launched by the city council and the Environment Agency last week.",
        "Residents can sign up online or by phone, and receive a text or a call when river levels rise.",
        "Sign up is free and takes about two minutes, the council said.",
        "Householders who were flooded in 2005 and 2015 were written to directly.",
        "Get flood warnings by phone, text or email",
        "That is the headline of the leaflet now going through letterboxes in Warwick Road, Botcherby and Denton Holme.",
    ],
)

# ---------- shape-ad: ad markers' words in stories about advertising ----------
a(
    "shape-ad",
    "Influencers must label paid posts clearly, watchdog says",
    [
        "Social media influencers who are paid to promote products must say so clearly at the start of every post, the Advertising Standards Authority has ruled.",
        "The ruling follows a complaint about a series of Instagram posts by a reality TV star that promoted a teeth whitening kit.",
        "The posts were labelled with a small tag at the end of the caption:",
        "Paid partnership",
        'The ASA said the label was "not sufficiently prominent" and that many followers would not have seen it.',
        "Ad",
        "That, it said, is the simplest label, and it should come first.",
    ],
)
a(
    "shape-ad",
    F("Business | Markets | Companies | Media"),
    [
        "Advertising spend in Nigeria hits record N128bn",
        "Spending on advertising in Nigeria reached N128bn last year, the highest ever, according to the Advertising Regulatory Council of Nigeria.",
        F("Advertisement"),
        "Advertisement revenue grew fastest on digital platforms, which for the first time took more than a third of the total.",
        "Sponsored content and influencer deals made up much of the growth, the council said.",
        "Billboards in Lagos, long the industry's most visible outlet, saw spending fall for a second year.",
        '"Advertise here" signs now hang on dozens of empty boards along the Third Mainland Bridge.',
        F("Advertisement"),
        F("© 2024 Business Daily. All rights reserved."),
    ],
)
a(
    "shape-ad",
    "Radio station fined over ads disguised as news",
    [
        "A Manila radio station has been fined P500,000 by the Kapisanan ng mga Brodkaster ng Pilipinas after it aired paid promotions for a local politician as if they were news reports.",
        "The KBP said the segments should have been clearly marked.",
        "Sponsored",
        "A single word read before a segment would have been enough, the board said in its ruling.",
        "The station said it would appeal.",
    ],
)
a(
    "shape-ad",
    "Transport for London bans junk food adverts: five years on",
    [
        "Five years after Transport for London banned adverts for food high in fat, salt and sugar on the Tube and buses, researchers say Londoners are buying fewer unhealthy snacks.",
        "A study published in PLOS Medicine found that households bought on average 1,000 fewer calories a week from unhealthy food than they would have without the ban.",
        "Advertisement",
        "The word now appears over pictures of salad and fruit on the Underground, where burgers and chocolate used to be.",
        "Campaigners want the ban extended nationwide.",
        *F("Share", "Facebook", "X", "Email"),
        F("© 2024 Evening Standard"),
    ],
)

# ---------- shape-share / shape-follow: "Share", "Follow" in articles ----------
a(
    "shape-share",
    "Markets wrap: JSE slips as miners fall",
    [
        "The JSE all share index closed 0.8% lower on Friday, dragged down by mining stocks after a fall in metal prices.",
        "Shares",
        "Anglo American lost 3.1% and Sibanye-Stillwater 4.2%. Naspers gained 1.4% after Tencent reported better than expected earnings.",
        "Currencies",
        "The rand weakened to R18.42 against the dollar.",
        "Commodities",
        "Gold fell 0.6% to $2,318 an ounce, and Brent crude was little changed at $83 a barrel.",
        F("Advertisement"),
        F("© 2024 Arena Holdings"),
    ],
)
a(
    "shape-share",
    F("Advertisement"),
    [
        "Share of renters in Dublin hits 40 per cent, census shows",
        "Share of households renting",
        "- Dublin City: 40 per cent",
        "- Fingal: 24 per cent",
        "- Dún Laoghaire-Rathdown: 21 per cent",
        "The share of households renting privately in Dublin city has risen to 40 per cent, according to the latest census figures from the Central Statistics Office.",
        "Nationally, 19 per cent of households now rent, up from 18 per cent in 2016.",
        "Share this with your landlord, one renters' group posted on social media, alongside the figures.",
        *F("Share", "Facebook", "X", "Email"),
    ],
)
a(
    "shape-follow",
    "Cyclone Alfred: what you need to know",
    [
        "Tropical Cyclone Alfred is expected to cross the coast between Brisbane and the Gold Coast early on Friday, the first cyclone to do so in more than 50 years.",
        "Where to get help",
        "For emergency help in floods and storms, call the SES on 132 500. In a life-threatening emergency, call triple zero.",
        "Follow the Bureau of Meteorology on Facebook for the latest warnings.",
        "Tune in to ABC Radio for emergency broadcasts.",
        "Schools in the warning area will be closed on Thursday and Friday.",
    ],
)
a(
    "shape-follow",
    F("News | Politics | Counties | Business | Sports"),
    [
        "Kenya Power: scheduled outages for Thursday",
        "Kenya Power has announced planned power interruptions in parts of Nairobi, Kiambu and Nakuru counties on Thursday to allow for maintenance.",
        "The outages will last from 9am to 5pm.",
        "Follow Kenya Power on X for updates.",
        "Customers can also report faults by dialling *977#.",
        F("Follow us on Twitter, Facebook and Instagram"),
        F("Related Stories"),
        F("KPLC announces new tariffs for June"),
    ],
)
a(
    "shape-follow",
    "Coach to cover 1,000km on foot for children's hospital",
    [
        "A rugby coach from Stellenbosch will walk from Cape Town to Port Elizabeth to raise money for the Red Cross War Memorial Children's Hospital.",
        "Pieter de Wet, 52, sets off on Saturday and hopes to finish in 35 days.",
        "Follow",
        "That is what he asks of people on his Instagram page, where he will post a video each evening.",
        "He hopes to raise R1 million.",
    ],
)

# ---------- shape-comment: "Comments", "Have your say" in articles ----------
a(
    "shape-comment",
    "Have your say on Galway's new cycle network, council urges residents",
    [
        "Galway City Council has opened a six-week public consultation on plans for 40km of new cycle lanes across the city.",
        "The plans include segregated lanes on the Dublin Road, Seamus Quirke Road and through Salthill.",
        "Have your say",
        "Submissions can be made online, by post or at drop-in sessions in the city library on Tuesday and Thursday evenings.",
        "The council received 2,300 submissions on the last phase of the network, many of them from residents opposed to the loss of parking.",
        "A final plan will go before councillors in the autumn.",
        *F("Share", "Facebook", "X", "Email"),
        F("Most Read"),
        F("Gardaí investigate Salthill assault"),
    ],
)
a(
    "shape-comment",
    F("Advertisement"),
    [
        "Planning board received 1,400 comments on Ottawa tower proposal",
        "The city of Ottawa received more than 1,400 comments on a proposal for a 40-storey tower beside the Rideau Canal, a report to the planning committee shows.",
        "Comments",
        "Most of the comments opposed the tower, citing its height and the shadow it would cast on the canal.",
        "About 200 supported it, most of them saying the city needs more housing near transit.",
        "Comments are closed on the proposal, and the committee will vote next month.",
        F("Advertisement"),
        F("Join the discussion"),
        F("Be the first to comment"),
    ],
)
a(
    "shape-comment",
    "YouTube disables comments on videos of children after paedophile scandal",
    [
        "YouTube has disabled comments on tens of millions of videos featuring young children after advertisers pulled their spending over predatory comments on the platform.",
        "Comments are disabled.",
        "That message now appears under videos of children posted by family vloggers, many of whom depend on comments to build their audiences.",
        "One Cebu-based vlogger with 400,000 subscribers said her views had fallen by half.",
        "YouTube said a small number of channels would be allowed to keep comments if they moderate them actively.",
        F("Advertisement"),
        F("© 2024 Philippine Daily Inquirer"),
    ],
)
a(
    "shape-comment",
    "Readers respond: your comments on the water tariff hike",
    [
        "Last week we asked readers in Lahore what they thought of Wasa's decision to raise water tariffs by 30 per cent. Here is a selection of your replies.",
        '"We get water for two hours a day, and now we pay more for it?" - Asma, Gulberg',
        '"The tariff was not raised for ten years. Something had to give." - Tariq, Model Town',
        "Join the conversation",
        "We will publish more of your comments next week. Replies have been edited for length.",
    ],
)

# ---------- shape-related: "Related", "Read more", "See also" in articles ----------
a(
    "shape-related",
    "Read more, scroll less: the schools banning phones at lunch",
    [
        "A growing number of secondary schools in New Zealand are banning phones not only in class but at lunch and break times too.",
        "Read more, scroll less",
        "That is the slogan of Onslow College's scheme, which has stocked its library with graphic novels and magazines for students to read at lunch.",
        "Principal Kate Gainsford said library visits had tripled.",
        "The government's ban on phones in class took effect in April 2024.",
    ],
)
a(
    "shape-related",
    "Genealogy site links 40,000 Irish to their famine-era ancestors",
    [
        "A free online database launched by University College Cork has matched more than 40,000 users to records of ancestors who left Ireland during the Great Famine.",
        "Users enter a family name and a county. The site then lists passenger records, workhouse registers and parish baptisms.",
        "Related",
        "Beside each record is a button marked with that single word, which shows other people in the same household or on the same ship.",
        "Read more: the project's historians have written short essays on each of the 12 emigrant ships it covers.",
        "The database has been visited 1.5 million times since it went online in February.",
    ],
)
a(
    "shape-related",
    F("Home | Nation | World | Opinion | Sport | Business"),
    [
        "Teachers' union rejects revised pay offer",
        "The Kenya National Union of Teachers has rejected a revised pay offer from the Teachers Service Commission, saying it falls short of the deal signed in 2021.",
        F("Advertisement"),
        "See also the union's statement of March 3, which set out its demands in full.",
        "Union secretary general Collins Oyuu said strike notices would go out next week.",
        F("Related"),
        F("KUPPET gives TSC 14 days to implement CBA"),
        F("© 2024 The Nation. All rights reserved."),
    ],
)

# ---------- shape-subscribe / shape-paywall: a story about a paywall ----------
a(
    "shape-paywall",
    "The Herald to put all its journalism behind a paywall",
    [
        "The Herald will put all of its online journalism behind a paywall from next month, the paper's editor announced on Monday.",
        "Readers who reach the end of a free preview will see a message:",
        "To continue reading, please subscribe.",
        "A digital subscription will cost £7.99 a month, with a discounted first year for readers who sign up in April.",
        "Subscribe now",
        "Those two words, on a blue button, will replace the links to other stories that now sit at the end of each article.",
        "The paper said its print edition would be unaffected.",
        F("Advertisement"),
        F("Most Read"),
        F("Ferry service cut to Arran for a third week"),
    ],
)
a(
    "shape-paywall",
    "Subscribers up 20% at Business Day since paywall launch",
    [
        "Business Day says its digital subscribers have grown by 20% in the year since it introduced a metered paywall.",
        "Readers get five free articles a month before being asked to pay.",
        "You have reached your limit of free articles this month.",
        "The message, editor Lukanyo Mnyanda said, was seen by about 300,000 readers last year, and one in 40 of them subscribed.",
        "Subscribers now pay R149 a month.",
        '"Quality journalism costs money, and our readers understand that," he said.',
        *F("Share", "Facebook", "X", "LinkedIn", "Email"),
    ],
)
a(
    "shape-subscribe",
    "Bulacan vlogger hits one million subscribers",
    [
        "A Bulacan farmer who films his daily work on his family's rice farm has passed one million subscribers on YouTube.",
        "Subscribe",
        "He ends every video with that one word, and a wave from his three children.",
        "Rodel Santos, 44, started filming during the pandemic lockdown to show his relatives abroad how the farm was doing.",
        "His channel now earns more than the farm, he said.",
    ],
)

# ---------- shape-donate: "Donate", "Support us" in articles ----------
a(
    "shape-donate",
    "Blood stocks at critical level, SANBS warns",
    [
        "The South African National Blood Service says its stocks have fallen below two days' supply, and has appealed to donors to come forward before the Easter weekend.",
        "Who can donate?",
        "Anyone aged 16 to 75 who weighs more than 50kg and is in good health can give blood.",
        "Donate",
        "The service's app shows the nearest donor centre and its opening hours.",
        "O negative blood, which can be given to any patient, is in shortest supply.",
        F("Advertisement"),
        F("© 2024 News24"),
    ],
)
a(
    "shape-donate",
    F("Advertisement"),
    [
        "Fundraiser for Kaduna school fire victims passes N50m",
        "An online fundraiser for the families of children killed in a school fire in Kaduna has raised more than N50 million in four days.",
        "Support us",
        "The school's parents' association posted those words under photographs of the burnt classrooms, with the account number of a relief fund.",
        "The state government has promised to rebuild the school.",
        "Donate now",
        "The button on the fundraiser's page was clicked more than 12,000 times on Sunday alone, the platform said.",
        F("Advertisement"),
        *F("Share", "Facebook", "Twitter", "WhatsApp"),
    ],
)
a(
    "shape-donate",
    "Guardian's reader revenue passes £100m",
    [
        "The Guardian received more than £100 million from its readers last year, for the first time, in donations, subscriptions and memberships.",
        "The paper does not have a paywall. Instead, a message at the end of each article asks readers to pay what they can.",
        "If you value our reporting, please support us.",
        "More than a million readers now give regularly, the paper's owner, the Scott Trust, said.",
        "Chief executive Anna Bateson said the model had proved itself over a decade.",
    ],
)

# ---------- shape-jobs: "Jobs" and a job advert in articles ----------
a(
    "shape-jobs",
    "Budget 2025: what it means for you",
    [
        "The Chancellor set out tax rises of £40 billion in her first Budget on Wednesday. Here is what it means for households.",
        "Jobs",
        "Employers' National Insurance will rise from 13.8% to 15% from April, and the threshold at which they start paying will fall to £5,000.",
        "Wages",
        "The National Living Wage rises 6.7% to £12.21 an hour.",
        "Housing",
        "Stamp duty surcharge on second homes rises to 5%.",
        *F("Share", "Facebook", "X", "Email"),
        F("Related"),
        F("Autumn Budget 2024: the key points"),
    ],
)
a(
    "shape-jobs",
    "Council advertises for 'head of happiness' on £85,000 salary",
    [
        "A Yorkshire council has been criticised for advertising a new senior post with a salary of up to £85,000 while it consults on closing three libraries.",
        "The advert, posted on the council's website on Monday, reads:",
        "Head of Wellbeing and Happiness",
        "£78,000 - £85,000",
        "Closing date: 21 March",
        "Opposition councillors said the money would be better spent on front-line services. The council said the post would be funded by a government grant.",
    ],
)
a(
    "shape-jobs",
    F("Jobs | Property | Motors | Notices"),
    [
        "Jobs market cools as vacancies fall for third month",
        "Job advertisements on Seek fell 2.1 per cent in October, the third monthly fall in a row, as the labour market continues to cool.",
        "Jobs",
        "The biggest falls were in information technology, down 6 per cent, and hospitality, down 4 per cent.",
        "Applications per job ad rose to their highest level since 2020.",
        F("Search for jobs near you"),
        F("Advertisement"),
    ],
)

# ---------- shape-section: subheadings that equal a section name; lists of platforms ----------
a(
    "shape-section",
    "Labour manifesto: the key pledges at a glance",
    [
        'Labour launched its election manifesto in Manchester on Thursday, promising "change" but few new spending commitments. Here are its main pledges.',
        "Economy",
        "No rise in income tax, National Insurance or VAT. A new national wealth fund with £7.3bn of public money.",
        "Health",
        "40,000 more NHS appointments a week in England, paid for by closing tax loopholes.",
        "Education",
        "6,500 new teachers, funded by charging VAT on private school fees.",
        "Sport",
        "A new independent regulator for men's football.",
    ],
)
a(
    "shape-section",
    F("Advertisement"),
    [
        "Under-16 social media ban: which platforms are covered?",
        "Australia's ban on social media accounts for children under 16 takes effect on December 10. The eSafety Commissioner has named the platforms that must comply.",
        "The platforms covered are:",
        "Facebook",
        "Instagram",
        "TikTok",
        "Snapchat",
        "X",
        "YouTube",
        "Reddit",
        "Messaging apps such as WhatsApp, and gaming platforms such as Roblox, are exempt for now.",
        "Platforms that fail to take reasonable steps face fines of up to $49.5 million.",
        F("Advertisement"),
    ],
)
a(
    "shape-section",
    "Dubai's week ahead: rain, a marathon and a budget",
    [
        "Here is what is happening in Dubai this week.",
        "Weather",
        "The National Centre of Meteorology expects rain on Tuesday and Wednesday, heaviest in the northern emirates. Residents are advised to avoid wadis.",
        "Sport",
        "The Dubai Marathon returns on Sunday, with road closures on Umm Suqeim Street and Jumeirah Beach Road from 4am.",
        "Business",
        "The emirate's 2026 budget is expected to be approved by the Ruler of Dubai this week, with spending of about Dh90 billion.",
    ],
)
a(
    "shape-section",
    F("Home | News | Sport | Business | Entertainment | Lifestyle"),
    [
        "Ramaphosa's state of the nation: what he promised",
        F("Advertisement"),
        "President Cyril Ramaphosa delivered his state of the nation address in Cape Town on Thursday night, the first of the government of national unity.",
        "Energy",
        'The president said load shedding was "behind us" and promised to open the grid to private generators.',
        "Crime",
        "10,000 more police officers will be recruited this year.",
        "Education",
        "Free early childhood education for the poorest households from 2026.",
        "Technology",
        "A new digital ID and a single government app for grants, licences and permits.",
        F("Advertisement"),
        *F("Share", "Facebook", "X", "WhatsApp", "Email"),
    ],
)
a(
    "shape-section",
    "How to contact your MP about the assisted dying bill",
    [
        "MPs will vote again on the Terminally Ill Adults (End of Life) Bill next month. Campaigners on both sides are urging people to contact their MP before the vote.",
        "You can find your MP's details on the parliament website. Most MPs can be reached by:",
        "Email",
        "Phone",
        "Letter",
        "A letter or an email in your own words carries more weight than a template, MPs' staff say.",
    ],
)

# ---------- shape-tweet: a quoted post and its attribution ----------
a(
    "shape-tweet",
    "Met Office confirms UK's warmest spring on record",
    [
        "This spring was the warmest on record for the UK, the Met Office has confirmed, with an average temperature of 9.51C.",
        "The forecaster announced the figure on social media on Sunday:",
        "Spring 2025 has been the warmest on record for the UK, with a mean temperature of 9.51C, beating the previous record set in 2024.",
        "— Met Office (@metoffice) June 1, 2025",
        "It was also the sunniest spring since records began in 1910.",
        "Scientists said climate change had made such a warm spring about 100 times more likely.",
        F("Advertisement"),
        F("© 2025 The Independent"),
    ],
)
a(
    "shape-tweet",
    F("Advertisement"),
    [
        "Peter Obi condemns attack on Labour Party office in Enugu",
        "The Labour Party's 2023 presidential candidate, Peter Obi, has condemned an attack on the party's office in Enugu on Saturday night.",
        "In a post on X on Sunday, he wrote:",
        '"The attack on our party office in Enugu is condemnable. Violence has no place in our democracy. I urge security agencies to find those responsible." -PO',
        "Obi signs his posts with his initials when he writes them himself, his aides say.",
        "Police in Enugu said two suspects had been arrested.",
        F("Advertisement"),
        F("Related News"),
    ],
)
a(
    "shape-tweet",
    "Pakistan cricket: Babar's post after the defeat",
    [
        "Former captain Babar Azam posted a message to fans on Instagram after Pakistan's defeat to India in Dubai on Sunday.",
        '"We are hurt, and we know you are hurt. We will come back stronger. Thank you for standing by us."',
        "Posted by babarazam on Instagram, 24 February 2025",
        "The post was liked more than a million times within an hour.",
        "Pakistan must now beat Bangladesh and hope other results go their way to reach the semi-finals.",
    ],
)

# ---------- shape-signoff: a station's sign-off in a transcript or quoted ----------
a(
    "shape-signoff",
    "Radio Kerry presenter signs off after 40 years on air",
    [
        "Radio Kerry presenter Jerry O'Sullivan presented his last programme on Friday morning after 40 years at the station.",
        "He played the first song he had ever played on air, and read messages from listeners in Kerry, Boston and Sydney.",
        "His last words on air were:",
        "Stay tuned to Radio Kerry for more updates. It's been a pleasure.",
        'Station manager Fiona Stack said he was "the voice of the county".',
        *F("Share", "Facebook", "X", "Email"),
        F("© 2024 Kerry's Eye"),
    ],
)
a(
    "shape-signoff",
    "Transcript: RNZ Morning Report, the Christchurch earthquake, 22 February 2011",
    [
        "RNZ has released the audio of its first bulletin after the February 2011 earthquake. This is a transcript of its opening minutes.",
        "Presenter: A severe earthquake has struck Christchurch. There are reports of buildings down in the central city and of people trapped.",
        "Reporter: I'm on Colombo Street. The cathedral spire has fallen. There is dust everywhere.",
        "Presenter: Stay with us for more on this story as it develops.",
        "The bulletin ran without a break for 14 hours.",
    ],
)
a(
    "shape-signoff",
    F("Advertisement"),
    [
        "Lahore FM station goes off air after 30 years",
        "City FM 89, one of Pakistan's first private radio stations, stopped broadcasting in Lahore at midnight on Sunday after its licence was not renewed.",
        "Its final announcement was played on a loop for an hour:",
        "Thank you for listening to City FM 89. Keep it locked to City FM 89 for more.",
        "The station said it would continue online.",
        F("Advertisement"),
        F("© 2024 The Express Tribune."),
    ],
)

# ---------- shape-copyright: copyright notices in stories about copyright ----------
a(
    "shape-copyright",
    "High Court rules AI company breached photographers' copyright",
    [
        "The High Court in London has ruled that an AI image company breached the copyright of thousands of photographers by training its model on their pictures.",
        "Many of the images still carried their agencies' watermarks, the judge noted, and the model sometimes reproduced them.",
        "Copyright 2019 Getty Images",
        "That line appeared, slightly distorted, in the corner of images the model produced when asked for pictures of football matches.",
        "The company said it would appeal.",
        "All rights reserved",
        "Lawyers for the photographers said the two words, printed on millions of agency images, meant exactly what they said.",
    ],
)
a(
    "shape-copyright",
    F("Menu"),
    [
        "Copyright Amendment Bill sent back to Parliament",
        "The Constitutional Court has sent South Africa's Copyright Amendment Bill back to Parliament, the second time the law has been rejected since 2019.",
        "Copyright © 2024 by the author. All rights reserved.",
        "That notice, found in most books sold in South Africa, would have been weakened by the bill's fair use clause, publishers argued.",
        "Authors' groups welcomed the ruling. Education campaigners said it would keep textbooks expensive.",
        F("© 2024 Daily Maverick. All rights reserved."),
    ],
)
a(
    "shape-copyright",
    "Indian court protects Bollywood star's name and voice",
    [
        "The Delhi High Court has barred websites and AI platforms from using actor Anil Kapoor's name, image, voice and catchphrase without his consent.",
        'The order covers his catchphrase "jhakaas", which the court said was part of his persona.',
        "© All rights reserved to the copyright owners",
        "That disclaimer, posted under videos that used deepfakes of the actor, did not make them lawful, the court said.",
        "The order is the latest in a series protecting celebrities' personality rights.",
    ],
)

# ---------- shape-promo: promo headings and app prompts in articles ----------
a(
    "shape-promo",
    "Most read: the books Dubliners borrowed in 2024",
    [
        "Dublin's public libraries lent more than two million books in 2024, according to figures released by Dublin City Council.",
        "Most read",
        "Intermezzo by Sally Rooney",
        "Prophet Song by Paul Lynch",
        "Long Island by Colm Tóibín",
        "Rooney's novel was borrowed 4,300 times, and the waiting list at one point stretched to six months.",
        "Children's borrowing rose 12 per cent, the council said.",
        F("Advertisement"),
        F("© 2025 Irish Independent"),
    ],
)
a(
    "shape-promo",
    F("Advertisement"),
    [
        "What Kenyans searched for on Google in 2024",
        "Google has released its annual list of the top searches in Kenya, with the Finance Bill protests and the Paris Olympics dominating.",
        "Trending",
        "Finance Bill 2024",
        "Paris Olympics",
        "Euro 2024",
        "Kelvin Kiptum",
        "The death of marathon world record holder Kiptum in a road crash in February was the most searched news event.",
        F("Advertisement"),
        F("Trending Now"),
        F("Ruto names new cabinet secretaries"),
    ],
)
a(
    "shape-promo",
    "Editor's picks: the best Canadian books of the year",
    [
        "Our books editor chose ten titles from a strong year for Canadian fiction and non-fiction. Here are five of them.",
        "Held by Anne Michaels",
        "A novel in fragments about a soldier wounded in 1917 and four generations of his family.",
        "Bad Cree by Jessica Johns",
        "A horror novel set in northern Alberta that became one of the year's surprise bestsellers.",
        "The full list is in Saturday's paper.",
    ],
)
a(
    "shape-promo",
    "Download the app: Metro Manila drivers told to register for no-contact fines",
    [
        "The Metropolitan Manila Development Authority has told motorists to register on its new app to receive notices of fines for traffic violations caught on camera.",
        "Download the app",
        "That is the first instruction on the MMDA's new billboards along EDSA, beside a QR code.",
        "Drivers who do not register will still receive notices by post, the authority said.",
        "More than 300,000 motorists registered in the first week.",
        *F("Share", "Facebook", "X", "Email"),
        F("© 2025 Philstar.com"),
    ],
)

# ---------- more: widget words as the article's subheadings and quoted messages ----------
a(
    "shape-section",
    "What to watch, read and listen to this weekend",
    [
        "Our culture desk picks the best of the week's new releases.",
        "Watch",
        "Adolescence (Netflix): a 13-year-old boy is arrested for the murder of a classmate in a four-part drama, each episode filmed in a single take.",
        "Read",
        "Orbital by Samantha Harvey: a day in the life of six astronauts on the International Space Station, winner of the Booker Prize.",
        "Listen",
        "The Rest Is History: the long-running podcast's new series on the fall of Saigon.",
        F("Advertisement"),
        F("© 2025 Stuff"),
    ],
)
a(
    "shape-share",
    "WhatsApp's new features: what they do and how to use them",
    [
        "WhatsApp has added three features to its app this month. Here is how each of them works.",
        "Reply",
        "You can now reply to a single message in a group privately. Press and hold the message, tap the three dots and choose Reply privately.",
        "Share",
        "Status updates can now be shared to Instagram and Facebook at the same time, if your accounts are linked in the Accounts Centre.",
        "Print",
        "On the desktop app, a chat can now be exported as a PDF and printed, which lawyers and small businesses had asked for.",
    ],
)
a(
    "shape-share",
    F("Advertisement"),
    [
        "Newspaper revenue: where the money comes from now",
        "Irish newspaper publishers made €310 million last year, according to an industry report published on Tuesday. Here is how that breaks down.",
        "Print",
        "Sales of printed papers still brought in 48 per cent of revenue, down from 61 per cent five years ago.",
        "Digital",
        "Digital subscriptions made up 22 per cent, up from 9 per cent.",
        "Advertising",
        "Print and online advertising together made up the rest.",
        F("Advertisement"),
        *F("Share", "Facebook", "X", "Email"),
    ],
)
a(
    "shape-comment",
    "Nadra portal outage leaves thousands unable to renew ID cards",
    [
        "Thousands of Pakistanis were unable to renew their identity cards online for three days this week after the National Database and Registration Authority's portal went down.",
        "Users who tried to log in were shown a single line:",
        "Something went wrong. Please try again later.",
        "Nadra said the outage was caused by a hardware failure at its data centre in Islamabad and had been fixed on Thursday.",
        "Something went wrong, one overseas Pakistani wrote on X, and nobody at the helpline could say what.",
        "The authority said fees paid during the outage would be refunded.",
    ],
)
a(
    "shape-follow",
    "LinkedIn, Seek or Trade Me? Where Kiwis look for work",
    [
        "A survey of 2,000 job seekers by recruitment firm Hays has found most New Zealanders now use more than one site to look for work.",
        "LinkedIn",
        "Used by 58 per cent of respondents, mostly for professional and office jobs.",
        "Seek",
        "Still the most used, by 71 per cent, and the first choice for trades and healthcare.",
        "Trade Me Jobs",
        "Used by 34 per cent, most of them outside the main centres.",
    ],
)
a(
    "shape-signup",
    "School's newsletter warned parents about TikTok challenge weeks before pupil's injury",
    [
        "A Brisbane primary school warned parents about a dangerous TikTok challenge in its newsletter three weeks before a year 6 pupil was burned attempting it.",
        "The newsletter, sent on 14 February, said:",
        "Please talk to your children about what they watch online. Keep devices out of bedrooms at night.",
        "Newsletter",
        "The word heads a page of the school's website that has since been taken down.",
        "Education Queensland said it was reviewing the school's response.",
    ],
)
a(
    "shape-related",
    "Maharashtra election results: more on the numbers",
    [
        "The BJP-led Mahayuti alliance won 230 of Maharashtra's 288 assembly seats, the largest mandate in the state in five decades.",
        "More on this story",
        "The alliance's vote share rose by more than 7 percentage points compared with the Lok Sabha election in June, an analysis by the Centre for the Study of Developing Societies found.",
        "Women voters, who turned out in record numbers, backed the alliance by a wide margin, the study said, crediting the Ladki Bahin cash transfer scheme.",
        "The opposition Maha Vikas Aghadi won 46 seats.",
        F("Advertisement"),
        F("© 2024 Hindustan Times"),
    ],
)

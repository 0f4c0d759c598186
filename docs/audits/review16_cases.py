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


def F(*lines):
    """Page furniture: not must-stay. Returns the lines (one line: the string)."""
    FURNITURE.update(lines)
    return lines[0] if len(lines) == 1 else list(lines)


def M(line):
    """The article's own byline, dateline, agency or wire credit line: moved to metadata or dropped by design."""
    FURNITURE.add(line)
    META.add(line)
    return line


def a(rule, head, paras, stay=None):
    if stay is None:
        stay = [x for x in [head, *paras] if x not in FURNITURE]
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
        "By Order of the Returning Officer",
        "That was the heading on the notice pinned to the gate of the collation centre, which told party agents that no phones would be allowed inside.",
        "The NNPP candidate said he would challenge the result at the tribunal.",
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
        "\"Quad for sale, good runner, no time wasters. £1,500 cash.\"",
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
        "\"We carried the children to the neighbour's roof,\" she said. \"When the sun came up, our house was gone.\"",
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
        "Judge Patricia Ryan said the removal of the credit was \"not an accident\".",
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
        "\"You can read the names on the shopfronts,\" she said.",
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
        "\"People are using these products to pay for groceries,\" said Gerard Brody of the Consumer Action Law Centre.",
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

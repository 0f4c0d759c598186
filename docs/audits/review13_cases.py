# (rule, headline, [paragraphs], [lines that must stay])  -- C
# Written for review 13: an independent harm review of main's default pipeline that attacks its region and
# edge rules (src/articleclean/cleaners/boilerplate/region.py, headline.py, cards.py) and the line shapes of
# the furniture layer with the article's own STRUCTURE: lists at the end of an article (areas of a water or
# power cut, road and school closures, rates by council, results by candidate, fixtures, a court list, winners,
# a timeline), a headline under a section label and over a list or an agency line, two writers' names, a
# dateline, a wire's credit line, Q&A, live entries with times, one-sentence paragraphs, quoted posts, the
# article's own subheadings, a closing "Read the full report at ..." and a short closing quote. Some articles
# sit inside realistic page furniture (nav line, share row, newsletter box, "Most read", footer), which is not
# must-stay. Every article is our own, in the shapes of UK, US, Irish, Australian, NZ, Canadian, Indian,
# South African, Nigerian, Kenyan, Pakistani and Philippine outlets. The "rule" is the shape attacked; see
# docs/audits/review13.md. The first block of a case is its "headline" slot: the headline, or the page's nav
# line when furniture opens the page. Must-stay = every block that is not furniture, the headline included.
C = []
FURNITURE: set[str] = set()
META: set[str] = set()


def F(*lines):
    """Page furniture around the article: not must-stay. Returns the lines (one line: the string)."""
    FURNITURE.update(lines)
    return lines[0] if len(lines) == 1 else list(lines)


def M(line):
    """The article's own byline, writer, agency, dateline or wire credit line: the pipeline moves these to the
    metadata or drops them by design, so they are not must-stay either (review13.md reports what became of them)."""
    FURNITURE.add(line)
    META.add(line)
    return line


def a(rule, head, paras, stay=None):
    if stay is None:
        stay = [x for x in [head, *paras] if x not in FURNITURE]
    C.append((rule, head, paras, stay))


# ---------- end-list: an article that ends with its own list ----------
a(
    "end-list",
    "BWSSB announces 24-hour water cut in south Bengaluru on Thursday",
    [
        M("Staff Reporter"),
        M("BENGALURU"),
        "Residents of several localities in south and south-east Bengaluru will not get Cauvery water for 24 hours from 6 a.m. on Thursday, as the Bangalore Water Supply and Sewerage Board (BWSSB) carries out maintenance at the T.K. Halli pumping station.",
        "The board said the work, which involves replacing a valve on the main feeder line, could not be postponed as the valve had begun to leak. Supply is expected to resume by 6 a.m. on Friday, though areas at the tail end of the network may get low pressure for a few more hours.",
        "Residents have been advised to store enough water in advance. Tankers will be available on request through the BWSSB helpline, 1916.",
        "The areas that will be affected are:",
        "- Koramangala",
        "- HSR Layout",
        "- BTM Layout 1st and 2nd Stage",
        "- Jayanagar 4th Block",
        "- J.P. Nagar",
        "- Bommanahalli",
        "- Madiwala",
    ],
)
a(
    "end-list",
    F("Home | News | Metro | Politics | Business | Sports | Entertainment"),
    [
        "Ikeja Electric announces eight-hour outage in parts of Lagos",
        M("By Bola Adeyemi"),
        "Customers of the Ikeja Electric Distribution Company in parts of Lagos will be without power for up to eight hours on Saturday as the company carries out what it called routine maintenance on its 33kV feeders.",
        "In a statement on Thursday, the company's head of corporate communications, Mrs Funmi Okoro, said the outage would run from 9 a.m. to 5 p.m. and apologised for the inconvenience.",
        "\"The maintenance is necessary to improve the quality of supply to our customers and reduce unplanned outages during the rainy season,\" she said.",
        "The affected areas include:",
        "- Ogba",
        "- Agege",
        "- Ikeja GRA",
        "- Alausa",
        "- Oregun",
        "- Ojodu Berger",
        *F(
            "Share this:",
            "Facebook",
            "Twitter",
            "WhatsApp",
            "Copyright PUNCHNG 2025. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission.",
        ),
    ],
)
a(
    "end-list",
    F("Home > News > Politics"),
    [
        "Council tax: how much bills are going up where you live",
        "Most households in England will see their council tax rise by close to 5 per cent from April, after almost every county council chose to raise bills by the maximum allowed without a referendum.",
        "Councils with social care responsibilities can raise council tax by up to 4.99 per cent, of which 2 per cent must go on adult social care.",
        "Six councils have been given permission to go further, after telling the government their finances would otherwise collapse.",
        "The Local Government Association said even the higher rises would not close the gap between what councils must spend and what they raise.",
        "Here is how much bills will rise in each county council area:",
        "Kent – 4.99 per cent",
        "Surrey – 4.99 per cent",
        "Essex – 3.99 per cent",
        "Hampshire – 4.99 per cent",
        "Norfolk – 4.99 per cent",
        "Devon – 4.99 per cent",
        "Lancashire – 4.99 per cent",
        F("Share"),
        F("Most read"),
        F("Woman, 82, dies after being hit by bus in town centre"),
        F("Motorway closed for weekend as bridge is replaced"),
        F("Supermarket to close 12 stores with 400 jobs at risk"),
        F("Terms and conditions Privacy policy Cookie settings Contact us"),
    ],
)
a(
    "end-list",
    "Chicago Marathon: street closures and what drivers need to know",
    [
        "More than 50,000 runners are expected on the streets of Chicago on Sunday, and city officials are warning drivers to expect long delays downtown from early morning into the afternoon.",
        "The Chicago Department of Transportation said closures would begin as early as 4 a.m. near Grant Park and would be lifted in stages as the last runners pass each point.",
        "CTA buses on more than 30 routes will be rerouted, and extra trains will run on the Red and Blue lines.",
        "The following streets will be closed for most of the day:",
        "- Columbus Drive between Balbo Drive and Monroe Street",
        "- Jackson Boulevard between Michigan Avenue and Columbus Drive",
        "- LaSalle Street from Grand Avenue to Jackson Boulevard",
        "- Halsted Street from Roosevelt Road to 35th Street",
        "- Michigan Avenue from 35th Street to Roosevelt Road",
        "Drivers should allow extra time and use the expressways where possible, officials said.",
    ],
)
a(
    "end-list",
    "Storm Éowyn: Full list of schools closed on Friday",
    [
        "All schools in counties under a status red wind warning will be closed on Friday, the Department of Education has confirmed.",
        "The decision follows advice from the National Emergency Coordination Group, which met on Thursday afternoon after Met Éireann extended its red warning.",
        "Colleges and universities in the affected counties have also said they will close. Schools in other counties should follow the advice of their own management, the department said.",
        "Schools will be closed in the following counties:",
        "Galway",
        "Mayo",
        "Clare",
        "Kerry",
        "Limerick",
        "Donegal",
        "Sligo",
        "Leitrim",
        "Parents are asked to check the websites of individual schools for updates on when they will reopen.",
    ],
)
a(
    "end-list",
    "Kisii senator by-election: UDA candidate wins by 4,000 votes",
    [
        M("By NATION REPORTER"),
        "The United Democratic Alliance candidate has won the Kisii senatorial by-election, the Independent Electoral and Boundaries Commission declared on Friday.",
        "Turnout was 38 per cent, well below the 2022 general election, as heavy rain in parts of the county kept voters at home.",
        "The returning officer, Ms Grace Moraa, announced the results at the Kisii School tallying centre shortly after 3 p.m.",
        "The final results were:",
        "Josphat Nyakundi (UDA) – 98,412",
        "Ruth Kemunto (ODM) – 94,107",
        "Peter Ombati (Independent) – 11,236",
        "Samuel Onkoba (Jubilee) – 3,045",
        "Rejected votes – 1,210",
    ],
)
a(
    "end-list",
    "Super Rugby Pacific: Crusaders stun Blues at Eden Park",
    [
        "The Crusaders ended the Blues' unbeaten home run with a 31-24 win at Eden Park on Saturday night, scoring two tries in the last ten minutes.",
        "The Blues led 24-17 with a quarter of the match left, but a yellow card to lock Sam Darry opened the door and the visitors took their chance.",
        "\"We just kept believing,\" Crusaders captain Scott Barrett said. \"That's a tough place to come and win.\"",
        "Results, round 9:",
        "Blues 24 Crusaders 31",
        "Chiefs 40 Moana Pasifika 12",
        "Hurricanes 19 Brumbies 22",
        "Western Force 17 Reds 27",
        "Fijian Drua 33 Highlanders 30",
        "Next week:",
        "Friday: Highlanders v Chiefs, Dunedin",
        "Saturday: Crusaders v Hurricanes, Christchurch",
        "Saturday: Waratahs v Blues, Sydney",
    ],
)
a(
    "end-list",
    F("News | Sport | What's On | Jobs | Property | Announcements"),
    [
        "Court round-up: cases dealt with by Barnsley magistrates",
        "The following cases were dealt with by Barnsley Magistrates' Court last week.",
        "Darren Hollis, 41, of Park Road, Worsbrough, admitted drink-driving on Sheffield Road. He was banned from driving for 18 months and fined £350.",
        "Kelly Marsh, 29, of Vernon Street, Barnsley, admitted stealing goods worth £84 from Boots. She was given a 12-month community order.",
        "Mohammed Aziz, 52, of Racecommon Road, Barnsley, was found guilty of failing to stop after an accident. He was fined £600 and had six points put on his licence.",
        "Liam Booth, 19, of Hoyland, admitted possessing cannabis. He was fined £120.",
        "Anyone named in a court round-up can appeal a conviction or sentence.",
        F("Sign up to our newsletter"),
        F("Get the latest Barnsley news straight to your inbox."),
        F("Enter your email"),
        F("Subscribe"),
        F("© 2025 Barnsley Gazette. All rights reserved."),
    ],
)
a(
    "end-list",
    "Canadian Screen Awards 2025: the full list of winners",
    [
        "A drama about a family farm in rural Saskatchewan was the big winner at the Canadian Screen Awards on Sunday night in Toronto, taking five prizes.",
        "The host, comedian Mae Martin, opened the evening with a joke about the country's box office.",
        "Here are the winners in the main categories:",
        "Best motion picture: Wheat Year",
        "Achievement in direction: Marie-Ève Tremblay, Les Eaux Lentes",
        "Lead performance in a drama film: Jonah Whitefeather, Wheat Year",
        "Best drama series: Border Town",
        "Best comedy series: Sunny Side Strata",
        "Lifetime achievement: Denys Arcand",
    ],
)
a(
    "end-list",
    "Timeline: how the Post Office scandal unfolded",
    [
        "More than 900 sub-postmasters were prosecuted on the basis of evidence from the Horizon IT system. Here are the key dates.",
        "1999 – The Horizon system is rolled out to Post Office branches.",
        "2000 – Sub-postmasters begin to report unexplained shortfalls.",
        "2009 – Computer Weekly publishes the stories of seven sub-postmasters.",
        "2019 – The High Court rules that Horizon contained bugs, errors and defects.",
        "2021 – The Court of Appeal quashes the convictions of 39 sub-postmasters.",
        "January 2024 – An ITV drama brings the scandal to a wide audience.",
        "May 2024 – Parliament passes a law overturning convictions in England and Wales.",
    ],
)
a(
    "end-list",
    "Load-shedding: Eskom moves to stage 4 from 4pm",
    [
        "Eskom will step up load-shedding to stage 4 from 4pm on Tuesday after the loss of three generating units at Kusile and Medupi.",
        "The utility said it had also used more of its diesel reserves than planned over the weekend.",
        "Stage 2 will return on Wednesday morning if the units come back as expected, spokesperson Daphne Mokwena said.",
        "Schedule for Tuesday and Wednesday:",
        "Tuesday 16:00 – 05:00: Stage 4",
        "Wednesday 05:00 – 16:00: Stage 2",
        "Wednesday 16:00 – 05:00: Stage 3",
        "City Power and Cape Town customers should check their own schedules, which may differ.",
    ],
)
a(
    "end-list",
    "#WalangPasok: class suspensions on Monday, July 21",
    [
        "Several local governments in Metro Manila and nearby provinces have suspended classes on Monday, July 21, due to heavy rain brought by the southwest monsoon enhanced by Tropical Storm Crising.",
        "PAGASA has raised orange rainfall warnings over Metro Manila, Bulacan and Rizal.",
        "Here is the list of areas with class suspensions as of 6 a.m.:",
        "Metro Manila",
        "- Manila (all levels, public and private)",
        "- Quezon City (all levels)",
        "- Marikina (all levels)",
        "- Pasig (preschool to senior high school)",
        "Bulacan",
        "- Malolos (all levels)",
        "- Meycauayan (all levels)",
        "This list will be updated as more announcements are made.",
    ],
)
a(
    "end-list",
    "Load-shedding schedule revised for Karachi areas as heat wave grips city",
    [
        "KARACHI: K-Electric on Monday revised its load-shedding schedule for several areas of the city as temperatures touched 42°C for the third day running.",
        "The power utility said areas with high losses would face up to six hours of outages, while areas with low losses would be exempt.",
        "Residents of Lyari and Orangi Town protested outside the utility's offices, saying outages had stretched well beyond the announced hours.",
        "According to the revised schedule:",
        "Lyari: 10am-1pm, 7pm-10pm",
        "Orangi Town: 11am-2pm, 8pm-11pm",
        "Korangi: 12pm-2pm",
        "Malir: 1pm-3pm",
        "Clifton and Defence: exempt",
        "A K-Electric spokesperson said the schedule would be reviewed weekly.",
    ],
)
a(
    "end-list",
    F("News | Sport | Business | Opinion | Culture | Lifestyle"),
    [
        "Rail strikes: the dates to avoid travelling in March",
        "Train drivers at 14 rail companies will strike on three days next month in a long-running dispute over pay, the Aslef union has announced.",
        "Most operators are expected to run no trains at all on strike days, and services on the days either side are likely to start late and finish early.",
        "Passengers with tickets for strike days can use them the day before or up to two days after, or claim a full refund.",
        "The strike dates are:",
        "- Saturday 2 March",
        "- Tuesday 5 March",
        "- Friday 8 March",
        F("Share on Facebook Share on Twitter Share on WhatsApp Share by email"),
        F("Sign up for our morning briefing"),
        F("The day's biggest stories, delivered free to your inbox every weekday."),
        F("© 2025 The Example Times. All rights reserved."),
    ],
)
a(
    "end-list",
    "Petrol, diesel prices today: check rates in your city",
    [
        "New Delhi: Petrol and diesel prices were unchanged across the country on Tuesday, according to the latest notification from state-run oil marketing companies.",
        "Fuel prices have been stable since March, when the Centre cut both by Rs 2 a litre ahead of the general election.",
        "Rates differ from state to state because of local sales tax and freight charges.",
        "Petrol prices in metro cities (per litre):",
        "Delhi: Rs 94.72",
        "Mumbai: Rs 103.44",
        "Kolkata: Rs 103.94",
        "Chennai: Rs 100.75",
        "Diesel prices in metro cities (per litre):",
        "Delhi: Rs 87.62",
        "Mumbai: Rs 89.97",
        "Kolkata: Rs 90.76",
        "Chennai: Rs 92.34",
    ],
)
a(
    "end-list",
    F("Home | News | National | World | Sport | Weather"),
    [
        "Flooding closes state highways across Hawke's Bay and Tairāwhiti",
        "Several state highways in Hawke's Bay and Tairāwhiti are closed after heavy rain overnight, with slips and surface flooding reported across both regions.",
        "NZ Transport Agency Waka Kotahi said crews were out assessing damage but could not say when the roads would reopen.",
        "MetService has a red heavy rain warning in place for the Tairāwhiti ranges until 6pm.",
        "As of 10am, the following roads are closed:",
        "SH2 Napier to Wairoa: closed at Devil's Elbow",
        "SH35 Gisborne to Tolaga Bay: closed",
        "SH5 Napier-Taupō Road: closed at Te Pōhue",
        "SH38 Wairoa to Frasertown: closed",
        "Check the NZTA journey planner before you travel.",
        F("Share this story"),
        F("Most Popular"),
        F("1. Man charged after police chase ends in Hamilton"),
        F("2. Lotto Powerball jackpot rolls to $30m"),
        F("3. House prices fall again in Auckland and Wellington"),
        F("© 2025 Example Media NZ Limited"),
    ],
)
a(
    "end-list",
    F("Home | News | Canada | Politics | Business | Health | Sports"),
    [
        "Toronto byelection: Liberals hold St. Paul's by 590 votes",
        "The Liberals have held on to the Toronto riding of St. Paul's after a tight count that went past midnight, Elections Canada results show.",
        "The riding has been Liberal since 1993, and the party had won it by more than 10,000 votes at the last general election.",
        "Conservative candidate Don Stewart thanked volunteers and said the result showed the party could compete anywhere in Toronto.",
        "The results, with all polls reporting:",
        "Leslie Church, Liberal: 14,832",
        "Don Stewart, Conservative: 14,242",
        "Amrit Parhar, NDP: 5,103",
        "Christian Cullis, Green: 1,147",
        F("Share on Facebook"),
        F("Share on X"),
        F("Copy link"),
        F("Corrections and clarifications | Terms of use | Privacy policy | Accessibility"),
    ],
)
a(
    "end-list",
    "KCSE 2024 results: the top 10 schools nationally",
    [
        "Alliance High School was the top-performing school in the 2024 Kenya Certificate of Secondary Education examination, according to an analysis of the results released by Education Cabinet Secretary Julius Ogamba.",
        "The national school had a mean score of 10.9, followed by Kenya High and Maranda High.",
        "The ministry has stopped ranking schools officially, but schools and parents continue to compare mean scores.",
        "Top 10 schools by mean score:",
        "1. Alliance High School – 10.9",
        "2. Kenya High School – 10.8",
        "3. Maranda High School – 10.7",
        "4. Mang'u High School – 10.6",
        "5. Moi Girls Eldoret – 10.5",
        "6. Kapsabet Boys – 10.5",
        "7. Alliance Girls – 10.4",
        "8. Friends School Kamusinga – 10.3",
        "9. Kakamega School – 10.2",
        "10. Maseno School – 10.1",
    ],
)
a(
    "end-list",
    F("News | Local | Weather | Traffic | Sports | Contests"),
    [
        "School closings and delays for Wednesday, Jan. 22",
        "Dozens of school districts across central Ohio have closed or are starting late on Wednesday because of dangerously low wind chills.",
        "The National Weather Service has a cold weather advisory in effect until noon, with wind chills as low as 20 below zero.",
        "The following districts had announced changes by 6 a.m.:",
        "Columbus City Schools – Closed",
        "Dublin City Schools – 2-hour delay",
        "Hilliard City Schools – Closed",
        "Westerville City Schools – 2-hour delay",
        "Worthington Schools – Closed",
        F("Copyright 2025 Example Broadcasting. All rights reserved."),
    ],
)

# ---------- top: a headline under a section label, over an agency line, two writers' names, a dateline ----------
a(
    "top",
    F("Nation-World"),
    [
        "Wildfire forces evacuation of 10,000 in southern California",
        M("Associated Press"),
        "LOS ANGELES — A fast-moving wildfire driven by Santa Ana winds forced about 10,000 people from their homes in the foothills north of Los Angeles on Tuesday, fire officials said.",
        "The fire had burned more than 3,000 acres by late afternoon and was 0% contained.",
        "No deaths had been reported, but at least 40 structures were destroyed, according to Cal Fire.",
        "Gov. Gavin Newsom declared a state of emergency for Los Angeles County.",
    ],
)
a(
    "top",
    F("News"),
    [
        "Delhi air quality slips to 'severe' as stubble fires peak",
        M("PTI"),
        M("NEW DELHI"),
        "Delhi's air quality slipped into the 'severe' category on Sunday, with the Air Quality Index at 412 at 4 p.m., according to the Central Pollution Control Board.",
        "Farm fires in Punjab and Haryana contributed about 35% of the city's PM2.5 pollution, the Ministry of Earth Sciences' decision support system estimated.",
        "The Commission for Air Quality Management invoked stage three of the Graded Response Action Plan, banning non-essential construction.",
        "Primary schools will hold classes online until Friday.",
    ],
)
a(
    "top",
    F("Bengaluru"),
    [
        "Metro Yellow Line: what changes for commuters from Monday",
        "- Trains every 10 minutes at peak hours",
        "- First train from R.V. Road at 6 a.m.",
        "- Fares from Rs 10 to Rs 60",
        "The Bangalore Metro Rail Corporation Limited (BMRCL) will open the Yellow Line between R.V. Road and Bommasandra to passengers on Monday, after the Commissioner of Metro Rail Safety cleared it last week.",
        "The 19-km line has 16 stations and links the Electronic City tech hub with the rest of the network.",
        "BMRCL said it had only three trains ready, which is why trains will run every 10 minutes instead of the planned five.",
        "More trains are expected from the Titagarh factory in West Bengal by the end of the year.",
    ],
)
a(
    "top",
    "UK inflation falls to 2.3% as fuel prices drop",
    [
        M("Sarah Chen"),
        M("Mark Webb"),
        M("London"),
        "Lower prices at the pump and cheaper air fares pulled inflation down last month, giving the Bank of England more room to cut interest rates.",
        "Consumer price inflation fell to 2.3 per cent in April from 3.2 per cent in March, the Office for National Statistics said on Wednesday.",
        "Economists had expected a fall to 2.1 per cent.",
        "Services inflation, which the Bank watches closely, was 5.9 per cent.",
        "\"The direction of travel is clear,\" said the Chancellor.",
    ],
)
a(
    "top",
    "Japan's exports rise for fourth month on strong chip demand",
    [
        "TOKYO, June 18 (Reuters) - Japan's exports rose for a fourth straight month in May as demand for chipmaking equipment in China offset weaker car shipments to the United States, data showed on Wednesday.",
        "Exports grew 5.6% from a year earlier, below a median market forecast of a 6.5% rise.",
        "Imports rose 9.5%, leaving a trade deficit of 1.22 trillion yen ($7.8 billion).",
        "\"Exports are holding up better than feared, but the outlook for the second half is cloudy,\" said Takeshi Minami, chief economist at Norinchukin Research Institute.",
        M("Reporting by Satoshi Sugiyama; Editing by Sam Holmes"),
    ],
)
a(
    "top",
    F("Pakistan"),
    [
        "Senate passes bill to set up new federal universities",
        M("APP"),
        "ISLAMABAD: The Senate on Friday passed a bill to set up two new federal universities in Gilgit-Baltistan and the merged districts of Khyber Pakhtunkhwa.",
        "The bill, moved by the education minister, was passed by a majority vote after opposition amendments were rejected.",
        "Senators from the tribal districts welcomed the move, saying students had to travel hundreds of kilometres for higher education.",
        "The bill will now go to the President for assent.",
    ],
)
a(
    "top",
    "Ramaphosa signs education law despite DA objections",
    [
        M("Jan Gerber"),
        M("Politics"),
        "President Cyril Ramaphosa has signed the Basic Education Laws Amendment Bill into law, but delayed two clauses on language and admissions for three months.",
        "The DA, a partner in the government of national unity, had asked him not to sign it.",
        "Ramaphosa said the parties would use the three months to find agreement.",
        "DA leader John Steenhuisen said the party would study the president's statement before deciding on its next step.",
    ],
)
a(
    "top",
    "FG to borrow N1.77tn to fund budget deficit",
    [
        M("By Emma Ujah, Abuja Bureau Chief"),
        "The Federal Government plans to borrow N1.77 trillion from domestic and foreign sources to part-fund the 2025 budget deficit, the Minister of Finance, Mr Wale Edun, has said.",
        "He spoke on Monday at a public hearing of the National Assembly's joint committee on finance.",
        "The minister said the government would also rely on asset sales and recoveries.",
        "Members of the committee asked why the borrowing plan was being presented after the budget was passed.",
    ],
)
a(
    "top",
    "Marcos orders probe into flood control projects",
    [
        "MANILA, Philippines — President Ferdinand Marcos Jr. on Monday ordered an investigation into flood control projects after parts of Metro Manila were submerged for a second week.",
        "Speaking in Bulacan, Marcos said he wanted to know why some projects had been paid for but never finished.",
        "The Department of Public Works and Highways said it would cooperate fully.",
        "Senators from both the majority and the minority have filed resolutions seeking an inquiry.",
        M("— With reports from Inquirer Research"),
    ],
)
a(
    "top",
    F("Home | News | Australia | World | Business | Sport"),
    [
        "Reserve Bank holds cash rate at 4.35 per cent",
        "Key points:",
        "- The cash rate stays at 4.35 per cent for an eighth meeting",
        "- The board says inflation is falling, but not fast enough",
        "- Most economists now expect the first cut in February",
        "The Reserve Bank has left interest rates on hold, saying underlying inflation was still too high for it to start cutting.",
        "In a statement after its two-day meeting, the board said it was not ruling anything in or out.",
        "Treasurer Jim Chalmers said the decision would be disappointing for mortgage holders.",
        "The next meeting is in February.",
        F("Share"),
        F("Posted 10 Dec 2024"),
    ],
)

# ---------- furniture-list: the article's own list at its end, with page furniture below it ----------
a(
    "furniture-list",
    F("Home | News | Ireland | World | Business | Sport | Lifestyle"),
    [
        "Storm Darragh: schools in eight counties to stay closed on Monday",
        "Schools in eight counties will stay closed on Monday as thousands of homes remain without power after Storm Darragh, the Department of Education has said.",
        "ESB Networks said about 120,000 customers were still without electricity on Sunday evening, most of them in the west and north-west.",
        "The department said schools could not open safely without power, heating or water.",
        "Schools will be closed in the following counties:",
        "Galway",
        "Mayo",
        "Roscommon",
        "Sligo",
        "Leitrim",
        "Donegal",
        "Cavan",
        "Monaghan",
        F("Share this article"),
        F("Facebook Twitter LinkedIn WhatsApp Email"),
        F("Most Read"),
        F("Gardaí investigate after man found dead in Limerick"),
        F("Lotto jackpot of €8m won in Cork"),
        F("Met Éireann issues new weather warning for weekend"),
        F("© 2025 Example News Ireland. All rights reserved."),
    ],
)
a(
    "furniture-list",
    F("Home / News / Bengaluru"),
    [
        "Power cut in parts of Bengaluru on Saturday for maintenance work",
        "BESCOM has announced scheduled power cuts in several parts of the city on Saturday between 10 a.m. and 5 p.m. for quarterly maintenance at the Jayanagar and Banashankari substations.",
        "Residents and businesses have been asked to cooperate.",
        "The areas that will be affected include the following localities:",
        "- Jayanagar 3rd Block",
        "- Banashankari 2nd Stage",
        "- Padmanabhanagar",
        "- Kathriguppe",
        "- Kumaraswamy Layout",
        F("Follow us on Facebook, Twitter and Instagram"),
        F("Related Stories"),
        F("BESCOM to install smart meters in 10 lakh homes"),
        F("Bengaluru records coldest day of the season"),
        F("Copyright © 2025 Example Publications Pvt Ltd"),
    ],
)
a(
    "furniture-list",
    F("Sport | Football | Cricket | Rugby | Racing | Golf"),
    [
        "Premier League fixtures this weekend",
        "Arsenal can go top of the table for the first time since October if they beat Bournemouth on Saturday and Liverpool drop points at Goodison Park.",
        "Manchester United travel to Fulham on Sunday looking for a third straight win under their new head coach.",
        "Here are all of this weekend's fixtures, with kick-off times:",
        "Saturday",
        "Everton v Liverpool (12.30pm)",
        "Arsenal v Bournemouth (3pm)",
        "Brentford v Wolves (3pm)",
        "Crystal Palace v Newcastle (5.30pm)",
        "Sunday",
        "Fulham v Manchester United (2pm)",
        "Aston Villa v Chelsea (4.30pm)",
        F("Share"),
        F("Sign up to our football newsletter"),
        F("All the big stories, transfers and results in your inbox every morning."),
        F("Sign up"),
        F("© 2025 Example Sport Media. All rights reserved"),
    ],
)
a(
    "furniture-list",
    F("News | Politics | Business | Sport | Entertainment | Lifestyle"),
    [
        "Nollywood honours: full list of AMVCA winners",
        "A thriller set in Lagos's business district was the big winner at this year's Africa Magic Viewers' Choice Awards, held on Saturday night at the Eko Hotel.",
        "The ceremony, hosted by Idris Sultan and Bolanle Olukanni, ran for more than five hours.",
        "The winners in the main categories are:",
        "Best Movie: Island Money",
        "Best Director: Kunle Afolayan",
        "Best Actor in a Drama: Femi Adebayo",
        "Best Actress in a Drama: Funke Akindele",
        "Best Supporting Actor: Tobi Bakre",
        "Best Supporting Actress: Bimbo Ademoye",
        F("Click here to join our WhatsApp channel"),
        F("Share this:"),
        F("Twitter"),
        F("Facebook"),
        F("Related"),
    ],
)
a(
    "furniture-list",
    F("News | Kenya | Africa | World | Business | Sports"),
    [
        "Kenya Power lists areas to be affected by Thursday outage",
        "Kenya Power has announced planned interruptions in parts of Nairobi, Kiambu and Machakos on Thursday to allow for maintenance and the connection of new customers.",
        "The outages will last from 9am to 5pm.",
        "In a notice, the company said the following areas would be affected:",
        "Nairobi County: Parts of Lavington, Kileleshwa and Kilimani",
        "Kiambu County: Ruaka, Ndenderu and Gachie",
        "Machakos County: Parts of Athi River and Mlolongo",
        F("Share this story"),
        F("Facebook Twitter WhatsApp Telegram"),
        F("You may also like"),
        F("Ruto names new Cabinet secretaries"),
        F("KRA extends tax deadline"),
    ],
)
a(
    "furniture-list",
    F("Home | News | Australia | World | Business | Sport | Analysis"),
    [
        "Federal election 2025: results in the seat of Bradfield",
        "Independent Nicolette Boele has won the Sydney seat of Bradfield from the Liberal Party, ending its hold on the seat since its creation in 1949.",
        "The count took more than two weeks, and the margin after preferences was 26 votes, the closest in the country.",
        "Mr Kapterian said he would consider his options, including a recount.",
        "The final count after preferences:",
        "Nicolette Boele (IND) 50.01%",
        "Gisele Kapterian (LIB) 49.99%",
        F("Share"),
        F("Copy link"),
        F("Facebook"),
        F("X (formerly Twitter)"),
        F("Top Stories"),
        F("Live: Markets fall as oil price jumps"),
        F("Man charged over Gold Coast stabbing"),
    ],
)
a(
    "furniture-list",
    F("Home | Local News | Crime | Courts | Obituaries"),
    [
        "Sentencing in Waterloo Region courts this week",
        "The following people were sentenced in Ontario Court of Justice in Kitchener this week.",
        "A 33-year-old Cambridge man was given 90 days in jail after he pleaded guilty to impaired driving causing bodily harm.",
        "A 45-year-old Kitchener woman was fined $1,500 for fraud under $5,000.",
        "A 27-year-old Waterloo man received a conditional discharge for assault.",
        "All names have been withheld under a court order or because the cases involve domestic matters.",
        F("Advertisement"),
        F("Comments"),
        F("You must be logged in to join the discussion or read more comments."),
        F("Copyright Example Postmedia Network Inc. All rights reserved."),
    ],
)
a(
    "furniture-list",
    F("Home › Pakistan"),
    [
        "Schools in Punjab to remain closed till Jan 10 due to cold",
        "LAHORE: The Punjab School Education Department on Monday extended winter vacations in all public and private schools in the province till January 10 because of the cold wave and fog.",
        "According to a notification, schools will reopen on January 11 with revised timings.",
        "The revised school timings are as follows:",
        "Morning shift: 9am to 1:30pm",
        "Evening shift: 1:45pm to 5pm",
        "Friday: 9am to 12pm",
        F("Follow Dawn on WhatsApp"),
        F("Comments (12)"),
        F("Closed"),
    ],
)
a(
    "furniture-list",
    F("Home > Provincial > Gauteng"),
    [
        "Joburg water outage: these suburbs will be without water until Friday",
        "Johannesburg Water says more than 30 suburbs will be without water until Friday while Rand Water carries out maintenance on its Eikenhof pump station.",
        "Residents have been urged to store water and use it sparingly.",
        "Water tankers will be sent to hospitals, clinics and old age homes first.",
        "Affected suburbs include:",
        "Mondeor",
        "Glenvista",
        "Meredale",
        "Ridgeway",
        "Winchester Hills",
        "Ormonde",
        "Crown Gardens",
        F("Share on Facebook"),
        F("Share on Twitter"),
        F("Share on WhatsApp"),
        F("Sign up for our newsletter"),
        F("© 2025 Example Media (Pty) Ltd. All rights reserved."),
    ],
)
a(
    "furniture-list",
    F("Home | Metro | News | Regions | Business | Sports | Entertainment"),
    [
        "MMDA: number coding suspended on Holy Week",
        "The Metropolitan Manila Development Authority has suspended the number coding scheme on Maundy Thursday and Good Friday, as traffic is expected to be light with many residents going home to the provinces.",
        "The scheme will be back in force on Monday.",
        "MMDA acting chairman Don Artes reminded motorists that the coding scheme still applies in some cities with their own ordinances, including:",
        "Makati",
        "Las Piñas",
        "Parañaque",
        F("Subscribe to our daily newsletter"),
        F("By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy."),
        F("Read Next"),
        F("Don't miss out on the latest news and information."),
    ],
)

# ---------- furniture-short: the article's own short lines at its end, with page furniture below ----------
a(
    "furniture-short",
    F("News | Sport | Showbiz | TV | Money | Travel"),
    [
        "Grandmother, 92, finishes first marathon in under seven hours",
        "A great-grandmother from Swansea has become one of the oldest women ever to finish a marathon.",
        "Margaret Rees crossed the line in 6 hours 48 minutes on Sunday, with her family cheering her on.",
        "She only took up running at 80, after her husband died.",
        "\"I thought, I'll try it and see,\" she said.",
        "Her grandson, Rhys, ran the last mile with her.",
        "Asked if she would run another, she laughed.",
        "\"Next year. Definitely.\"",
        F("Share on Facebook"),
        F("Share on Twitter"),
        F("More on this story"),
        F("Pensioner, 88, becomes oldest woman to swim the Menai Strait"),
        F("Dad runs 100 marathons in 100 days for children's hospice"),
        F("© 2025 Example Newspapers Ltd"),
    ],
)
a(
    "furniture-short",
    F("Home | News | Local | Crime | Traffic"),
    [
        "Man charged after woman seriously hurt in Leeds city centre crash",
        "A 24-year-old man has been charged after a woman was seriously injured when she was hit by a car in Leeds city centre on Saturday night.",
        "The woman, 31, was crossing Boar Lane when she was struck shortly before 11pm. She remains in hospital in a serious but stable condition.",
        "Kieran Walsh, of Armley, has been charged with causing serious injury by dangerous driving and driving without insurance. He will appear before Leeds magistrates on Monday.",
        "Anyone with information or dashcam footage is asked to call West Yorkshire Police on 101, quoting log 1723 of 14 June.",
        F("Share"),
        F("Comments"),
        F("Sign in to comment"),
        F("© 2025 Example Yorkshire Post. All rights reserved."),
    ],
)
a(
    "furniture-short",
    F("Home | News | Health | Mental health"),
    [
        "Coroner warns of online suicide forums after student's death",
        "A coroner has written to the government calling for action on websites that promote suicide, after the death of a 19-year-old student in Bristol.",
        "Senior coroner Maria Voisin said the student had visited a forum that gave detailed instructions, and that such sites were still easy to reach in the UK.",
        "The Department for Science, Innovation and Technology has 56 days to respond.",
        "If you are affected by any of the issues in this story, you can call Samaritans free on 116 123.",
        F("Share this article"),
        F("Facebook Twitter Email"),
        F("Sign up to our daily newsletter"),
        F("© 2025 Example Media Group"),
    ],
)
a(
    "furniture-short",
    F("Home | World | Asia | Business | Tech | Sport"),
    [
        "Bangladesh factory fire kills 12 in Dhaka",
        "At least 12 people were killed when a fire broke out at a garment factory on the outskirts of Dhaka on Tuesday, fire officials said.",
        "The blaze started on the ground floor and spread quickly to the upper floors, where about 200 people were working.",
        "Many workers jumped from windows to escape.",
        "The cause of the fire is being investigated.",
        "Read the full report at the Fire Service and Civil Defence website.",
        F("Share"),
        F("Related Topics"),
        F("Bangladesh"),
        F("Fires"),
        F("© 2025 Example World News"),
    ],
)
a(
    "furniture-short",
    F("Home | News | Politics | Opinion | Sport | Culture"),
    [
        "Chief justice defends court's workload record",
        "The chief justice has defended the Supreme Court's record on clearing its backlog of cases, in a rare speech to lawyers in Islamabad.",
        "He said the court had decided more than 20,000 cases in the past year, the most in its history.",
        "Critics say most of those were minor petitions.",
        "The full text of the speech was published on the court's website on Saturday.",
        "Read the full report at supremecourt.gov.pk.",
        F("Share"),
        F("Follow us on WhatsApp"),
        F("Comments"),
        F("Comments are closed on this story."),
    ],
)

# ---------- qa: an interview in questions and answers ----------
a(
    "qa",
    F("Home | Culture | Books | Music | Film | Stage"),
    [
        "Sally Rooney: 'I don't think of myself as a political writer'",
        "The novelist talks to us about her new book, living in Mayo and why she still writes longhand.",
        "Your new novel is set in a small town in the west. Why there?",
        "I live in one. It's what I know now, in the way I used to know Dublin.",
        "Do you miss the city?",
        "Sometimes. I miss walking everywhere.",
        "You write longhand first. Still?",
        "Always. The first draft is in notebooks, and then I type it up, which is really the second draft.",
        "Are you working on something new?",
        "Yes. I won't say what.",
        F("Share"),
        F("Facebook Twitter Email"),
        F("Read more"),
        F("Colm Tóibín: 'Every novel is a kind of failure'"),
        F("Anne Enright on grief, Dublin and her new collection"),
        F("© 2025 Example Irish Media DAC"),
    ],
)
a(
    "qa",
    "Q&A: What the new rent freeze means for tenants in Scotland",
    [
        "The Scottish government's temporary cap on rent increases ends on Monday. Here is what changes.",
        "What happens on Monday?",
        "The cap, which limited most in-tenancy rises to 3 per cent, comes to an end. Landlords will be able to propose higher increases, but tenants can challenge them.",
        "How much can my rent go up?",
        "There is no fixed limit. A landlord must give three months' notice of a rise, and only one rise is allowed in any 12 months.",
        "Can I challenge it?",
        "Yes. You can ask a rent officer to decide whether the new rent is fair. The officer can set a rent that is lower, the same or higher.",
        "What if I'm a student?",
        "Most purpose-built student housing is covered by different rules.",
    ],
)
a(
    "qa",
    F("Home | News | Lifestyle | Entertainment | Sports | Opinion"),
    [
        "'I want to help young people believe in farming': a chat with Gatundu's avocado queen",
        "Mary Wanjiku left a bank job in Nairobi to grow Hass avocados on her father's land in Gatundu. Five years later, she exports to the Middle East.",
        "Why avocados?",
        "Because the market is there. Europe and the Gulf cannot get enough of them.",
        "What was the hardest part?",
        "Certification. It took two years and a lot of paperwork.",
        "What would you tell a young person thinking of farming?",
        "Start small. Learn the market first, then plant.",
        F("Share on WhatsApp"),
        F("Share on Facebook"),
        F("Related Content"),
        F("How a Meru farmer earns Sh1m a year from macadamia"),
        F("Copyright © 2025 Example Standard Group PLC"),
    ],
)

# ---------- live: a live page's entries with times ----------
a(
    "live",
    F("Home | News | Politics | Live"),
    [
        "Budget 2025 live: Chancellor sets out tax rises and spending plans",
        "14:52",
        "The Chancellor has sat down after 78 minutes. The Leader of the Opposition is now replying.",
        "14:31",
        "Fuel duty frozen for another year, the Chancellor confirms.",
        "14:20",
        "Employer national insurance contributions will rise by 1.2 percentage points from April.",
        "14:05",
        "The Chancellor is on her feet. She begins by saying the government inherited a £22bn black hole.",
        "13:45",
        "Good afternoon and welcome to our live coverage of the Budget.",
        F("Share"),
        F("Most viewed"),
        F("Budget 2025: what it means for you"),
        F("Pensions: the changes you need to know about"),
        F("© 2025 Example News Group"),
    ],
)
a(
    "live",
    "Kenya Finance Bill protests: live updates",
    [
        "Thousands of protesters are on the streets of Nairobi and other towns for a second week, demanding that MPs reject the Finance Bill.",
        "4.10pm",
        "Police fire tear gas at protesters on Moi Avenue.",
        "3.45pm",
        "Parliament is in session. Deputy Speaker says the vote will go ahead today.",
        "3.20pm",
        "Protesters march towards Parliament Road.",
        "2.55pm",
        "Internet monitor NetBlocks reports disruption to connectivity in Kenya.",
    ],
)
a(
    "live",
    F("Home | News | Elections | Live"),
    [
        "Lok Sabha election results 2024 live: NDA ahead in early trends",
        "Counting of votes for the 543 Lok Sabha seats began at 8 a.m. across the country.",
        "9:45 am",
        "NDA leads in 290 seats, INDIA bloc in 220, according to early trends.",
        "9:30 am",
        "Counting of postal ballots is over in most centres.",
        "9:10 am",
        "Early trends show a close contest in Uttar Pradesh.",
        "8:00 am",
        "Counting begins.",
        F("Share"),
        F("Follow us on Google News"),
        F("Download our app"),
        F("Copyright © 2025 Example Media Ltd. All Rights Reserved."),
    ],
)

# ---------- tabloid: one-sentence paragraphs ----------
a(
    "tabloid",
    F("News | Sport | TV | Showbiz | Fabulous | Money | Travel | Tech"),
    [
        "Supermarket shoppers go wild for £1.50 chocolate that 'tastes better than Dairy Milk'",
        "SHOPPERS are racing to snap up a bargain bar of chocolate.",
        "And they say it beats the big brands.",
        "The 200g bar costs just £1.50.",
        "One fan wrote online: \"I'm obsessed.\"",
        "Another said: \"Better than Dairy Milk. Fight me.\"",
        "A third added: \"Bought five.\"",
        "The store said it was \"delighted\".",
        F("Share"),
        F("Got a story? Email us at news@example.co.uk"),
        F("Most Read in News"),
        F("Mum's fury as school bans packed lunches"),
        F("Holidaymakers warned over new passport rule"),
        F("© 2025 Example News Group Newspapers Limited"),
    ],
)
a(
    "tabloid",
    "Pub landlord bans phones from the bar",
    [
        "A PUB landlord has banned mobile phones.",
        "Completely.",
        "Drinkers at The Red Lion in Hebden Bridge must hand them in at the door.",
        "Landlord Pete Crabtree, 58, said: \"People used to talk.\"",
        "\"Now they stare at screens.\"",
        "Regulars say they love it.",
        "Most of them.",
    ],
)

# ---------- posts: quoted tweets and posts ----------
a(
    "posts",
    F("Home | News | Sport | Business | Entertainment"),
    [
        "Super Eagles coach resigns after World Cup qualifier defeat",
        "The head coach of the Super Eagles has resigned after Nigeria's 2-1 defeat to Benin Republic ended their hopes of automatic qualification for the World Cup.",
        "The Nigeria Football Federation confirmed the resignation on Tuesday night.",
        "In a post on X, the coach wrote:",
        "\"It has been an honour to serve this great nation. I take full responsibility. Thank you, Nigeria.\"",
        "The NFF said it would announce a caretaker for the next two matches this week.",
        "Former captain Mikel Obi posted:",
        "\"We need a long-term plan, not another quick fix.\"",
        F("Share this:"),
        F("WhatsApp"),
        F("Facebook"),
        F("Twitter"),
        F("Related"),
    ],
)
a(
    "posts",
    "Tourism minister's post on Boracay closure sparks backlash",
    [
        "The Department of Tourism has drawn criticism online after its secretary posted that Boracay would be closed to tourists for two weeks in August for a clean-up.",
        "The post read:",
        "Boracay will be closed from Aug. 1 to 15 for rehabilitation. We thank the public for their understanding. #BoracayCares",
        "Business owners on the island said they had not been consulted.",
        "\"Two weeks in peak season is a disaster for us,\" said resort owner Lito Reyes.",
        "The DOT later said the dates were still under discussion.",
    ],
)
a(
    "posts",
    F("Home | News | Politics | World | Business | Sport"),
    [
        "PM says he will 'listen' after by-election defeat",
        "The Prime Minister has promised to listen to voters after his party lost one of its safest seats in a by-election on Thursday.",
        "Writing on X on Friday morning, he said:",
        "\"Last night's result was disappointing. The message is clear and I have heard it.\"",
        "— Prime Minister (@PMexample) 12 June 2025",
        "The winning candidate, a local GP, overturned a majority of 19,000.",
        F("Share"),
        F("Copy link"),
        F("About sharing"),
        F("More on this story"),
        F("By-election results in full"),
        F("© 2025 Example Broadcasting Corporation"),
    ],
)

# ---------- subheads: the article's own subheadings that read like headlines ----------
a(
    "subheads",
    F("Home | News | Business | Economy"),
    [
        "Five things to know about the Reserve Bank's rate decision",
        "The Reserve Bank of Australia cut the cash rate by 0.25 percentage points to 4.1 per cent on Tuesday, its first cut in more than four years.",
        "Inflation is back in the target band",
        "Underlying inflation fell to 3.2 per cent in the December quarter, close enough to the 2 to 3 per cent target for the board to act.",
        "Banks pass on the cut",
        "All four major banks said they would pass the full cut on to variable-rate mortgage holders within a fortnight.",
        "Unemployment is still low",
        "The jobless rate is 4 per cent, which the bank says is close to full employment.",
        "More cuts are not guaranteed",
        "Governor Michele Bullock said markets should not assume more cuts would follow.",
        F("Share"),
        F("Posted 18 Feb 2025"),
        F("Top Stories"),
        F("Live: Sydney weather warning as storm approaches"),
        F("Man charged after woman dies in Perth"),
    ],
)
a(
    "subheads",
    "Auckland's water rates to rise 7.2 per cent",
    [
        "Auckland households will pay 7.2 per cent more for water and wastewater from July, Watercare has confirmed.",
        "What it means for you",
        "The average household bill will go up by about $100 a year.",
        "Why the rise?",
        "Watercare says it needs to spend $13.8 billion over the next decade on pipes and treatment plants.",
        "What the mayor says",
        "Mayor Wayne Brown said the increase was \"painful but unavoidable\".",
    ],
)
a(
    "subheads",
    F("News | Local | Business | Sports | Opinion | Obituaries"),
    [
        "City council approves $2.1-billion budget with 6.9% tax hike",
        "Ottawa city council approved a $2.1-billion budget on Wednesday that includes a 6.9 per cent property tax increase, the largest in more than a decade.",
        "Transit the biggest cost",
        "Most of the increase will go to OC Transpo, which faces a $120-million shortfall after ridership fell during the pandemic.",
        "Police budget frozen",
        "The police services board had asked for an extra $12 million, but council froze its budget at last year's level.",
        "What it means for homeowners",
        "The average urban homeowner will pay about $290 more this year.",
        F("Share this Story"),
        F("Facebook Twitter LinkedIn Email"),
        F("Trending"),
        F("Highway 417 closed after crash"),
        F("Ottawa Senators trade defenceman"),
    ],
)

# ---------- top-furniture: the top of the article under the page's own furniture ----------
a(
    "top-furniture",
    F("Subscribe | Sign in | e-Paper"),
    [
        F("Home | News | World | Business | Sport | Opinion | Life"),
        F("Nation-World"),
        "Earthquake of magnitude 7.1 strikes off Japan's southern coast",
        "Tsunami advisory lifted after waves of up to one metre reach Miyazaki",
        M("Associated Press"),
        "TOKYO — A magnitude 7.1 earthquake struck off Japan's southern island of Kyushu on Thursday, shaking buildings and prompting a brief tsunami advisory, the Japan Meteorological Agency said.",
        "Waves of up to one metre reached parts of Miyazaki prefecture. There were no immediate reports of serious damage or injuries.",
        "The agency later issued its first \"megaquake advisory\" for the Nankai Trough, saying the risk of a larger quake was higher than usual.",
        "Prime Minister Fumio Kishida cancelled a planned trip to Central Asia.",
    ],
)
a(
    "top-furniture",
    F("Menu | Search | Sign in"),
    [
        F("News | Sport | Business | Culture | Travel | Opinion"),
        "Christmas market crash: driver arrested after four killed",
        "What we know so far:",
        "- Four people were killed and 11 injured",
        "- The driver, a 43-year-old man, has been arrested",
        "- Police say the crash was not terror-related",
        "- The market will stay closed on Sunday",
        "Four people have been killed and 11 injured after a car was driven into a crowd at a Christmas market in the centre of Bath on Saturday evening.",
        "Avon and Somerset Police said the driver, a 43-year-old local man, was arrested at the scene. The force said it was not treating the crash as terror-related.",
        "The market's organisers said it would stay closed on Sunday as a mark of respect.",
    ],
)
a(
    "top-furniture",
    F("Home | News | Business | Sport | Lifestyle | Opinion"),
    [
        F("Advertisement"),
        F("Lagos"),
        "LASG shuts Balogun market over fire safety breaches",
        "Traders count losses as enforcement team seals 200 shops",
        M("By Chinedu Okafor"),
        M("Tunde Bakare"),
        "The Lagos State Government on Tuesday shut parts of the Balogun market on Lagos Island over what it called serious breaches of fire safety rules.",
        "The Commissioner for Physical Planning said the buildings had been served notices three months ago.",
        "Traders said they had not been given enough time to comply.",
        "\"We are not against safety, but they should give us time,\" said a trader, Mrs Iyabo Salami.",
    ],
)
a(
    "top-furniture",
    F("Toggle navigation"),
    [
        F("News | Sports | Business | Entertainment | Lifestyle | Opinion"),
        "Pasig River ferry to add five new stations by 2026",
        "MANILA, Philippines — The Pasig River Ferry Service will add five new stations by 2026, the Metropolitan Manila Development Authority said on Wednesday.",
        "At a glance:",
        "- Five new stations, including in Makati and Mandaluyong",
        "- Eight new boats",
        "- Free rides for students until December",
        "The ferry carried more than 1.2 million passengers last year, up from 400,000 in 2022.",
        "MMDA chairman Don Artes said the ferry could help take cars off EDSA.",
    ],
)
a(
    "top-furniture",
    F("Skip to main content"),
    [
        F("Home | News | Health | Politics | Sport | Climate"),
        F("Politics"),
        "Who is Mark Carney, Canada's next prime minister?",
        "The former central banker has never held elected office",
        M("Catherine Cullen"),
        M("CBC News"),
        M("Posted: Mar 09, 2025 9:30 PM EDT"),
        "Mark Carney, who won the Liberal leadership on Sunday, will become prime minister without ever having sat in the House of Commons.",
        "He ran the Bank of Canada during the 2008 financial crisis and later the Bank of England during Brexit.",
        "Carney says his experience in a crisis is what Canada needs as it faces U.S. tariffs.",
    ],
)

# ---------- more lists at the end over page furniture ----------
a(
    "furniture-list",
    F("Home | News | Local | Sport | Family Notices"),
    [
        "Tributes paid to former Clare hurler Michael 'Mick' Hehir",
        "Tributes have been paid to former Clare hurler Michael Hehir, who died at his home in Ennis on Tuesday at the age of 81.",
        "Hehir won a Munster medal with Clare in 1967 and later managed the county's minor team.",
        "He is survived by his wife, Nora, his sons Donal and Ciarán, and his daughter Áine.",
        "Reposing at Considine's Funeral Home, Ennis, on Thursday from 5pm to 7pm.",
        "Funeral Mass on Friday at 11am in the Cathedral of Saints Peter and Paul.",
        "Burial afterwards in Drumcliffe Cemetery.",
        F("Share"),
        F("Facebook Twitter WhatsApp"),
        F("© 2025 Example Clare Champion"),
    ],
)
a(
    "furniture-list",
    F("Home | News | National | Sport | Business | Entertainment"),
    [
        "Lotto results: Saturday 14 June",
        "Nobody won the Lotto first division on Saturday night, meaning Wednesday's jackpot will rise to $6 million.",
        "Two players shared second division, each winning $25,000.",
        "The winning numbers were:",
        "5, 11, 19, 27, 33, 38",
        "Bonus ball: 14",
        "Powerball: 7",
        "Strike: 19, 27, 5, 33",
        F("Share this story"),
        F("Facebook"),
        F("Twitter"),
        F("Trending Now"),
        F("Warning over fake parking fines"),
        F("© 2025 Example Media NZ"),
    ],
)
a(
    "furniture-list",
    F("Home | Nation | World | Business | Sports | Entertainment"),
    [
        "Timeline: how the farm laws protests unfolded",
        "The farmers' protests on Delhi's borders lasted more than a year. Here is how they unfolded.",
        "September 2020: Parliament passes three farm bills by voice vote.",
        "November 26, 2020: Farmers from Punjab and Haryana march to Delhi and camp at Singhu and Tikri.",
        "January 26, 2021: A tractor rally on Republic Day turns violent at the Red Fort.",
        "November 19, 2021: The Prime Minister announces the laws will be repealed.",
        "December 11, 2021: Farmers end their protest and go home.",
        F("Also Read"),
        F("Farmers to hold rally in Delhi next month"),
        F("MSP: what the government has offered"),
        F("Copyright © 2025 Example India Pvt Ltd. All rights reserved."),
    ],
)
a(
    "furniture-short",
    F("Home | News | Australia | World | Sport | Entertainment"),
    [
        "Sydney woman wins $50 million Powerball jackpot",
        "A woman from Sydney's west has won Thursday night's $50 million Powerball jackpot, the only division one winner in the country.",
        "She told The Lott she was at home on the couch when she checked her ticket on the app.",
        "\"I'm shaking,\" she said. \"I can't believe it.\"",
        "Asked what she would do first, she said she would pay off her mother's house.",
        "\"Then a holiday.\"",
        F("Share"),
        F("Copy link"),
        F("Facebook"),
        F("Related stories"),
        F("Powerball jackpot jumps to $100 million"),
        F("© 2025 Example Australia Pty Ltd"),
    ],
)
a(
    "top-furniture",
    F("e-Paper | Subscribe | Sign in"),
    [
        F("Home / News / Cities / Bengaluru"),
        F("Bengaluru"),
        "Namma Metro fares to go up by up to 45% from Sunday",
        "- Maximum fare rises from Rs 60 to Rs 90",
        "- Smart card users keep a 5% discount",
        "- Minimum fare stays at Rs 10",
        "The Bangalore Metro Rail Corporation Limited (BMRCL) will raise fares on the Purple and Green lines from Sunday, the first revision since 2017.",
        "A fare fixation committee headed by a retired High Court judge recommended the increase, citing higher operating and maintenance costs.",
        "Commuter groups said the rise would push people back to two-wheelers.",
    ],
)
a(
    "top-furniture",
    F("Menu | Search | Sign in | Subscribe"),
    [
        F("News | Politics | Business | Health | Education | Science"),
        "Nurses vote to strike over pay in England",
        "The Royal College of Nursing says the government's 2.8 per cent offer is an insult to a workforce that is still leaving the profession in large numbers.",
        M("Eleanor Hart"),
        M("Health Correspondent"),
        M("Manchester"),
        "Nurses in England have voted to go on strike for the first time since 2023, after rejecting a 2.8 per cent pay rise.",
        "The Royal College of Nursing said 61 per cent of members who took part had backed action, on a turnout of 52 per cent, above the legal threshold.",
        "Strikes could begin within weeks.",
        "The Department of Health said the offer was fair and affordable.",
    ],
)
a(
    "furniture-list",
    F("News | Nation | Metro | Regions | World | Sports | Entertainment"),
    [
        "Classes suspended in Metro Manila, nearby provinces due to Typhoon Kristine",
        "Classes at all levels in public and private schools have been suspended on Thursday in several areas of Luzon as Typhoon Kristine brings heavy rain.",
        "The Department of Education said schools could switch to modular or online learning.",
        "As of 5 a.m., classes were suspended in:",
        "Metro Manila",
        "Caloocan",
        "Navotas",
        "Valenzuela",
        "Rizal",
        "Antipolo",
        "Cainta",
        "Local government units may announce more suspensions during the day.",
        F("Follow us on Facebook"),
        F("Share this story"),
        F("Related Stories"),
        F("PAGASA: Kristine to exit PAR on Friday"),
        F("DSWD readies food packs for evacuees"),
    ],
)

# (rule, headline, [paragraphs], [lines that must stay])  -- C
# Written for review 15: an independent harm review of main's default pipeline that attacks NEWS FORMATS whose
# own lines look like page furniture (reviews 13 and 14 attacked the page's edges and the article's body; review
# 16 the one-line shapes). Formats (the case's "rule"):
#   obituary      obituaries and death notices (name line, dates, "Funeral arrangements:", "Reposing at ...",
#                 "House private.", "Family flowers only.");
#   letters       letters to the editor with their signature lines ("Name, Town");
#   court         court lists and council decisions ("Jane Doe, 34, of Main Street, fined £200");
#   results       sports results and fixtures, lotto and exam results, election results by ward;
#   bulletin      weather and traffic bulletins, flight or train changes, school closures, market prices;
#   appeal        police appeals with phone numbers and log numbers, missing-person appeals with description
#                 lines;
#   service       recipes in news, event listings (date / venue / price lines), appointments in news form,
#                 press releases ("Notes to editors", "Media contact:": debatable, not must-stay);
#   notes         corrections, clarifications and editor's notes;
#   explainer     Q&A with short questions as subheadings, "Key points" and "What we know" boxes, timelines,
#                 fact boxes ("Population: 12,000"), quoted social posts, transcripts;
#   head          the article's first lines: a kicker over the headline, a standfirst and a byline with a role
#                 and a date, an agency line, "Updated" stamps, a caption and credit under the headline.
# Every article is our own, in the shapes of UK, US, Irish, Australian, NZ, Canadian, Indian, South African,
# Nigerian, Kenyan, Pakistani, Philippine, Gulf and Caribbean outlets. The first block of a case is its
# "headline" slot (the headline, or the page's nav line when furniture opens the page). Must-stay = every block
# that is not furniture (F), the article's byline/dateline/agency/stamp/kicker line (M: moved to metadata or
# dropped by design), or a debatable line (D: a release's media contact, a caption under the headline).
C = []
FURNITURE: set[str] = set()
META: set[str] = set()
DEBATABLE: set[str] = set()


class Furniture(str):
    """A line that is not must-stay, marked by its type (so the same words as an article line stay must-stay)."""


def F(*lines):
    """Page furniture: not must-stay. Returns the lines (one line: the string)."""
    FURNITURE.update(lines)
    marked = [Furniture(x) for x in lines]
    return marked[0] if len(marked) == 1 else marked


def M(line):
    """The article's own byline, dateline, agency, stamp or kicker line: metadata, dropped by design."""
    META.add(line)
    return Furniture(line)


def D(*lines):
    """A debatable line (a release's contacts, a caption and credit under the headline): not must-stay."""
    DEBATABLE.update(lines)
    marked = [Furniture(x) for x in lines]
    return marked[0] if len(marked) == 1 else marked


def a(rule, head, paras, stay=None):
    if stay is None:
        stay = [x for x in [head, *paras] if not isinstance(x, Furniture)]
    C.append((rule, head, paras, stay))


def foot_most_read(h1, h2):
    return [*F("Share", "Most read"), F(h1), F(h2)]


def foot_newsletter(name="our morning briefing"):
    return F(
        f"Sign up to {name}",
        "Get the day's top stories in your inbox every morning.",
        "Sign up",
    )


# ---------- obituary: obituaries and death notices ----------
a(
    "obituary",
    "Death notices",
    [
        "MURPHY, Bridget (née O'Sullivan)",
        "Ballincollig, Co Cork, 14 March 2025. Peacefully, at Cork University Hospital, surrounded by her loving family. Predeceased by her husband Dan.",
        "Sadly missed by her sons Donal and Seán, daughter Máire, grandchildren, sister Nora, nephews, nieces, neighbours and friends.",
        "Reposing at O'Connor's Funeral Home, Ballincollig, on Sunday from 4pm to 6pm.",
        "Requiem Mass on Monday at 11am in the Church of St Mary and St John, followed by burial in Inniscarra Cemetery.",
        "House private, please.",
        "Family flowers only. Donations, if desired, to Marymount Hospice.",
        "May she rest in peace.",
    ],
)
a(
    "obituary",
    F("Home | News | Local | Obituaries"),
    [
        F("Sign in | Subscribe"),
        "Obituary: Margaret Ellison, headteacher who saved a village school",
        "Margaret Ellison, who has died aged 88, was headteacher of Kirkby Stephen Primary School for 22 years and led the campaign that kept it open when Cumbria County Council proposed to close it in 1983.",
        "Born in Appleby on 2 June 1936, the daughter of a railway signalman, she trained at Charlotte Mason College in Ambleside and taught in Carlisle before returning to the Eden valley.",
        "Former pupils remember her for nature walks on the fells and for the school's brass band, which she founded with £40 raised at a jumble sale.",
        "She married Tom Ellison, a sheep farmer, in 1961. He died in 2009.",
        "She is survived by their two daughters, Anne and Ruth, and five grandchildren.",
        "Margaret Ellison, born 2 June 1936; died 28 February 2025",
        *foot_most_read("Appleby Horse Fair dates confirmed", "A66 closed overnight for resurfacing"),
        F("© 2025 Cumberland & Westmorland Herald"),
    ],
)
a(
    "obituary",
    "Former Kakamega MP Joseph Wanyama dies aged 79",
    [
        "Former Lurambi MP Joseph Wanyama has died at a Nairobi hospital after a long illness, his family has said.",
        "Wanyama, who served two terms between 1983 and 1992, was a teacher at Kakamega School before entering politics and later chaired the Lake Basin Development Authority.",
        'In a statement, his son Dr Peter Wanyama said the family had lost "a patient father and a servant of the people".',
        "Funeral arrangements:",
        "- Prayers at the family home in Shinyalu daily from 5pm",
        "- Fundraising at All Saints Cathedral, Nairobi, on Thursday from 2pm",
        "- Burial on Saturday, March 22, at his home in Shinyalu",
        "Governor Fernandes Barasa described him as a pillar of the Luhya community.",
    ],
)
a(
    "obituary",
    F("Sign in | Subscribe"),
    [
        F("Tributes"),
        "Transition: Chief Mrs Comfort Adeyemi, 1941-2025",
        "With gratitude to God for a life well spent, the Adeyemi family of Ile-Ife, Osun State, announce the transition to glory of their mother, grandmother and great-grandmother.",
        "Chief (Mrs) Comfort Adebola Adeyemi",
        "Iyalode of Ife",
        "Aged 84",
        "Born: 12 August 1941",
        "Died: 3 February 2025",
        "She was a retired nurse who served at the Obafemi Awolowo University Teaching Hospital for 31 years.",
        "Burial arrangements:",
        "Friday, 14 March: Service of songs at the family house, Ilode, Ile-Ife, 4pm",
        "Saturday, 15 March: Funeral service at St Philip's Anglican Church, Aiyetoro, 10am; interment follows in the family compound",
        "Sunday, 16 March: Thanksgiving service at the same church, 9am",
        "Signed: Prince Olumide Adeyemi (son), for the family",
        F("© 2025 The Punch. All rights reserved."),
    ],
)
a(
    "obituary",
    "PARATA, Hemi Wiremu",
    [
        "Passed away peacefully at Whangārei Hospital on Sunday 9 March 2025, aged 71 years.",
        "Dearly loved husband of Mere for 48 years. Loved father and father-in-law of Aroha and Tama, Rangi and Sarah. Koro to Kauri, Ana, Ihaia and Mānia.",
        "Hemi will lie at Ngāraratunua Marae from Tuesday.",
        "A funeral service will be held at the marae on Thursday 13 March at 11am, followed by burial at the urupā.",
        "Moe mai rā e te rangatira.",
        "In lieu of flowers, koha to the Whangārei Hospice would be appreciated.",
        "Communications to the Parata family, C/- PO Box 412, Whangārei 0140.",
    ],
)

# ---------- letters: letters to the editor ----------
a(
    "letters",
    F("Home | Opinion | Letters"),
    [
        "Letters: Bus cuts leave villages stranded",
        "Sir, – The decision to cut the 42 service to two buses a day leaves Clonakilty's outlying villages without any way to reach a GP or a pharmacy before noon. Those of us who no longer drive are being told, in effect, to stay at home.",
        "Mary Hennessy,",
        "Rosscarbery,",
        "Co Cork.",
        "Sir, – Your report on the cost of the new children's hospital (March 12th) omits the most important figure: the number of beds it will add. It is, I understand, none.",
        "Dr Colm Brady,",
        "Rathgar,",
        "Dublin 6.",
        "Sir, – Is it too much to ask that the clocks in Heuston Station show the same time?",
        "Yours, etc,",
        "PAT NOLAN,",
        "Portlaoise.",
        *foot_most_read("Storm warning for Atlantic coast", "Leaving Cert timetable published"),
    ],
)
a(
    "letters",
    "Your say: Speed cameras, the bypass and a thank you",
    [
        "Yet another speed camera has appeared on the A38 at Bromsgrove, on a stretch where I have never seen an accident in 30 years of driving it. It is hard not to conclude that these are about revenue, not safety.",
        "Keith Morley, Catshill",
        "The bypass was promised in 2015, then 2019, then 2023. Perhaps the council could tell us which year it now has in mind, so we can mark our calendars.",
        "Sandra Patel, Bromsgrove",
        "I would like to thank the two young men who stopped to help when I fell outside Boots on Saturday. They waited with me until my daughter came and would not give their names. Thank you both.",
        "Joan Whitaker, Sidemoor",
        D("Letters should be no more than 250 words and include a full address."),
    ],
)
a(
    "letters",
    "Letters to the editor, March 15",
    [
        "Housing first",
        "The Premier says the state is building its way out of the housing crisis, yet the figures in Saturday's paper show approvals in Western Sydney at a ten-year low. Announcements are not houses.",
        "Graham Li, Parramatta",
        "Daylight saving",
        "Every autumn we are told the clocks going back will help farmers. I am a farmer. It does not.",
        "Bev Kershaw, Dubbo",
        "Kind words",
        "To the nurses of ward 7B at Westmead: you were magnificent. My father could not have been in better hands.",
        "Anna Costa, Wentworthville",
        "Last word",
        "Seventy-five thousand at the SCG and not one decent pie. Some traditions are worth losing.",
        "Tim O'Rourke, Randwick",
        F("Advertisement"),
        F("Sign up to the Herald's Opinion newsletter"),
        F("© 2025 Nine Entertainment Co."),
    ],
)

# ---------- court: court and council lists ----------
a(
    "court",
    F("Home | News | Local | Courts"),
    [
        "Court round-up: The cases heard at Scarborough magistrates",
        "The following cases were dealt with at Scarborough Magistrates' Court in the past week.",
        "Jane Doe, 34, of Main Street, Filey, fined £200 and ordered to pay £85 costs after admitting driving without insurance on the A165 on January 4.",
        "Liam Carter, 22, of Prospect Road, Scarborough, banned from driving for 16 months and fined £320 for drink-driving on Northway.",
        "Ahmed Rahman, 41, of Castle Road, Scarborough, given a 12-month community order with 80 hours of unpaid work for assaulting a man outside a bar on Valley Bridge Parade.",
        "Paul Smith, 57, of no fixed address, jailed for six weeks for stealing meat worth £64 from the Co-op in Eastfield.",
        "Kerry Jenkins, 29, of Lowdale Avenue, Whitby, case adjourned until April 2.",
        *foot_most_read("Spa Bridge to close for three weeks", "Seaside hotel sold for £2.4m"),
        F("© 2025 National World Publishing Ltd."),
    ],
)
a(
    "court",
    "District Court: Motorist who hit garda checkpoint cone fined €500",
    [
        "A motorist who drove through a garda checkpoint in Tullamore was fined €500 at the local District Court.",
        "Declan Byrne (26), Church View, Clara, admitted dangerous driving at Arden Road on November 11th last.",
        "Garda Ciara Flynn said the accused ignored a signal to stop and struck a traffic cone.",
        "Solicitor Tom Kelly said his client panicked because he had left his licence at home.",
        "Judge Andrew Cody imposed the fine and disqualified him from driving for two years.",
        "Other cases:",
        "Martin Kenny (44), Main Street, Kilcormac: drunk driving, fined €400, disqualified for three years.",
        "Shane Molloy (19), Clonminch Road, Tullamore: possession of cannabis, Probation Act applied on payment of €250 to the court poor box.",
        "Aoife Dunne (31), Harbour Street, Tullamore: no tax, fined €150.",
    ],
)
a(
    "court",
    F("Sign in | Subscribe"),
    [
        F("Local News"),
        "Planning decisions: what the council approved this week",
        "Hamilton City Council has granted resource consent for the following applications. Objections can be made to the Environment Court within 15 working days.",
        "14 Grey Street, Hamilton East: demolish dwelling, build six two-storey townhouses. Approved with conditions.",
        "231 Tristram Street: convert ground floor of office building to a café and bar. Approved.",
        "88 Peachgrove Road: 12-metre cellphone mast. Declined.",
        "5 Riverlea Road: childcare centre for 80 children. Approved, hours limited to 7am-6pm.",
        "The council received 47 submissions on the cellphone mast, 45 of them opposed.",
        "The full decisions are published on the council's website.",
        F("Share"),
        F("Facebook"),
        F("Twitter"),
        F("Email"),
    ],
)

# ---------- results: sports results and fixtures, lotto, exams, elections ----------
a(
    "results",
    "Weekend football results: Premier League and EFL",
    [
        "Premier League",
        "Arsenal 2-1 Chelsea",
        "Brentford 0-0 Fulham",
        "Everton 1-3 Manchester City",
        "Newcastle United 4-0 West Ham",
        "Championship",
        "Leeds United 2-2 Sunderland",
        "Norwich City 1-0 Hull City",
        "Sheffield Wednesday 0-2 Middlesbrough",
        "Fixtures, Tuesday",
        "Championship: Burnley v Coventry City (7.45pm)",
        "League One: Wrexham v Bolton Wanderers (7.45pm)",
    ],
)
a(
    "results",
    F("Home | Sport | Cricket"),
    [
        F("Advertisement"),
        "Pakistan beat New Zealand by six wickets to level series",
        "RAWALPINDI: Fakhar Zaman hit an unbeaten 94 as Pakistan chased down 271 with eight balls to spare to level the three-match one-day series 1-1 on Friday.",
        "Brief scores:",
        "New Zealand 270-8 in 50 overs (Daryl Mitchell 88, Tom Latham 51; Shaheen Shah Afridi 3-48)",
        "Pakistan 274-4 in 48.4 overs (Fakhar Zaman 94 not out, Babar Azam 62; Matt Henry 2-55)",
        "Result: Pakistan won by six wickets",
        "Player of the match: Fakhar Zaman",
        "The deciding match is in Lahore on Sunday.",
        *foot_most_read("PCB names squad for Champions Trophy", "Babar reclaims top spot in ODI rankings"),
    ],
)
a(
    "results",
    "GAA results: Kilkenny edge Galway in Walsh Cup final",
    [
        "Kilkenny won the Walsh Cup for the first time in three years after a one-point win over Galway at Nowlan Park on Sunday.",
        "Kilkenny 1-22 Galway 2-18",
        "Allianz National Football League, Division 1",
        "Kerry 0-17 Dublin 1-14",
        "Mayo 2-11 Tyrone 1-15",
        "Division 2",
        "Cork 1-16 Meath 0-12",
        "Fixtures next weekend:",
        "Saturday: Dublin v Mayo, Croke Park, 7pm",
        "Sunday: Tyrone v Kerry, Healy Park, 1.45pm",
    ],
)
a(
    "results",
    F("Sign in | Subscribe"),
    [
        F("Lotto"),
        "Lotto results: Is there a winner of Saturday's €7.2m jackpot?",
        "The winning numbers in Saturday night's Lotto draw were:",
        "4, 11, 17, 29, 36, 44",
        "Bonus: 21",
        "There was no jackpot winner, so Wednesday's draw will be worth an estimated €7.6m.",
        "Lotto Plus 1: 2, 9, 15, 22, 31, 40. Bonus: 7",
        "Lotto Plus 2: 6, 13, 18, 27, 33, 45. Bonus: 38",
        "Players should check their tickets carefully, the National Lottery said.",
        *foot_newsletter("the Independent's morning briefing"),
    ],
)
a(
    "results",
    "PCSO lotto results, March 14, 2025",
    [
        "No one won the P89.4-million jackpot in Friday night's Ultra Lotto 6/58 draw, the Philippine Charity Sweepstakes Office said.",
        "Ultra Lotto 6/58: 12-45-03-29-51-38",
        "Mega Lotto 6/45: 08-21-33-17-40-02",
        "4D Lotto: 3-9-0-6",
        "6D Lotto: 5-1-8-2-7-4",
        "3D Lotto 9PM: 7-0-3",
        "Winners can claim prizes of up to P20,000 at any PCSO branch; larger prizes must be claimed at the main office in Mandaluyong.",
    ],
)
a(
    "results",
    "KCSE 2024: Top schools and candidates",
    [
        "Education Cabinet Secretary Julius Ogamba on Thursday released the results of the 2024 Kenya Certificate of Secondary Education examination, with 246,391 candidates scoring C+ and above.",
        "Grade distribution:",
        "A: 1,693",
        "A-: 7,744",
        "B+: 20,104",
        "B: 36,354",
        "The CS said there had been a marked fall in cheating, with 840 results withheld compared with 2,054 in 2023.",
        "Candidates can get their results by sending their index number to 20076.",
        F("ALSO READ: KUCCPS opens portal for university placement"),
        F("© 2025 Nation Media Group"),
    ],
)
a(
    "results",
    F("Home | News | Politics"),
    [
        F("Sign in | Subscribe"),
        "Local elections 2025: Full results for Lincolnshire County Council",
        "Reform UK has taken control of Lincolnshire County Council, winning 44 of the 70 seats.",
        "Boston Coastal",
        "Reform UK: 1,842 (elected)",
        "Conservative: 1,011",
        "Labour: 402",
        "Turnout: 28.4%",
        "Gainsborough Hill",
        "Reform UK: 1,256 (elected)",
        "Liberal Democrat: 1,190",
        "Conservative: 630",
        "Turnout: 31.2%",
        "Recounts were held in two divisions.",
        *foot_most_read("Who is the new council leader?", "What the result means for council tax"),
    ],
)
a(
    "results",
    "By-election results: ANC holds two wards in Ekurhuleni",
    [
        "The ANC retained two wards in Ekurhuleni in Wednesday's municipal by-elections, while the DA took a ward in Cape Town with an increased majority.",
        "Ward 24, Ekurhuleni (Tembisa)",
        "ANC 61.2% (2021: 66.4%)",
        "EFF 22.7% (2021: 19.8%)",
        "ActionSA 9.1% (new)",
        "Turnout: 24%",
        "Ward 54, City of Cape Town (Sea Point)",
        "DA 88.5% (2021: 84.1%)",
        "ANC 6.0% (2021: 8.2%)",
        "Turnout: 19%",
        "The next round of by-elections is on April 9.",
    ],
)
a(
    "results",
    "CSEC results: St Kitts students top region in three subjects",
    [
        "BASSETERRE, St Kitts – Students from St Kitts and Nevis placed first in the Caribbean in three subjects in the 2024 CSEC examinations, the Ministry of Education announced on Monday.",
        "The top performers were:",
        "Kezia Liburd, Basseterre High School: Mathematics",
        "Jahmal Browne, Charlestown Secondary School: Physics",
        "Amara Williams, Washington Archibald High School: English A",
        "The pass rate at grades I to III was 78 per cent, up from 71 per cent last year.",
        '"We are extremely proud," said Education Minister Dr Geoffrey Hanley.',
    ],
)

# ---------- bulletin: weather, traffic, transport, closures, prices ----------
a(
    "bulletin",
    F("Home | Weather"),
    [
        "UK weather forecast: Heavy rain and gales as Storm Éowyn arrives",
        "Tonight",
        "Rain will spread east across all areas, heavy over western hills. Winds strengthening, with gales in the west by dawn. Lowest temperature 6C.",
        "Friday",
        "A very windy day with gusts of 80-90mph in exposed parts of Northern Ireland and western Scotland. Showers, some with hail and thunder. Maximum temperature 9C.",
        "Outlook for Saturday to Monday",
        "Staying unsettled, with further spells of rain and strong winds, especially on Sunday.",
        "Warnings",
        "Red: Wind, Northern Ireland, 7am to 2pm Friday",
        "Amber: Wind, Wales and south-west England, 6am to 9pm Friday",
        *foot_most_read("Thousands without power after storm", "Ferries cancelled across Irish Sea"),
    ],
)
a(
    "bulletin",
    "Signal No. 3 raised over Catanduanes as Typhoon Pepito intensifies",
    [
        "PAGASA raised Tropical Cyclone Wind Signal No. 3 over Catanduanes on Saturday morning as Typhoon Pepito (Man-yi) strengthened over the Philippine Sea.",
        "At 10 a.m., the eye of the typhoon was 360 kilometers east of Virac, with maximum sustained winds of 175 km/h.",
        "Signal No. 3",
        "Catanduanes",
        "Signal No. 2",
        "Camarines Sur, Albay, Sorsogon, the eastern portion of Camarines Norte",
        "Signal No. 1",
        "Quezon, Marinduque, Masbate, Northern Samar",
        "Classes at all levels were suspended in the Bicol region.",
    ],
)
a(
    "bulletin",
    F("Sign in | Subscribe"),
    [
        F("Traffic"),
        "AA Roadwatch: Delays on M50 after morning collision",
        "Dublin",
        "M50: Delays northbound from J9 Red Cow to J7 Lucan after an earlier collision. The hard shoulder is blocked.",
        "N11: Slow inbound from Loughlinstown to Donnybrook.",
        "Cork",
        "Jack Lynch Tunnel: Southbound traffic is heavy approaching the tunnel.",
        "Limerick",
        "N18: Roadworks at Ennis Road until 4pm, with stop-go in place.",
        "Public transport",
        "Luas Green Line: Services are running with delays of up to 15 minutes after a faulty tram at Ranelagh.",
        F("Share"),
        F("© 2025 Independent News & Media"),
    ],
)
a(
    "bulletin",
    "Dubai Airports: Flights cancelled and delayed as rain floods runways",
    [
        "Dubai International Airport cancelled 42 arrivals and 38 departures on Tuesday after heavy rain left standing water on parts of the airfield.",
        "Passengers were asked not to come to the airport unless their flight was confirmed.",
        "Affected airlines and flights:",
        "EK 001 Dubai-London Heathrow: cancelled",
        "EK 202 Dubai-New York JFK: delayed to 11.45pm",
        "FZ 1431 Dubai-Karachi: cancelled",
        "EK 512 Dubai-Delhi: diverted to Dubai World Central",
        "Emirates said passengers could rebook free of charge through its app.",
        F("Advertisement"),
    ],
)
a(
    "bulletin",
    F("Home | News | Transport"),
    [
        "Train strikes: Which services are running this week?",
        "Drivers at Avanti West Coast will walk out on Saturday in a dispute over rest-day working, the Aslef union has confirmed.",
        "Saturday 22 March",
        "Avanti West Coast: no trains",
        "London Northwestern: reduced service between Euston and Birmingham New Street",
        "Sunday 23 March",
        "Avanti West Coast: trains from 9am, one an hour to Manchester and Glasgow",
        "Tickets for Saturday can be used on Friday or Monday, or refunded in full.",
        *foot_most_read("Heathrow expansion: what happens next", "Rail fares rise 4.6%"),
        F("© 2025 BBC"),
    ],
)
a(
    "bulletin",
    "School closures: Snowstorm closes schools across Ottawa and eastern Ontario",
    [
        "All schools in the Ottawa-Carleton and Ottawa Catholic school boards are closed Tuesday as Environment Canada warns of up to 30 centimetres of snow.",
        "School buses are cancelled in the following zones:",
        "Ottawa",
        "Renfrew County",
        "Prescott-Russell",
        "Conseil des écoles catholiques du Centre-Est: all schools closed",
        "Algonquin College: campuses closed until noon",
        "Carleton University: in-person classes cancelled",
        "City of Ottawa recreation programs are also cancelled for the day.",
        F("Sign up for our Ottawa newsletter"),
        F("© 2025 CTV News"),
    ],
)
a(
    "bulletin",
    "Prices of essential items rise in Lahore ahead of Ramazan",
    [
        "LAHORE: Prices of fruit, vegetables and pulses have risen by up to 40 percent in the city's markets in the past week, traders said on Monday.",
        "Official rates in the Lahore market committee's list (per kg):",
        "Tomato: Rs160",
        "Onion: Rs120",
        "Potato: Rs70",
        "Banana (dozen): Rs220",
        "Sugar: Rs165",
        "Gram pulse: Rs290",
        "Shopkeepers were selling most items above these rates, a survey by Dawn found.",
        F("Published in Dawn, March 3rd, 2025"),
    ],
)
a(
    "bulletin",
    F("Sign in | Subscribe"),
    [
        F("Markets"),
        "Gold rate today: Yellow metal rises Rs 400 in Mumbai",
        "Gold prices rose in early trade on Wednesday, tracking firm global cues.",
        "24 carat (10 grams): Rs 87,650",
        "22 carat (10 grams): Rs 80,350",
        "Silver (1 kg): Rs 98,200",
        "Analysts said a weaker dollar and buying ahead of the wedding season supported prices.",
        F("Disclaimer: The views and recommendations above are those of individual analysts."),
        *foot_most_read("Sensex ends 300 points higher", "Rupee closes at 86.9 against dollar"),
    ],
)
a(
    "bulletin",
    "Load shedding: Stage 2 from 4pm, Eskom says",
    [
        "Eskom will implement Stage 2 load shedding from 4pm on Tuesday until 5am on Wednesday after the loss of three generating units at Kusile and Medupi.",
        "Stage 2 from 16:00 to 05:00",
        "Stage 0 from 05:00 to 16:00",
        "Stage 2 from 16:00 to 05:00 on Wednesday night",
        "The utility said it would publish a further update on Wednesday afternoon.",
        "Check your schedule on the EskomSePush app or on loadshedding.eskom.co.za.",
    ],
)

# ---------- appeal: police appeals and missing persons ----------
a(
    "appeal",
    F("Home | News | Local"),
    [
        F("Sign in | Subscribe"),
        "Police appeal after woman, 70, knocked down on Station Road",
        "Police are appealing for witnesses after a 70-year-old woman was seriously injured in a collision with a van in Redhill on Friday evening.",
        "The woman was crossing Station Road near the junction with London Road at about 6.15pm.",
        "The driver of the van, a white Ford Transit, stopped at the scene.",
        "Anyone who saw the collision or has dashcam footage is asked to contact Surrey Police.",
        "Call 101 quoting reference PR/45250031442.",
        "Or report online at surrey.police.uk.",
        "You can also contact Crimestoppers anonymously on 0800 555 111.",
        *foot_most_read("Redhill market to move", "Gatwick runway decision delayed"),
    ],
)
a(
    "appeal",
    "Gardaí seek public's help to find missing Dublin teenager",
    [
        "Gardaí in Blanchardstown are seeking the public's assistance in tracing the whereabouts of 15-year-old Aaron Doyle, who has been missing since Tuesday, March 11th.",
        "Aaron is described as being 5ft 9in in height, of slim build, with short brown hair and blue eyes.",
        "When last seen, he was wearing a black North Face jacket, grey tracksuit bottoms and white runners.",
        "Aaron is known to frequent the Blanchardstown and Finglas areas.",
        "Anyone with information is asked to contact Blanchardstown Garda Station on (01) 666 7000, the Garda Confidential Line on 1800 666 111, or any garda station.",
    ],
)
a(
    "appeal",
    F("Home | News | Canada"),
    [
        F("Advertisement"),
        "Winnipeg police ask for help finding missing 82-year-old man",
        "Winnipeg police are asking for the public's help to find an 82-year-old man who has dementia.",
        "Harold Lindqvist was last seen Saturday at about 2 p.m. in the 600 block of Corydon Avenue.",
        "He is described as:",
        "5'10\" tall",
        "Thin build",
        "White hair and a white beard",
        "Wearing a tan jacket, blue jeans and a brown flat cap",
        "Police say he may be confused and is not dressed for the cold.",
        "Anyone with information is asked to call 204-986-6222.",
        F("Story continues below advertisement"),
        F("© 2025 Global News, a division of Corus Entertainment Inc."),
    ],
)
a(
    "appeal",
    "SAPS appeal for help to trace suspects in Soshanguve tavern shooting",
    [
        "Police in Soshanguve have appealed for information after four people were shot dead at a tavern in Block L on Sunday night.",
        "Two men armed with rifles entered the tavern at about 10pm and opened fire, police spokesperson Captain Mavela Masondo said.",
        "Case number: Soshanguve CAS 212/03/2025",
        "Investigating officer: Detective Sergeant Thabo Mokoena, 082 319 4412",
        "Anyone with information can also call Crime Stop on 08600 10111 or use the MySAPS app.",
        "All information will be treated as confidential.",
    ],
)
a(
    "appeal",
    "Have you seen Nomvula? Family appeal for missing Durban student",
    [
        "The family of a 20-year-old Durban University of Technology student who has not been seen for six days have appealed for help.",
        "Nomvula Zulu was last seen leaving her residence in Berea on Thursday morning.",
        "Height: 1.6m",
        "Build: medium",
        "Hair: black braids",
        "Last seen wearing: a yellow top, black jeans and white sneakers",
        "Her sister, Lindiwe, said she had never gone away without telling the family.",
        "Anyone with information should contact Sergeant Naidoo at Berea SAPS on 031 203 7400.",
    ],
)

# ---------- service: recipes, listings, appointments, press releases ----------
a(
    "service",
    F("Home | Life | Food"),
    [
        "Recipe: A one-pot chicken and chorizo stew for cold evenings",
        "This stew takes 15 minutes to prepare and can be left to bubble away while you get on with the evening.",
        "Serves 4",
        "Ingredients",
        "8 chicken thighs, skin on",
        "150g chorizo, sliced",
        "1 onion, chopped",
        "2 garlic cloves, crushed",
        "400g tin chopped tomatoes",
        "400g tin butter beans, drained",
        "Method",
        "1. Brown the chicken in a large casserole dish, then set aside.",
        "2. Fry the chorizo and onion for five minutes, add the garlic, then the tomatoes and beans.",
        "3. Return the chicken, cover and cook at 180C for 40 minutes.",
        "Serve with crusty bread.",
        *foot_newsletter("our weekly Recipes newsletter"),
    ],
)
a(
    "service",
    "Jollof rice the Ghanaian way? A Lagos chef settles the argument",
    [
        "The rivalry over which country makes the better jollof is as old as the dish itself. We asked Chef Tolu Ogunleye, who runs a restaurant in Lekki, for the Nigerian recipe she serves at Christmas.",
        "Ingredients",
        "3 cups long-grain parboiled rice",
        "5 fresh tomatoes, 3 red bell peppers, 2 scotch bonnets, blended",
        "1 cup vegetable oil",
        "2 tablespoons tomato paste",
        "2 stock cubes, 1 teaspoon curry powder, 1 teaspoon dried thyme, 2 bay leaves",
        "Preparation",
        "Fry the blended pepper mix in the oil for 20 minutes until it has reduced by half. Add the paste, spices and stock, then the washed rice, and cover tightly with foil and a lid. Cook on low heat for 30 minutes without stirring.",
        '"The smoky bottom is not a mistake," she says. "That is party jollof."',
    ],
)
a(
    "service",
    F("Sign in | Subscribe"),
    [
        F("What's On"),
        "What's on in Wellington this weekend",
        "From a night market on the waterfront to a free concert in the Botanic Garden, there is plenty happening in the capital.",
        "Harbourside Night Market",
        "When: Friday, 5pm-10pm",
        "Where: Frank Kitts Park",
        "Price: Free entry",
        "NZSO in the Garden",
        "When: Sunday, 2pm",
        "Where: Soundshell, Wellington Botanic Garden",
        "Price: Free. Bring a picnic blanket.",
        "Cuba Dupa",
        "When: Saturday and Sunday, 10am-6pm",
        "Where: Cuba Street",
        "Price: Free; some ticketed shows from $15",
        *foot_most_read("Wellington water bills to rise 15%", "New bus timetable starts Monday"),
    ],
)
a(
    "service",
    "Events: Kingston Book Festival returns to Emancipation Park",
    [
        "The Kingston Book Festival returns next month for its fifth year, with more than 40 writers from across the Caribbean.",
        "Date: Saturday, April 12 and Sunday, April 13",
        "Venue: Emancipation Park, New Kingston",
        "Time: 10 a.m. to 7 p.m.",
        "Admission: $1,000 for adults; children under 12 free",
        "Among the headline guests are Marlon James and Kei Miller, who will be in conversation on the Sunday afternoon.",
        "Tickets are available at the gate and at Kingston Bookshop locations.",
    ],
)
a(
    "service",
    F("Home | Business | Appointments"),
    [
        "Appointments: Stanbic IBTC names new chief executive",
        "Stanbic IBTC Holdings has appointed Mr Femi Adebayo as chief executive, with effect from April 1, 2025, subject to the approval of the Central Bank of Nigeria.",
        "Adebayo, 52, is currently the bank's chief financial officer. He joined the group in 2006 from KPMG.",
        "He succeeds Demola Sogunle, who retires after seven years in the role.",
        "Other appointments this week:",
        "Mrs Ngozi Eze, Executive Director, Risk, Fidelity Bank",
        "Mr Yusuf Bello, Managing Director, Nigerian Ports Authority Western Zone",
        "Dr Kemi Ojo, Registrar, University of Ibadan",
        F("© 2025 BusinessDay Media Ltd. All rights reserved."),
    ],
)
a(
    "service",
    "Press release: Cork Harbour ferry service to resume in May",
    [
        "Cork, 10 March 2025 – The Cross River Ferry between Glenbrook and Carrigaloe will resume a full timetable from 1 May after the completion of works on the Carrigaloe slipway, the Port of Cork Company announced today.",
        "The ferry, which carries about 450,000 passengers a year, has operated a reduced service since October while the slipway was strengthened.",
        '"We thank passengers for their patience," said Conor Mowlds, the port\'s chief operations officer.',
        D("ENDS"),
        "Notes to editors",
        "The Port of Cork Company is a commercial semi-state company responsible for the running of Cork Harbour.",
        "The slipway works cost €1.2 million and were part-funded by Transport Infrastructure Ireland.",
        *D(
            "Media contact:",
            "Sinéad Walsh, Communications Manager",
            "sinead.walsh@portofcork.ie | 087 123 4567",
        ),
    ],
)
a(
    "service",
    F("Home | News | Press Releases"),
    [
        "Kenya Red Cross launches appeal for flood-affected families in Tana River",
        "NAIROBI, Kenya, April 28 – The Kenya Red Cross Society has launched a Sh500 million appeal to support 50,000 families displaced by floods in Tana River, Garissa and Kilifi counties.",
        "Secretary General Dr Ahmed Idris said the society had so far distributed food and shelter kits to 12,000 households.",
        "Kenyans can donate through M-Pesa Paybill 10000, account name Floods.",
        "About Kenya Red Cross",
        "The Kenya Red Cross Society is a humanitarian organisation established by an Act of Parliament in 1965.",
        *D("For more information contact:", "Head of Communications, +254 703 037 000, info@redcross.or.ke"),
        F("Share this:"),
        F("Facebook"),
        F("X"),
    ],
)

# ---------- notes: corrections and editor's notes ----------
a(
    "notes",
    "Corrections and clarifications",
    [
        "An article about the closure of a bakery in Hebden Bridge (Village loses its last bakery, 3 March, page 12) said it had traded for 60 years. It opened in 1971.",
        "A picture caption on the opening of the new bypass (8 March, page 5) wrongly named the councillor cutting the ribbon as Cllr Alan Stead. It was Cllr Ian Holt.",
        "We are happy to set the record straight.",
        D("Contact the readers' editor at readers@example-courier.co.uk."),
    ],
)
a(
    "notes",
    F("Home | News | Local"),
    [
        F("Advertisement"),
        "Charges against Auckland bar owner withdrawn",
        "Correction: An earlier version of this story said the owner had been charged with assault. He was charged with wilful damage, and that charge has been withdrawn.",
        "Police have withdrawn a charge against the owner of a Ponsonby bar who was arrested after a disturbance outside the venue in January.",
        "The man, who has name suppression, appeared briefly in the Auckland District Court on Tuesday.",
        "Judge Mary Hart agreed to the withdrawal after police said there was insufficient evidence.",
        "Editor's note: This article was amended on 12 March 2025 to correct the charge the man faced.",
        *foot_most_read("Auckland rates rise confirmed", "Harbour Bridge lane closures this weekend"),
    ],
)
a(
    "notes",
    "Clarification: Islamabad school fees story",
    [
        'A report published on February 24 under the headline "Private schools raise fees by 30pc" stated that all private schools in Islamabad had raised their fees.',
        "The Private Educational Institutions Regulatory Authority has clarified that the increase applies only to 14 schools that applied for it, and that it has approved rises of up to 10 percent.",
        "The error is regretted.",
    ],
)
a(
    "notes",
    "Editor's note: Why we are naming the councillor",
    [
        "Editor's note:",
        "The Gleaner does not normally name people who have been arrested but not charged.",
        "We have made an exception in this case because the councillor has publicly confirmed his arrest, and because the matter concerns the use of public funds in the parish he represents.",
        "Our policy on naming suspects is published on our website, and we welcome readers' views.",
        "— The Editor",
    ],
)

# ---------- explainer: Q&A, boxes, timelines, fact boxes, posts, transcripts ----------
a(
    "explainer",
    F("Home | News | Explainers"),
    [
        F("Sign in | Subscribe"),
        "Explainer: What is the new Finance Bill and how will it affect you?",
        "The National Treasury has tabled the Finance Bill 2025 in Parliament. Here is what we know.",
        "What is it?",
        "The bill sets out the tax measures the government wants to use to raise revenue in the financial year starting July 1.",
        "What changes?",
        "It proposes to raise excise duty on mobile money transfers from 15 to 20 percent.",
        "Who pays?",
        "Anyone who sends money by M-Pesa or other mobile platforms.",
        "When?",
        "If passed, from July 1.",
        "What next?",
        "Public hearings start next week.",
        *foot_most_read("MPs reject housing levy amendments", "Shilling steady against dollar"),
    ],
)
a(
    "explainer",
    "Bushfire at Grampians: What we know so far",
    [
        "A bushfire in Victoria's Grampians National Park has burnt more than 70,000 hectares and destroyed at least 10 homes.",
        "What we know",
        "- The fire was started by lightning on Tuesday",
        "- Emergency warnings are in place for Pomonal and Halls Gap",
        "- About 200 firefighters are on the ground",
        "- A relief centre is open at Stawell Entertainment Centre",
        "What we don't know",
        "- How many homes have been lost in total",
        "- When residents will be allowed back",
        "Authorities will give an update at 4pm.",
        F("Advertisement"),
        F("© 2025 ABC"),
    ],
)
a(
    "explainer",
    "Key points: Budget 2025 at a glance",
    [
        "Key points",
        "Income tax: the standard rate band rises by €2,000",
        "Energy: two €125 electricity credits",
        "Childcare: fees cut to €200 a month",
        "Pensions: State pension up €12 a week",
        "Housing: help-to-buy scheme extended to 2029",
        "The Minister for Finance said the package was worth €10.5 billion in total.",
        "Opposition parties said it did too little for renters.",
    ],
)
a(
    "explainer",
    F("Home | News | World"),
    [
        "Timeline: How the Gaza ceasefire deal came together",
        "The agreement announced on Wednesday followed months of talks brokered by Qatar, Egypt and the United States.",
        "May 6, 2024",
        "Hamas says it accepts a ceasefire proposal; Israel says it falls short of its demands.",
        "May 31, 2024",
        "President Biden sets out a three-phase plan.",
        "December 2024",
        "Talks resume in Doha.",
        "January 15, 2025",
        "Qatar's prime minister announces the deal.",
        *foot_most_read("Hostage families await names", "Aid trucks queue at Rafah"),
    ],
)
a(
    "explainer",
    "Fact box: Kiribati at a glance",
    [
        "Kiribati will go to the polls on Tuesday in an election overshadowed by rising sea levels and its switch of ties from Taiwan to China.",
        "Capital: South Tarawa",
        "Population: 131,000",
        "Land area: 811 sq km, spread over 33 atolls",
        "Currency: Australian dollar",
        "President: Taneti Maamau, since 2016",
        "Highest point: 81 metres, on Banaba",
        "About half the population lives on South Tarawa.",
    ],
)
a(
    "explainer",
    F("Sign in | Subscribe"),
    [
        F("Advertisement"),
        "Town profile: Why Ballina is Ireland's fastest-growing town",
        "Ballina grew by 11 per cent between the last two censuses, the fastest in Connacht.",
        "Ballina in numbers",
        "Population: 12,000",
        "Median age: 38",
        "Homes built since 2016: 740",
        "Largest employer: Hollister, 1,200 staff",
        "Local businesses say the new Moy greenway has helped.",
        '"We are busier on a Tuesday than we used to be on a Saturday," said café owner Niamh Walsh.',
        *foot_newsletter("the Western People newsletter"),
    ],
)
a(
    "explainer",
    "Minister's post on crash sparks anger",
    [
        "A minister has been criticised for a social media post about a fatal crash in Lagos.",
        "In the post, deleted after two hours, he wrote:",
        '"Condolences to the families. But let\'s be honest, okada riders bring this on themselves. #LagosRoads"',
        "— Hon. Bayo Salami (@BayoSalamiNG) March 9, 2025",
        "Hundreds of users replied, many calling for his resignation.",
        'One wrote: "My brother was an okada rider. He was hit by a truck at a red light. Did he bring it on himself?"',
        "The minister later apologised.",
    ],
)
a(
    "explainer",
    "Transcript: PM's press conference on the cost of living",
    [
        "Below is an edited transcript of Prime Minister Christopher Luxon's post-Cabinet press conference on Monday.",
        "Luxon: Good afternoon. Today we are announcing changes to the Working for Families tax credit.",
        "Reporter: How much will it cost?",
        "Luxon: About $150 million over four years.",
        "Reporter: When does it start?",
        "Luxon: From April 1.",
        "Reporter: Is this an election sweetener?",
        "Luxon: No. It's about helping families now.",
        D("[ends]"),
    ],
)
a(
    "explainer",
    F("Home | News | Gulf"),
    [
        "UAE public holidays 2025: Full list",
        "The UAE Cabinet has approved the official public holidays for 2025 for the public and private sectors.",
        "New Year's Day: January 1",
        "Eid Al Fitr: Ramadan 29 to Shawwal 3",
        "Arafat Day: Dhu Al Hijjah 9",
        "Eid Al Adha: Dhu Al Hijjah 10 to 12",
        "Islamic New Year: Muharram 1",
        "Prophet Muhammad's birthday: Rabi Al Awwal 12",
        "Commemoration Day: December 1",
        "National Day: December 2 and 3",
        "Dates that depend on the Hijri calendar will be confirmed when the moon is sighted.",
        F("Sign up for the Gulf News daily newsletter"),
    ],
)

# ---------- head: the article's first lines ----------
a(
    "head",
    M("EXCLUSIVE"),
    [
        "Hospital trust paid £4m to agency boss's firm without tender",
        "An NHS trust paid more than £4 million to a staffing company owned by a former director without putting the contracts out to tender, documents seen by this newspaper show.",
        "The payments, made over three years by the East Midlands Hospitals NHS Trust, were approved by a committee on which the director's former deputy sat.",
        "The trust said it had commissioned an independent review.",
        '"We take governance extremely seriously," a spokesperson said.',
    ],
)
a(
    "head",
    F("Home | News | World"),
    [
        M("WATCH"),
        "Moment a landslide sweeps away road in Himachal Pradesh",
        "Dramatic footage shows a section of the Shimla-Kalka highway collapsing after days of heavy rain in Himachal Pradesh.",
        "No one was injured, officials said, as the road had been closed to traffic an hour earlier.",
        "The state has recorded 74 deaths in rain-related incidents since the monsoon began.",
        *foot_most_read("IMD issues red alert for Uttarakhand", "Delhi sees wettest July in 20 years"),
    ],
)
a(
    "head",
    M("Opinion"),
    [
        "Our universities are not businesses, and should stop behaving like them",
        "Vice-chancellors across Australia are paid more than the Prime Minister. Their students are paying for it.",
        M("By Prof. Helen Tran, Professor of Education at Monash University"),
        "When I started teaching in 1996, a tutorial had 12 students. Today it has 30, and the tutor is likely to be on a casual contract paid by the hour.",
        "The sector's answer has been to recruit more international students. That is not a strategy; it is a dependency.",
        "It is time for the government to fund teaching properly, and for councils to ask harder questions of the people they pay.",
        F("The views expressed are the author's own."),
        F("© 2025 The Age"),
    ],
)
a(
    "head",
    "Fuel price hike: Petrol to cost P2.10 more per litre from Tuesday",
    [
        "Oil companies will raise pump prices for the third week in a row, blaming higher prices on the world market.",
        M("By Maria Santos, Business Reporter | March 10, 2025 | 5:30 PM"),
        "Petrol will go up by P2.10 a litre, diesel by P1.60 and kerosene by P1.40, according to advisories from Petron, Shell and Seaoil.",
        "The Department of Energy said prices had risen by a total of P5.30 a litre since the start of the year.",
        "Transport groups said they would file for a fare increase with the LTFRB.",
    ],
)
a(
    "head",
    F("Home | News | Pakistan"),
    [
        "SBP cuts policy rate by 100 basis points to 12pc",
        M("APP"),
        "KARACHI: The State Bank of Pakistan on Monday cut its key policy rate by 100 basis points to 12 percent, its sixth cut in a row, citing a sharp fall in inflation.",
        "Inflation fell to 2.4pc in January, the lowest in more than seven years.",
        "The central bank said it expected inflation to stay between 5 and 7 percent in the coming year.",
        *foot_most_read("Rupee gains against dollar", "KSE-100 crosses 115,000"),
    ],
)
a(
    "head",
    "Tsunami warning cancelled for Tonga after magnitude 7.1 earthquake",
    [
        M("Updated 9:42pm"),
        "A tsunami warning issued for Tonga after a magnitude 7.1 earthquake has been cancelled.",
        "The quake struck about 90 kilometres north-east of Neiafu at a depth of 10 kilometres, the US Geological Survey said.",
        "Residents on Vava'u moved to higher ground before the warning was lifted.",
        "There are no reports of serious damage.",
        "New Zealand's National Emergency Management Agency said there was no threat to New Zealand.",
    ],
)
a(
    "head",
    F("Sign in | Subscribe"),
    [
        F("World"),
        "Hurricane Beryl makes landfall in Grenada as Category 4 storm",
        M("Updated: July 1, 2024 at 4:12 p.m. AST"),
        M("First published: July 1, 2024 at 9:30 a.m. AST"),
        "Hurricane Beryl made landfall on Carriacou, Grenada, on Monday morning with winds of 150 mph, the US National Hurricane Center said.",
        "Prime Minister Dickon Mitchell said the island had been flattened in half an hour.",
        "Power and phone lines were down across Grenada and St Vincent and the Grenadines.",
        "The storm is expected to pass south of Jamaica on Wednesday.",
        *foot_most_read("CARICOM leaders pledge aid", "Barbados port closed until Tuesday"),
    ],
)
a(
    "head",
    "Crowds line streets for Durban July",
    [
        *D(
            "Racegoers arrive at Hollywoodbets Greyville on Saturday.",
            "Picture: Thuli Dlamini/Independent Newspapers",
        ),
        "Crowds of more than 50,000 packed Hollywoodbets Greyville on Saturday for the 127th running of the Durban July.",
        "The race was won by See It Again, ridden by Richard Fourie, by a length and a half.",
        'Fashion took centre stage as always, with the theme this year "Alive with possibility".',
        "Traffic was heavy on the N3 into the city from mid-morning.",
    ],
)
a(
    "head",
    F("Home | News | Local"),
    [
        F("Advertisement"),
        "Kinsale lifeboat rescues four from yacht off Old Head",
        *D(
            "The Kinsale RNLI crew bring the yacht into harbour on Sunday evening.",
            "Photo: RNLI/Kinsale",
        ),
        "Four people were rescued from a yacht that lost its rudder off the Old Head of Kinsale on Sunday.",
        "The Kinsale RNLI inshore lifeboat launched at 5.20pm after a call from the Irish Coast Guard.",
        "The yacht was towed back to Kinsale, where the crew were checked by paramedics.",
        '"They did everything right," said helm Jonathan Connolly.',
        *foot_most_read("Cork harbour cruise season opens", "Kinsale parking plan approved"),
    ],
)
a(
    "head",
    M("BREAKING"),
    [
        "Fire at Mombasa's Kongowea market destroys hundreds of stalls",
        M("By Nation Reporter"),
        M("Updated 11 minutes ago"),
        "A fire that broke out in the early hours of Wednesday destroyed hundreds of stalls at Kongowea market, the largest open-air market in Mombasa.",
        "Firefighters battled the blaze for four hours. No injuries were reported.",
        "Traders said they lost stock worth millions of shillings.",
        "The cause of the fire is not yet known.",
    ],
)
a(
    "head",
    F("Home | News | India"),
    [
        M("Explained"),
        "Why is Delhi's air so bad every November?",
        "Stubble burning, falling temperatures and still winds combine to trap pollution over the capital each winter.",
        M("Written by Anjali Mehra | New Delhi | Updated: November 12, 2024 10:05 IST"),
        'Delhi\'s air quality index crossed 400 on Tuesday, in the "severe" category, for the first time this season.',
        "The main reasons are well known: smoke from farm fires in Punjab and Haryana, vehicle emissions, construction dust and low wind speeds that stop pollutants from dispersing.",
        "GRAP stage 3 restrictions came into force on Friday.",
        *foot_most_read("Schools move to online classes", "Odd-even scheme back?"),
    ],
)
a(
    "head",
    "Abu Dhabi announces free parking on Eid Al Fitr",
    [
        M("WAM"),
        "ABU DHABI — The Integrated Transport Centre has announced free surface parking across Abu Dhabi from the first day of Eid Al Fitr until the third day of Shawwal.",
        "Darb road toll gates will also be free during the holiday.",
        "Paid parking will resume on the fourth day of Shawwal.",
        "Residents were reminded not to park in ways that obstruct traffic.",
    ],
)

# ---------- the same formats ending right above the page's foot ----------
a(
    "obituary",
    F("Home | Notices | Death Notices"),
    [
        "O'DRISCOLL, Patrick (Paddy)",
        "Skibbereen, Co Cork. March 15th 2025, peacefully at home. Beloved husband of Eileen and loving father of Kieran, Siobhán and Tadhg.",
        "Reposing at his residence on Monday evening from 5pm, with prayers at 8pm.",
        "Funeral Mass on Tuesday at 12 noon in the Pro-Cathedral, Skibbereen; burial afterwards in Castlehaven Cemetery.",
        "House private on Tuesday morning, please.",
        "Rest in peace",
        *foot_most_read("Skibbereen festival line-up announced", "N71 roadworks to finish in May"),
    ],
)
a(
    "results",
    "Munster Senior Hurling Championship: fixtures confirmed",
    [
        "The Munster Council has confirmed the dates and venues for this year's round-robin series, which starts on April 19.",
        "Limerick, the champions, open their campaign away to Cork, a repeat of last year's semi-final.",
        "Round 1",
        "Saturday, April 19: Cork v Limerick, Páirc Uí Chaoimh, 7pm",
        "Sunday, April 20: Clare v Tipperary, Cusack Park, 2pm",
        "Round 2",
        "Saturday, April 26: Limerick v Waterford, TUS Gaelic Grounds, 7pm",
        "Sunday, April 27: Tipperary v Cork, FBD Semple Stadium, 2pm",
        *F("Share", "Facebook", "X", "Email"),
        F("© 2025 Irish Examiner"),
    ],
)
a(
    "appeal",
    "Appeal after cash machine ripped from wall in Stockton",
    [
        "Police are appealing for information after a cash machine was ripped from the wall of a convenience store in Norton, Stockton-on-Tees, in the early hours of Wednesday.",
        "A stolen telehandler was used in the raid at about 3.30am, and the machine was loaded onto a pickup truck that drove off towards the A139.",
        "Officers believe three men were involved.",
        "Anyone with information or dashcam footage should contact Cleveland Police on 101",
        "Quote log number 048532",
        F("Advertisement"),
        F("Advertisement"),
        *foot_newsletter("the Gazette's daily newsletter"),
    ],
)
a(
    "explainer",
    F("Sign in | Subscribe"),
    [
        "Your questions answered: the new e-scooter rules in Auckland",
        "New rules for shared e-scooters come into force in Auckland on Monday. Here is what changes for riders.",
        "Can I still ride on the footpath?",
        "Yes, but at no more than 15km/h, and you must give way to pedestrians.",
        "What about helmets?",
        "They are not compulsory, but Auckland Transport recommends them.",
        "Will I be fined?",
        "Not yet",
        "Warnings only for the first month",
        *foot_most_read("Auckland Transport raises fares", "Northern Busway extension opens"),
    ],
)
a(
    "results",
    F("Home | News | Education"),
    [
        "JAMB 2025: Top scorers named as board releases results",
        "The Joint Admissions and Matriculation Board has released the results of the 2025 Unified Tertiary Matriculation Examination, taken by 1.9 million candidates.",
        "The board's registrar, Prof. Is-haq Oloyede, said only 4,756 candidates scored 320 and above out of 400.",
        "The three highest scorers were:",
        "Ojo Tobiloba, Lagos, 375",
        "Ibrahim Aisha, Kano, 371",
        "Nwachukwu Chidera, Enugu, 369",
        F("Advertisement"),
        F("Sign up for our newsletter"),
        F("© 2025 Premium Times. All rights reserved."),
    ],
)
a(
    "letters",
    "Letters: Water rates, the new stadium and a lost dog",
    [
        "The council wants to raise water rates by 14 per cent while fixing almost none of the leaks in our street. Pay more, get less.",
        "Hemi Tuhoe, Ōtāhuhu",
        "Not one person I know asked for a new stadium. Fix the trains first.",
        "Grace Liu, Mt Albert",
        "Thank you to whoever found Milo, our old spaniel, and took him to the vet in Grey Lynn. He is home and very pleased with himself.",
        "The Fletcher family, Ponsonby",
        F("Advertisement"),
        F("Advertisement"),
    ],
)

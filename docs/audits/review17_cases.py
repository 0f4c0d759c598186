# (rule, headline, [paragraphs], [lines that must stay])  -- C
# Written for review 17: an independent harm review of main's default pipeline fed the OUTPUT OF OTHER
# EXTRACTORS (not raw page text). The case's "rule" names the shape:
#   tmd     trafilatura's markdown output ("# Headline", "## Sub", "- item", "**bold**", links, images, tables)
#   ttxt    trafilatura's text output: one line per paragraph, single newlines, "| a | b | " table rows
#   h2md    Markdown from an HTML-to-Markdown converter (markdownify / html2text style: "* item", setext
#           headings, "  " hard breaks, escaped characters, "* * *" rules, reference-style links)
#   rdb     readability's text (paragraphs separated by blank lines, headings as plain lines)
#   np3k    newspaper3k's article.text (blank-line paragraphs, lists flattened into lines, no headings)
#   jt      jusText paragraphs (one per line, single newlines, headings as short lines)
#   rss     RSS/Atom descriptions (a few short paragraphs, "The post ... appeared first on ..." tails)
# Every article is our own, in the shapes of UK, US, Irish, Australian, Indian, South African, Nigerian, Kenyan
# and Canadian outlets. The scorer joins [head, *paragraphs] with blank lines; a single-newline text is one
# paragraph built with N(...) (its lines joined with "\n"), and its must-stay lines are its lines one by one.
# Must-stay = every article line that is not furniture (F), the article's byline/dateline line (M) or a
# debatable line (D: image lines, captions and credits, an extractor's repeat of the headline).
C = []
FURNITURE: set[str] = set()
META: set[str] = set()
DEBATABLE: set[str] = set()


class Furniture(str):
    """A line that is not must-stay, marked by its type (so the same words as an article line stay must-stay)."""


class Block(str):
    """Several lines joined by single newlines (an extractor's output with no blank lines)."""

    parts: list


def F(*lines):
    """Page furniture: not must-stay. Returns the lines (one line: the string)."""
    FURNITURE.update(lines)
    marked = [Furniture(x) for x in lines]
    return marked[0] if len(marked) == 1 else marked


def M(line):
    """The article's own byline, dateline or stamp line: metadata, dropped by design."""
    META.add(line)
    return Furniture(line)


def D(*lines):
    """A debatable line (an image line, a caption, a credit, the extractor's second headline)."""
    DEBATABLE.update(lines)
    marked = [Furniture(x) for x in lines]
    return marked[0] if len(marked) == 1 else marked


def N(*parts):
    """Lines joined with single newlines; a part may be a list of lines (as F(...) returns)."""
    flat = []
    for p in parts:
        flat.extend(p if isinstance(p, list) else [p])
    b = Block("\n".join(flat))
    b.parts = flat
    return b


def _stay(items):
    out = []
    for x in items:
        if isinstance(x, Block):
            out.extend(_stay(x.parts))
        elif not isinstance(x, Furniture):
            out.append(x)
    return out


def a(rule, head, paras, stay=None):
    if stay is None:
        stay = _stay([head, *paras])
    C.append((rule, head, paras, stay))


# ---------- tmd: trafilatura markdown ----------
a(
    "tmd",
    "# Cockermouth flood wall approved after ten-year wait",
    [
        M("By Helen Marsh, Local Democracy Reporter"),
        "Cumberland Council has approved a £4.2m flood wall for Cockermouth, ten years after Storm Desmond put parts of the town under two metres of water.",
        "## What the scheme includes",
        "- A 600m wall along the River Derwent at Waterloo Street",
        "- Raised embankments at Gote Road",
        "- Two pumping stations",
        '> "We have waited a decade for this and we will believe it when we see the diggers," said resident Ann Hall.',
        "The council's [planning report](https://www.cumberland.gov.uk/planning/flood-scheme-report.pdf) says work will start in May and take two years.",
        D("![Main Street under water in December 2015](https://images.example.co.uk/cockermouth-2015.jpg)"),
        D("Main Street under water in December 2015. Photograph: PA"),
        "Councillor Denise Rollo said the Environment Agency would pay most of the cost.",
        F("Share this article"),
        F("Advertisement"),
    ],
)
a(
    "tmd",
    "# Lagos to ban single-use plastics from July",
    [
        "The Lagos State Government has announced a ban on single-use plastics and styrofoam food packs from July 1, the state's commissioner for environment said on Sunday.",
        "**Key points:**",
        "- Styrofoam packs banned from July 1",
        "- Plastic bottles under 1 litre to follow in 2026",
        "- Fines of up to N200,000 for vendors",
        "Tokunbo Wahab said enforcement teams would visit markets in Oshodi, Mile 12 and Idumota first.",
        "## Vendors react",
        "Food sellers in Yaba said they had not been told what to use instead.",
        '"Paper packs cost three times as much," said Mama Bisi, who runs a canteen near the University of Lagos.',
    ],
)
a(
    "tmd",
    "# Ward results: how Tshwane voted in the by-elections",
    [
        "The DA held two wards and the ANC one in Wednesday's Tshwane by-elections, the IEC announced on Thursday.",
        "| Ward | Winner | Share |",
        "|---|---|---|",
        "| Ward 7 (Soshanguve) | ANC | 58.1% |",
        "| Ward 42 (Moreleta Park) | DA | 81.4% |",
        "| Ward 56 (Centurion) | DA | 74.9% |",
        "Turnout was 31% across the three wards, down from 44% in 2021.",
        F("Related: [ANC loses ground in Gauteng by-elections](https://www.news24.com/news24/politics/anc-gauteng)"),
        F("Sign up for our newsletter"),
        F("© 2025 News24"),
    ],
)
a(
    "tmd",
    "# Bengaluru water crisis: what residents need to know",
    [
        "Bengaluru's water utility has announced rationing in 110 villages added to the city in 2007, as borewells dry up before the monsoon.",
        "## Which areas are affected?",
        "Whitefield, Mahadevapura, Bellandur and parts of Yelahanka.",
        "## How much water will I get?",
        "Households will get 20% less piped water, delivered on alternate days.",
        "## Can I use water for my car?",
        "No.",
        "The BWSSB has banned washing cars, filling swimming pools and watering gardens with drinking water, with a fine of Rs 5,000.",
        "## What next?",
        "The board will review the order on May 15.",
        F("Also Read | [Karnataka declares 223 taluks drought-hit](https://www.thehindu.com/news/karnataka-drought)"),
        F("Advertisement"),
        F("Advertisement"),
    ],
)
a(
    "tmd",
    "# Toronto council votes to keep Bloor bike lanes",
    [
        "Toronto city council has voted 19-6 to keep the bike lanes on Bloor Street, defying the province, which passed a law in November to remove them.",
        "Mayor Olivia Chow said the lanes had cut collisions by a third.",
        "### The vote",
        "* For: 19",
        "* Against: 6",
        "* Absent: 1",
        'The Ministry of Transportation said in a statement that it would "review the decision".',
        "Cyclists gathered at Bloor and Spadina on Wednesday evening to celebrate.",
        D("![Cyclists on Bloor Street](https://www.cbc.ca/images/bloor-bike-lanes.jpg)"),
        D("Cyclists on Bloor Street West on Wednesday. (Evan Mitsui/CBC)"),
    ],
)
a(
    "tmd",
    "# Perth heatwave: hottest March night on record",
    [
        "Perth has recorded its hottest March night since records began, with the temperature staying above 29C until dawn on Monday, the Bureau of Meteorology says.",
        "The previous record, 28.1C, was set in 2016.",
        "**Forecast for the week:**",
        "1. Monday: 41C",
        "2. Tuesday: 39C",
        "3. Wednesday: 33C, a cool change",
        "The bureau's senior forecaster, Angus Hines, said residents should check on elderly neighbours.",
        F("Share"),
        F("Facebook"),
        F("X"),
        F("Email"),
    ],
)
a(
    "tmd",
    "# Kenya Power raises tariffs by 6 per cent",
    [
        "Kenya Power customers will pay about 6 per cent more for electricity from April after the Energy and Petroleum Regulatory Authority approved a new tariff.",
        "A household using 100 units a month will pay Sh2,540, up from Sh2,390.",
        "## New rates per unit",
        "| Band | Old | New |",
        "|---|---|---|",
        "| Lifeline (0-30 kWh) | Sh12.22 | Sh12.22 |",
        "| Domestic (31-100 kWh) | Sh16.30 | Sh17.20 |",
        "| Domestic (above 100 kWh) | Sh20.97 | Sh22.10 |",
        F(
            "ALSO READ: [Kenya Power blames vandals for Coast outages](https://nation.africa/kenya/news/kenya-power-coast)"
        ),
        F("Advertisement"),
        F("© Nation Media Group"),
    ],
)
a(
    "tmd",
    "# The week in Westminster: five things we learned",
    [
        "It was a week of U-turns, a leaked memo and an unexpected by-election.",
        "## 1. The winter fuel payment is back, partly",
        "The Chancellor confirmed that pensioners with incomes under £35,000 will get the payment this winter.",
        "## 2. The leaked memo",
        "A Home Office memo seen by the *Guardian* suggested asylum hotels would stay open until 2027.",
        "## 3. A by-election in Runcorn",
        "The Labour MP Mike Amesbury resigned after his conviction for assault.",
        "## 4. Reform's poll lead",
        "Three polls put Reform UK ahead for the first time.",
        "## 5. And finally",
        "The Speaker banned mobile phones from the chamber's gallery.",
        F("Sign up for our newsletter"),
        F("Get the week's politics in your inbox every Friday."),
    ],
)
a(
    "tmd",
    "# Hurling: Kilkenny edge Galway in Nowlan Park thriller",
    [
        "Kilkenny 1-22 Galway 2-18",
        "TJ Reid's late free sent Kilkenny into the league semi-final on Sunday after a game that swung four times in the last ten minutes.",
        "**Scorers for Kilkenny:** TJ Reid 0-9 (0-7f), Eoin Cody 1-3, Billy Drennan 0-4.",
        "**Scorers for Galway:** Conor Whelan 1-5, Cathal Mannion 1-2, Evan Niland 0-6 (0-5f).",
        "**Kilkenny:** E Murphy; M Butler, H Lawlor, T Walsh; D Blanchfield, R Reid, P Deegan; C Browne, A Mullen; W Walsh, J Donnelly, B Drennan; E Cody, TJ Reid, M Keoghan.",
        "**Referee:** J Keenan (Wicklow).",
        F("Share this article"),
        F("Related: [Cody returns to Kilkenny bench](https://www.rte.ie/sport/hurling/cody)"),
    ],
)
a(
    "tmd",
    "# Explainer: what the new Criminal Code means for you",
    [
        "Three new criminal laws replaced the Indian Penal Code, the CrPC and the Evidence Act on July 1.",
        "## At a glance",
        "- Indian Penal Code → Bharatiya Nyaya Sanhita",
        "- CrPC → Bharatiya Nagarik Suraksha Sanhita",
        "- Evidence Act → Bharatiya Sakshya Adhiniyam",
        "## What changes at the police station?",
        "You can file an FIR online, and the police must give you a copy free of charge.",
        "## Read the laws",
        "- [Bharatiya Nyaya Sanhita, 2023 (PDF)](https://www.mha.gov.in/sites/default/files/bns-2023.pdf)",
        "- [Bharatiya Nagarik Suraksha Sanhita, 2023 (PDF)](https://www.mha.gov.in/sites/default/files/bnss-2023.pdf)",
    ],
)
# ---------- ttxt: trafilatura text (single newlines) ----------
a(
    "ttxt",
    "Nairobi Expressway tolls to rise from April",
    [
        N(
            D("Nairobi Expressway tolls to rise from April"),
            "Motorists using the Nairobi Expressway will pay up to Sh60 more per trip from April 1, the operator Moja Expressway said on Monday.",
            "The company said the increase followed a review of the toll schedule agreed with the Kenya National Highways Authority.",
            "New tolls, Mlolongo to Westlands:",
            "| Class | Old | New | ",
            "|---|---|---|",
            "| Class 1 (cars) | Sh360 | Sh400 | ",
            "| Class 2 (minibuses) | Sh540 | Sh600 | ",
            "Matatu operators said the rise would be passed on to passengers.",
            F("Share this article"),
            F("Advertisement"),
        )
    ],
)
a(
    "ttxt",
    "Ballymun residents to get new health centre",
    [
        N(
            "The HSE has confirmed that a new primary care centre will open in Ballymun in September, replacing the clinic on Balcurris Road.",
            "The €14m building will house GPs, a pharmacy, physiotherapy and mental health services.",
            "What the centre will offer",
            "- GP services for 9,000 patients",
            "- A daily walk-in clinic",
            "- Child and adolescent mental health services",
            "Local TD Paul McAuliffe said the centre had been promised since 2008.",
            "Residents will be able to register from June.",
        )
    ],
)
a(
    "ttxt",
    "Abuja-Kaduna train resumes night services",
    [
        N(
            "The Nigerian Railway Corporation has resumed night services on the Abuja-Kaduna line, two years after they were suspended following an attack on a train.",
            "The NRC's managing director, Kayode Opeifa, said armed escorts would travel on every train.",
            "New timetable",
            "Idu to Rigasa: 6:45pm",
            "Rigasa to Idu: 7:00pm",
            "Tickets cost N6,000 in standard class and N9,000 in business class.",
            F("ALSO READ: NRC to begin Kano-Maradi test runs"),
            F("Advertisement"),
            F("© 2025 Premium Times. All rights reserved."),
        )
    ],
)
a(
    "ttxt",
    "Canberra school zones: new speed cameras switched on",
    [
        N(
            "Mobile speed cameras will operate in school zones across Canberra from Monday, the ACT Government says.",
            "Drivers caught doing more than 40km/h in an active school zone face a fine of $330 and two demerit points.",
            "Where the cameras will be",
            "Gungahlin",
            "Belconnen",
            "Tuggeranong",
            "Woden",
            "The Road Safety Minister, Chris Steel, said 11 children had been hit near schools last year.",
        )
    ],
)
a(
    "ttxt",
    "Cape Town taxi strike: what we know",
    [
        N(
            "Minibus taxi operators in Cape Town have begun a strike over vehicle impoundments, leaving thousands of commuters stranded on Thursday.",
            "What we know",
            "Santaco Western Cape called the strike on Wednesday night.",
            "Golden Arrow buses are running but are full.",
            "Schools in Khayelitsha and Nyanga have closed.",
            "What we don't know",
            "How long the strike will last.",
            "Whether the city will release impounded vehicles.",
            F("Share"),
            F("Tweet"),
            F("WhatsApp"),
        )
    ],
)
a(
    "ttxt",
    "Mumbai local trains: Western Railway adds 12 AC services",
    [
        N(
            "Western Railway will run 12 more air-conditioned local trains between Churchgate and Virar from Monday, taking the daily total to 109.",
            "The new services will replace ordinary trains at the same times.",
            "A WR spokesperson said ridership on AC locals had risen 40% since January.",
            "Passengers' groups said the change would hurt daily commuters who could not afford AC season tickets.",
            "New AC services from Churchgate",
            "7:49am to Virar",
            "9:17am to Borivali",
            "6:22pm to Virar",
            F("Also Read"),
            F("Mumbai Metro Line 3 opens to Worli"),
            F("Advertisement"),
        )
    ],
)
a(
    "ttxt",
    "Saskatoon budget passes with 6.2% tax increase",
    [
        N(
            "Saskatoon city council passed its 2025 budget on Wednesday night with a 6.2 per cent property tax increase, after two days of debate.",
            "The average homeowner will pay about $120 more a year.",
            "Where the money goes",
            "Police: $4.1 million",
            "Transit: $2.3 million",
            "Roads: $1.9 million",
            'Coun. Hilary Gough said the increase was "the least bad option".',
        )
    ],
)
a(
    "ttxt",
    "Hartlepool man jailed for stealing from elderly neighbours",
    [
        N(
            "A Hartlepool man who stole more than £12,000 from his elderly neighbours has been jailed for three years.",
            "Teesside Crown Court heard that Darren Pike, 41, of Catcote Road, used their bank cards over eight months.",
            'Judge Paul Watson KC told him: "You preyed on people who trusted you."',
            "Anyone who thinks they have been a victim of similar fraud should call Cleveland Police on 101.",
            "Sentencing",
            "Darren Pike, 41: three years",
            "Kelly Pike, 38: 18 months, suspended",
            F("Share this article"),
            F("Sign up for our newsletter"),
        )
    ],
)
# ---------- h2md: HTML-to-Markdown converters ----------
a(
    "h2md",
    "Melbourne's Metro Tunnel to open in December",
    [
        "================================================",
        M("By **Tom Alvarez**  \nUpdated 10 March 2025"),
        "Victoria's $13 billion Metro Tunnel will open to passengers in December, a year ahead of schedule, the Premier has announced.",
        "The five new stations are:",
        "* Arden",
        "* Parkville",
        "* State Library",
        "* Town Hall",
        "* Anzac",
        "Premier Jacinta Allan said the tunnel would free up space for 121,000 more passengers in peak hours.",
        "* * *",
        F("**Read more:** [Suburban Rail Loop costs blow out](https://www.theage.com.au/national/victoria/srl)"),
        F("Share on Facebook"),
        F("Share on X"),
    ],
)
a(
    "h2md",
    "Dáil passes rent pressure zone extension",
    [
        "-------------------------------------------",
        "The Dáil has voted to extend rent pressure zones to the whole country until 2028, capping rent increases at 2% a year.",
        "Minister for Housing James Browne said the change would protect 300,000 tenancies.",
        "Under the new rules:  \nRents can rise by 2% or inflation, whichever is lower.  \nNew-build properties are exempt for the first year.",
        'Sinn Féin\'s housing spokesperson, Eoin Ó Broin, said the cap had "failed tenants for eight years".',
        "_Additional reporting by Press Association_",
    ],
)
a(
    "h2md",
    "Soweto residents march over electricity cuts",
    [
        "Hundreds of Soweto residents marched to Eskom's offices in Braamfontein on Tuesday to protest against electricity cuts that have left some areas in the dark for weeks.",
        "Marchers handed over a memorandum with three demands:",
        "1\\. Reconnect all households cut off since January",
        "2\\. Scrap arrears older than three years",
        "3\\. Install prepaid meters free of charge",
        "Eskom's Gauteng spokesperson, Amanda Qiti, said the utility would respond within seven days.",
        D(
            "[![Marchers in Braamfontein](https://cdn.example.co.za/soweto-march.jpg)](https://cdn.example.co.za/soweto-march-large.jpg)"
        ),
        F("**Follow us on** [Twitter](https://twitter.com/example) | [Facebook](https://facebook.com/example)"),
        F("Advertisement"),
    ],
)
a(
    "h2md",
    "US Senate passes stopgap funding bill hours before shutdown",
    [
        "The Senate passed a stopgap spending bill late on Friday, averting a government shutdown hours before the deadline.",
        "The vote was 54-46, with ten Democrats joining Republicans.",
        "**Who voted yes** | **Who voted no**",
        "--- | ---",
        "52 Republicans | 1 Republican",
        "10 Democrats | 45 Democrats",
        'Senate Minority Leader Chuck Schumer said he voted for the bill because "a shutdown would be far worse".',
        "The bill funds the government through September 30.",
        F("Advertisement"),
        F("Most Popular"),
        F("Trump signs order on federal workforce"),
        F("Supreme Court hears birthright citizenship case"),
    ],
)
a(
    "h2md",
    "Gautrain fares up 7% from Monday",
    [
        "Gautrain fares will rise by an average of 7% from Monday, the Gautrain Management Agency said.",
        "A single trip from Sandton to OR Tambo will cost R209, up from R195.",
        "Other fares:  ",
        "Park Station to Pretoria: R98  ",
        "Rosebank to Hatfield: R92  ",
        "Midrand to Centurion: R48",
        "The agency said the increase was needed to cover rising electricity costs.",
    ],
)
a(
    "h2md",
    "Ottawa's LRT shut down after power fault",
    [
        "Ottawa's O-Train Line 1 was shut down for most of Tuesday after a power fault near Tunney's Pasture, OC Transpo says.",
        "R1 replacement buses ran between Blair and Tunney's Pasture.",
        "OC Transpo's general manager, Renée Amilcar, apologised to riders.",
        "> We know this is not good enough. We are working with RTG to understand what went wrong.",
        ">",
        "> — Renée Amilcar, OC Transpo",
        "Service resumed at 6 p.m.",
        F("Report a typo or error"),
        F("©2025 Corus Entertainment Inc."),
    ],
)
a(
    "h2md",
    "Kano state signs Hisbah bill into law",
    [
        "Kano State Governor Abba Yusuf has signed a bill that expands the powers of the Hisbah board, the state's religious police.",
        "The law allows the board to:",
        "  * arrest people for public indecency",
        "  * seize goods sold during prayer times",
        "  * fine shops that sell alcohol",
        "Human rights groups said the law breached the constitution's guarantee of freedom of religion.",
        'The Hisbah commander, Sheikh Aminu Daurawa, said the board would "work with the police at all times".',
    ],
)
a(
    "h2md",
    "Brisbane Olympic venues plan released",
    [
        "Queensland has released its venues plan for the Brisbane 2032 Olympics, with a new stadium at Victoria Park and an upgrade of the Gabba dropped.",
        "Venue | Sport | Capacity",
        ":--- | :--- | ---:",
        "Victoria Park Stadium | Athletics | 63,000",
        "Brisbane Arena | Swimming | 17,000",
        "Chandler | Cycling | 4,000",
        "Premier David Crisafulli said the plan would cost $7.1 billion.",
        F("More from News"),
        F("Gold Coast light rail extension delayed"),
        F("Share this article"),
    ],
)
# ---------- rdb: readability text ----------
a(
    "rdb",
    "Chennai Metro phase 2: first driverless train arrives",
    [
        "The first driverless train for phase 2 of the Chennai Metro has arrived at the Poonamallee depot, CMRL said on Friday.",
        "The three-coach train, built by Alstom at Sri City, will run trials on the Poonamallee-Porur stretch from June.",
        "Phase 2 at a glance",
        "Length: 118.9 km",
        "Corridors: 3",
        "Stations: 128",
        "Cost: Rs 63,246 crore",
        "CMRL managing director M.A. Siddique said the stretch would open to passengers by December.",
        F("Advertisement"),
        F("Advertisement"),
        F("Copyright© 2025, The Hindu"),
    ],
)
a(
    "rdb",
    "Auditor General finds $1.6bn in unsupported spending at Ontario Health",
    [
        "Ontario's auditor general has found $1.6 billion in spending at Ontario Health that was not backed by proper documents, in a report released on Wednesday.",
        "Shelley Spence made 14 recommendations, including:",
        "Publishing all contracts over $1 million",
        "Reviewing the use of agency nurses",
        "Ending sole-source contracts for IT services",
        "Health Minister Sylvia Jones said the government accepted all of them.",
        'NDP health critic France Gélinas said the findings were "shocking but not surprising".',
    ],
)
a(
    "rdb",
    "Eldoret farmers count losses after hailstorm",
    [
        "Farmers in Uasin Gishu are counting their losses after a hailstorm destroyed maize and wheat crops on more than 2,000 acres on Sunday.",
        "County agriculture executive Edward Sawe said the worst-hit areas were Moiben, Kesses and Soy.",
        '"We have never seen hail like this in March," said farmer Joseph Kiprono, who lost 30 acres of wheat.',
        "The county has asked the national government for seed and fertiliser for replanting.",
        "Crops destroyed",
        "Maize: 1,400 acres",
        "Wheat: 650 acres",
        "Beans: 80 acres",
        F("Share"),
        F("Advertisement"),
    ],
)
a(
    "rdb",
    "Belfast: Translink announces Sunday rail timetable changes",
    [
        "Translink will run extra Sunday trains on the Belfast to Derry line from April, the company has announced.",
        "Services will run every hour from 9am instead of every two hours.",
        "Northern Ireland's infrastructure minister, Liz Kimmins, welcomed the change.",
        "New Sunday departures from Lanyon Place",
        "09:10",
        "10:10",
        "11:10",
        "then hourly until 21:10",
        F("Most Read"),
        F("Belfast City Council approves new leisure centre"),
        F("M1 crash: man dies after collision near Lisburn"),
    ],
)
a(
    "rdb",
    "Harare water rationing extended",
    [
        "Harare City Council has extended water rationing to the northern suburbs as levels at Lake Chivero fall.",
        "Borrowdale, Mount Pleasant and Avondale will get water on two days a week.",
        "Council spokesperson Stanley Gama said residents should store water.",
        "Schedule",
        "Monday and Thursday: Borrowdale, Greendale",
        "Tuesday and Friday: Mount Pleasant, Avondale",
        "Wednesday and Saturday: Mabelreign, Marlborough",
    ],
)
# ---------- np3k: newspaper3k article.text ----------
a(
    "np3k",
    "Oyo governor presents N678bn budget",
    [
        "Oyo State Governor Seyi Makinde has presented a N678 billion budget for 2025 to the state House of Assembly.",
        'The budget, tagged "Budget of Sustainable Development", gives 31 per cent to capital projects.',
        "Education: N142bn",
        "Health: N71bn",
        "Roads: N98bn",
        "Makinde said the state would complete the Ibadan circular road by December.",
        "The Speaker, Adebo Ogundoyin, said the House would pass the budget before Christmas.",
    ],
)
a(
    "np3k",
    "Galway city to pedestrianise Shop Street for good",
    [
        "Galway City Council has voted to make the pedestrianisation of Shop Street and High Street permanent after a two-year trial.",
        "Councillors voted 14-4 in favour on Monday night.",
        "Traders had been split on the plan.",
        "Deliveries will be allowed between 6am and 11am.",
        '"It\'s the right call," said Cllr Niall Murphy.',
        '"People came back to the city centre once the cars were gone."',
        F("Sign up for our newsletter"),
        F("Get the latest news from the West every morning."),
    ],
)
a(
    "np3k",
    "Adelaide's new women's and children's hospital cost rises to $3.2bn",
    [
        "The cost of Adelaide's new Women's and Children's Hospital has risen to $3.2 billion, the SA Government has confirmed.",
        "The hospital was budgeted at $1.95 billion in 2022.",
        "Health Minister Chris Picton blamed construction costs and a redesign that added 40 beds.",
        'Opposition health spokesperson Ashton Hurn said the government had "lost control" of the project.',
        "The hospital is due to open in 2031.",
        "Key numbers",
        "414 beds",
        "24 operating theatres",
        "2031 opening",
        F("Share"),
        F("Facebook"),
        F("Twitter"),
    ],
)
a(
    "np3k",
    "Winnipeg police to equip officers with body cameras",
    [
        "Winnipeg police officers will wear body cameras from next year after city council approved $3.9 million for the program.",
        "Chief Gene Bowers said 1,200 officers would get the cameras by the end of 2026.",
        "The Winnipeg Police Association supports the plan.",
        "Council's finance chair, Coun. Jeff Browaty, said the money would come from the police reserve.",
    ],
)
a(
    "np3k",
    "Mombasa ferry: new vessel enters service",
    [
        "A new ferry has entered service at the Likoni crossing, the Kenya Ferry Services said on Saturday.",
        "MV Safari, built in Turkey, can carry 1,500 passengers and 30 vehicles.",
        "It joins four other vessels on the route.",
        "About 300,000 people and 6,000 vehicles cross the channel every day.",
        "KFS managing director Rashid Salim said waiting times would fall by a third.",
        F("Advertisement"),
        F("Advertisement"),
    ],
)
# ---------- jt: jusText paragraphs ----------
a(
    "jt",
    "Pune: PMC cuts water supply to 32 housing societies",
    [
        N(
            "The Pune Municipal Corporation has cut water supply to 32 housing societies in Baner and Balewadi for unpaid bills totalling Rs 4.2 crore.",
            "PMC water department head Nandkishor Jagtap said the societies had been given three notices.",
            "Residents said they had paid their builders, who had not passed on the money.",
            "Societies affected",
            "Baner: 19",
            "Balewadi: 13",
            "The PMC said supply would resume within 24 hours of payment.",
            F("Also Read"),
            F("Pune metro extension to Hinjewadi opens"),
        )
    ],
)
a(
    "jt",
    "Cardiff council agrees 20mph rollback on 12 roads",
    [
        N(
            "Cardiff Council has agreed to raise the speed limit back to 30mph on 12 roads, after a review of the Welsh Government's 20mph policy.",
            "The roads include Western Avenue, Newport Road and parts of Cowbridge Road East.",
            "Cabinet member Dan De'Ath said the council had listened to residents.",
            "Roads returning to 30mph",
            "Western Avenue",
            "Newport Road (east of Rover Way)",
            "Cowbridge Road East (Ely)",
            "Llanishen Street",
            F("Share this article"),
            F("Advertisement"),
            F("© 2025 Media Wales Ltd"),
        )
    ],
)
a(
    "jt",
    "Limpopo learners walk 10km to school as bridge collapses",
    [
        N(
            "Learners from Ga-Mphahlele in Limpopo are walking 10km to school after a bridge over the Olifants River collapsed in floods in January.",
            "The provincial education department said it would provide buses from Monday.",
            '"We leave home at 5am," said Grade 11 learner Thabo Mphahlele.',
            "The roads department said a temporary bridge would be built by June.",
        )
    ],
)
a(
    "jt",
    "Enugu: Electricity tariff for Band A customers cut",
    [
        N(
            "The Enugu State Electricity Regulatory Commission has cut the tariff for Band A customers from N209.5 to N160 per kilowatt-hour.",
            "The commission said Band A customers, who get at least 20 hours of supply a day, had paid more than those in other states.",
            "The new tariff takes effect on April 1.",
            "MainPower, the state's distribution company, said it would comply.",
            "Band A: N160/kWh",
            "Band B: N63/kWh",
            F("Advertisement"),
            F("Sign up for our newsletter"),
        )
    ],
)
# ---------- rss: RSS/Atom descriptions ----------
a(
    "rss",
    "Storm Éowyn: 700,000 homes without power",
    [
        "About 700,000 homes, farms and businesses are without power after Storm Éowyn, ESB Networks said on Friday morning.",
        "The company said it could take a week to reconnect everyone.",
        F("The post Storm Éowyn: 700,000 homes without power appeared first on TheJournal.ie."),
    ],
)
a(
    "rss",
    "Sydney trains: weekend shutdown on T1 line",
    [
        "There will be no trains between Strathfield and Parramatta this weekend while Sydney Trains upgrades signals.",
        "Buses replace trains.",
        F("Continue reading..."),
    ],
)
a(
    "rss",
    "Kenya: KCSE 2024 results released",
    [
        "Education Cabinet Secretary Julius Ogamba has released the 2024 KCSE results, with 246,391 candidates scoring C+ and above.",
        "Mean grades:",
        "A: 1,693",
        "A-: 7,744",
        "B+: 18,078",
        F("[…]"),
    ],
)
a(
    "rss",
    "Manitoba to cut gas tax for another year",
    [
        "Manitoba will keep its gas tax holiday for another year, Premier Wab Kinew said on Tuesday.",
        "<p>The province says the cut saves a family of four about $250 a year.</p>",
        F("Read more at Winnipeg Free Press"),
    ],
)
# ---------- fixers: what the fixers change inside kept Markdown lines ----------
a(
    "tmd",
    "Eskom: stage 2 load shedding returns after unit breakdowns",
    [
        D("# Eskom: stage 2 load shedding returns after unit breakdowns"),
        "Eskom has reintroduced stage 2 load shedding from 16:00 on Sunday after breakdowns at the Kusile and Medupi power stations, it said in a [statement](https://www.eskom.co.za/eskom-media-statment-stage-2-loadshedding?utm_source=rss&amp;utm_medium=feed).",
        "The utility said the stages would be **reviewd daily** and that it expected to suspend load shedding by Wednesday.",
        "| Time | Stage |",
        "|---|---|",
        "| 16:00&#124;22:00 | Stage 2 |",
        "| 22:00&#124;05:00 | Stage 1 |",
        "Check your schedule on the [EskomSePush app](https://esp.info/areas/johannesburg\\_central) or the municipality's site.",
        'Eskom\'s spokesperson, Daphne Mokwena, said the breakdowns were "within the range we planned for".',
        F("Share this article"),
        F("Advertisement"),
    ],
)
a(
    "h2md",
    "Dublin Airport passenger cap: what the court decided",
    [
        "The High Court has suspended the 32 million passenger cap at Dublin Airport until the European Court of Justice rules on the case.  ",
        'Ms Justice Emily Farrell said the daa and the airlines would suffer "real harm" if the cap applied this summer.  ',
        "Fingal County Council  \nPlanning Department  \nCounty Hall, Swords",
        "The council, which set the cap in 2007, said it was studying the judgment.",
        "_Ryanair's chief executive, Michael O'Leary, called the cap \"idiotic\"._",
        "__The Department of Transport said it welcomed the ruling.__",
        "* * *",
        "**Note:** this article was amended on 14 March to correct the year the cap was set.",
    ],
)
a(
    "tmd",
    "Nigeria's inflation eases to 24.5% in January",
    [
        "Nigeria's headline inflation fell to 24.48 per cent in January, the National Bureau of Statistics said, the first figure under a rebased index.",
        "Food inflation was 26.08 per cent, down from 39.84 per cent in December.",
        "## How the new index differs",
        "- **Base year:** 2024, up from 2009",
        "- **Basket:** 934 items, up from 740",
        "- **Weights:** from the 2023 household survey",
        "Read the NBS [CPI repport for January 2025](https://nigerianstat.gov.ng/elibrary/read/1241644) in full.",
        "The CBN's Monetary Policy Committee meets on February 19-20.",
        F("Advertisement"),
        F("Join our WhatsApp channel"),
        F("© 2025 Punch Nigeria Limited"),
    ],
)
a(
    "ttxt",
    "Brampton council freezes parking fines",
    [
        N(
            D("Brampton council freezes parking fines | CP24"),
            "Brampton city council has voted to freeze parking fines for a year after a report found the city issued 40 per cent more tickets than Mississauga.",
            "Mayor Patrick Brown said the city had relied on fines to balance its budget.",
            "Fines at a glance:",
            "No parking zone: $50",
            "Fire route: $150",
            "Accessible space: $450",
            "The freeze takes effect on April 1.",
        )
    ],
)
a(
    "jt",
    "Kisumu port to handle Uganda fuel imports",
    [
        N(
            "Kisumu port will handle fuel imports for Uganda from next month under a deal signed by the two countries' energy ministers in Nairobi on Friday.",
            "Key points:",
            "Fuel will be shipped from Kisumu to Port Bell and Jinja.",
            "The Kenya Pipeline Company will build two new storage tanks.",
            "Uganda will pay Sh2.50 a litre in port charges.",
            "Energy CS Opiyo Wandayi said the deal would cut the number of fuel trucks on the Northern Corridor by 300 a day.",
            F("Share"),
            F("Advertisement"),
        )
    ],
)
a(
    "rdb",
    "Townsville floods: Bruce Highway reopens",
    [
        "The Bruce Highway has reopened north of Townsville after flooding closed it for six days, the Department of Transport and Main Roads says.",
        "Motorists are asked to drive to conditions.",
        "Road closures remaining",
        "Hinchinbrook: Halifax Road",
        "Townsville: Hervey Range Road",
        "Burdekin: Ayr-Dalbeg Road",
        "Check QLDTraffic for updates.",
        F("Advertisement"),
        F("Most Viewed in News"),
        F("Cyclone season ends with record rainfall"),
    ],
)

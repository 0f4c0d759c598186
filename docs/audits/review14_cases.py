# (rule, headline, [paragraphs], [lines that must stay])  -- C
# Written for review 14: an independent harm review of main's default pipeline that attacks what happens
# INSIDE and AROUND the article's body (review 13 attacked the page's edges). Shapes (the case's "rule"):
#   mid-furniture  furniture in the middle of the body (an "Advertisement" marker, "Story continues below
#                  advertisement", "READ MORE: <headline>", a newsletter box, a photo caption and credit, a
#                  share row) right next to the article's own short lines (a one-line quote, a short question,
#                  a subheading, a short list, a dateline, a short closing sentence);
#   repeat         paragraphs that repeat legitimately (a chant or slogan quoted twice, a refrain, a
#                  pull-quote, identical attribution lines, two identical statements) and standfirsts that
#                  share words with the first paragraph;
#   shape-caption, shape-credit, shape-byline, shape-date, shape-related, shape-comment, shape-promo
#                  article sentences shaped like furniture lines ("Pictured: ...", "Source: ...", "By the
#                  time ...", "Monday, 3 March" as a timeline subheading, "See also: ...", "Comments closed at
#                  5pm, the council said.", "Tickets are on sale now ...");
#   long           long articles (10-20 paragraphs) with 2-3 furniture pieces inside;
#   brief          very short articles (a wire brief of 2-3 paragraphs) with a head and foot of furniture.
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


# ---------- mid-furniture: furniture inside the body next to the article's short lines ----------
a(
    "mid-furniture",
    "Council approves 4.99 per cent tax rise despite protests outside town hall",
    [
        "Councillors in Northampton have approved a 4.99 per cent rise in council tax, the maximum allowed without a referendum, after a three-hour meeting on Wednesday evening.",
        "About 200 people gathered outside the Guildhall before the vote, many carrying placards opposing cuts to library opening hours and the closure of two day centres.",
        "\"Save our libraries.\"",
        F("Advertisement"),
        "That was the chant that greeted councillors as they arrived, and it could still be heard inside the chamber when the budget was presented.",
        "The council's finance lead, Cllr Martin Hale, said the authority had no choice after a £14m shortfall in adult social care.",
        "\"Nobody came into politics to close a day centre,\" he said. \"But we have a legal duty to set a balanced budget, and this is the only way to do it.\"",
        "Opposition councillors said the cuts would fall hardest on older residents.",
        "The rise means a Band D household will pay £2,214 a year.",
    ],
)
a(
    "mid-furniture",
    "Why are egg prices still so high?",
    [
        "Shoppers across the US are still paying close to $5 for a dozen eggs, months after the worst of the bird flu outbreak that wiped out tens of millions of laying hens.",
        "So what is going on?",
        F("Story continues below advertisement"),
        "Producers say flocks take time to rebuild. A hen hatched today will not lay an egg for about five months, and farms that lost their birds must clean and disinfect their barns before restocking.",
        "Demand has also stayed strong, with Easter and the holiday baking season both pushing sales up.",
        "Will prices come down?",
        "The Department of Agriculture expects them to ease through the summer, but economists warn that a fresh wave of infections in the autumn migration season could push them back up.",
        "\"It's a fragile supply,\" said Amy Carter, an agricultural economist at Iowa State University. \"One bad month and we're back where we started.\"",
    ],
)
a(
    "mid-furniture",
    "Man jailed for 12 years over Limerick city stabbing",
    [
        "A 34-year-old man has been jailed for 12 years for stabbing another man outside a takeaway in Limerick city centre last year.",
        "Limerick Circuit Criminal Court heard the victim, a father of three, suffered a collapsed lung and spent 11 days in hospital.",
        F("READ MORE: Gardaí appeal for witnesses after Patrickswell crash"),
        "Judge Tom O'Donnell said the attack was unprovoked.",
        "The accused had pleaded guilty to assault causing harm and production of a knife.",
        "In a victim impact statement read to the court, the man said he no longer went out at night.",
        "\"I look over my shoulder everywhere I go.\"",
        F("READ MORE: Limerick hospital records its busiest day of the year"),
        "The final two years of the sentence were suspended.",
    ],
)
a(
    "mid-furniture",
    "Matatu fares rise as fuel prices hit new high",
    [
        M("NAIROBI"),
        "Commuters in Nairobi will pay up to Sh20 more per trip from Monday after matatu owners raised fares in response to the latest fuel price review by the Energy and Petroleum Regulatory Authority.",
        "Epra raised the price of diesel by Sh9.73 a litre in its monthly review, taking it to Sh191.83 in Nairobi.",
        *F(
            "Sign up for our daily newsletter",
            "Get the top stories delivered to your inbox every morning.",
            "Subscribe",
        ),
        "The Matatu Owners Association said the new fares would apply on these routes:",
        "- Thika Road: Sh100 to Sh120",
        "- Ngong Road: Sh80 to Sh100",
        "- Mombasa Road: Sh100 to Sh120",
        "Chairman Simon Kimutai said owners had held off as long as they could.",
        "Passengers were not impressed.",
    ],
)
a(
    "mid-furniture",
    "Floods: hundreds evacuated as river bursts its banks in Northern Rivers",
    [
        "Hundreds of residents in northern New South Wales have been told to leave their homes after the Wilsons River burst its banks overnight.",
        "The State Emergency Service issued evacuation orders for parts of Lismore and Coraki at 2am.",
        F("An SES crew rescues a resident from the roof of a car in Lismore on Tuesday morning."),
        F("Photo: Supplied / NSW SES"),
        "\"We're not waiting this time.\"",
        "Those were the words of Lismore mayor Steve Krieg, who said the town had learned hard lessons from the 2022 floods.",
        "More than 150 calls for help had been made by dawn, the SES said, including 40 flood rescues.",
        "Evacuation centres have opened at Southern Cross University and the Kyogle Memorial Institute.",
        "More rain is forecast for Wednesday.",
    ],
)
a(
    "mid-furniture",
    "Bank of Canada holds key rate at 2.75%",
    [
        M("OTTAWA"),
        "The Bank of Canada held its key interest rate at 2.75 per cent on Wednesday, pausing after seven straight cuts as it weighs the impact of U.S. tariffs on the economy.",
        "Governor Tiff Macklem said the bank was watching two things closely:",
        "- how much of the tariff cost businesses pass on to consumers",
        "- whether job losses in manufacturing spread to other sectors",
        F("Advertisement"),
        "\"There's a lot of uncertainty,\" Macklem told reporters. \"We need to be careful not to get ahead of ourselves.\"",
        "Most economists had expected the hold.",
        "The next decision is due June 4.",
    ],
)
a(
    "mid-furniture",
    "Karachi: three killed as bus overturns on Lyari Expressway",
    [
        "KARACHI: Three people were killed and at least 18 injured when a passenger bus overturned on the Lyari Expressway early on Sunday, police said.",
        "The bus was travelling from Sohrab Goth to Keamari when the driver apparently lost control near the Gulbai interchange.",
        *F("Share", "Facebook", "Twitter", "WhatsApp"),
        "What caused the crash?",
        "Police said the driver fled the scene and an inquiry was under way into whether the bus was speeding.",
        "The injured were taken to Civil Hospital Karachi, where two were said to be in critical condition.",
        "Rescue officials said the bus was overloaded.",
    ],
)
a(
    "mid-furniture",
    "Teachers' union calls off strike after pay deal",
    [
        "The Nigeria Union of Teachers in Lagos State has called off its planned indefinite strike after reaching an agreement with the state government on the new minimum wage.",
        "The union's chairman, Comrade Adedoyin Adesina, announced the decision at a press briefing in Ikeja on Friday.",
        "The deal",
        "Under the agreement, the state will implement the N70,000 minimum wage for teachers from next month and pay three months of arrears by December.",
        F("ALSO READ: Lagos to recruit 2,000 teachers for public schools"),
        "The state government also agreed to review the promotion backlog that has left some teachers on the same grade for eight years.",
        "What next",
        "Schools will open on Monday as planned.",
        "\"Our members will be in class,\" Adesina said.",
    ],
)
a(
    "mid-furniture",
    "Sandton fire: blaze guts office block, no injuries reported",
    [
        "A fire ripped through a five-storey office block in Sandton on Thursday afternoon, sending thick black smoke over the Johannesburg skyline.",
        "Emergency services spokesperson Robert Mulaudzi said about 300 people were evacuated from the building and neighbouring offices.",
        F("Image: Thulani Mbele / Sowetan"),
        "No injuries were reported.",
        "Firefighters were still damping down the building on Thursday evening.",
        "Mulaudzi said the cause of the fire was not yet known.",
        F("Subscribe to our newsletter and get the latest news delivered straight to your inbox."),
        "An investigation will follow.",
    ],
)
a(
    "mid-furniture",
    "Manila: MRT-3 service suspended for two hours after power outage",
    [
        "MANILA, Philippines — Thousands of commuters were stranded on Tuesday morning after a power outage halted MRT-3 trains for almost two hours during the rush hour.",
        "The Department of Transportation said the outage began at 6:40 a.m. and affected all 13 stations from North Avenue to Taft Avenue.",
        F("ADVERTISEMENT"),
        "\"Ang tagal!\"",
        "One commuter at the Cubao station, who gave only her first name, Liza, said she had waited for more than an hour.",
        "Limited operations resumed at 8:35 a.m., the DOTr said.",
        F("ADVERTISEMENT"),
        "Full service was restored by 9:10 a.m.",
    ],
)
a(
    "mid-furniture",
    "Dubai to add 1,000 more electric taxis this year",
    [
        "DUBAI: The Roads and Transport Authority (RTA) will add 1,000 more electric and hybrid taxis to Dubai's fleet this year, as it pushes to make the whole taxi fleet environmentally friendly by 2027.",
        "The new cars will be operated by Dubai Taxi and five franchise companies.",
        F("Also read"),
        F("Dubai Metro Blue Line: construction begins on first stations"),
        "Why does it matter?",
        "Taxis travel more than 400 million kilometres a year in Dubai, the RTA says, and switching them to electric and hybrid power is one of the fastest ways to cut road transport emissions.",
        "The authority said hybrid vehicles already made up more than 80 per cent of the fleet.",
        "Charging points will be added at taxi stands across the city.",
    ],
)
a(
    "mid-furniture",
    "Auckland Council votes to keep fluoride in water supply",
    [
        "Auckland Council has voted to keep fluoride in the city's drinking water after a heated debate at Thursday's governing body meeting.",
        "Councillors voted 14 to 6 against a motion that would have asked the Director-General of Health to review the decision.",
        "Tense scenes",
        "Several members of the public were removed from the gallery after interrupting the debate.",
        F("Follow RNZ on Facebook, Instagram and X"),
        "Councillor Maurice Williamson said the science was settled.",
        "\"Enough.\"",
        "That was all he said when asked whether the issue would come back.",
    ],
)
a(
    "mid-furniture",
    "Delhi: schools shut till Friday as AQI crosses 450",
    [
        M("NEW DELHI"),
        "All primary schools in Delhi will remain closed till Friday as the capital's air quality index crossed 450 for a third straight day, the Delhi government announced on Monday.",
        "Classes for students in Classes 6 to 12 will move online.",
        F("Also Read | Delhi pollution: GRAP Stage 4 curbs come into force"),
        "The measures under Stage 4 include:",
        "- a ban on trucks entering Delhi, except those carrying essential goods",
        "- a halt to all construction, including public projects",
        "- 50% of staff in government offices to work from home",
        F("Advertisement"),
        "Doctors have advised people with breathing problems to stay indoors.",
    ],
)
a(
    "mid-furniture",
    "Kenyan runner wins Boston Marathon in course record",
    [
        "Kenya's Sharon Lokedi won the Boston Marathon on Monday in a course record of 2:17:22, beating defending champion Hellen Obiri by 19 seconds.",
        F("Sharon Lokedi crosses the finish line on Boylston Street. (AP Photo/Charles Krupa)"),
        "It was her first win in Boston.",
        "Lokedi, 31, pulled away from Obiri in the final mile after the two ran together from Heartbreak Hill.",
        "\"I just believed,\" she said.",
        "Obiri, who won in 2023 and 2024, said she had no regrets.",
        F("Click here to get the latest sports news on WhatsApp"),
        "John Korir won the men's race.",
    ],
)
a(
    "mid-furniture",
    "Ryanair cancels 40 Dublin flights as French air traffic controllers strike",
    [
        "Ryanair has cancelled 40 flights to and from Dublin Airport on Thursday because of a strike by French air traffic controllers.",
        "The airline said more than 400 flights across its network had been cancelled, affecting about 70,000 passengers.",
        "Which flights are affected?",
        "Flights to French airports, including Paris Beauvais, Nice and Bordeaux, are the worst hit, but overflights to Spain and Italy have also been cancelled.",
        *F("Share this article", "Copy link", "Email"),
        "Passengers have been advised to check the status of their flight before travelling to the airport.",
        "Ryanair chief executive Michael O'Leary called on the EU to protect overflights during strikes.",
        "\"It's not fair on passengers.\"",
    ],
)
# ---------- repeat: paragraphs that legitimately repeat ----------
a(
    "repeat",
    "Thousands march in Cape Town against gender-based violence",
    [
        "Thousands of people marched through Cape Town's city centre on Saturday to demand tougher action on gender-based violence, a week after the murder of a 19-year-old student in Khayelitsha.",
        "The marchers, many dressed in black, walked from Keizersgracht to Parliament, where they handed over a memorandum addressed to President Cyril Ramaphosa.",
        "\"Enough is enough!\"",
        "The chant rose again and again as the crowd passed the Grand Parade.",
        "Organiser Thandeka Mbeki said the march was not only about one death. \"Every day we bury women in this country. Every single day,\" she said.",
        "A representative of the Presidency received the memorandum and promised a response within 14 days.",
        "As the crowd began to disperse, the chant started again.",
        "\"Enough is enough!\"",
    ],
)
a(
    "repeat",
    "Ballymun residents vow to fight closure of local Garda station",
    [
        "Residents in Ballymun have vowed to fight plans to close the area's Garda station at night, saying it will leave one of Dublin's busiest suburbs without a round-the-clock police presence.",
        "At a packed public meeting in the Axis Centre on Tuesday night, speaker after speaker said the same thing: the station has to stay open.",
        "Local councillor Noeleen Reilly said the community had not been consulted.",
        "\"Keep our station open.\"",
        "The words were printed on placards handed out at the door and on a banner behind the top table.",
        "A Garda spokesperson said the change would put more officers on the streets, not fewer.",
        "Residents are planning a march to the Dáil next month.",
        "\"Keep our station open.\"",
    ],
)
a(
    "repeat",
    "Two candidates, one statement: Kasarani by-election hopefuls both pledge clean water",
    [
        "The two main candidates in the Kasarani by-election have issued statements that, word for word, make the same promise.",
        "In separate press releases on Monday, the ODM candidate, Grace Wanjiru, and the UDA candidate, Peter Maina, both said:",
        "\"Every household in Kasarani will have clean running water within two years.\"",
        "Wanjiru's statement was sent at 10.14am. Maina's followed at 11.02am.",
        "\"Every household in Kasarani will have clean running water within two years.\"",
        "Both campaigns denied copying. A spokesperson for Maina said the pledge was \"common sense\" and that many people in the constituency were saying the same thing.",
        "The by-election is on March 27.",
    ],
)
a(
    "repeat",
    "Cricket star's posts spark row over selection",
    [
        "Former Pakistan captain Rashid Latif and fast bowler Mohammad Amir have both taken to social media to criticise the selection of the squad for the Champions Trophy.",
        "Latif wrote on X on Sunday:",
        "\"This is not a team for the future.\"",
        "Posted at 9:14 PM",
        "Amir posted a few hours later:",
        "\"Where is the plan? Same mistakes again.\"",
        "Posted at 9:14 PM",
        "The Pakistan Cricket Board declined to comment on the posts.",
        "Chief selector Asad Shafiq said on Monday that the squad had been picked on form and fitness.",
    ],
)
a(
    "repeat",
    "'We will rebuild': Bondi community gathers a year after the fire",
    [
        "'We will rebuild'",
        "A year to the day after the fire that destroyed 14 shops on Bondi Road, residents and traders gathered on Sunday to mark the anniversary and to look at what has been done.",
        "Nine of the shops have reopened. Three are still being rebuilt, and two owners have moved away.",
        "Café owner Maria Russo, whose business was the first to reopen, said the first weeks were the hardest.",
        "\"We will rebuild. That's what I said that night, standing on the footpath, and that's what we did.\"",
        "Waverley mayor Will Nemesh thanked the volunteers who had helped clear the site.",
        "We will rebuild. That's what I said that night, standing on the footpath, and that's what we did.",
        "The council has set up a fund for the owners still waiting to reopen.",
    ],
)
a(
    "repeat",
    "Hymn sung at the funeral of former Springbok coach",
    [
        "Hundreds of mourners gathered at the Dutch Reformed Church in Stellenbosch on Friday for the funeral of former Springbok coach Jan van der Merwe, who died last week at the age of 78.",
        "Former players, including three members of the 1995 World Cup squad, carried the coffin.",
        "His granddaughter read a poem he had written for her when she was a child. It ended:",
        "Go well, go slow, come home.",
        "The congregation sang Abide With Me, which van der Merwe had asked for.",
        "His son, Pieter, said his father had ended every phone call the same way for 50 years.",
        "Go well, go slow, come home.",
        "He is survived by his wife, Elna, three children and seven grandchildren.",
    ],
)
a(
    "repeat",
    "Government shutdown enters third week as talks stall",
    [
        "The federal government shutdown entered its third week on Tuesday with no sign of a deal, as about 800,000 federal workers missed a second paycheck.",
        "The shutdown entered its third week on Tuesday with no deal in sight and both parties blaming each other for the impasse.",
        "Senate Majority Leader John Thune said Republicans would not negotiate until the government reopened.",
        "Democrats said they would not vote for a funding bill that did not extend health care subsidies.",
        "\"We're not going anywhere,\" Senate Minority Leader Chuck Schumer said.",
        "Air traffic controllers, who are working without pay, have begun calling in sick in larger numbers, causing delays at airports in New York and Chicago.",
        "\"We're not going anywhere,\" Thune said hours later.",
        "The Senate is due to vote again on Thursday.",
    ],
)
a(
    "repeat",
    "Super Eagles fans chant coach's name as Nigeria qualify",
    [
        "Nigeria booked their place at the Africa Cup of Nations with a 2-0 win over Benin in Uyo on Tuesday, and the crowd at the Godswill Akpabio Stadium let coach Eric Chelle know how they felt.",
        "\"Chelle! Chelle! Chelle!\"",
        "Victor Osimhen opened the scoring in the 23rd minute and Ademola Lookman added the second just after half-time.",
        "Chelle, who took charge in January, said the win belonged to the players.",
        "\"They gave everything. I am proud of them,\" he said.",
        "At the final whistle the chant came back louder.",
        "\"Chelle! Chelle! Chelle!\"",
        "Nigeria will learn their group opponents in next month's draw.",
    ],
)
a(
    "repeat",
    "Lahore smog: schools closed, markets to shut at 8pm",
    [
        "Schools closed, markets to shut early as smog chokes Lahore",
        "Schools in Lahore will remain closed for a week and markets must shut by 8pm as smog chokes the city, the Punjab government said on Saturday.",
        "Lahore's air quality index reached 1,067 on Saturday morning, the highest ever recorded in the city.",
        "Senior Minister Marriyum Aurangzeb said the measures would be reviewed next week.",
        "Pharmacies, hospitals and petrol pumps are exempt from the early closing.",
        "Doctors said hospital wards were full of children with breathing problems.",
    ],
)
a(
    "repeat",
    "The song that became a protest anthem in Manila",
    [
        "For three weeks, the same song has been heard every evening on EDSA.",
        "Protesters opposing the flood-control corruption scandal have adopted Bayan Ko, the patriotic song that became an anthem of the 1986 People Power revolt.",
        "Its last line is sung loudest:",
        "Ibon mang may layang lumipad, kulungin mo at umiiyak.",
        "Student leader Andrea Cruz said the song connected her generation to their parents'.",
        "\"My mother sang it in 1986. Now I sing it,\" she said.",
        "On Sunday night, as police asked the crowd to clear the road, they sang it again.",
        "Ibon mang may layang lumipad, kulungin mo at umiiyak.",
        "The protest ended peacefully at about 11pm.",
    ],
)
a(
    "repeat",
    "Wellington water: boil notice for three suburbs",
    [
        "Wellington Water has issued a boil water notice for three suburbs after E. coli was found in a reservoir.",
        "A boil water notice is in place for Karori, Northland and Kelburn after E. coli was detected in the Karori reservoir on Sunday.",
        "Residents should boil water for at least one minute before drinking it, brushing teeth or preparing food.",
        "The notice will stay in place until three clear tests in a row have been returned.",
        "Bottled water is available at the Karori Community Centre.",
    ],
)
# ---------- shape-caption: article lines shaped like captions ----------
a(
    "shape-caption",
    "Photo exhibition shows Belfast's shipyard workers as never seen before",
    [
        "An exhibition of more than 100 photographs of Harland and Wolff workers, most of them never shown in public, has opened at the Ulster Museum.",
        "The pictures were taken between 1948 and 1972 by the shipyard's own photographer, Robert Hanna, and lay in boxes in his daughter's attic for decades.",
        "Pictured: a welder on the hull of the Canberra in 1959, his face lit by the arc.",
        "That image, which opens the exhibition, has already become its most talked-about.",
        "Left to right: Sammy Kerr, Billy Thompson and Jim McAllister, three riveters photographed on their last shift in 1971.",
        "Hanna's daughter, Margaret, said her father knew most of the men by name.",
        "\"He wasn't an outsider. He was one of them,\" she said.",
        "The exhibition runs until 31 August. Entry is free.",
    ],
)
a(
    "shape-caption",
    "Inquest hears CCTV images of teenager's final hours",
    [
        "An inquest into the death of a 17-year-old who drowned in the River Severn has been shown CCTV images of his final hours.",
        "Shrewsbury Coroner's Court heard that Owen Price had been out with friends in the town centre on the night of 14 December.",
        "Above: the last image of Owen, captured by a camera on Frankwell footbridge at 11.52pm.",
        "Detective Sergeant Claire Morris told the court that the footage showed him walking alone towards the river path.",
        "Below: the river path, which has no lighting and no railings for about 200 metres.",
        "The court heard his body was found two days later.",
        "A toxicology report found alcohol in his blood but no drugs.",
        "The inquest continues.",
    ],
)
a(
    "shape-caption",
    "Archive photographs reveal Nairobi of the 1950s",
    [
        "A collection of previously unpublished photographs of Nairobi in the 1950s has been donated to the Kenya National Archives by the family of a former railway engineer.",
        "The 340 images show the city's streets, markets and railway yards at a time of rapid change.",
        "In one, taken in 1954, Government Road is almost empty of cars.",
        "Photo by photo, archivists are now trying to identify the people and places in them, because the engineer left no notes.",
        "The archives are asking members of the public who recognise people or places in the photographs to come forward.",
    ],
)
a(
    "shape-caption",
    "From left: the three women who ran Lagos's first all-female taxi firm",
    [
        "In 1987, three friends in Surulere started a taxi company that only employed women drivers. It ran for 11 years.",
        "From left: Mrs Bisi Ogunleye, Mrs Kemi Adeyemo and Mrs Ronke Balogun, photographed outside their office on Bode Thomas Street in 1989.",
        "The picture, now held by Mrs Adeyemo's daughter, is the only one of the three together.",
        "\"People laughed at us at first,\" Mrs Adeyemo, now 79, said. \"Then they started asking for us by name.\"",
        "The firm closed in 1998 when fuel scarcity made it impossible to keep the cars on the road.",
    ],
)
a(
    "shape-caption",
    "Court sees photographs of dog attack injuries",
    [
        "A jury at Christchurch District Court has been shown photographs of the injuries suffered by a postal worker who was attacked by two dogs in Riccarton.",
        "Warning: the court heard graphic evidence.",
        "The woman, 52, suffered deep bites to both arms and her left leg and needed three operations.",
        "The dogs' owner, a 44-year-old man, denies owning a dangerous dog causing serious injury.",
        "File photo: a NZ Post delivery van.",
        "NZ Post said it was supporting the worker and her family.",
        "The trial continues.",
    ],
)
# ---------- shape-credit: the article's own source lines ----------
a(
    "shape-credit",
    "Council spent £2.4m on consultants last year, report shows",
    [
        "Bristol City Council spent £2.4m on management consultants in the last financial year, almost double the year before.",
        "The biggest contract, worth £640,000, went to a firm hired to review the council's housing repairs service.",
        "Source: the council's annual report, published on Tuesday.",
        "Opposition councillors said the money would have been better spent on the repairs themselves.",
        "A council spokesperson said the consultants had identified savings of £5m a year.",
    ],
)
a(
    "shape-credit",
    "Inflation eases to 3.2% in April",
    [
        "Canada's annual inflation rate eased to 3.2 per cent in April from 3.6 per cent in March, as gasoline prices fell.",
        "Prices rose 0.2 per cent on a monthly basis.",
        "Economists had expected the rate to fall to 3.3 per cent.",
        "Source: Statistics Canada",
        "Shelter costs remained the biggest contributor to inflation, rising 5.9 per cent from a year earlier.",
        "The Bank of Canada meets next on June 5.",
    ],
)
a(
    "shape-credit",
    "Pakistan's remittances hit record $4.1bn in March",
    [
        "ISLAMABAD: Overseas Pakistanis sent home a record $4.1 billion in March, the State Bank of Pakistan (SBP) said on Thursday, driven by Ramazan and Eid.",
        "Remittances rose 37 per cent from the same month last year.",
        "The biggest sources were:",
        "Saudi Arabia: $987m",
        "UAE: $842m",
        "UK: $684m",
        "US: $419m",
        "Data: State Bank of Pakistan",
        "Finance Minister Muhammad Aurangzeb said the inflows would support the rupee.",
    ],
)
a(
    "shape-credit",
    "Graphic: how Perth's house prices have changed",
    [
        "Perth house prices rose 1.9 per cent in March, the fastest rate of any capital city, according to the latest CoreLogic figures.",
        "The median house value in Perth is now $812,000, up from $560,000 five years ago.",
        "Credit: CoreLogic Home Value Index, March 2025",
        "Analysts said the city's strong jobs market and a shortage of homes for sale were driving the rise.",
        "Sydney remained the most expensive city, with a median of $1.49 million.",
    ],
)
# ---------- shape-byline: sentences that open like bylines ----------
a(
    "shape-byline",
    "Armed robbers escape after raid on Enugu bank",
    [
        "Armed robbers attacked a commercial bank in Enugu on Wednesday afternoon, killing a security guard and escaping with an unknown amount of cash.",
        "Witnesses said the gang arrived in two cars at about 2pm and fired into the air.",
        "By the time police arrived, they had gone.",
        "The state police command spokesman, DSP Daniel Ndukwe, said a manhunt had begun.",
        "By Thursday morning, two suspects had been arrested.",
    ],
)
a(
    "shape-byline",
    "Parliament passes Finance Bill amid walkout",
    [
        "The National Assembly passed the Finance Bill on Tuesday night after opposition MPs walked out of the chamber.",
        "By a vote of 195 to 106, MPs approved the bill, which raises taxes on mobile money transfers and imported goods.",
        "By law, the President has 14 days to sign it.",
        "The opposition said it would challenge the bill in court.",
        "By then, protesters had gathered outside Parliament Buildings.",
    ],
)
a(
    "shape-byline",
    "Dubai Metro breaks ridership record on New Year's Eve",
    [
        "By 3am on January 1, the Dubai Metro had carried more than 1.1 million passengers, a record for a single day, the Roads and Transport Authority said.",
        "The metro ran for 43 hours without stopping, from 5am on December 31 to midnight on January 1.",
        "By midnight, queues at the Burj Khalifa/Dubai Mall station stretched out on to the street.",
        "The tram carried a further 64,000 passengers.",
    ],
    None,
)
# ---------- shape-date: dates as the article's own subheadings ----------
a(
    "shape-date",
    "Timeline: how the water crisis unfolded in Hammanskraal",
    [
        "Residents of Hammanskraal, north of Pretoria, have been without safe tap water for more than two years. Here is how the crisis unfolded.",
        "Monday, 15 May 2023",
        "The first cases of cholera are reported at Jubilee Hospital.",
        "Sunday, 21 May 2023",
        "The death toll reaches 15. The City of Tshwane tells residents not to drink tap water.",
        "Thursday, 8 June 2023",
        "The SA Human Rights Commission finds that the city has violated residents' right to water.",
        "Friday, 14 March 2025",
        "The city says the new Rooiwal treatment works will be finished by 2027.",
    ],
)
a(
    "shape-date",
    "Diary of a flood: six days in Gympie",
    [
        "Gympie has flooded many times, but never like this. Our reporter was there for six days.",
        "Monday",
        "The Mary River rises two metres overnight. By lunch, the main street is closed.",
        "Tuesday",
        "Water reaches the ceilings of shops on Mary Street.",
        "Wednesday",
        "The river peaks at 22.9 metres.",
        "Saturday",
        "The clean-up begins.",
    ],
)
a(
    "shape-date",
    "Kenya's Gen Z protests: what happened, day by day",
    [
        "A week of protests against the Finance Bill left at least 23 people dead. Here is what happened.",
        "June 18, 2024",
        "Hundreds of young people gather in Nairobi's CBD as MPs debate the bill.",
        "June 25, 2024",
        "Protesters break into Parliament. Police open fire.",
        "June 26, 2024",
        "President William Ruto withdraws the bill.",
    ],
)
# ---------- shape-related: the article's own "See also" and links ----------
a(
    "shape-related",
    "Residents told to check bin collection days after route changes",
    [
        "Households in Cork city are being told to check their bin collection days after the council changed most of its routes from Monday.",
        "About 40,000 homes will have a new collection day.",
        "The council said the new routes would cut the distance its trucks travel by 15 per cent.",
        "See also: the council's website, which has a postcode search for the new days.",
        "Residents who miss a collection can report it by phone.",
    ],
)
a(
    "shape-related",
    "DNA test reunites Quezon City mother with son lost in 1995 flood",
    [
        "A woman from Quezon City who was separated from her son during a flood in 1995 has found him, 30 years later, with the help of a DNA test.",
        "Nora Santos, 68, said she had never stopped looking.",
        "\"I knew he was alive,\" she said.",
        "The reunion took place in a church in Marikina on Sunday.",
        "For more information on the tracing service, visit the DSWD website or call its hotline.",
    ],
)
a(
    "shape-related",
    "Lottery winner donates half his prize to his old school",
    [
        "A Karachi schoolteacher who won Rs50 million in a prize bond draw has given half of it to the government school where he studied as a boy.",
        "Read more about the school on its page on the Sindh education department's website, the department said in a post on Friday.",
        "Abdul Rehman, 54, said the school had given him everything.",
        "The money will pay for a new science lab and library.",
    ],
)
# ---------- shape-comment: comment-furniture words in news sentences ----------
a(
    "shape-comment",
    "Council extends consultation on town centre parking charges",
    [
        "Comments closed at 5pm, the council said.",
        "Cheshire East Council had planned to end its consultation on new parking charges in Crewe and Macclesfield on Friday, but said on Thursday it would reopen it for two weeks after a problem with its online form.",
        "More than 3,000 people have responded so far.",
        "Join the conversation at one of four drop-in sessions, the council said in a leaflet sent to households.",
        "Councillor Laura Crane said no decision had been made.",
    ],
)
a(
    "shape-comment",
    "Minister defends decision to delete social media comments",
    [
        "Queensland's health minister has defended her office's decision to hide hundreds of comments on a Facebook post about hospital waiting times.",
        "\"Comments are moderated,\" a spokesperson said. \"Abusive ones are hidden. That has always been the policy.\"",
        "Opposition health spokesperson said hiding criticism was not moderation.",
        "Leave a comment, the post had said.",
        "More than 1,200 people did, before most of them disappeared.",
    ],
)
a(
    "shape-comment",
    "Residents have their say on Ottawa's LRT extension",
    [
        "More than 400 people turned up at a public meeting in Barrhaven on Wednesday to discuss plans to extend the O-Train south.",
        "Have your say, the city's posters said.",
        "Residents did. Many said the extension was years late.",
        "\"We were promised this in 2019,\" said one man.",
        "The city will publish a report on the consultation in the fall.",
    ],
)
# ---------- shape-promo: promo-shaped sentences in news ----------
a(
    "shape-promo",
    "Gaiety panto returns with record ticket sales",
    [
        "The Gaiety Theatre's Christmas pantomime has broken its own ticket sales record, with more than 60,000 seats sold before opening night.",
        "This year's show, Cinderella, stars Twink for the 25th time.",
        "Tickets are on sale now at the box office.",
        "The theatre said extra matinees had been added for the week after Christmas.",
        "Producer Alan Hughes said the panto had become a family tradition for generations of Dubliners.",
    ],
)
a(
    "shape-promo",
    "Karachi Eat food festival returns this weekend",
    [
        "Karachi Eat, the city's biggest food festival, returns to Beach View Park from Friday to Sunday, with more than 150 stalls.",
        "Entry costs Rs1,000 for adults. Children under 12 get in free.",
        "Tickets are available online and at the gate.",
        "Organisers said this year's festival would have a zero-waste area.",
        "The festival runs from 4pm to midnight each day.",
    ],
)
a(
    "shape-promo",
    "Free flu vaccines available at pharmacies from Monday",
    [
        "People aged 65 and over and children aged 6 months to 5 years can get a free flu vaccine at pharmacies across New Zealand from Monday.",
        "Book now, Health NZ said, as demand was expected to be high.",
        "Last year 1.2 million people were vaccinated.",
        "Don't miss out: the free vaccine is available until the end of December.",
        "Pharmacists said stock was good.",
    ],
)
a(
    "shape-promo",
    "Mall operators offer free parking to lure shoppers back",
    [
        "Three of Johannesburg's biggest malls will offer free parking for the rest of the year as they try to win back shoppers lost to online stores.",
        "Shop now, pay later schemes have also grown, retailers say.",
        "Sales at the malls fell by 6 per cent last year.",
        "Download the app to get a parking voucher, one mall tells shoppers on posters at its entrances.",
        "Retail analysts said free parking alone would not be enough.",
    ],
)
# ---------- long: 10-20 paragraphs with 2-3 furniture pieces inside ----------
a(
    "long",
    "Junior doctors begin five-day strike in England",
    [
        "Resident doctors in England have begun a five-day walkout in a dispute over pay, the first strike since the government came to power.",
        "The British Medical Association (BMA) said its members had been left with no choice after talks with Health Secretary Wes Streeting broke down on Thursday.",
        "Picket lines formed outside hospitals from 7am, including at St Thomas' in London, Leeds General Infirmary and Manchester Royal Infirmary.",
        "NHS England said most planned operations and appointments would go ahead, but warned of disruption.",
        F("Advertisement"),
        "What do the doctors want?",
        "The BMA says resident doctors' pay is still about a fifth lower in real terms than in 2008, even after a 22 per cent rise over two years and this year's 5.4 per cent award.",
        "It wants the government to commit to a path to restore pay in full.",
        "What has the government said?",
        "Mr Streeting said the strike was unnecessary and that he had offered to work with the BMA on non-pay issues such as exam fees and rota changes.",
        "\"I've been clear that we cannot go further on pay this year,\" he said.",
        F("Junior doctors on a picket line outside Leeds General Infirmary on Friday morning"),
        F("Image: PA Media"),
        "On the picket line",
        "Outside St Thomas', Dr Amira Hassan, 28, said she had not wanted to strike.",
        "\"I'd rather be on the ward. But I can't see my friends leave for Australia one by one and do nothing.\"",
        "Patients were mostly supportive, she said.",
        *F("Get our free daily newsletter", "Sign up", "By signing up you agree to our privacy policy."),
        "The strike ends at 7am on Wednesday.",
        "The BMA said further dates would be announced if there was no progress.",
    ],
)
a(
    "long",
    "Inside the fight to save Lake Naivasha's fishing industry",
    [
        "NAIVASHA — At 5am the boats are already out.",
        "On a good morning, Joseph Kariuki's crew of four brings back 30 kilos of tilapia. On a bad one, they bring back nothing.",
        "\"Ten years ago, nobody came back with nothing,\" he says.",
        "The lake, about 100 kilometres north-west of Nairobi, has risen by more than three metres since 2020, flooding hotels, farms and the fish landing beaches that once served hundreds of fishermen.",
        F("ADVERTISEMENT"),
        "Scientists say the rise is linked to heavier rainfall and to soil washed into the lake from farms and forests upstream.",
        "At the same time, invasive water hyacinth has spread across the surface, choking the shallow breeding grounds.",
        "The numbers",
        "- Fish catch down 60% since 2015",
        "- 1,400 licensed fishermen",
        "- 3.2 metres rise in water level since 2020",
        F("READ: Floods displace thousands in Rift Valley as rains continue"),
        "The county government has launched a programme to clear the hyacinth by hand and to restock the lake with fingerlings.",
        "\"We have cleared about 400 acres,\" said county fisheries officer Mary Wambui. \"But it comes back.\"",
        "Some fishermen have given up.",
        "Kariuki has not.",
        "\"My father fished here. I will fish here,\" he says.",
        "Then he pushes the boat out.",
    ],
)
a(
    "long",
    "Kolkata: how a 150-year-old tram network is fighting to survive",
    [
        "KOLKATA: Every morning at 6.30 a.m., a blue-and-white tram leaves the Esplanade depot, bell clanging, and rolls north towards Shyambazar.",
        "It is one of only two routes still running in a city that once had 37.",
        "The West Bengal government announced last year that it would shut most of the network to ease traffic congestion, prompting protests from heritage groups and commuters.",
        "The Calcutta High Court has since asked the government to explain its plan.",
        F("Also Read | Kolkata Metro: new line to open on Howrah route"),
        "\"The tram is Kolkata,\" said Debashish Bhattacharya, who founded the Calcutta Tram Users' Association.",
        "The association has collected 40,000 signatures.",
        "What the government says",
        "Transport minister Snehasis Chakraborty said trams were slow and blocked roads that were already too narrow.",
        "\"We respect the heritage. But we also have to move people,\" he said.",
        F("Story continues below this ad"),
        "What commuters say",
        "Gita Sen, 67, takes the tram to the flower market twice a week.",
        "\"It's cheap. It's slow. I like slow.\"",
        "The court will hear the case again on 12 January.",
        "Until then, the trams will run.",
    ],
)
a(
    "long",
    "Bushfire survivors tell royal commission of the night the town burned",
    [
        "Survivors of the fire that destroyed much of the Victorian town of Harrietville have told a royal commission of the night the flames came over the hill.",
        "The commission, sitting in Bright, heard evidence from 11 residents on Monday.",
        "Several broke down as they gave evidence.",
        "Carol Dunn, 71, said she had received no warning on her phone until after her house was already alight.",
        "\"I saw it before I got the message. I saw the glow,\" she said.",
        F("Story continues below advertisement"),
        "Counsel assisting the commission, Rachel Doyle SC, asked her what she did next.",
        "\"I ran.\"",
        "Mrs Dunn and her husband drove to the town's oval, where about 60 people spent the night.",
        "Two people in the town died.",
        F("Residents shelter at the Harrietville oval on the night of the fire."),
        F("Picture: Jason South"),
        "Emergency Management Victoria has said the warning system failed because mobile towers in the valley lost power.",
        "The commission will hold hearings in Melbourne next month.",
        "If this story has raised issues for you, you can call Lifeline on 13 11 14.",
    ],
)
a(
    "long",
    "Toronto's housing crunch: why renters are leaving the city",
    [
        "For the first time in more than a decade, Toronto's population is growing more slowly than the rest of Ontario, and renters are driving the shift.",
        "Statistics Canada figures released Wednesday show that nearly 90,000 people left the city for other parts of the province last year.",
        "Many of them are young families.",
        "Rebecca Tang and her husband moved to Hamilton in March.",
        "\"We were paying $3,100 for a two-bedroom. In Hamilton we pay $2,200 for a house with a yard,\" she said.",
        F("ADVERTISEMENT"),
        F("Story continues below advertisement"),
        "Rents in Toronto have fallen slightly this year, according to Rentals.ca, but are still about 40 per cent higher than five years ago.",
        "Who is leaving?",
        "Demographers say the people leaving are mostly aged 25 to 44.",
        "\"They're the people who would be buying their first home,\" said Ryerson demographer Sarah Kim.",
        "Who is staying?",
        "New arrivals from overseas continue to settle in the city, which has kept its population growing overall.",
        F("RELATED: Ontario to build 1.5 million homes by 2031, province says"),
        "The city says it is speeding up approvals for new rental buildings.",
        "Tang says she does not miss the commute.",
        "\"I miss the city. I don't miss the rent.\"",
    ],
)
a(
    "long",
    "Floods in Sindh: a village waits for the water to go down",
    [
        "DADU: The water is still there.",
        "Three weeks after floods swept through the village of Goth Ali Mohammad, about 20 kilometres from Dadu city, brown water still covers the fields and reaches the windows of most houses.",
        "About 400 families lived here. Fewer than 50 have come back.",
        "Those who have returned live on the raised road that runs past the village, in tents provided by the provincial disaster management authority.",
        F("Advertisement"),
        "\"We have nowhere else to go,\" said Zubaida Bibi, 45, a mother of six.",
        "Her cotton crop, which she had planned to sell to pay for her daughter's wedding, is gone.",
        "Aid arrives, but slowly.",
        "The PDMA says it has distributed 12,000 food packs in the district.",
        "Villagers say they have received one each.",
        F("Advertisement"),
        "Doctors at a camp run by a charity said they were seeing cases of diarrhoea, malaria and skin infections.",
        "\"The children are the worst affected,\" said Dr Asif Memon.",
        "The Sindh government says it will pay Rs25,000 to each affected family.",
        "It has not said when.",
    ],
)
# ---------- brief: a wire brief of 2-3 paragraphs with a head and foot of furniture ----------
a(
    "brief",
    F("Home | News | World | Business | Sport | Opinion"),
    [
        "Earthquake of magnitude 5.8 hits off Mindanao",
        "A magnitude 5.8 earthquake struck off the coast of Mindanao in the southern Philippines on Saturday, the Philippine Institute of Volcanology and Seismology said.",
        "There were no immediate reports of damage or casualties.",
        M("— Reuters"),
        *F("Share", "Facebook", "X", "Most Read", "Senate approves bill on rice tariffs", "PBBM to visit Japan next week"),
    ],
)
a(
    "brief",
    F("Skip to content"),
    [
        F("Sign in | Register"),
        "Man dies in Donegal farm accident",
        "A man in his 60s has died in a farm accident in Co Donegal.",
        "He was injured while working with machinery on a farm near Ballybofey on Tuesday afternoon.",
        "The Health and Safety Authority has been notified.",
        *F("Share", "Copy link", "Related stories", "Farm deaths rise to 22 this year"),
    ],
)
a(
    "brief",
    F("Business | Markets | Companies | Economy"),
    [
        "Rupee closes flat at 83.45 against dollar",
        "MUMBAI: The rupee closed flat at 83.45 against the US dollar on Friday.",
        "Forex traders said steady foreign inflows were offset by dollar demand from importers.",
        M("(With inputs from PTI)"),
        *F("Also Read", "Sensex ends 200 points higher led by IT stocks", "Gold price today: yellow metal steady at Rs 72,000"),
    ],
)
a(
    "brief",
    F("News | Sport | Business | Lifestyle | Entertainment"),
    [
        "Two arrested after Ikorodu shooting",
        "Police in Lagos have arrested two men after a shooting at a bar in Ikorodu on Sunday night in which one person was injured.",
        "\"Investigation is ongoing,\" police spokesman Benjamin Hundeyin said.",
        *F("Join our WhatsApp channel", "Advertisement", "© 2025 Example Newspapers Limited"),
    ],
)
a(
    "brief",
    F("Menu"),
    [
        F("Search"),
        "Power restored to 20,000 homes in Canterbury",
        "Power has been restored to about 20,000 homes in Canterbury after a fault at a substation left parts of Christchurch in the dark on Monday night.",
        "Orion said the outage lasted about two hours.",
        "It is investigating the cause.",
        *F("Share on Facebook", "Share on X", "Email", "Latest news", "Weather: snow to sea level in Southland"),
    ],
)
a(
    "brief",
    F("UAE | Gulf | World | Business | Sport"),
    [
        "Sharjah: fire breaks out in Al Nahda tower",
        "SHARJAH: A fire broke out in a residential tower in Al Nahda on Monday evening, Sharjah Police said.",
        "Residents were evacuated. No injuries were reported.",
        M("— WAM"),
        *F("Follow us on Google News", "Related", "Abu Dhabi: new traffic fines come into force", "© Example Media 2025"),
    ],
)
a(
    "brief",
    F("Sign in"),
    [
        F("Subscribe"),
        "Polls close in Kenya's Mbeere North by-election",
        "Polling stations in Mbeere North closed at 5pm on Thursday.",
        "Counting is under way.",
        "Results are expected on Friday.",
        *F("Share", "Tweet", "WhatsApp", "Trending", "KCSE results to be released next week"),
    ],
)
# ---------- more mid-furniture ----------
a(
    "mid-furniture",
    "Queensland premier announces snap budget review",
    [
        M("BRISBANE"),
        "Queensland Premier David Crisafulli has ordered a review of every state government department's spending, saying the books were in worse shape than he had been told.",
        F("Advertisement"),
        "The review will be led by former Treasury secretary Gerard Bradley.",
        "It is due to report in December.",
        F("Advertisement"),
        "Labor said the review was a pretext for cuts.",
    ],
)
a(
    "mid-furniture",
    "SA load-shedding: Eskom suspends power cuts for the weekend",
    [
        "Eskom has suspended load-shedding from 5am on Saturday until Monday morning, the power utility said.",
        "It said the recovery of generating units at Kusile and Medupi had helped.",
        F("READ MORE: Eskom tariffs to rise by 12.7% in April"),
        "Stage 2 will return at 5am on Monday.",
        "Here is the schedule for next week:",
        "Monday: Stage 2, 5am to 4pm",
        "Tuesday: Stage 2, 5am to 4pm",
        "Wednesday: Stage 1, 5am to 4pm",
        F("Subscribe to our newsletter"),
        "Eskom said it would update the public if anything changed.",
    ],
)
a(
    "mid-furniture",
    "Man dies after being struck by vehicle in Mississauga",
    [
        "A man has died after being struck by a vehicle in Mississauga on Tuesday night, Peel Regional Police say.",
        "Officers were called to the area of Hurontario Street and Eglinton Avenue at about 10:30 p.m. for reports of a pedestrian struck.",
        "The man, believed to be in his 60s, was taken to a trauma centre, where he was pronounced dead.",
        F("ADVERTISEMENT"),
        F("Story continues below advertisement"),
        "The driver remained at the scene.",
        "Police have not released the man's name.",
        "The investigation continues.",
    ],
)
a(
    "mid-furniture",
    "Woman seriously injured in Tralee hit-and-run",
    [
        "A woman in her 40s is in a serious condition in hospital after a hit-and-run in Tralee, Co Kerry, on Saturday night.",
        "The woman was struck by a car on Rock Street at about 11.40pm. The car did not stop.",
        "She was taken to University Hospital Kerry.",
        *F("Share", "Facebook", "X", "Email"),
        "Gardaí are appealing for witnesses.",
        "\"Any information at all could help,\" a garda said.",
        "The road was closed overnight.",
    ],
)
a(
    "mid-furniture",
    "Abuja: FCTA reviews taxi fares after fuel price rise",
    [
        "The Federal Capital Territory Administration has approved new fares for taxis and buses in Abuja following the latest increase in the pump price of petrol.",
        "The Secretary of the Transportation Secretariat, Chinedum Elechi, announced the new fares at a meeting with transport unions on Thursday.",
        F("ALSO READ: Petrol now sells for N1,030 per litre in Abuja"),
        F("ALSO READ: NNPC reduces pump price in Lagos, Abuja"),
        "The new fares are:",
        "- Berger to Kubwa: N700",
        "- Area 1 to Nyanya: N600",
        "- Wuse to Gwarinpa: N500",
        "Unions said drivers would comply.",
    ],
)
a(
    "mid-furniture",
    "Surfer bitten by shark off NSW mid-north coast",
    [
        "A surfer has been bitten by a shark off a beach on the NSW mid-north coast.",
        "The man, in his 30s, was surfing at Lighthouse Beach in Port Macquarie about 7.30am on Wednesday when he was bitten on the leg.",
        "Other surfers helped him to shore, where paramedics treated him for serious injuries.",
        F("Lighthouse Beach at Port Macquarie has been closed for 24 hours."),
        F("Image: Nine News"),
        "He was flown to John Hunter Hospital in a stable condition.",
        "The beach will stay closed until Thursday.",
        "It is the third shark bite in NSW this year.",
    ],
)
a(
    "mid-furniture",
    "Bihar: board postpones Class 12 exams after paper leak",
    [
        M("PATNA"),
        "The Bihar School Examination Board has postponed the Class 12 physics and chemistry exams after the question papers were found circulating on social media on Monday night.",
        "Board chairman Anand Kishor said an inquiry had been ordered and an FIR lodged.",
        *F("Subscribe to our newsletter", "Get the day's top stories in your inbox.", "Subscribe"),
        "New dates will be announced this week.",
        "All other exams will go ahead.",
        "Students were told not to panic.",
    ],
)
a(
    "mid-furniture",
    "Abu Dhabi launches free bus service on Saadiyat Island",
    [
        "ABU DHABI: The Integrated Transport Centre (ITC) has launched a new bus route linking Saadiyat Island's cultural district with the city centre.",
        "Route 94 will run every 20 minutes from 6am to midnight, stopping at the Louvre Abu Dhabi, Saadiyat Beach and Marina Mall.",
        "The service will be free for the first three months.",
        F("Advertisement"),
        F("Advertisement"),
        "Is it for residents only?",
        "No. Visitors can ride too.",
        "Payment after the free period will be by Hafilat card.",
    ],
)

"""Confident wrong answers strangers' readings of the rules found, each kept from coming back:
a short article, its title, a question, and what the reader must (or must not) see first."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_CHAIRMAN = (
    "Peter Vask resigned as chief technology officer of Quorra Robotics in June 2022. Maria "
    "Gatti, the chief financial officer, confirmed the departure. Laura Bose, the chief "
    "executive, said he had misled investors about the robot's progress. In 2023 she was "
    "named chairman of Quorra Robotics."
)
_COO = (
    "Tidewell Robotics, a Denver warehouse-automation company, hired Maria Castellano-Ruiz in "
    "2019. Daniel Okafor-Webb joined the board in 2020. She became chief operating officer of "
    "Tidewell Robotics in March 2022. The company raised $40 million in 2023."
)
_SEARCH = (
    "Corvel Foods, a Chicago snack maker, ousted its chief executive, Thomas Brandt, in January "
    "2023. The chief executive's post stayed empty until May 2023, when the board hired Anna "
    "Lindqvist, a recruiting consultant, to run the search. The search was still going on in "
    "March 2025."
)
_JOINED = (
    "Daniel Okafor-Webb started his career in 2015, when he joined Kestrel Freight, a "
    "trucking-software company that Laura Bose had founded. It employs 80 people."
)
_HIRED_BY_FOUNDER = (
    "Laura Bose founded Kestrel Freight, a Memphis trucking-software company, in 2013 and hired "
    "Daniel Okafor-Webb as its first engineer. Kestrel Freight employs 80 people."
)
_LATER_JOINED = (
    "Peter Varga co-founded Quorra in 2017 with Laura Bose, a chemist. The pair met at a "
    "meetup in Pittsburgh. Investors put in $3 million in 2018.\n\nThe money split the "
    "founders. He resigned in June 2022, and that fall he co-founded Halyard Motion, a "
    "Cleveland robotics company. Halyard has raised $22 million. In 2024 Varga also joined "
    "Brannock Logistics, a trucking company, as an adviser."
)
_LOOK_BACK = (
    "In March 2023, the board of Quorra Robotics voted to remove Laura Bose as chief "
    "executive.\n\nBose had founded Quorra in January 2017 with $50,000 of her own "
    "savings.\n\nEmployees protested for weeks. The board reinstated Bose that May."
)
_CONSULTANT = (
    "In 2020, Quorra Robotics hired Marcus Fenn, who had been a management consultant for a "
    "decade, as its president. Quorra employs 260 people."
)
_ADVISING = (
    "In 2020, Quorra Robotics hired Marcus Fenn, who had spent a decade with a team of "
    "consultants advising the company's founder, as its president. Fenn previously worked at "
    "Brannock Logistics in Ohio."
)
_ADVISER = (
    "Brightmill Software, a Seattle payroll company, was founded by Laura Whitcombe in 2014. In "
    "2020 it brought in Thomas Brandt, the chief executive of Orrin Labs, as a part-time "
    "adviser. He left the company in 2022."
)
_CHAIR_LEFT = (
    "Quorra Robotics named Laura Bose chairman in 2019. In 2020 the board also made Bose chief "
    "executive. She quit in 2022 as chairman to let an outsider lead the board, but she "
    "remains chief executive."
)
_NEEDED = (
    "Quorra Robotics was founded in Pittsburgh in 2017. In 2023 Quorra opened an office in "
    "Columbus. In 2024 Quorra moved its headquarters to Hazelwood. The company needed another "
    "$20 million by the end of that year. Quorra employs 260 people."
)
_QUORRA = "Quorra Robotics news"
_SALES = (
    "Quorra Robotics makes warehouse robots in Pittsburgh. In 2021, Quorra hired Peter Adu as "
    "its president. Adu was previously head of Sales at Acme Freight. Sales doubled in "
    "2022.\n\nQuorra employs 300 people."
)
_LEFT_POST = (
    "Quorra Robotics makes warehouse robots in Pittsburgh. In 2020, Quorra hired Marcus Fenn "
    "as its president. He left the company that May.\n\nQuorra employs 300 people."
)
_REPLACED = (
    "Quorra Robotics makes warehouse robots in Pittsburgh. In 2020, Quorra hired Marcus Fenn "
    "as its president. Sales doubled in 2021.\n\nFenn stayed on as president only briefly. He "
    "left the company that May. In June the board hired Priya Clarke, who had run a supply "
    "chain, to replace him.\n\nQuorra employs 300 people. A plant in Ohio opens next year."
)

_A1 = (
    "Brennick Labs, a software company based in Leeds, was founded in March 2011 by Laura "
    "Fenwick-Hale and Peter Osgood.\nLaura Fenwick-Hale served as chief executive for more "
    "than a decade, while Peter Osgood ran engineering.\nIn November 2023, the board fired "
    "her after a dispute with Peter Osgood over the company's strategy.\nMaria Castellano, "
    "the company's chair, said the board had lost confidence in the chief executive.\nDaniel"
    " Okafor was named chief executive in January 2024, succeeding Thomas Brandt, who had "
    "held the post on an interim basis.\nIn February 2024, Anna Lindqvist was hired by "
    "Daniel Okafor as chief financial officer.\nThe company employs about 400 people and "
    "sells accounting software to small businesses.\nIts largest rival is Quillmark, a firm "
    "based in Manchester.\nBrennick Labs said revenue grew 12 percent last year."
)
_A1_TITLE = "Brennick Labs replaces its chief executive"
_A3 = (
    "Corvane Bio, a drug developer based in Basel, was founded in 2014 by Thomas Reinholt "
    "and Anna Marchetti.\nThomas Reinholt led the company as chief executive until 2022.\nIn "
    "March 2022, Thomas Reinholt was ousted by the board, which was led at the time by Anna"
    " Marchetti.\nThe chief scientist, Peter Lindahl, was pushed out in May 2022 along with "
    "Daniel Sorensen.\nIn August 2022, Laura Jansen was elected chair, defeating Maria "
    "Duarte in a shareholder vote.\nThe company laid off Maria Duarte and 40 other staff in "
    "October 2022.\nCorvane Bio develops treatments for rare liver diseases.\nIt has raised "
    "120 million francs from investors."
)
_A3_TITLE = "Corvane Bio changes course"
_A4 = (
    "Tamsin Robotics, a maker of warehouse robots based in Austin, was founded in 2015 by "
    "Laura Whitcombe.\nPeter Halvorsen joined as chief technology officer in 2017.\nIn May "
    "2023, Laura Whitcombe was fired by the chairman, Daniel Ruiz-Moreno.\nPeter Halvorsen "
    "said he was surprised by the decision.\nAfter he complained publicly, the board "
    "dismissed him in July 2023.\nMaria Castell now runs engineering at the company.\nTamsin "
    "Robotics sells its robots to retailers in Texas and California.\nIt has about 250 "
    "employees."
)
_A4_TITLE = "Tamsin Robotics loses its founder"
_B1 = (
    "Orlen Systems, a maker of industrial sensors based in Lyon, was founded in 2009 by "
    "Peter Garnier.\nIn January 2024, Orlen Systems agreed to acquire Vexa Analytics for 300"
    " million euros.\nThe acquisition closed in April 2024 after regulators in Brussels "
    "approved it.\nOrlen Systems had earlier tried to merge with Stellwerk, a German rival, "
    "in 2021.\nThe merger failed in November 2021 because Stellwerk's shareholders rejected "
    "the price.\nIn June 2024, Orlen Systems laid off 120 workers at its plant in Grenoble.\n"
    "The layoffs began in July 2024 and ended in September 2024.\nOrlen Systems also settled"
    " a lawsuit with Laura Benoit, a former engineer, in August 2024.\nShe had filed the "
    "lawsuit in March 2023, claiming she was dismissed unfairly.\nThe company employs about "
    "2,000 people."
)
_B1_TITLE = "Orlen Systems completes purchase of Vexa"
_C1 = (
    "Pellham Foods, a snack maker based in Cork, was founded in 1998 by Thomas Quinlan.\n"
    "Laura Devereux joined Pellham Foods as head of marketing in June 2019.\nShe was "
    "promoted to chief executive in 2021, when Thomas Quinlan retired.\nIn November 2023, "
    "Pellham Foods opened a new factory in Limerick.\nThree weeks after she was hired, Laura"
    " Devereux had rebuilt the marketing team from scratch.\nPellham Foods sells crisps and "
    "popcorn in Ireland and Britain.\nThe company has 600 employees.\nIts main competitor is "
    "Crunchwell, which is based in Belfast."
)
_C1_TITLE = "Pellham Foods names new boss"
_C3 = (
    "Brennick Labs, a software company based in Leeds, was founded by Laura Fenwick-Hale.\n"
    "In November 2023, Brennick Labs opened an office in Dublin.\nThe project was run by "
    "Peter Osgood, who joined the company in June 2015.\nTwo weeks later, Brennick Labs "
    "hired 40 engineers for the Dublin office.\nThe company employs about 400 people and "
    "sells accounting software to small businesses.\nIts largest rival is Quillmark, a firm "
    "based in Manchester.\nBrennick Labs said revenue grew 12 percent last year.\nIt plans to"
    " open an office in Paris."
)
_C3_TITLE = "Brennick Labs opens Dublin office"
_D1 = (
    "Marlow Textiles, a fabric maker based in Bradford, named Laura Devereux as chief "
    "executive in January 2023. Laura Devereux started her career at a bank in 2001. She "
    "later ran operations at Penrose Mills.\n\nAt first, Laura Devereux kept the strategy of "
    "her predecessor, Peter Ashworth. She closed the Halifax plant and cut 90 jobs. She "
    "also hired Daniel Moreau as chief financial officer.\n\nMarlow Textiles sells wool "
    "fabric to fashion brands in Italy and France. The company has 700 employees. Its "
    "revenue fell 8 percent last year."
)
_D1_TITLE = "Marlow Textiles gets a new chief"
_D2 = (
    "Orlen Systems, a maker of industrial sensors based in Lyon, was founded in 2009 by "
    "Peter Garnier. Laura Benoit became chief executive of Orlen Systems in September 2023."
    "\n\nEarly on, Laura Benoit closed the Grenoble plant and cut 120 jobs. She also sold the"
    " company's jet.\n\nThe company employs about 2,000 people and sells to carmakers. Its "
    "revenue fell 5 percent last year. It plans to open a plant in Poland."
)
_D2_TITLE = "Orlen Systems new chief cuts costs"
_E2 = (
    "Kestrel Energy, a utility based in Cardiff, was founded in 1995 by Thomas Pryce.\nAnna "
    "Whitlow has been chair of Kestrel Energy since 2018.\nIn May 2024, the board was led by"
    " Peter Hargreaves in a vote to remove the chief executive, Laura Beaumont.\nPeter "
    "Hargreaves is the company's senior independent director.\nDaniel Evans was named "
    "interim chief executive.\nKestrel Energy supplies electricity to 900,000 homes.\nThe "
    "company has 3,000 employees.\nIt reported a profit of 200 million pounds last year."
)
_E2_TITLE = "Kestrel Energy ousts chief"
_E3 = (
    "Kestrel Energy, a utility based in Cardiff, was founded in 1995 by Thomas Pryce.\nFor "
    "two decades the board was led by Thomas Pryce, until Anna Whitlow took over as chair "
    "in 2018.\nIn May 2024, Kestrel Energy named Laura Beaumont chief executive.\nLaura "
    "Beaumont previously ran the retail arm of Solent Power.\nKestrel Energy supplies "
    "electricity to 900,000 homes.\nThe company has 3,000 employees.\nIt reported a profit of"
    " 200 million pounds last year.\nIt plans to build a solar farm near Swansea."
)
_E3_TITLE = "Kestrel Energy names new chief"
_F1 = (
    "Ferrowind, a maker of wind turbine parts based in Bilbao, was founded in 2012 by "
    "Thomas Arrieta.\nIn March 2024, Ferrowind hired Laura Mendizabal as chief financial "
    "officer.\nLaura Mendizabal was previously head of treasury at the Bank of Spain.\nIn "
    "April 2024, Ferrowind named Peter Castell as head of sales.\nPeter Castell was formerly"
    " a senior adviser to Maria Etxeberria, the former industry minister.\nIn May 2024, "
    "Ferrowind hired Daniel Okoro as chief operating officer.\nDaniel Okoro was previously "
    "head of operations for Europe at a packaging company.\nAnna Kovacs joined as general "
    "counsel in June 2024; she was formerly a partner with Baker Lindqvist in London.\n"
    "Ferrowind has 900 employees and sells to turbine makers in Spain and Denmark."
)
_F1_TITLE = "Ferrowind hires new leaders"
_J1 = (
    "Brennick Labs, a software company based in Leeds, was founded in 2011 by Laura "
    "Fenwick-Hale.\nIn 2023, Daniel Okafor was involved in talks to buy Brennick Labs on "
    "behalf of Quillmark, according to Anna Lindqvist.\nThomas Brandt was interested in "
    "buying the company as well, but Maria Castellano, the chair, rejected his offer.\nPeter"
    " Osgood was put in charge of the Dublin office by Laura Fenwick-Hale in 2022.\nAnna "
    "Lindqvist was based in Dublin before she joined Peter Osgood's team.\nThe company "
    "employs about 400 people and sells accounting software to small businesses.\nIts "
    "largest rival is Quillmark, a firm based in Manchester.\nBrennick Labs said revenue "
    "grew 12 percent last year."
)
_J1_TITLE = "Brennick Labs weighs a sale"
_K1 = (
    "Brennick Labs, a software company based in Leeds, was founded in 2011 by Laura "
    "Fenwick-Hale.\nIn October 2023, Laura Fenwick-Hale survived a vote by the board on her "
    "leadership.\nIn November 2023, the board fired her chief of staff because of leaked "
    "emails.\nThe company employs about 400 people and sells accounting software to small "
    "businesses.\nIts largest rival is Quillmark, a firm based in Manchester.\nBrennick Labs "
    "said revenue grew 12 percent last year.\nIt plans to open an office in Dublin next "
    "year.\nPeter Osgood, the finance chief, said the company would hire 50 people."
)
_K1_TITLE = "Brennick Labs chief survives vote"


# (a third reading)
_L1 = (
    "Brightwell Trust, the seed-breeding charity founded by agronomist Ilse "
    "Marquardt in 2011, completed its conversion into a for-profit company on "
    "Thursday.\n\n"
    "Spokesman Teodor Lisk said the conversion of Brightwell's old greenhouse in "
    "Wageningen into a visitor centre would allow schoolchildren to watch plant "
    "breeders at work. The building is expected to reopen in 2026.\n\n"
    "Marquardt, who stepped down as chair last year, said she had opposed the plan. "
    "She now advises a farming cooperative in Bavaria.\n\n"
    "Brightwell sold its potato-seed unit to Kestrel Agri in 2023.\n\n"
    "The sale of Brightwell's Dutch fields was delayed because a buyer could not be "
    "found for them. Those fields are still for sale.\n\n"
    "Brightwell's new chief executive, Ruben Achterhof, said investors had been "
    "waiting for the change. The company hopes to raise 100 million euros from "
    "outside investors this year."
)
_L1_TITLE = "Brightwell Trust becomes a for-profit company"
_L2 = (
    "Quillfeather, a Dublin company that makes software for freight forwarders, has "
    "raised money from Harbourline Capital for the third time.\n\n"
    "Harbourline invested $40 million in Quillfeather, its first deal outside the "
    "United States, in 2021, and invested a further $120 million in 2024.\n\n"
    "Quillfeather's founder, Siobhan Ardagh, started the company in 2017 after a "
    "decade at a shipping firm. She said the company had 260 customers in 14 "
    "countries.\n\n"
    "The company spent $9 million in 2022 to buy Lanternpost, a customs-software "
    "maker based in Rotterdam, and paid $14 million in 2023 for a second rival, "
    "Gullwing Systems."
)
_L2_TITLE = "Harbourline backs Quillfeather again"
_L3 = (
    "Konrad Aalders, the chief executive of Veridian Grid, a Texas battery-storage "
    "developer, said on Monday that he would step down in June.\n\n"
    "After leaving Siemens in 2018, Aalders joined Veridian as its chief operating "
    "officer. He was promoted to chief executive in 2020 when founder Dale "
    "Whitcombe retired.\n\n"
    "Whitcombe, who still owns 12 percent of the company, moved to Montana after "
    "retiring. Aalders said he had learned everything about the business from him.\n\n"
    "Under Aalders, Veridian grew from 40 to 900 employees. The company built its "
    "largest battery park, near Abilene, in 2022.\n\n"
    "When the Abilene park caught fire in 2023, Aalders flew there the same night. "
    "The company later paid $30 million to repair the site.\n\n"
    "Aalders plans to join a climate investment fund in New York. He did not say "
    "who would replace him."
)
_L3_TITLE = "Veridian Grid's chief steps down"
_L4 = (
    "The board of Veridian Grid, a Texas battery-storage developer, removed its "
    "chief executive, Konrad Aalders, on March 3 after a dispute over a failed "
    "acquisition.\n\n"
    "Aalders had joined Veridian in 2018 from Siemens. He grew the company from 40 "
    "to 900 employees.\n\n"
    "The board named chief financial officer Priya Ramaswamy as interim chief "
    "executive. Ramaswamy had spent 11 years at Duke Energy before joining Veridian "
    "in 2020.\n\n"
    "Investors revolted within days. Veridian's largest shareholder, Tolland "
    "Partners, threatened to sue the directors, and more than 300 employees signed "
    "a letter demanding that Aalders be reinstated.\n\n"
    "The board reinstated Aalders on March 11. Ramaswamy went back to her job as "
    "chief financial officer. Two directors, Gavin Moorcroft and Elena Brisk, "
    "resigned.\n\n"
    "Aalders later said he held no grudge. He hired an outside firm to review the "
    "failed acquisition.\n\n"
    "Ramaswamy was born in Chennai and studied engineering at Purdue. She left "
    "Veridian in 2024 to run a solar company in Arizona."
)
_L4_TITLE = "Inside the boardroom fight at Veridian Grid"
_L5 = (
    "Orrin Textiles, a Portuguese maker of technical fabrics, sued its former "
    "supplier Bellcastle Chemicals in a Lisbon court in 2023.\n\n"
    "In January a judge decided that Orrin's lawsuit could go to trial. The trial "
    "is set to begin in September.\n\n"
    "Bellcastle's lawyer, Henrique Sá, said the company had concluded that the "
    "claims were baseless. Bellcastle will ask for the case to be dismissed.\n\n"
    "Orrin also dropped a second supplier, Quenby Dyes, last year. Orrin's chief "
    "executive, Paula Mendonça, realized that the company could make the dyes "
    "itself at a lower cost.\n\n"
    "Mendonça said winning the case would allow Orrin to recover about €14 million."
)
_L5_TITLE = "Orrin Textiles sues former supplier"
_L6 = (
    "Drummond Steel said on Tuesday that it would cut 500 jobs at its Sheffield "
    "mill, about a fifth of the workforce there. A state retraining grant would "
    "allow Drummond to keep about 80 of the workers in new roles.\n\n"
    "Drummond's chief executive, Fiona Halloway, said the cuts were painful. She "
    "decided that the company would keep its research centre in Rotherham open.\n\n"
    "The company agreed last year to buy Pennine Alloys, a smaller rival, for £70 "
    "million. Regulators concluded that Drummond's purchase would not hurt "
    "competition.\n\n"
    "Halloway joined Drummond in 2019 from Tata Steel."
)
_L6_TITLE = "Drummond Steel cuts 500 jobs in Sheffield"
_L7 = (
    "Corridor Rail, a freight railway operator in Ontario, named Mark Danner as its "
    "chief executive on Thursday.\n\n"
    "Danner, whom chairman Paul Ortiz recruited from Canadian Pacific, takes over "
    "on April 1. He said he had spent a year persuading Danner to leave his old "
    "employer.\n\n"
    "Danner, 51, ran the intermodal division at Canadian Pacific for six years. He "
    "will move to Toronto in April.\n\n"
    "Corridor Rail lost money in each of the last three years. Its shares have "
    "fallen 40 percent since 2022."
)
_L7_TITLE = "Corridor Rail picks outsider as chief"


# (a fourth reading)
_M1 = (
    "Crumbline Bakeries is a sourdough chain run by Tesla Okonkwo-Vane in Columbus.\n\n"
    "Brannock Foods opened a bread plant in Akron in 2015, and in April 2023 "
    "Crumbline opened its first store in the same building.\n\n"
    "Crumbline was fined $40,000 in May 2023, and its 2021 finance chief, Orla "
    "Penhallow, resigned.\n\n"
    "The chain hired 40 bakers in 2022; workers who had been at Brannock since 2010 "
    "were offered jobs in March 2024.\n\n"
    "Ridgeway Capital invested $2 million in Crumbline in 2022, and it invested $9 "
    "million more in 2024.\n\n"
    "In 2023 Crumbline's revenue reached $18 million, and its loss narrowed to $3 "
    "million in 2024.\n\n"
    "Okonkwo-Vane said the chain would open ten more stores by 2026."
)
_M1_TITLE = "Crumbline grows as Brannock retreats"
_M2 = (
    "Crumbline Bakeries, a sourdough chain in Columbus, has raised new money.\n\n"
    "In 2024 Ridgeway Capital invested $9 million in the chain, having invested $2 "
    "million in 2022.\n\n"
    "Crumbline's revenue was $31 million in 2024, up from revenue of $12 million in "
    "2022.\n\n"
    "Halden Partners lent the chain $4 million in 2023 after it lent $1 million in "
    "2021.\n\n"
    "Chief executive Orlan Vesk said the money would pay for ten new stores."
)
_M2_TITLE = "Ridgeway doubles down on Crumbline"
_M3 = (
    "Halina Voss-Ebert spent nine years running Brannock Foods, a frozen-meal maker "
    "based in Dayton.\n\n"
    "Voss-Ebert resigned as chief executive in June 2022 because she wanted to bake "
    "bread again. Brannock's shares fell 6 percent that day. The board named Felix "
    "Marchetti interim chief executive.\n\n"
    "Voss-Ebert later co-founded Crumbline Bakeries with her brother Anselm.\n\n"
    "Marchetti was fired in March 2023. The company's sales had dropped for four "
    "straight quarters. He moved to Lisbon and joined a wine importer."
)
_M3_TITLE = "Brannock Foods founder leaves to start a bakery chain"
_M4 = (
    "Brannock Foods, a frozen-meal maker based in Dayton, named a new chief "
    "executive on Monday.\n\n"
    "Felix Marchetti, whom chairman Odran Keswick had recruited from a rival in "
    "2019, takes over on April 1. He said he wanted to sell the company's "
    "frozen-pizza unit within a year.\n\n"
    "Marchetti replaces Halina Voss-Ebert, who resigned in June 2022.\n\n"
    "Keswick will stay on as chairman until 2026."
)
_M4_TITLE = "Brannock names new chief"
_M5 = (
    "Crumbline Bakeries, a sourdough chain in Columbus, has hired television baker "
    "Ysolde Brannagh as its creative director.\n\n"
    'The cable show "Rise and Shine" launched Ysolde Brannagh to national fame in '
    "2019. Brannagh later wrote two cookbooks.\n\n"
    "Crumbline was founded in 2021 by Orlan Vesk, a former banker. In 2022 Vesk "
    "co-founded with Pell Dunmore a flour mill called Stonegrist.\n\n"
    "Brannagh starts in April. She will earn $180,000 a year, Crumbline said.\n\n"
    "Vesk said the hire would help the chain open stores in Ohio and Indiana."
)
_M5_TITLE = "Cooking show star joins Crumbline"
_M6 = (
    "Odile Marchand, a Paris-trained furniture designer, has sold her company to "
    "Ridgeway Home.\n\n"
    "Marchand was born in Lyon and moved to Cleveland in 2004. In 2010 she founded "
    "Odile Marchand Studio, which makes walnut chairs.\n\n"
    "Ridgeway paid $40 million for the studio, the companies said on Thursday.\n\n"
    "Marchand will stay on as creative director for two years. She said she wanted "
    "to spend more time painting."
)
_M6_TITLE = "Designer sells her label"
_M7 = (
    "Stonegrist, a flour mill near Marietta, has been sold to Ridgeway Foods.\n\n"
    "The mill flooded in December 2022, and that spring it reopened with new stone "
    "grinders.\n\n"
    "Pell Dunmore bought a stake in the mill in August 2021, and that winter he "
    "became its manager.\n\n"
    "In the fall of 2023 the mill signed a supply deal with Crumbline Bakeries. The "
    "following June it doubled its output.\n\n"
    "Regulators said in March 2024 that summer Grain shipments would be inspected "
    "twice.\n\n"
    "Orlan Vesk joined as sales chief in October 2024, and that fall Stonegrist "
    "hired twelve workers."
)
_M7_TITLE = "Stonegrist mill changes hands"
_M8 = (
    "Crumbline Bakeries, a sourdough chain in Columbus, became a worker cooperative "
    "in February.\n\n"
    "Crumbline's founder Orlan Vesk handed ownership to the bakers. Becoming a "
    "co-op would allow the bakers to share the profits, Vesk said.\n\n"
    "The chain also sold its delivery vans to Ridgeway Logistics in January. "
    "Selling the vans would let Crumbline cut costs by a fifth.\n\n"
    "Crumbline fired its finance chief, Pell Dunmore, in December. An outside audit "
    "concluded that Dunmore had hidden $400,000 in losses.\n\n"
    "Crumbline plans to open two more stores in 2026."
)
_M8_TITLE = "Crumbline becomes a co-op"
_M9 = (
    "Crumbline Bakeries, a sourdough chain in Columbus, posted its first annual "
    "profit on Thursday.\n\n"
    "The chain's revenue rose 40 percent to $31 million in 2024, and its net income "
    "was $1.2 million.\n\n"
    "Chief executive Orlan Vesk was paid a salary of $420,000 last year, according "
    "to the filing. Crumbline paid $3 million for a new bakery in Dayton.\n\n"
    "The company employs 450 bakers across 22 stores. Its workers' union won a "
    "raise in May.\n\n"
    "Vesk said the profit would allow Crumbline to open eight stores in Indiana."
)
_M9_TITLE = "Crumbline posts first profit"
_M10 = (
    "Harbin Tool, a maker of power saws in Erie, sold its blade unit to Ostrava "
    "Steel in March 2024.\n\n"
    "Chief executive Jan Wojcik resigned in May 2024 because the board had blocked "
    "his plan to build a plant in Mexico. He left, saying in a statement that he "
    "was proud of the team.\n\n"
    "The sale price of $80 million reflected the unit's shrinking sales. In 2021 "
    "the unit earned $9 million, and that October it won a Navy contract.\n\n"
    "Ostrava said no to a request to keep the Erie workers. Harbin got back $4 "
    "million in deposits in return for the tooling.\n\n"
    "Wojcik was replaced by Mar Quintero, who had run the company's sales arm since "
    "2019."
)
_M10_TITLE = "Harbin Tool sells its saw unit"


# (a fifth reading)
_N1 = (
    "Ingrid Solvang has led Brightwater Analytics since its start.\n\n"
    "Solvang left Halden Grid in March 2019, and in the summer of 2020 she founded "
    "Brightwater in Oslo.\n\n"
    "Tor Aas quit Norvik Telecom in January 2021, and by the end of 2022 he had "
    "launched Fjordbyte.\n\n"
    "Oskar Brevik was fired by Kestrel Cells in May 2018, and in the autumn of 2019 "
    "he joined Brightwater as finance chief.\n\n"
    "Brightwater raised $8 million in 2023."
)
_N1_TITLE = "Brightwater founder looks back"
_N2 = (
    "Kestrel Cells said on Friday that its finance chief, Tor Aas, would step down.\n\n"
    "Aas quit Orrin Labs in March 2021 to join Kestrel, and in June 2025 he is "
    "leaving Kestrel to run a pension fund.\n\n"
    "Mira Holt sold her stake in Orrin in 2019, and in 2024 she was selling shares "
    "in Kestrel.\n\n"
    "Kestrel makes battery cells in Denmark."
)
_N2_TITLE = "Kestrel finance chief to depart"
_N3 = (
    "Orrin Labs makes solid-state batteries for delivery vans in Leeds.\n\n"
    "Kestrel Cells invested $5 million in Orrin and Halden Grid invested $12 "
    "million in 2021.\n\n"
    "Orrin paid its chief executive, Dana Whitlock, $400,000 and paid its finance "
    "chief, Ben Carver, $250,000 in 2022.\n\n"
    "Orrin raised $40 million from investors in January."
)
_N3_TITLE = "Orrin Labs funding history"
_N4 = (
    "Orrin Labs has settled its patent fight with Kestrel Cells, chief executive "
    "Dana Whitlock said on Friday.\n\n"
    "Whitlock said Orrin was paid $3 million by Kestrel under the settlement.\n\n"
    "Whitlock earned $400,000 last year, according to the company's annual report.\n\n"
    "The company's lawyer, Ben Carver, was paid $250,000 for his work on the case.\n\n"
    "Orrin makes batteries for vans in Leeds."
)
_N4_TITLE = "Orrin Labs settles patent fight"
_N5 = (
    "Harbor Mills said on Tuesday that it had fired its finance chief, Rachel "
    "Dunmore, after an internal review.\n\n"
    "The review was ordered by chairwoman Nora Pike in January. Dunmore denied "
    "wrongdoing on Wednesday.\n\n"
    "Her lawyer, Tom Reyes, said Dunmore would sue the company for $5 million.\n\n"
    "In her eight years at the company, Dunmore doubled its export sales.\n\n"
    "Pike, a former banker, joined the board in 2018. She said the company would "
    "name a new finance chief by June.\n\n"
    "Harbor Mills shares fell 3 percent."
)
_N5_TITLE = "Harbor Mills fires finance chief"
_N6 = (
    "Harbor Mills appointed Nora Pike as chairwoman in 2018. Pike hired Rachel "
    "Dunmore as finance chief two years later.\n\n"
    "Dunmore was fired in January after an internal review. She sued Harbor Mills "
    "in February, and Dunmore's lawyer, Tom Reyes, said the case could take years.\n\n"
    "She also filed a complaint with the state labor board, which Dunmore says "
    "ignored her first letter.\n\n"
    "Harbor Mills shares fell 3 percent."
)
_N6_TITLE = "Harbor Mills fires finance chief"
_N7 = (
    "Ben Carver, the chief executive of Kestrel Cells, wanted to merge with Orrin "
    "Labs last year.\n\n"
    "His proposed merger was rejected by Dan Whitlock, the Orrin founder, in May. "
    "He said Orrin would stay independent and would raise money from its own "
    "investors instead.\n\n"
    "Kestrel makes battery cells in Denmark."
)
_N7_TITLE = "Kestrel merger talks collapse"
_N8 = (
    "Brightwater Analytics has named Kari Nordahl as chair, the company said on "
    "Monday.\n\n"
    "Nordahl, now chair, said she would focus on growth.\n\n"
    "Back in 2015, Nordahl was chief executive of Norvik Telecom. She left Norvik "
    "in 2019.\n\n"
    "Brightwater's chief executive, Oskar Brevik, welcomed the appointment.\n\n"
    "The company lost $12 million last year."
)
_N8_TITLE = "Brightwater picks new chair"
_N9 = (
    "Orrin Labs has hired Helen Castellano to lead its battery programme, the "
    "company said on Friday.\n\n"
    "Castellano, a Swedish chemist and keen amateur rower, will start in May. She "
    "was previously chief technology officer at Kestrel. She left Kestrel in 2022.\n\n"
    "Castellano is now a professor at Uppsala University.\n\n"
    "Her husband, Tomas Berg, is chief executive of Kestrel Cells.\n\n"
    "Orrin Labs, based in Leeds, makes solid-state batteries for vans. The company "
    "raised $40 million last year.\n\n"
    "Its chief executive, Dana Whitlock, said Castellano was the best candidate.\n\n"
    "Whitlock, a veteran engineer, co-founded Orrin in 2016."
)
_N9_TITLE = "Orrin Labs hires materials researcher"
_N10 = (
    "Streamly, a London video start-up, has spent two years building a science "
    "team.\n\n"
    "A former student of Tor Aas, a Norwegian computer scientist who had designed "
    "recommendation systems at two larger networks, signed on as chief scientist in "
    "2021. Her name is Mira Holt.\n\n"
    "Aas himself never worked at Streamly. He teaches at the University of Bergen.\n\n"
    "Ben Carver, a British statistician who had spent ten years building fraud "
    "models for Lloyds and Barclays in London, signed on as head of data in 2022.\n\n"
    "Carver left Streamly in 2024 to join Kestrel Cells.\n\n"
    "Streamly raised $30 million in January."
)
_N10_TITLE = "Streamly builds out its science team"
_N11 = (
    "Halden Grid fired its chief scientist, Ingrid Solvang, in March 2019. The "
    "board named Tor Aas to replace Solvang the same week. Solvang founded "
    "Brightwater Analytics in Oslo the next year.\n\n"
    "Aas left Halden Grid in 2022. Halden's shares fell 6 percent that day. He then "
    "joined Kestrel Cells as finance chief.\n\n"
    "Brightwater raised $8 million in 2023."
)
_N11_TITLE = "Brightwater founder profile"
_N12 = (
    "Orrin Labs disclosed a data breach in November 2023, and it said that summer "
    "hackers had stolen customer records.\n\n"
    "Helen Castellano joined Orrin as security chief in October 2022; that summer "
    "she had quit Kestrel Cells.\n\n"
    "Tor Aas was named chairman of Orrin in September 2021, but that spring he had "
    "sold his stake in Kestrel Cells.\n\n"
    "Orrin Labs makes batteries for vans in Leeds."
)
_N12_TITLE = "Orrin Labs discloses breach"


# (a sixth reading)
_P1 = (
    "On Tuesday, the board of Brightwater Analytics fired its chief executive, Daniel Okafor, "
    "after a months-long dispute over the company's cloud strategy.\n\nOkafor, who had joined "
    "Brightwater in April 2019 from a rival software maker, had pushed to sell the firm's data "
    "unit. That week, 420 of the company's roughly 900 employees signed a letter demanding his "
    "return.\n\nThe board named Petra Lind, the finance chief, as interim chief executive. "
    "Lind had spent eleven years at the company and oversaw its initial public "
    "offering.\n\nBrightwater raised $50 million from investors in 2021, according to company "
    "filings. The company's records show it spent $30 million of that on hiring "
    "engineers.\n\nHalcyon Partners, the investor who led that round, declined to comment on "
    "the firing. Its founder, Gregor Maas, sits on the Brightwater board and voted against "
    "Okafor.\n\nOkafor earned $4 million last year, including his bonus. Brightwater's "
    "earnings fell to $12 million in 2024 from $19 million a year earlier.\n\nSeparately, the "
    "company's chair, Ingrid Solberg, resigned on Wednesday. The reason, Solberg said, was "
    "that Okafor had been treated unfairly by the directors.\n\nSeveral engineers said they "
    "would stage a walkout on Monday unless the board backed down. The walkout was organised "
    "by Kwame Mensah, a senior engineer who had worked with Okafor for a decade."
)
_P1_TITLE = "Brightwater board fires chief executive Daniel Okafor"
_P2 = (
    "The engineer Helena Voss founded Corvid Robotics in 2012 and ran the warehouse-automation "
    "company for more than a decade.\n\nIn March 2024, the board hired Anders Nyholm, a former "
    "logistics executive who had run a parcel network, as chief operating officer. When he cut "
    "her research budget that spring, she resigned as chief executive.\n\nNyholm replaced Voss "
    "as chief executive in June 2024. The company's shares rose nine percent on the "
    "news.\n\nCorvid's co-founder, Camille Fournier, left the company in August 2024. Two "
    "weeks later, the company's head of sales, Marit Dahl, also quit. The reason, Dahl said, "
    "was that Fournier had promised her the top job and the board had ignored him.\n\nFournier "
    "now runs a small drone startup in Oslo. Corvid said it would not replace him on the "
    "board.\n\nVoss, who is now a visiting professor at a technical university, said she was "
    "proud of what the team had built. She declined to discuss the budget dispute.\n\nCorvid "
    "employs about 1,200 people and makes robots that pick and pack goods for online "
    "retailers. Its biggest customer is a German grocery chain."
)
_P2_TITLE = "Corvid Robotics founder quits after clash with operations chief"
_P3 = (
    "Marlow Biotech named Rafael Ortega as its chief executive on Monday, replacing the "
    "company's founder, Ingeborg Strand, who had led the drugmaker since 2008.\n\nOrtega had "
    "been chief operating officer at Marlow since 2019. He is the first outsider to run the "
    "company, which makes treatments for rare blood disorders.\n\nThe board ousted Strand "
    "after a failed trial of the company's lead drug. The push was led by the board's chair, "
    "Nigel Asante, a former investment banker who joined the board in 2017.\n\nIn 2022, Marlow "
    "signed a $2 billion licensing deal with the Swiss drugmaker Alpenwerk. Two years later, "
    "Marlow paid $2 billion to buy a smaller rival, Quay Therapeutics.\n\nStrand, who is now "
    "an adviser to a venture fund in Boston, said she was disappointed. Strand still owns "
    "about nine percent of Marlow's shares.\n\nMarlow employs 2,400 people, 1,100 of them in "
    "research. Its profit rose to $310 million last year.\n\nOrtega was paid $6 million last "
    "year in salary and stock. Strand was paid $4 million.\n\nAnalysts at Fenwick Securities "
    "said the change could calm investors. The stock rose four percent on Monday."
)
_P3_TITLE = "Marlow Biotech ousts founder, names Rafael Ortega chief executive"
_P4 = (
    "Marlow Biotech said on Thursday that it had agreed to a licensing deal with the Swiss "
    "drugmaker Alpenwerk worth up to half a billion dollars, its largest partnership so "
    "far.\n\nUnder the deal, Alpenwerk will sell Marlow's blood-disorder drug in Europe and "
    "Asia. Marlow keeps the rights in North America.\n\nIn 2021, Marlow raised $500 million "
    "from a group of hedge funds to pay for late-stage trials. The money let the company "
    "double its research staff.\n\nIn 2019, regulators fined Marlow $10 million over "
    "misleading statements about a trial. Marlow settled without admitting "
    "wrongdoing.\n\nMarlow's chief executive, Rafael Ortega, said the partnership would fund "
    "work on two new drugs. He said the company did not plan to raise more money this "
    "year.\n\nAlpenwerk, based in Basel, sells medicines in more than 60 countries. Its chief "
    "executive, Liesel Brunner, said the drug filled a gap in its range.\n\nMarlow's shares "
    "rose eleven percent on Thursday. Analysts at Fenwick Securities called the agreement a "
    "strong endorsement of the drug."
)
_P4_TITLE = "Marlow Biotech signs licensing deal with Alpenwerk"
_P5 = (
    "The London office tower at 40 Fenchurch Lane was sold on Wednesday for $620 million to a "
    "Singapore pension fund, the biggest City property deal this year.\n\nKnight Frank, the "
    "agency who handled the sale, said bidding had been fierce. The seller was Aldgate "
    "Estates, which bought the tower in 2016.\n\nHargreaves Lansdown, the broker who advised "
    "the pension fund, declined to comment. The fund did not name its own advisers.\n\nThe "
    "tower's largest tenant, an insurance firm, has a lease that runs until 2031. The building "
    "is about 85 percent occupied.\n\nAldgate Estates' chief executive, Rupert Vance, said the "
    "company would use the money to pay down debt. He said Aldgate had no plans to sell other "
    "towers.\n\nPrices for City offices fell sharply after 2022 as interest rates rose. "
    "Analysts said the sale suggested the market had stabilised.\n\nVance joined Aldgate "
    "Estates in 2018 from a rival developer. He has cut the company's debt by a third since "
    "then."
)
_P5_TITLE = "City tower sold for $620 million"
_P6 = (
    "The board of Isobar Forecasting removed its chief executive, Lionel Grant, on Wednesday. "
    "Directors met for six hours before the vote.\n\nThe main reason for the company's weak "
    "results last year, Grant wrote in a memo to staff in January, was a slump in demand from "
    "airlines. He had promised investors a recovery by the summer.\n\nIsobar, based in Denver, "
    "sells weather forecasts to airlines, power traders and farmers. It was founded in 2015 by "
    "Grant and two former government meteorologists.\n\nThe company's co-founder, Astrid "
    "Kjeldsen, stepped down from the board on Thursday. She had clashed with Grant over "
    "pricing for years.\n\nKjeldsen, a former meteorologist at the national weather service, "
    "built the company's first forecasting models. She still owns about 12 percent of "
    "Isobar.\n\nThe board appointed its chair, Kofi Boateng, as interim chief executive. "
    "Boateng said the company would look for a permanent leader.\n\nIsobar had revenue of "
    "about $120 million last year and employs about 700 people. It has raised $300 million "
    "from investors since its founding."
)
_P6_TITLE = "Isobar removes chief executive Lionel Grant"
_P7 = (
    "Astrid Kjeldsen, a meteorologist who built the first forecasting models at Isobar, has "
    "been the company's chief scientist since 2016.\n\nKjeldsen said her former deputy had "
    "been loyal to the team until he quit to become chief technology officer at Skyline "
    "Weather, a rival in Boston.\n\nLionel Grant founded Isobar in 2015 with two colleagues "
    "from the national weather service. His first investor was a family office in "
    "Denver.\n\nIn 2021, his closest adviser left the company. Months later she sued Isobar "
    "over unpaid bonuses.\n\nGrant ran Isobar for nine years, growing it to about 700 "
    "employees and $120 million in revenue.\n\nThe board removed Grant on Wednesday after a "
    "dispute over a plan to sell the aviation unit. Kjeldsen voted with the "
    "majority.\n\nIsobar sells forecasts to airlines, power traders and farmers. Its biggest "
    "customer is a European airline group."
)
_P7_TITLE = "Inside Isobar, the weather company in turmoil"
_P8 = (
    "Corvid Robotics, a maker of warehouse robots based in Utrecht, is preparing to list its "
    "shares in Amsterdam this spring, people familiar with the plans said.\n\nCorvid raised "
    "$50 million from venture investors in 2021 to build its first factory. Regulatory filings "
    "show Corvid raised a further $80 million in 2023 from a Dutch pension fund.\n\nThe "
    "company was founded in 2016 by Maja Vos and Joost de Graaf, two engineers who met at a "
    "university robotics lab. Vos is chief executive and de Graaf runs the "
    "factory.\n\nCorvid's revenue rose to $95 million last year. Its robots move goods for "
    "grocery chains and online retailers in six countries.\n\nVos said the listing would pay "
    "for a second factory in Poland. She declined to say how much the company hoped to "
    "raise.\n\nCorvid employs about 800 people, most of them in Utrecht. The company has never "
    "turned a profit.\n\nBankers at Lindqvist & Co are advising the company on the listing. "
    "The firm declined to comment."
)
_P8_TITLE = "Corvid Robotics prepares Amsterdam listing"
_P9 = (
    "Corvid Robotics is selling its hospital logistics unit, the company said on Thursday, as "
    "it cuts costs ahead of a planned listing.\n\nIn January, Corvid's board voted to sell the "
    "unit, which moves medicines and linen inside large hospitals. The unit had been bought "
    "from a Danish rival, Mediflow, in May 2021 for $40 million.\n\nThe following month, the "
    "board hired bankers at Lindqvist & Co to run the sale. Three private equity firms have "
    "made offers, according to people familiar with the process.\n\nCorvid's chief executive, "
    "Maja Vos, said the unit had never fit with the company's warehouse business. She said the "
    "money would go toward a second factory.\n\nThe hospital unit employs about 150 people and "
    "had revenue of $22 million last year. It lost money in each of the past three "
    "years.\n\nCorvid itself employs about 800 people and is based in Utrecht. It was founded "
    "in 2016 by Vos and Joost de Graaf.\n\nVos said she expected the sale to close by the "
    "summer. Lindqvist & Co declined to comment."
)
_P9_TITLE = "Corvid Robotics puts hospital unit up for sale"


# (a seventh reading)
_Q1 = (
    "Orchard Labs, a battery start-up based in Leeds, said on Thursday that it had raised $40 "
    "million in new funding.\n\nThe round was led by Harlan Voss, a venture investor who has "
    "backed several energy companies. The mayor, who had long backed the project, announced a "
    "tax credit for the district in March 2021. The credit helped Orchard Labs lease a second "
    "factory near the river.\n\nNadia Brennan founded Orchard Labs in 2019 after leaving a "
    "post at a car maker. She hired twelve engineers in her first year and built a pilot line "
    "in a rented warehouse.\n\nIn 2022, the mayor cut the ribbon at the new factory. Voss "
    "joined the board of Orchard Labs that year. The company now employs 140 people and sells "
    "cells to two bus makers.\n\nBrennan said the new money would pay for a third production "
    'line. "We are finally able to build at the scale our customers need," she '
    "said.\n\nAnalysts said the battery market remained crowded. Orchard Labs competes with "
    "larger rivals from Asia and Europe, and it has not yet turned a profit."
)
_Q1_TITLE = "Orchard Labs raises $40 million"
_Q2 = (
    "Larkspur Airlines, a regional carrier based in Leeds, has been without a permanent chief "
    "executive for three months.\n\nCallum Marsh resigned as chief executive of Larkspur "
    "Airlines in December after six years in the job. The board, who had backed the expansion "
    "plan, said it would begin a search for a successor.\n\nIn February, the board fired the "
    "airline's finance chief after an audit found errors in its fuel accounts. The board also "
    "cut the airline's summer schedule by a tenth.\n\nLarkspur Airlines flies 40 planes to 55 "
    "destinations in Britain and Europe. It carried 6 million passengers last year, up 8 "
    "percent from 2023.\n\nMarsh had joined Larkspur Airlines in 2018 from a rail company. He "
    "oversaw the purchase of 12 new jets and the opening of a base in Belfast.\n\nUnions at "
    "the airline have criticized the board. They said pilots had not been consulted about the "
    "schedule cuts.\n\nThe airline expects to name a new chief executive by the summer. "
    "Analysts said the search had been slowed by the airline's weak finances.\n\nLarkspur "
    "Airlines lost 14 million pounds last year. Its shares have fallen 22 percent since Marsh "
    "resigned."
)
_Q2_TITLE = "Halvard Energy to close last mine"
_Q3 = (
    "Bellweather Foods, a maker of frozen meals based in Denver, said on Tuesday that it would "
    "close its plant in Omaha and cut 400 jobs.\n\nThe decision was announced by Miriam "
    "Castellanos, the company's chief executive, at a meeting with employees. The spokesman, "
    "who was not authorized to speak publicly, said the plant had lost money for three years. "
    '"We kept it open far longer than the numbers justified," the spokesman '
    "said.\n\nCastellanos joined Bellweather Foods in 2018 from a dairy cooperative. She has "
    "since sold two brands and moved the company's headquarters from Kansas City to "
    "Denver.\n\nUnion leaders in Omaha criticized the move. They said workers had been told as "
    "recently as January that the plant was safe.\n\nBellweather Foods employs about 3,100 "
    "people in six states. Its sales rose 4 percent last year, to $1.2 billion, but its profit "
    "fell for the second straight year.\n\nShares of Bellweather Foods rose 3 percent after "
    "the announcement. Analysts said the closure would save the company about $30 million a "
    "year.\n\nCastellanos said the company would offer jobs at its Denver plant to some of the "
    'Omaha workers. "Nobody is being left behind," she said at the meeting.'
)
_Q3_TITLE = "Bellweather Foods to close Omaha plant"
_Q4 = (
    "The Marlow Institute, a cancer research charity in Boston, said on Wednesday that it had "
    "raised $300 million for a new laboratory.\n\nMuch of the early money came from Harlan "
    "Voss. The financier, who built one of the country's largest hedge funds, pledged $100 "
    "million to the institute in 2018.\n\nIn 2020, the institute recruited a second backer, "
    "Greta Lindqvist, who had made her fortune in private equity. Lindqvist became chair of "
    "the institute's board that year. That April, the financier stepped down as chair of the "
    "investment committee after a dispute over the budget, a seat she had held since "
    "2019.\n\nThe institute employs 240 scientists and runs clinical trials at four hospitals. "
    "Its director, Paul Okafor, said the new laboratory would open in 2027.\n\nOkafor said the "
    'laboratory would focus on childhood cancers. "We have waited a long time for a building '
    "like this,\" he said.\n\nThe institute's budget has tripled since 2018, according to its "
    "tax filings. Most of the growth came from private gifts rather than government "
    "grants.\n\nVoss has given money to several other hospitals in Massachusetts. He rarely "
    "speaks in public about his giving.\n\nAnalysts said private donors now pay for a growing "
    "share of medical research in the United States. Federal grants have been flat for several "
    "years."
)
_Q4_TITLE = "Halvard Energy to close last mine"
_Q5 = (
    "Pinecrest Health, a chain of rural clinics in Montana, has lost its second chief "
    "executive in a year.\n\nPinecrest Health opened a new clinic in Billings in May. Weeks "
    "later, Tomas Herrera resigned as chief executive. In an interview this week, Herrera said "
    "he had left to care for his ailing father in Arizona.\n\nThe board of Pinecrest Health "
    "can fire the chief executive with a two-thirds vote. The board fired Lena Vogt, Herrera's "
    "predecessor, in 2023 after an audit found billing errors at four clinics.\n\nPinecrest "
    "Health runs 22 clinics and employs about 900 people. Most of its patients are covered by "
    "Medicare or Medicaid.\n\nThe state's largest nurses' union raised the pay issue again in "
    "January. So far, the union has signed up nurses at nine of the clinics. The main "
    "complaint from nurses was that wages had not kept pace with those at city "
    "hospitals.\n\nPinecrest Health will close its clinic in Glendive in June because it "
    "cannot find doctors willing to work there. The clinic has been staffed by visiting "
    "physicians since last summer.\n\nThe company said it would name an interim chief "
    "executive next week. Analysts said rural health systems across the West faced similar "
    "shortages."
)
_Q5_TITLE = "Halvard Energy to close last mine"
_Q6 = (
    "Pinecrest Health, a chain of rural clinics in Montana, has lost its chief "
    "executive.\n\nTomas Herrera resigned as chief executive of Pinecrest Health on Friday. "
    "The biggest complaint from patients in recent surveys has been long waits for "
    "appointments.\n\nHerrera joined Pinecrest Health in 2021 from a hospital group in Idaho. "
    "He oversaw the opening of six clinics and the closing of four.\n\nPinecrest Health runs "
    "22 clinics and employs about 900 people. Most of its patients are covered by Medicare or "
    "Medicaid.\n\nThe board named Ada Morrow, the finance chief, as interim chief executive. "
    "Morrow has worked at Pinecrest Health for eleven years.\n\nIn a letter to employees, "
    "Herrera said he was leaving to take a job at a hospital system in Arizona, closer to his "
    "family. He thanked the staff for their work during a difficult year.\n\nPinecrest Health "
    "lost $14 million last year. The company expects to return to profit in 2026.\n\nAnalysts "
    "said rural health systems across the West faced similar staff shortages. Several have "
    "closed clinics this year."
)
_Q6_TITLE = "Halvard Energy to close last mine"
_Q7 = (
    "Copperline Robotics, a maker of warehouse robots based in Pittsburgh, said on Wednesday "
    "that it had raised $90 million from investors.\n\nThe company was founded in 2016 by Ruth "
    "Adebayo, a former engineer at a carmaker. Adebayo built the first robot in her garage, "
    "and Copperline sold its first machines in 2018.\n\nCopperline plans to hire about 200 "
    "engineers over the next year. Most of the new jobs will be in Pittsburgh and "
    "Austin.\n\nAdebayo said the company had sold more than 4,000 robots. Its customers "
    "include grocery chains and parcel carriers in the United States and Europe.\n\nIn 2019, "
    "Copperline moved into a larger factory near the Allegheny River. The next year, it opened "
    "a second plant in Ohio.\n\nThe company lost money last year, according to people familiar "
    "with its finances. Adebayo declined to comment on its profits.\n\nInvestors said demand "
    "for warehouse robots had grown as retailers struggled to hire workers. Several rivals "
    'have also raised money this year.\n\nAdebayo said Copperline would not sell itself. "We '
    'want to build this company for the long run," she said.'
)
_Q7_TITLE = "Halvard Energy to close last mine"
_Q8 = (
    "Investors poured money into start-ups that sell writing tools in 2022, and few grew "
    "faster than Jasper AI.\n\nJasper AI raised $125 million in October 2022, valuing it at "
    "$1.5 billion. Dave Rogenmoser, its chief executive, said the money would pay for "
    "hiring.\n\nThe company's software writes marketing copy for about 100,000 customers. Many "
    "of them are small businesses that cannot afford a copywriter.\n\nRogenmoser founded the "
    "company in Austin with two partners. He had earlier run a marketing agency that struggled "
    "to find good writers.\n\nSantiago Metro, which runs the subway in the Chilean capital, "
    "became one of the company's largest customers last year. Santiago Metro uses the software "
    "to write notices for riders in Spanish and English.\n\nErin Mining, a gold miner in "
    "Ghana, also signed up. Carmen Copper said it was testing the tool for its annual "
    "report.\n\nJasper AI faces growing competition from larger companies. Several of them now "
    'offer similar tools for free.\n\nRogenmoser said the company would keep growing. "Our '
    'customers want a tool built for marketing, not a general chatbot," he said.'
)
_Q8_TITLE = "Halvard Energy to close last mine"
_Q9 = (
    "Brightpath Learning, an online tutoring company in Denver, said on Tuesday that its "
    "artificial-intelligence tutor now has 2 million users.\n\nThe tutor, called Scout, "
    "answers students' questions in math and reading. Brightpath Learning sells it to school "
    "districts for $12 a student each year.\n\nBrightpath Learning was founded in 2017 by "
    "Naomi Feld, a former teacher. Feld, who has three children, said she built the first "
    "version of Scout at her kitchen table.\n\nBrightpath Learning's revenue rose to $48 "
    "million last year. Feld was paid a salary of $420,000, according to the company's "
    "filings.\n\nThe company's annual report was released in April. The report was late "
    "because auditors had found errors in how the company counted subscriptions.\n\nSeveral "
    "teachers' unions have criticized Scout. They said the tutor sometimes gives wrong answers "
    "and could replace human tutors in poor districts.\n\nBrightpath Learning plans to add "
    "science lessons to Scout next year. The company employs 310 people, most of them "
    "engineers and former teachers.\n\nFeld said the company would not sell student data. "
    '"Parents trust us with their kids, and we take that seriously," she said.'
)
_Q9_TITLE = "Halvard Energy to close last mine"
_Q10 = (
    "Kestrel Freight, a trucking company based in Ohio, named a new chief executive on Friday "
    "after a turbulent two years.\n\nKestrel Freight said in a statement on March 3, 2023, "
    "that Dana Whitlock would step down as chief executive. The following month, the board "
    "named Omar Rashid interim chief executive. Rashid had run the company's logistics arm for "
    "six years.\n\nIn May 2021, the board, which had grown restless over falling margins, "
    "fired the finance chief, Peter Lund. The following month, Kestrel Freight hired Grace Obi "
    "as its new finance chief.\n\nWhitlock joined Kestrel Freight in January 2020 as head of "
    "operations. That winter, she closed two depots in Indiana. She became chief executive in "
    "2021.\n\nBorn in 1975 in Toledo, Whitlock studied engineering at Ohio State. The "
    "following year she was promoted to chief operating officer, and she began a push into "
    "refrigerated trucking.\n\nRashid told reporters last month that the company would sell "
    "its warehouse unit. The company opened a new depot in Dayton that week.\n\nKestrel "
    "Freight employs 2,300 drivers and runs 1,800 trucks. Its revenue fell by 8 percent last "
    "year, according to the company.\n\nAnalysts said the new chief executive faced a "
    "difficult market. Freight rates have fallen for two years, and several rivals have cut "
    "jobs."
)
_Q10_TITLE = "Kestrel Freight names new chief"
_Q11 = (
    "Rivermark Bank, a regional lender in Oregon, said on Thursday that its chief executive, "
    "Alma Kessler, would retire at the end of the year.\n\nKessler, who last month told the "
    "board of her plans, will step down on Dec. 31. She has led the bank since "
    "2016.\n\nRivermark Bank plans to open a branch in Boise in 2026 and another in Spokane "
    "the following year. The bank currently has 41 branches in Oregon and "
    "Washington.\n\nKessler became the bank's No. Two executive in 2012, when she was named "
    "chief operating officer. She was promoted to chief executive four years later.\n\nOver "
    "the last month, the bank's shares have fallen 9 percent. Analysts blamed worries about "
    "commercial property loans.\n\nRivermark Bank was hit by a wave of withdrawals in the "
    "spring of 2023. That summer, it sold $600 million of mortgages to raise cash.\n\nThe "
    "board has hired a search firm to find a successor. Tobias Lang, the bank's finance chief, "
    "is seen as a leading candidate.\n\nKessler said she planned to spend more time with her "
    'grandchildren. "It has been the honor of my life to lead this bank," she said.'
)
_Q11_TITLE = "Halvard Energy to close last mine"


# (an eighth reading)
_R1 = (
    "Kettleby Works, the robotics maker, reshuffled its leadership this week.\n\nKen Morimoto, "
    "the company's co-founder, hired Aiko Tanaka in 2019; she now leads the company's robotics "
    "unit.\n\nMorimoto hired Ryo Sato as a junior engineer in 2020; he now runs the logistics "
    "division.\n\nSato replaced Lena Ortiz, who left in 2023.\n\nMorimoto is still a major "
    "shareholder in the company.\n\nTanaka is now the subject of an internal review over a "
    "supplier contract.\n\nOrtiz is again a candidate for a seat on the board.\n\nPaul Brandt "
    "was chief executive until January; Morimoto succeeded him as chief executive.\n\nThe "
    "company's launch of its new arm succeeded beyond expectations, selling 4,000 "
    "units.\n\nKettleby employs about 900 people in Osaka and Lyon."
)
_R1_TITLE = "Kettleby shuffles its leadership"
_R2 = (
    "Maria Halvorsen resigned as chief executive of Northwind Energy on Monday, ending a "
    "six-year tenure. The reason she gave for leaving was brief. Shares of Northwind fell 4% "
    "on Tuesday as investors digested the news.\n\nThe board named Peter Lund as interim chief "
    "executive. Lund was previously the company's finance chief. He has worked at Northwind "
    "since 2011.\n\nNorthwind delayed its offshore wind project in Norway last month. The "
    "issue was first raised at a board meeting in March by two directors. The company said the "
    "turbines had arrived late from the supplier.\n\nLund's explanation, in a memo to staff "
    "that week, was short. He thanked employees for their patience and promised a town hall in "
    "April.\n\nTomas Berg, a Northwind director, quit the board in February. Berg's "
    "explanation came later. The company's annual report, published in March, showed a loss of "
    "$200 million.\n\nAnalysts at Fjord Capital said the company remained well funded."
)
_R2_TITLE = "Halvorsen quits Northwind"
_R3 = (
    "Brightfield, a solar developer based in Bergen, was founded in 2016 by Ingrid Dahl. Dahl "
    "left the company in March 2021, and that December Brightfield raised $50 million from "
    "Fjord Capital.\n\nThe company's first large project, a solar farm in Spain, succeeded "
    "beyond expectations. It made the company profitable for the first time in 2022. It made "
    "headlines again when a storm damaged the farm.\n\nIn 2023, Brightfield hired Nils Aune as "
    "chief executive. Aune replaced Kari Moe, who had run the company after Dahl. A finance "
    "ministry official, Per Holm, criticised the hiring.\n\nOn November 20, 2023, Brightfield "
    "announced a new battery plant; that March, it had signed a supply deal with Volta.\n\nThe "
    "launch of the battery plant was late because of permit delays. Holm said the permits had "
    "been handled correctly.\n\nEngineers nicknamed the plant's control software Otto. The "
    "company's staff called its founder the boss."
)
_R3_TITLE = "Brightfield's long road"
_R4 = (
    "Maria Halvorsen resigned as chief executive of Northwind Energy on Monday.\n\nThe reason "
    "for her departure is in a filing that has not been made public.\n\nShares of Northwind "
    "fell 4% on Tuesday.\n\nThe board named Peter Lund as interim chief executive.\n\nLund was "
    "previously the company's finance chief.\n\nSeparately, Northwind delayed its offshore "
    "wind project in Norway.\n\nThe issue was first raised at a board meeting in "
    "March.\n\nInvestors said the delay would cost the company about $600m.\n\nNorthwind also "
    "agreed to buy the solar developer Brightfield for 4b kroner.\n\n3M, a supplier, said it "
    "would continue to provide materials to the project.\n\nA Norwegian energy official said "
    "the ministry would review the delay."
)
_R4_TITLE = "Halvorsen quits Northwind"
_R5 = (
    "Harbor City on Thursday reopened Victoria Park after a two-year, $40 million "
    "redevelopment.\n\nThe project was led by Daniel Osei, the city's parks commissioner, who "
    "took the job in 2021.\n\nVictoria Park was designed by the landscape firm Grace "
    "Foundation Studio, which also rebuilt the waterfront along Jackson Street.\n\nVictoria "
    "Park said in a statement that the new playground would open in May.\n\nJackson Street "
    "merchants had complained for months about construction noise.\n\nOsei said the reopening "
    'was "the best day of my career."\n\nThe redevelopment was funded by the Grace '
    "Foundation, a charity set up by the shipping heir Martin Grace.\n\nThe Grace Foundation "
    "chief executive, Helen Ruiz, said the charity had given $12 million.\n\nCritics, "
    "including council member Aaron Tull, said the project ran a year late.\n\nTull said the "
    "city should publish the full contracts."
)
_R5_TITLE = "Harbor City opens Victoria Park redevelopment"


# (a ninth reading)
_S1 = (
    "Halvard Systems, a maker of warehouse robots based in Bergen, is shrinking. Revenue "
    "for 2024 fell by a third to 410 million kroner, Halvard Systems said on February 20. "
    "Halvard's chief financial officer, Sofie Lange, resigned on March 1."
)
_S2 = (
    "Founded in 2015, Halvard Systems said on February 20 that it would cut 40 jobs and "
    "close its office in Gdansk.\n\nThe company's troubles began in October 2023, when its "
    "largest customer, the grocer Norlys, cancelled a contract worth 300 million kroner. "
    "In the two weeks after Norlys cancelled the contract on October 9, Halvard's shares "
    "lost half their value.\n\nOn March 3, Halvard's shareholders finally approved the sale "
    "of a 20 per cent stake to Kvist Automation, ending a fight that had lasted well over "
    "a year.\n\nAnders Brekke, who chaired Halvard's board until 2023, blames the Norlys "
    "contract. Brekke was 70 and ready to retire when the crisis hit."
)
_S3 = (
    "The trouble began in November 2023, when the board of Halvard Systems voted to "
    "remove its chief executive, Marit Solberg. In the five days after the board fired "
    "her on November 16, more than 400 of the company's 520 employees signed a letter "
    "threatening to resign.\n\nBrenhaven Capital bought 31 per cent of Halvard in 2022; its "
    "head of research, Ana Ruiz, has sat on Halvard's board ever since. The only director "
    "who voted against the chair was Lars Eide.\n\nEide drove away from the court without "
    "speaking to reporters. He left the board a week later."
)
_S4 = (
    "The Lumera Foundation, a nonprofit that funds rural libraries in northern Portugal, "
    "announced on February 2 that its executive director, Teresa Antunes, had left after "
    "twelve years. The statement said she was leaving to spend more time with her family. "
    "The statement did not mention the real reason. Antunes declined to comment.\n\nTwo "
    "weeks earlier the board had removed the foundation's treasurer, Rui Valente, saying "
    "he had kept poor records. The numbers tell a different story. Donations rose 30 per "
    "cent during his two years in the post.\n\nEsteves made his pledge of 20 million euros "
    "at a dinner in Porto in 2016, but stopped his payments in 2021 after a falling-out "
    "with Antunes."
)
_S5 = (
    "The Ostrom Trust, a housing charity in Leeds, has had three leaders in five years. "
    "In 2019 the board, led by its chair Ruth Okafor, handed the presidency to Daniel "
    "Moreau, a former council planner. Okafor remained chair until 2024.\n\nKarim Haddad "
    "gave 3 million pounds in 2001 and was the trust's main backer for a decade. Last "
    "year the trust made a loss of 400,000 pounds, its first in two decades."
)
_S6 = (
    "René Dubois, 72, planted his first vines near Saint-Émilion in 1979. His daughter, "
    "Renée Dubois, 44, has run Domaine Dubois since 2018, and on June 3 she sold a "
    "majority stake to the Bordeaux négociant Maison Carrère.\n\nHer brother Luc Dubois "
    "quit the business in 2020.\n\nThe establishment of the Dubois tasting room in 2012 "
    "brought in busloads of tourists."
)
_S_TITLE = "Company news"


# (a tenth reading)
_T1 = (
    "Ardin Rovers, a football club that once filled a 12,000-seat ground, spent most of "
    "the last decade fighting off its creditors.\n\nThe club's debts reached £8 million in "
    "the spring of 2019, and the bank called in its loan that April. A month later the "
    "club was sold to Stellan Roark, a property developer, and its manager, Colm Devlin, "
    "whose contract ran until the following year, resigned in protest.\n\nRoark promised a "
    "new stand. The council refused planning permission that December. A month later "
    "Roark appealed, and the club's chairman, Ruairi Flood, who had promised fans a new "
    "stadium by the following year, quit the board."
)
_T2 = (
    "Ardin Rovers, a football club that once filled a 12,000-seat ground, spent most of "
    "the last decade fighting off its creditors.\n\nThe club's debts reached £8 million in "
    "2019. That May it was sold to a property developer, and its manager, Colm Devlin, "
    "whose contract ran until the following year, resigned in protest."
)
_T3 = (
    "Marsh Lane Hospice has cared for the dying in the town of Eddery since 1994. Last "
    "year it lost its chief executive and nearly lost its licence.\n\nOn 12 February 2024 "
    "the hospice's board dismissed its chief executive, Harriet Quayle, after eleven "
    "years in the post. Its brief statement thanked her for her service. What the "
    "statement left out, according to two trustees, was the date: the board had voted to "
    "remove her in December and kept the decision quiet for two months.\n\nQuayle has not "
    "spoken publicly about her departure. Her deputy, Idris Mabry, was named interim "
    "chief executive that week.\n\nIn April 2024 the board chose Noor Saleh, a palliative "
    "care nurse, as the permanent chief executive. What her appointment letter did not "
    "say was her salary, which the hospice later disclosed as £98,000."
)
_T4 = (
    "Pellow Rail runs the slow single-track line between Tregony and the coast, and for "
    "most of its history nobody outside Cornwall had heard of it.\n\nGareth Moss has been "
    "chief executive of Pellow Rail since 2016, when he left a job at a bus company in "
    "Plymouth to take over the line.\n\nIn August 2023 a points failure derailed a morning "
    "train near Ruan Bridge. Nobody was hurt. Owen Pryce, a rail inspector, arrived at "
    "the depot that afternoon to meet the company secretary, Anika Fry. Fry, who had "
    "worked at the line since 2009, handed him the chief executive's written apology."
)
_T5 = (
    "Harbourview Clinic opened in 2009 as a walk-in surgery for dock workers in Port "
    "Ardin. It now runs eleven sites across the county, and its history has rarely been "
    "quiet.\n\nIn June 2018 the clinic's trustees approved a merger with Ardin Health, and "
    "Camille Roux, who would leave the following year, signed the agreement on their "
    "behalf.\n\nIn October 2020 the nurses' union balloted its members, and the strike "
    "planned for the following month was called off after the clinic raised pay by six "
    "per cent.\n\nOn 3 May 2022 the trustees dismissed the chief executive, Victor Haldane. "
    'The clinic\'s statement cited "a breakdown of trust". What the statement left out was '
    "the size of his severance: a payment of £1.4 million agreed two years earlier. "
    "Haldane later said he had been fired because he had reported missing drug stocks to "
    "the regulator.\n\nOona Brady, the medical director, stood in for Haldane as chief "
    "executive for three months. In August 2022 the trustees appointed Selim Kaya, a "
    "former hospital manager from Leeds, who stepped in as chief executive on a five-year "
    "contract.\n\nWhat the annual report did not mention was the cost of the merger: £9 "
    'million in legal and consulting fees.\n\nKaya has since opened four new sites. "We are '
    'the only doctor many of these families have," he said.'
)
_T6 = (
    "Quire & Ink, the secondhand bookshop on Fenwick Street, has outlived three "
    "landlords, a flood and the arrival of online retail. It sold 41,000 books last year, "
    "its best total since it opened.\n\nThe shop was founded in 1987 by Dorothy Pell, a "
    "retired librarian, with £6,000 of savings. Pell ran it as manager for thirty years. "
    "In 2017 she decided to hand over the shop to her assistant, Kwame Asante, who had "
    "worked behind the counter since 2004."
)
_T7 = (
    "Brightwater Cider began in a barn outside the village of Carrow, where Nell Avery "
    "and her brother Tom Avery pressed their first batch from windfall apples in the "
    "autumn of 2016.\n\nIn 2019 the siblings took a loan of £400,000 from the Carrow Credit "
    "Union. The first bottling line arrived that November. A month later, Tom Avery left "
    "the business after a row over the debt, and the following month Nell Avery hired "
    "Dara Quill, a winemaker from Hereford, as head brewer.\n\nThe pandemic closed pubs "
    "across the county in the spring of 2020. The following year, Brightwater opened a "
    "taproom in Carrow's old fire station.\n\nIn 2022 the cidery signed a supply deal with "
    "Hollis Markets, a regional supermarket chain. A year later, Hollis dropped the deal, "
    "and Avery, who had planned to open a second taproom the following year, sold the "
    "orchard lease to Kestrel Farms.\n\nQuill resigned in March 2024 and started her own "
    "label, Pipkin Cider, the following month.\n\nThe company was bought that summer by "
    'Orchard Holdings, a drinks group based in Bristol. "We were three people and a '
    'press," Avery said. "I never thought anyone would buy it."\n\nAsked whether she would '
    'sell again, Avery laughed. "I mean to die with apple juice on my boots," she said.'
)
_T_TITLE = "Local news"


# (an eleventh reading)
_U1 = (
    "Pellham Drug, the regional pharmacy chain, said on Tuesday that Ruth Okafor is now "
    "its chief executive officer.\n\nChief operating officer Ruth Okafor closed 30 "
    "loss-making stores in 2021 and rebuilt the chain's delivery service.\n\nOkafor "
    "replaces Dean Marsh, who retired after eleven years in the job.\n\nIts first chief "
    "executive was Walter Pellham, who opened the first shop in 1962.\n\nThe chain's "
    "chairman, Victor Lamb, who still chairs the board of a local hospital, said Okafor "
    "had been the only candidate.\n\nThe loudest critic of the new chief executive is Omar "
    "Haddad, a pharmacists' union leader, who says the store closures left rural towns "
    "without a pharmacy."
)
_U2 = (
    "Tessel Grid, the Rotterdam utility software company, is weighing a sale of its "
    "smart-meter business, its chief executive, Anouk de Wit, said on Thursday.\n\nDe Wit "
    "stepped down last June as a trustee of the city's maritime museum, saying the "
    "company needed all of her time. She has run Tessel since 2017.\n\nThe sale is being "
    "studied by a committee chaired by Pieter Jansen, an independent director.\n\nThe "
    "company's ethics panel was created in 2020 after a bribery case in Ghana; Femke "
    "Visser, a former prosecutor, has chaired it since.\n\nThe new chair of Tessel's works "
    "council is Joris Bakker, a meter technician. Bakker said staff had not been "
    "consulted."
)
_U3 = (
    "Lakeshore Transit took all 40 of its electric buses off the road on Friday, saying "
    "in a statement that the vehicles needed routine software updates.\n\nWhat the "
    "statement left out, according to two mechanics, was the cause: a battery fault that "
    "had made two buses catch fire in depots in October.\n\nWhat the statement also left "
    "out was the timing: the fault had been known since the summer.\n\nThe agency's general "
    "manager, Rosa Delgado, declined to comment.\n\nIn September the agency cancelled a $30 "
    "million order for new buses from Brightwheel Motors, citing the price. The real "
    'reason emerged a week later. "There is no real reason to worry about the buses we '
    "already run,\" Delgado told the city council.\n\nBrightwheel's buses had failed a state "
    "brake test in August, according to a report published in October."
)
_U4 = (
    "Kitewell, the Oslo parcel-drone company, said on Monday that its delivery service, "
    "Kitewell Drop, and its charity, the Kitewell Foundation, will be run separately from "
    "January.\n\nThe foundation, which pays for medical deliveries to remote villages, is "
    "legally separate from the company and has its own board. The new chair of the "
    "Kitewell Foundation is Henrik Åberg, a former Swedish health minister.\n\nKitewell's "
    "own board, chaired by Ingrid Solheim, approved the split in November. Solheim, a "
    "former airline executive, has chaired it since 2019.\n\nKitewell's chief executive, Bo "
    'Engström, said the change would let the company focus on paying customers. "We are '
    'not a charity, and we should stop looking like one," Engström said.\n\nMara Lind, '
    "executive director of the Kitewell Foundation, said the charity would keep its name. "
    "Her brother Luc Lind quit Kitewell's engineering team last year to start a rival "
    "company, Skyrill."
)
_U_TITLE = "Business news"


@pytest.mark.parametrize(
    ("article", "title", "question", "said"),
    [
        # "said he" is about another man, not the speaker: "she" is Bose
        (_CHAIRMAN, _QUORRA, "who is the chairman of quorra robotics", "Best match: Laura Bose"),
        # "Daniel" is a man's name: "She" is the woman named before him
        (_COO, _QUORRA, "who is the coo of tidewell robotics", "Best match: Maria Castellano-Ruiz"),
        # asked what came after: the company he founded, not one he joined later
        (_LATER_JOINED, _QUORRA, "what company did varga start after he quit", "Halyard Motion"),
        # "that May" after the story's last date, not after a look back's
        (_LOOK_BACK, _QUORRA, "when was laura bose reinstated", "May 2023"),
        # the post left is the one the sentence says
        (_CHAIR_LEFT, _QUORRA, "who is laura bose", "quit (as chairman)"),
        # "He left the company" is a post left, which "to replace him" passes on
        (_REPLACED, _QUORRA, "who is the president of quorra", "Best match: Priya Clarke"),
        # the post left, as the role gave it (its "its" dropped), its company in parentheses
        # kept whole
        (_LEFT_POST, _QUORRA, "who is marcus fenn", "left (as president (Quorra Robotics))"),
        # where he was: the company, not the department ("head of Sales at Acme Freight")
        (_SALES, _QUORRA, "where did peter adu work before", "Best match: Acme Freight"),
        # (a second reading)
        # fired her: her, not a person named later in the sentence
        (_A1, _A1_TITLE, "who was fired", "Best match: Laura Fenwick-Hale"),
        # fired by the chairman: the one fired, named before
        (_A4, _A4_TITLE, "who was fired", "Best match: Laura Whitcombe"),
        (_A3, _A3_TITLE, "who was ousted", "Best match: Thomas Reinholt"),
        # not every "who was …ed" asks who it was done to
        (_J1, _J1_TITLE, "who was put in charge of the dublin office", "Best match: Peter Osgood"),
        (
            _A1,
            _A1_TITLE,
            "who was named chief executive of brennick labs",
            "Best match: Daniel Okafor",
        ),
        (
            _J1,
            _J1_TITLE,
            "who was involved in talks to buy brennick labs",
            "Best match: Daniel Okafor",
        ),
        # a board that was led by someone, or led in one vote, is no chair now
        (_E3, _E3_TITLE, "who is the chair of kestrel energy", "Best match: Anna Whitlow"),
        (_E2, _E2_TITLE, "who is the chair of kestrel energy", "Best match: Anna Whitlow"),
        # a name with "of" in it, whole
        (_F1, _F1_TITLE, "where did laura mendizabal work before", "Best match: Bank of Spain"),
        # (a third reading)
        # the amount in the asked year's own clause
        (_L2, _L2_TITLE, "how much did harbourline invest in 2021", "Best match: $40 million"),
        # what someone did told in the happening's own sentence: that sentence
        (_L3, _L3_TITLE, "what did aalders do when the abilene park caught fire", "flew there"),
        (_L3, _L3_TITLE, "what did aalders do when whitcombe retired", "promoted"),
        (_L3, _L3_TITLE, "what did aalders do after leaving siemens", "joined Veridian"),
        # "whom chairman Paul Ortiz recruited": the next "He" is Ortiz
        (_L7, _L7_TITLE, "who spent a year persuading danner", "Best match: Paul Ortiz"),
        # (a fourth reading)
        # a year describing a post ("its 2021 finance chief") is no time of the act
        (_M1, _M1_TITLE, "when did orla penhallow resign", "May 2023"),
        # the act nearest the asked year in its clause
        (_M2, _M2_TITLE, "how much did ridgeway invest in 2022", "Best match: $2 million"),
        # after his own happening: the next sentence about him
        (_M3, _M3_TITLE, "what did marchetti do after he was fired", "moved to Lisbon"),
        # "whom X recruited" is no subject: "He" is the one the clause was about
        (_M4, _M4_TITLE, "who wants to sell the frozen-pizza unit", "Best match: Felix Marchetti"),
        # a person "launched to fame" stays a person; a studio named after its founder is hers
        (_M5, _M5_TITLE, "who is ysolde brannagh", "Person in the articles"),
        (_M6, _M6_TITLE, "who is odile marchand", "Person in the articles"),
        # "that winter" after August, "that fall" after October: the clause's own season
        (_M7, _M7_TITLE, "when did stonegrist hire twelve workers", "autumn 2024"),
        # what an audit found someone had done is why they were fired
        (_M8, _M8_TITLE, "why was dunmore fired", "audit concluded"),
        # what someone "was paid" is a salary, and compensation
        (_M9, _M9_TITLE, "what is vesks salary", "$420,000"),
        (_M9, _M9_TITLE, "what was vesks compensation", "$420,000"),
        # "say no" is what "said no" says
        (_M10, _M10_TITLE, "did ostrava say no", "said no"),
        # (a fifth reading)
        # "in the summer of 2020" is the act's time; "is leaving" is not the asked leaving
        (_N1, _N1_TITLE, "when did solvang found brightwater", "summer 2020"),
        (_N2, _N2_TITLE, "when did aas leave orrin labs", "March 2021"),
        # one clause, two acts: the first act's sum, not the one nearest the year
        (_N3, _N3_TITLE, "how much did kestrel cells invest in 2021", "Best match: $5 million"),
        (_N4, _N4_TITLE, "how much was whitlock paid in 2022", "Best match: $400,000"),
        # "She sued …, and Dunmore's lawyer": not the other woman
        (_N6, _N6_TITLE, "who sued harbor mills", "Best match: Rachel Dunmore"),
        # "His proposed merger was rejected by …": "His" acts on nothing
        (_N7, _N7_TITLE, "who said orrin would stay independent", "Best match: Dan Whitlock"),
        # a post left, joined to a profile's first line, says so
        (_N8, _N8_TITLE, "who is nordahl", "formerly chief executive of Norvik"),
        # "that summer she had quit": a look back, that year's
        (_N12, _N12_TITLE, "when did castellano quit kestrel cells", "summer 2022"),
        # "the next year" is the story's, not the one after today
        (_N11, _N11_TITLE, "when did solvang found brightwater analytics", "2020"),
        # (a sixth reading)
        # "that week", "the following month": from the date last told of a sentence's own
        # act, not one in an aside or a look back with "had"
        (_P1, _P1_TITLE, "when did employees sign the letter", "Best match: March 2025"),
        (_P9, _P9_TITLE, "when did the board hire bankers", "Best match: February 2025"),
        # a removal's title excludes its holder only for a removal; "at the start" is not
        # "from the start"; a person's earnings are their pay
        (_P3, _P3_TITLE, "who succeeded the chief executive", "Rafael Ortega"),
        (_P8, _P8_TITLE, "who has been at corvid from the start", "Maja Vos"),
        (_P3, _P3_TITLE, "how much were ortega's earnings", "$6 million"),
        # (a seventh reading)
        # "over the next year" is to come; a lede's "said on Wednesday" is the news; a date
        # in a statement the story's; "had" in an aside looks back from nothing; winter
        # told in its January is the one before; "No. Two" is a number
        (_Q7, _Q7_TITLE, "when will copperline hire 200 engineers", "Best match: 2026"),
        (_Q10, _Q10_TITLE, "when was omar rashid named interim chief executive", "April 2023"),
        (_Q10, _Q10_TITLE, "when did kestrel freight hire grace obi", "June 2021"),
        (_Q10, _Q10_TITLE, "when did whitlock close the depots in indiana", "winter 2019"),
        (_Q11, _Q11_TITLE, "when did kessler become chief operating officer", "2012"),
        # "Weeks later" only says what came first: the reason is his own
        (_Q5, _Q5_TITLE, "why did tomas herrera resign", "ailing father"),
        # (a ninth reading)
        # a day without a year: publication's latest, unless the sentence tells its time
        # ("In early 2021, …") or the story has just gone back to near it; "Revenue for 2024",
        # "Founded in 2015", "since 2018" tell no time of the act
        (_S1, _S_TITLE, "when did halvard say revenue fell", "February 20, 2025"),
        (_S1, _S_TITLE, "when did sofie lange resign", "March 1, 2025"),
        (_S2, _S_TITLE, "when did halvard say it would cut 40 jobs", "February 20, 2025"),
        (_S2, _S_TITLE, "when did norlys cancel the contract", "October 9, 2023"),
        (_S2, _S_TITLE, "when did shareholders approve the sale", "March 3, 2025"),
        (_S6, _S_TITLE, "when did renee dubois sell the stake", "June 3, 2024"),
        # "…; its head of research": the company the clause before is about
        (_S3, _S_TITLE, "who is ana ruiz", "(Brenhaven Capital)"),
        # the act's clause's own year, after the act
        (_S4, _S_TITLE, "when did esteves stop paying", "Best match: 2021"),
        # "Her brother Luc Dubois quit": a person, and his quitting
        (_S6, _S_TITLE, "who is luc dubois", "quit the business"),
        # (a tenth reading)
        # "whose contract ran until the following year", "who had promised … by the
        # following year": an aside's time, not the act's
        (_T1, _T_TITLE, "when did colm devlin resign", "May 2019"),
        (_T1, _T_TITLE, "when did ruairi flood quit the board", "January 2020"),
        (_T2, _T_TITLE, "when did colm devlin resign", "May 2019"),
        # "stood in for Haldane as chief executive", "stepped in as chief executive" said so
        (_T5, _T_TITLE, "who stood in for haldane as ceo", "Oona Brady"),
        (_T5, _T_TITLE, "who stepped in as ceo", "Selim Kaya"),
        # handing over a shop is no donation
        (_T6, _T_TITLE, "who did dorothy pell hand over the shop to", "Best match: Kwame Asante"),
        # "I mean to die …" quoted is asked as typed
        (_T7, _T_TITLE, "who said i mean to die with apple juice on my boots", "i mean to die"),
        # (an eleventh reading)
        # "The loudest critic of the new chief executive is Omar Haddad": no post of his
        (_U1, _U_TITLE, "who is the ceo of pellham now", "Best match: Ruth Okafor"),
        (_U1, _U_TITLE, "who is omar haddad", "a pharmacists' union leader"),
        # "Kitewell, the Oslo parcel-drone company" beside "the Kitewell Foundation": two
        (_U4, _U_TITLE, "who is the chair of the kitewell foundation", "Best match: Henrik"),
        (_U4, _U_TITLE, "who is kitewell's ceo", "Best match: Bo Engström"),
    ],
)
def test_the_first_answer_says(
    tmp_path: Path, article: str, title: str, question: str, said: str
) -> None:
    reply = reply_over(tmp_path, article, question, title=title)
    assert said in first_answer(reply), reply.text


# (a twelfth reading: articles of a stranger's, on this session's rules)
_V1 = (
    "Hesketh Ceramics, a family-owned pottery maker in Stoke, has had a rough spring.\n\nOn "
    "March 3, 2024, a fire broke out in the company's main kiln hall, destroying two weeks of "
    "stock. No one was hurt.\n\nLater that month, the board dismissed its chief executive, "
    "Orla Brannigan, after an internal review of the plant's safety record.\n\nStaff protested "
    "outside the factory gates for days. Five days after the firing, the board reversed itself "
    "and brought Brannigan back as chief executive.\n\nBrannigan said she was grateful to the "
    "workforce for its support."
)
_V1_TITLE = "Turmoil at Hesketh Ceramics"

_V2 = (
    "Korvath Logistics, a Rotterdam freight forwarder, has spent the year fighting with "
    "itself.\n\nOn April 2, 2024, shareholders voted down a proposed pay package for senior "
    "managers at the annual meeting.\n\nIn June the board voted to remove chief executive "
    "Pieter Van Aalst, citing a loss of confidence in his leadership.\n\nThree days after the "
    "vote, Van Aalst sued the company in a Dutch commercial court, arguing that the removal "
    "breached his contract.\n\nThe case is due to be heard in November."
)
_V2_TITLE = "Korvath Logistics chief sues after ouster"

_V3 = (
    "Lumora, a maker of low-power sensors, was spun out of Calder University in 2018 by two "
    "engineering students.\n\nFor its first three years the company lived on grants. Its first "
    "outside money came from a wealthy Swiss family that owns a watch business and asked not "
    "to be named. The family heard about Lumora through Halvard Bank, which handles its "
    "payroll.\n\nOn June 14, 2021, the watch group invested $12 million in Lumora for a "
    "minority stake.\n\nLumora now employs 140 people and sells sensors to farms in 11 "
    "countries."
)
_V3_TITLE = "Lumora's quiet rise"

_V4 = (
    "Velocita, the Milan food-delivery app, is facing its biggest legal fight yet.\n\nForty of "
    "its former couriers first raised their complaints with Rossi Legale, a small labour law "
    "firm in Turin, last year. On May 6, 2024, the group sued Velocita for €3 million in "
    "unpaid wages and holiday pay.\n\nVelocita said it would defend itself vigorously. The "
    "company has about 9,000 couriers across Italy."
)
_V4_TITLE = "Drivers take Velocita to court"

_V5 = (
    "Pellworth Rail, the regional train operator, has had a chaotic twelve months.\n\nIn "
    "January 2024 the board removed Dominic Ferrante as chief executive after a string of "
    "cancellations. Ferrante's deputy, Ines Calloway, was named interim chief executive the "
    "same week.\n\nIn June the board voted to close the loss-making Harrowgate depot. After "
    "protests from drivers and local councillors, Pellworth reversed its decision in August "
    "and kept the depot open.\n\nCalloway has said she wants the job permanently."
)
_V5_TITLE = "Pellworth Rail's year of reversals"

_V6 = (
    "Brightmere Foods, the Leeds-based snack maker, is heading into its busiest season without "
    "a permanent leader.\n\nThe board removed Helena Marsh as chief executive in March 2024 "
    "over the collapse of a supermarket contract. The company has not named a permanent "
    "replacement, and three directors are sharing her duties.\n\nMarsh sued for unfair "
    "dismissal. In October an employment tribunal threw out most of her case, but on appeal a "
    "judge reinstated Marsh's claim against Brightmere for unpaid bonuses.\n\nThe company says "
    "it will contest the claim."
)
_V6_TITLE = "Brightmere Foods still without a permanent chief"

_V7 = (
    "Ashgrove Health, the Bristol-based chain of physiotherapy clinics, has reshuffled its "
    "leadership for the second time in a year.\n\nMartin Oduya resigned as chief financial "
    "officer of Ashgrove in April 2024 to join a rival. He was replaced by Priya Raman, who "
    "had been the company's treasurer.\n\nIn November, chief executive Caroline Whitby went on "
    "medical leave. Her role was filled on an interim basis by Tomasz Nowicki, the head of "
    "clinical operations.\n\nWhitby is expected to return in the spring."
)
_V7_TITLE = "Ashgrove Health reshuffles its top team"

_V8 = (
    "Quillfeather, the Dublin publishing software company, turned ten this year.\n\n"
    "Quillfeather was founded in 2014 by Paul Grady, who ran it as chief executive for its "
    "first three years.\n\nIn January 2017, Quillfeather named Aoife Brennan chief executive. "
    "Grady stayed on the board.\n\nOn March 4, 2019, a ransomware attack took Quillfeather's "
    "systems offline for nine days. Brennan was fired by the board on March 12, 2019, and "
    "finance chief Ruth Okonjo was named interim chief executive the same day.\n\nQuillfeather "
    "named Marcus Delahunt chief executive in June 2020.\n\nIn May 2024 Quillfeather bought a "
    "smaller rival, Inkpress, for an undisclosed sum. Inkpress was founded in 2011 by Sorcha "
    "Molloy, who remains its chief executive."
)
_V8_TITLE = "A decade of ups and downs at Quillfeather"

_V9 = (
    "Skyvale Air, the Scottish regional airline, said on Monday that its chief executive, "
    "Fiona Laird, would step down at the end of the year.\n\nLaird joined Skyvale in 2016 from "
    "a ferry operator. In 2019 the airline's pilots threatened to walk out over pension "
    "changes, a dispute that was settled within a week. Laird resigned on Monday, telling "
    "staff in an email that after eight years it was time to hand over to someone new.\n\nThe "
    "board said a search for her successor had begun."
)
_V9_TITLE = "Skyvale Air chief steps down"

_V10 = (
    "Brackenridge Robotics, which builds warehouse picking robots, has raised $40 million in a "
    "round led by Osterley Ventures.\n\nOsterley Ventures was founded in 2009 by two former "
    "bankers and has backed more than 60 hardware start-ups.\n\nBrackenridge's chief "
    "executive, Lena Hoffmann, said the money would pay for a second factory. Hoffmann started "
    "the business in her garage in Leipzig after leaving a job at a carmaker.\n\nThe round "
    "values the company at about $300 million."
)
_V10_TITLE = "Brackenridge Robotics raises $40 million"

_V11 = (
    "Hal Voss resigned as chief executive of Dunmore Mills on Tuesday. The cause of last "
    "month's warehouse fire at the company's Preston site is still being investigated by the "
    "fire service.\n\nVoss, 61, has led the flour miller since 2012. In a short statement he "
    "said only that it was the right moment for a new leader.\n\nThe company said its finance "
    "chief, Ellen Park, would run the business until a successor is found."
)
_V11_TITLE = "Dunmore Mills chief resigns"

_V12 = (
    "Mei Chen stepped down as chief executive of Tallowby in March, writing on LinkedIn that "
    "she was proud of what the team had built over six years.\n\nTallowby, which makes "
    "accounting software for small farms, had been preparing for a sale. Investors wanted a "
    "quick deal with a larger rival; Chen wanted to keep the company independent.\n\nIn the "
    "end the investors won the argument, and the board asked her to go, two directors said.\n\n"
    "The company is now run by its former operating chief, Dev Malhotra."
)
_V12_TITLE = "Tallowby founder leaves"

_V13 = (
    "Corvina, the Danish phone maker, launched its Corvina 7 handset in Copenhagen on Tuesday, "
    "a week after announcing 300 job cuts.\n\nChief executive Signe Holm was asked about the "
    'layoffs at the launch and changed the subject to the new camera. "This is the best '
    'camera we have ever put in a phone," Holm said.\n\nThe phone goes on sale in June.'
)
_V13_TITLE = "Corvina launches its new phone amid job cuts"


# (a thirteenth reading: stories written to misread the rules for posts and sums)
_W1 = (
    "Ostrander Bio, a vaccine developer in Oxford, was founded in 2014 by Miriam Achterberg "
    "and Jonas Pereira-Holt.\n\n"
    "Pereira-Holt chaired the board from 2014 until 2020. Nadia Farouk-Lindt, a venture "
    "capitalist who had joined the board in 2016, succeeded him as chair of the remuneration "
    "committee in 2020, while Pereira-Holt stayed on as chair of the board.\n\n"
    "Achterberg was chief executive until 2021. She was succeeded as CEO by Kofi Amankwah, "
    "who lasted only eight months. In March 2022 the board fired Amankwah and appointed Lena "
    "Sorvino as chief executive; she still runs the company.\n\n"
    "In 2023 Ostrander set up a scientific advisory council, with Sir Peter Gadd as honorary "
    "president, Professor Ruth Ikeda as chief scientist of the council and the Nobel laureate"
    " Anton Vasquez as its chair. The council meets twice a year in London.\n\n"
    "Rasmus Kjeldsen ran the Ostrander vaccine trial in Kenya in 2022, and is now the head of"
    " research at the Wellcome Trust. Inge Dahl became Ostrander's head of research in "
    "January 2024.\n\n"
    "Ostrander's head of state relations, Omar Qureshi, handles talks with governments."
)
_W1_TITLE = "Ostrander Bio reshuffles its leadership"

_W2 = (
    "Brackwater Foods, an oat-milk maker in Cork, was founded in 2017 by Siobhan Keane and "
    "Darius Moradi.\n\n"
    "On Monday, February 5, 2024, the board removed Moradi as chief financial officer over "
    "accounting lapses. Keane, the chief executive, kept her post for another month.\n\n"
    "On Friday, March 8, 2024, the board ousted Keane as chief executive. Olamide Fashola, an"
    ' independent director who led the board vote against her, said the company needed "a '
    'fresh start". The board was chaired at the time by Gerald Okonkwo-Reid, who abstained.\n\n'
    "Five days after removing her, the board named Fashola interim chief executive.\n\n"
    "Moradi's post went unfilled for weeks. Then Tomasz Wirth, a supplier's accountant, held "
    "the post office franchise in the Brackwater factory town and briefly advised the "
    "company.\n\n"
    "Keane founded a new company, Fennick Dairy, in June 2024. Her former deputy, Aoife "
    "Brennan, ran the marketing budget at Brackwater until she joined Keane at Fennick.\n\n"
    "Sales chief Ruairi Doyle led negotiations with the supermarket chain Tesco in 2023."
)
_W2_TITLE = "Brackwater Foods ousts its founder"

_W3 = (
    "Quillon Health, a diagnostics company in Glasgow, was founded in April 2016 by Ada "
    "Fenwick-Oduya and Pieter Van Loon, with money from the Strathmore Trust.\n\n"
    "On Tuesday, May 14, 2024, the board voted to remove Fenwick-Oduya as chief executive "
    "after a dispute over a hospital contract. Van Loon, the chief operating officer, was "
    "named interim chief executive the same day.\n\n"
    "Fenwick-Oduya did not return. By the summer she was back in the job market, telling "
    "friends she was weighing offers from two rivals. In October 2024 she joined Brindle "
    "Diagnostics as its president.\n\n"
    "The board's audit committee, chaired since 2019 by the accountant Miriam Osterhagen, "
    "reviewed the contract. The board itself is chaired by Hamish Dalgleish, a retired "
    "surgeon.\n\n"
    "At the company's annual meeting in September 2024, shareholders questioned the directors"
    " for three hours, with Sunita Rao in the chair closest to the stage asking most of the "
    "questions. Rao is a pension fund manager and holds two percent of the shares.\n\n"
    "Quillon's head of research, Lorenzo Bassi, resigned in November 2024. The company's "
    "science was later reviewed by Yusuf Demir, head of research at the University of "
    "Strathclyde's medical school.\n\n"
    "Van Loon was confirmed as chief executive in January 2025."
)
_W3_TITLE = "Quillon Health removes its chief executive"

_W4 = (
    "Quillon Health, a diagnostics company in Glasgow, was founded in April 2016 by Ada "
    "Fenwick-Oduya and Pieter Van Loon, with money from the Strathmore Trust.\n\n"
    "On Tuesday, May 14, 2024, the board voted to remove Fenwick-Oduya as chief executive "
    "after a dispute over a hospital contract. Van Loon, the chief operating officer, was "
    "named interim chief executive the same day.\n\n"
    "By July 2024 Fenwick-Oduya was back in the job market, telling friends she was weighing "
    "offers from two rivals. In October 2024 she joined Brindle Diagnostics as its president.\n\n"
    "The board's audit committee, chaired since 2019 by the accountant Miriam Osterhagen, "
    "reviewed the contract.\n\n"
    "Quillon's head of research, Lorenzo Bassi, resigned in November 2024 and moved to "
    "Lisbon. Nobody has yet been named to replace him.\n\n"
    "Van Loon was confirmed as chief executive in January 2025."
)
_W4_TITLE = "Quillon Health removes its chief executive"

_W5 = (
    "Tarnwell Energy, a battery maker in Aberdeen, was founded in 2015 by Colm Reddy and "
    "Freya Lindqvist.\n\n"
    "In March 2023, Reddy announced that he would step down as chief executive once a "
    "successor was found. The search dragged on for more than a year, and the board finally "
    "named Beatrix Oyelaran-Hughes chief executive in April.\n\n"
    "Lindqvist, the chief technology officer, left in May 2023. Henrik Sølvberg, a senior "
    "engineer, held the post on an interim basis for six months. In December, the company "
    "hired Ama Kyei-Laurent, formerly of the Fraunhofer Institute, as its chief technology "
    "officer.\n\n"
    "Tarnwell's first factory opened in 2019 with Dalia Moreno as plant manager, Kwame Asante"
    " as head of safety and Reddy's brother Fintan as chief financial officer. Fintan Reddy "
    "left the company in 2021 and now runs a bakery.\n\n"
    "Separately, the company's sponsored rowing crew won the Tay Cup in 2022; Rhona Baird, "
    "its captain, held the position of club secretary for two years."
)
_W5_TITLE = "Tarnwell Energy names a new chief"


# (a fourteenth reading: stories written to misread the rules for firsts, stand-ins,
# opposition, "it", replacements, parts and the latest told)
_X1 = (
    "BOSTON — Kestrel Robotics, the Boston maker of warehouse inspection drones, said on "
    "Tuesday that it had hired a new chief executive, ending a long stretch in which its "
    "founders ran the company.\n\n"
    "Kestrel Robotics was founded in March 2016 by Aaron Feld and Minh Tran, two former MIT "
    "researchers, in a rented garage in Somerville. Hollin Electronics, the Korean appliance "
    "maker, put in the first $5 million a year later. Feld was its first chief executive, and"
    " Tran its chief technology officer.\n\n"
    "Hollin's own chief executive, Yoon Seo-yeon, said at the time that drones would one day "
    "inspect every warehouse in Asia. Hollin later added $40 million.\n\n"
    "Growth was slow. Kestrel sold its first drone in 2018 and reached 200 customers only in "
    "2022. In 2023 Feld stepped down as chief executive to spend more time with his family, "
    "and Tran ran the company on an interim basis.\n\n"
    "On Tuesday the board named Dana Okafor, a former logistics executive at Maersk, as chief"
    " executive. She starts on October 1.\n\n"
    '"Aaron built something remarkable," Okafor said. "My job is to make it big."\n\n'
    "Tran will return to his post as chief technology officer. Feld remains on the board.\n\n"
    "The company, which employs about 140 people, said it expects revenue of $30 million this"
    " year."
)
_X1_TITLE = "Kestrel Robotics Hires Outsider After Years of Founder Rule"

_X2 = (
    "CHICAGO — Brightwater Health, the Chicago telehealth company, has named Sofia Lindgren "
    "as chief executive, its third leader.\n\n"
    "Brightwater was founded in January 2019 by Priya Anand, a software engineer, and Tomasz "
    "Kowal, a former emergency-room doctor. Kowal was named chief executive in January 2019, "
    "and Anand ran engineering. The company raised $12 million from Northgate Ventures that "
    "summer.\n\n"
    "Kowal ran Brightwater through the pandemic, when its video clinics grew from 40 doctors "
    "to more than 900. In June 2021 the board named Grace Mwangi, a former hospital "
    "administrator, as chief executive, and Kowal became chair.\n\n"
    "Mwangi cut costs, closed two clinics in Texas and took the company to its first "
    "profitable quarter in 2023. Investors watched Mwangi, the first chief executive to come "
    "from outside the company, closely.\n\n"
    "In July 2025 Mwangi left to run a hospital network in Nairobi. Lindgren, a former "
    "McKinsey partner, replaces her.\n\n"
    '"Grace left us a company that pays its own way," Lindgren said. "Now we have to make it '
    'grow."\n\n'
    "Kowal, who remains chair, said the board had interviewed eleven candidates. Brightwater "
    "employs about 1,300 people."
)
_X2_TITLE = "Brightwater Health Names Its Third Chief in Six Years"

_X3 = (
    "HARTFORD — Larchmont Bank, the Connecticut lender, has had a turbulent month at the top.\n\n"
    "Henrik Aalto became chief executive of Larchmont in 2017, after a career at Santander. "
    "He doubled the bank's mortgage book in five years.\n\n"
    "On Monday, March 3, 2025, the board fired Lena Voss, the bank's chief financial officer,"
    ' after auditors found errors in its loan-loss reserves. The bank said Voss had "failed '
    'to keep proper records" and that it had informed regulators. Voss had joined Larchmont '
    "in 2019 from Citizens Financial.\n\n"
    "Two days later, on March 5, Aalto resigned, saying he took responsibility for the "
    "failures in the finance department. On Thursday, March 6, the board named Ruth Okonjo, "
    "the head of retail banking, as interim chief executive. Deputy finance director Paul "
    "Santos was named acting chief financial officer.\n\n"
    "Okonjo, 52, has spent 20 years at Larchmont. She said her first priority was to restate "
    'the accounts. "Our depositors need to know that the numbers are right," she said.\n\n'
    "Investors were unimpressed. Larchmont's shares fell 18 percent in the week after Voss "
    "was fired.\n\n"
    "Aalto, 61, said he would not seek another job in banking. The board said it would name a"
    " permanent chief executive by the autumn."
)
_X3_TITLE = "Larchmont Bank Fires Finance Chief, Then Loses Its Leader"

_X4 = (
    "DENVER — Fernhill Foods, the Colorado maker of frozen meals, has lost two of its most "
    "senior executives in a month, the company confirmed on Wednesday.\n\n"
    "Fernhill was founded in 2011 by Carla Moreno and her brother Luis Moreno. It went public"
    " in 2019 and now employs about 2,000 people.\n\n"
    "In April the board approved a plan to move the company's headquarters from Denver to "
    "Austin, Texas, to cut taxes. Several long-serving directors opposed the plan. Daniel "
    "Kerr, the chief operating officer, resigned on May 2.\n\n"
    "Kerr's departure had nothing to do with the move. In a letter to staff, he said he was "
    "leaving because his wife had been diagnosed with cancer and he wanted to care for her. "
    '"Family comes first," he wrote.\n\n'
    "Two weeks later, chief financial officer Anita Rao also left. Rao had pushed for the "
    "sale of Fernhill's pizza brand to Nestlé, but the board voted the idea down in May. She "
    "resigned on May 20 and joined Conagra as finance chief in June.\n\n"
    'Carla Moreno, the chief executive, said the company had "deep benches" and would name '
    "replacements soon. Fernhill's shares fell 4 percent on the news.\n\n"
    "The headquarters move is due to be completed next year."
)
_X4_TITLE = "Fernhill Foods Loses Two Executives in a Month"

_X5 = (
    "DENVER — Fernhill Foods, the Colorado maker of frozen meals, has lost its chief "
    "financial officer, the company confirmed on Wednesday.\n\n"
    "Fernhill was founded in 2011 by Carla Moreno and her brother Luis Moreno. It went public"
    " in 2019 and now employs about 2,000 people.\n\n"
    "In March Fernhill announced record quarterly sales of $410 million, helped by a new line"
    " of vegetarian curries. Anita Rao, the chief financial officer, objected to the decision"
    " to cut the research budget by a third in the same month. Rao resigned on May 20 and "
    "joined Conagra as finance chief in June.\n\n"
    'Carla Moreno, the chief executive, said the company had "deep benches" and would name a '
    "replacement soon. Fernhill's shares fell 4 percent on the news.\n\n"
    "Luis Moreno, who runs the company's research kitchen in Boulder, declined to comment on "
    "the budget."
)
_X5_TITLE = "Fernhill Foods Loses Its Finance Chief"

_X6 = (
    "ROTTERDAM — Velacor, the Dutch logistics group, is writing down most of its stake in "
    "Dunmore Analytics, the software start-up it backed five years ago.\n\n"
    "Velacor bought 20 percent of Dunmore Analytics in 2019 for $60 million. When Dunmore "
    "lost its biggest customer, it laid off 140 people in 2022. Velacor said at the time that"
    " it still believed in the business.\n\n"
    "Dunmore, founded in 2015 by Ines Haag, sells route-planning software to trucking firms. "
    "Velacor's chief executive, Pieter de Wit, had called the deal \"the brain for our "
    'trucks."\n\n'
    "Velacor sold its Polish warehouse unit to DSV in 2021. Unlike its former parent, it "
    "hired 300 new workers the following year, the unit's managers said.\n\n"
    "The writedown, of about $45 million, will be booked in the third quarter. Velacor's "
    "shares were little changed on Thursday.\n\n"
    '"We paid too much," de Wit said. "That happens."\n\n'
    "Haag said Dunmore would keep operating and was talking to new investors. It employs "
    "about 90 people, down from 230 at its peak."
)
_X6_TITLE = "Velacor's Bet on Dunmore Analytics Sours"

_X7 = (
    "OSTRAVA — Shareholders of Ostrava Steel, the Czech steelmaker, have ousted the company's"
    " chair after a year of losses, ending a bitter fight over the future of its oldest mill.\n\n"
    "Tomas Mbaye, a former banker, had chaired the board since 2018. Last year he backed a "
    "plan to close the Vitkovice mill, which has made steel since 1828 and employs 1,100 "
    "people.\n\n"
    "Investors loyal to Jana Lund, the founder's granddaughter, angered by the plan, replaced"
    " Mbaye as chair with Petra Ortega at a special meeting on June 12. Lund, who owns 14 "
    "percent of the company, does not sit on the board.\n\n"
    'Ortega, 58, a former deputy finance minister, said the mill would stay open. "Steel is '
    'not a spreadsheet," she said.\n\n'
    "The company's chief executive, Karel Novak, who had replaced Martin Hruby as chief "
    "executive in 2020, said he would work with the new chair. Novak, a metallurgist, has run"
    " two other mills.\n\n"
    'Mbaye, who was replaced by Ortega after seven years, said he was disappointed. "The '
    'numbers will not change because the chair has," he said.\n\n'
    "Ostrava Steel lost 2.1 billion koruna last year. Its shares rose 6 percent on the news."
)
_X7_TITLE = "Boardroom Revolt at Ostrava Steel Ends With a New Chair"

_X8 = (
    "OSTRAVA — Ostrava Steel, the Czech steelmaker, has had three chief executives in five "
    "years, and the latest says he intends to stay.\n\n"
    "Martin Hruby, a former army engineer, ran the company from 2012 to 2020. Directors tired"
    " of Hruby, whose mills lost money for six straight years, replaced him in March 2020 "
    "with Karel Novak, a metallurgist from Třinec.\n\n"
    "Novak lasted three years. He fell out with the board over a plan to close the Vitkovice "
    "mill, and in 2023 he left for ArcelorMittal.\n\n"
    "Investors frustrated with Novak, who had promised a return to profit by 2022, replaced "
    "the entire management team in 2023, naming Eva Dvorakova as chief executive.\n\n"
    "Dvorakova, 49, previously ran the steel division of Liberty Steel. She says the mill "
    'will stay open. "Steel is not a spreadsheet," she said.\n\n'
    "The company lost 2.1 billion koruna last year. Its shares rose 6 percent after it "
    "reported a smaller loss for the second quarter."
)
_X8_TITLE = "Ostrava Steel Names New Chief After Losses"

_X9 = (
    "LONDON — The Harlow Museum Trust, which runs three small museums in Essex, has named "
    "Amara Whitfield as its chief executive, ending a six-month search.\n\n"
    "Whitfield, 47, was previously director of the Colchester Castle Museum. She replaces "
    "Graham Pike, who retired in March after eleven years.\n\n"
    "The trust's chief of staff, Oliver Brandt, ran the organisation on an interim basis "
    "during the search. Brandt will return to his role as chief of staff.\n\n"
    "The trust's chair, Lady Helen Forsyth, said Whitfield had impressed the board with her "
    'plans to reach schools. "She knows every child in Essex should see a Roman coin," '
    "Forsyth said.\n\n"
    "The trust was hit hard by the pandemic, when its museums closed for 14 months. Its "
    "curator of archaeology, Dr. Nkechi Obi, oversaw the move of 40,000 objects to a new "
    "store in Chelmsford in 2023. The trust's head of collections, Rupert Vale, retired last "
    "year.\n\n"
    "The leader of the museum staff union, Dave Collins, welcomed the appointment.\n\n"
    "The trust receives about a third of its £4 million budget from Essex County Council. "
    "Whitfield starts on October 6."
)
_X9_TITLE = "Harlow Museum Trust Hires a New Director"

_X10 = (
    "BOSTON — Kestrel Robotics, the Boston maker of warehouse inspection drones, said on "
    "Tuesday that its chief executive would also lead a new joint venture with its largest "
    "investor.\n\n"
    "Kestrel was founded in 2016 by Aaron Feld and Minh Tran. In June 2019 the board named "
    "Dana Okafor, a former logistics executive at Maersk, as chief executive of Kestrel. "
    "Under Okafor, revenue grew from $4 million to $30 million.\n\n"
    "Hollin Electronics, the Korean appliance maker, owns 30 percent of Kestrel. Its chief "
    'executive, Yoon Seo-yeon, has called drones "the eyes of every warehouse."\n\n'
    "In May 2025 Hollin and Kestrel set up Skyward Freight, a venture that will fly parcels "
    "between warehouses. Okafor, who was once chief executive of Maersk's drone unit, was "
    "named chief executive of Skyward Freight in August 2025.\n\n"
    "Feld, who is chair of Kestrel, said Okafor would split her week between the two "
    "companies. Kestrel employs about 140 people."
)
_X10_TITLE = "Kestrel Robotics Chief Takes On a Second Job"


@pytest.mark.parametrize(
    ("article", "title", "question", "wrong"),
    [
        # hired to run the search for one, not to the post
        (
            _SEARCH,
            _QUORRA,
            "who is the chief executive of corvel foods",
            "Best match: Anna Lindqvist",
        ),
        # a company joined, or founded by someone else, is not one he founded
        (_JOINED, _QUORRA, "which company did daniel okafor-webb found", "Best match: Kestrel"),
        (
            _HIRED_BY_FOUNDER,
            _QUORRA,
            "what company did daniel okafor-webb start",
            "Best match: Kestrel",
        ),
        # where: a company, not a stretch of time, nor the one that hired him
        (_CONSULTANT, _QUORRA, "where did marcus fenn work before", "Best match: a decade"),
        (_ADVISING, _QUORRA, "where did marcus fenn work before", "Best match: a team"),
        # he left an adviser's job, not the other company's chief executive's post
        (_ADVISER, _QUORRA, "who is thomas brandt", "left (as"),
        # what the company needed afterwards is no reason for the move
        (
            _NEEDED,
            _QUORRA,
            "why did quorra move its headquarters to hazelwood",
            "The company needed",
        ),
        # (a second reading)
        # "fired her chief of staff": not her
        (_K1, _K1_TITLE, "who was fired", "Best match: Laura Fenwick-Hale"),
        (_K1, _K1_TITLE, "why did the board fire laura fenwick-hale", "What the articles say"),
        # "the merger" is what started, not a founding
        (_B1, _B1_TITLE, "when did the merger start", "Best match: 2009"),
        # "after she was hired", "two weeks later": not counted from a date told of something else
        (_C1, _C1_TITLE, "when did laura devereux rebuild the marketing team", "Best match: 2023"),
        (_C3, _C3_TITLE, "when did brennick labs hire 40 engineers", "Best match: 2015"),
        # "At first", "Early on": no company's early years
        (_D1, _D1_TITLE, "when did laura devereux close the halifax plant", "Best match: 2001"),
        (_D2, _D2_TITLE, "when did orlen systems sell its jet", "Best match: 2009"),
        # "for Europe": a region, no employer
        (_F1, _F1_TITLE, "where did daniel okoro work before", "Best match: Europe"),
        # (a third reading)
        # "the conversion of its old greenhouse" is another thing's; a judge's or regulators'
        # decision, or what a grant would allow, is no reason for the company's act
        (_L1, _L1_TITLE, "why did brightwell switch to a for-profit company", "What the articles"),
        (_L5, _L5_TITLE, "why did orrin sue bellcastle", "a judge decided"),
        (_L6, _L6_TITLE, "why is drummond cutting 500 jobs", "retraining grant"),
        (_L6, _L6_TITLE, "why did drummond buy pennine alloys", "Best match"),
        (_L6, _L6_TITLE, "why did drummond buy pennine alloys", "What the articles"),
        # a background sentence after the happening is not what he did then
        (_L4, _L4_TITLE, "what did aalders do when the board removed him", "joined Veridian in"),
        # (a fourth reading)
        # what followed, naming no one, is not what she did
        (_M3, _M3_TITLE, "what did voss-ebert do after she resigned", "shares fell"),
        # a plural is no possessive typed without its apostrophe: nothing to abstain on
        (_M9, _M9_TITLE, "what was sales growth in 2024", "They are mostly about"),
        # (a fifth reading)
        # "Her lawyer, …, said Dunmore would sue": not another woman's lawyer
        (_N5, _N5_TITLE, "who is nora pikes lawyer", "Best match: Tom Reyes"),
        # a post the article does not place in time is not shown as held now
        (_N9, _N9_TITLE, "who is castellano", "; chief technology officer"),
        # "A former student of Tor Aas, a …, signed on as chief scientist": not Aas
        (_N10, _N10_TITLE, "who is the chief scientist", "Best match: Tor Aas"),
        # what was done to her after is not what she did
        (_N11, _N11_TITLE, "what did solvang do after she was fired", "The board named"),
        # (a sixth reading)
        # a reason said to be for something else, or after another's act, is not this one's
        (_P6, _P6_TITLE, "why was grant removed", "weak results"),
        (_P2, _P2_TITLE, "why did fournier leave", "promised her the top job"),
        # two sums beside each other are two figures only where the article disputes one
        (_P8, _P8_TITLE, "how much did corvid raise in 2021", "two figures"),
        (_P1, _P1_TITLE, "how much did brightwater raise", "two figures"),
        # a sum asked with a name is not another's sum
        (_P4, _P4_TITLE, "when was the $500 million alpenwerk deal", "Best match: 2021"),
        # "he quit to become …" after "her former deputy": not hers
        (
            _P7,
            _P7_TITLE,
            "who is the chief technology officer at skyline weather",
            "Best match: Astrid Kjeldsen",
        ),
        # "When he cut her budget, she resigned": not his turning point
        (_P2, _P2_TITLE, "who is anders nyholm", "resigned as chief executive"),
        # "ringleader" is no word the articles use for leading
        (_P3, _P3_TITLE, "who was the ringleader behind ousting the founder", "Best match"),
        # a firm a British paper calls "the agency who …" is no person
        (_P5, _P5_TITLE, "who is knight frank", "Person in the articles"),
        # (a seventh reading)
        # "The mayor, who …", "The board, who …", "The spokesman, who …": an office or no
        # person, not the one named before; nor "the financier … she" for a man
        (_Q1, _Q1_TITLE, "who announced the tax credit", "Best match: Harlan Voss"),
        (_Q2, _Q2_TITLE, "who is callum marsh", "a board"),
        (_Q3, _Q3_TITLE, "who said the plant had lost money", "Best match"),
        (_Q4, _Q4_TITLE, "who is harlan voss", "stepped down"),
        # "The biggest complaint from patients" is no reason for his leaving
        (_Q6, _Q6_TITLE, "why did herrera leave pinecrest", "complaint"),
        # a thing named like a person ("Santiago Metro, which runs the subway")
        (_Q8, _Q8_TITLE, "who is santiago metro", "Person in the articles"),
        # a company's earnings are no one's pay
        (_Q9, _Q9_TITLE, "what were brightpath's earnings last year", "salary"),
        # (an eighth reading)
        # "… hired Aiko Tanaka …; she now leads": hers, not the one named first
        (_R1, _R1_TITLE, "who is ken morimoto", "now leads"),
        # a reason only announced is given by the sentence after it only when that one tells
        # no happening of its own; another paragraph's "X's explanation" is of what?
        (_R2, _R2_TITLE, "why did halvorsen resign", "Shares"),
        (_R2, _R2_TITLE, "why was the wind project delayed", "thanked"),
        (_R2, _R2_TITLE, "why did berg quit the board", "annual report"),
        # "official" may be what is asked about; "3M" is a company, no sum
        (_R3, _R3_TITLE, "what did the official say", "staff called"),
        (_R4, _R4_TITLE, "what did 3M say", "don't mention"),
        # a park named like a woman is no person
        (_R5, _R5_TITLE, "who is victoria park", "Person in the articles"),
        # (a ninth reading)
        # an age once is no age now; a day near a story gone back in time is the story's
        (_S2, _S_TITLE, "how old is brekke", "Best match"),
        (_S3, _S_TITLE, "when did the board fire solberg", "2024"),
        # "drove away from the court" drove no one away; "declined to comment" and figures
        # against the reason given are no other account of it
        (_S3, _S_TITLE, "why did lars eide leave", "drove away"),
        (_S4, _S_TITLE, "why did teresa antunes leave", "declined"),
        (_S4, _S_TITLE, "why was rui valente removed", "Donations rose"),
        # the foundation funding libraries is no donor of its own
        (_S4, _S_TITLE, "who was lumera's biggest donor", "Best match: Teresa Antunes"),
        # the board, led by its chair, handed the presidency on: not the chair's to step down
        (_S5, _S_TITLE, "who is ruth okafor", "stepped down"),
        # "make money" is no "make his pledge"
        (_S5, _S_TITLE, "did the trust make money last year", "Best match"),
        (_S5, _S_TITLE, "did the trust make money last year", "What the articles say"),
        # his quitting is not hers; a tasting room's establishment is no founding of the domaine
        (_S6, _S_TITLE, "who is renee dubois", "quit"),
        (_S6, _S_TITLE, "when was domaine dubois founded", "Best match: 2012"),
        # (a tenth reading)
        # what a statement left out that is no cause is no reason
        (_T3, _T_TITLE, "why was harriet quayle fired", "left out"),
        (_T3, _T_TITLE, "why did the board choose noor saleh", "salary"),
        # "handed him the chief executive's written apology" hands no post on
        (_T4, _T_TITLE, "who is anika fry", "stepped down"),
        # (an eleventh reading)
        # a committee's chair, a panel's "has chaired it since", are no company's chair
        (_U2, _U_TITLE, "who is the chair of tessel", "Best match"),
        # "The real reason emerged a week later." then a quotation denying one: no reason
        (_U3, _U_TITLE, "why did lakeshore cancel the brightwheel order", "no real reason"),
        # the foundation's own board and head are not the company's
        (_U4, _U_TITLE, "who runs the kitewell foundation", "Best match: Bo Engström"),
        # (a twelfth reading)
        # a count from "the firing" starts at a firing, not "a fire broke out"; an act told
        # with a month only gives no day to count from
        (_V1, _V1_TITLE, "when did the board reverse itself", "Best match: March 8, 2024"),
        (_V2, _V2_TITLE, "when did van aalst sue korvath", "Best match: April 5, 2024"),
        # a company described ("the watch group") is not one the sentence before names in passing
        (_V3, _V3_TITLE, "how much did halvard bank invest in lumora", "Best match: $12 million"),
        (_V4, _V4_TITLE, "how much is rossi legale suing velocita for", "Best match: €3 million"),
        # "reversed its decision" about a depot undoes no removal
        (_V5, _V5_TITLE, "who is the ceo of pellworth", "Best match: Dominic Ferrante"),
        # "reinstated Marsh's claim" reinstates no one
        (_V6, _V6_TITLE, "who is the ceo of brightmere", "Best match: Helena Marsh"),
        # "Her role was filled" is her post, not the last one someone left
        (_V7, _V7_TITLE, "who is ashgrove's interim cfo", "Best match: Tomasz Nowicki"),
        # a post taken after a happening was not held at it
        (
            _V8,
            _V8_TITLE,
            "who was ceo of quillfeather when the ransomware attack happened",
            "Best match: Ruth Okonjo",
        ),
        # pressure told before a resignation, years apart, is no reason for it
        (_V9, _V9_TITLE, "why did laird resign", "pilots"),
        # "the company" is the article's own, not another company it names
        (_V10, _V10_TITLE, "when was the company founded", "Best match: 2009"),
        # "The cause of last month's warehouse fire" is no cause of a resignation
        (_V11, _V11_TITLE, "why did hal voss resign", "warehouse fire"),
        # what someone wrote on LinkedIn as they left is no reason given
        (_V12, _V12_TITLE, "why did mei chen step down", "LinkedIn"),
        # words after changing the subject answer nothing asked
        (_V13, _V13_TITLE, "what did holm say about the layoffs", "Best match"),
        # (a thirteenth reading)
        # "was succeeded as CEO by" someone fired since gives no post held now; "succeeded
        # him as chair of the remuneration committee" is a committee's chair
        (_W1, _W1_TITLE, "who is the ceo", "Best match: Kofi Amankwah"),
        (_W1, _W1_TITLE, "who is the chair", "Best match: Nadia Farouk-Lindt"),
        # "held the post office franchise" is no post; the fired one's own title is no
        # answer to who chaired the board when she was fired
        (_W2, _W2_TITLE, "who is the ceo", "Best match: Tomasz Wirth"),
        (_W2, _W2_TITLE, "who is tomasz wirth", "chief executive"),
        (_W2, _W2_TITLE, "who was board chair when they fired the ceo", "Best match: Siobhan"),
        # "in the chair closest to the stage" is a seat; a committee "chaired since 2019 by"
        # is not the board; "back in the job market" is no return
        (_W3, _W3_TITLE, "who chairs the board", "Best match: Sunita Rao"),
        (_W3, _W3_TITLE, "who is the chair", "Best match: Miriam Osterhagen"),
        (_W3, _W3_TITLE, "when did fenwick-oduya return", "Best match"),
        # a head of a part said to resign in the sentence giving the post holds it no more
        (_W4, _W4_TITLE, "who is the head of research", "Best match: Lorenzo Bassi"),
        (_W4, _W4_TITLE, "who was board chair when they fired the ceo", "Best match: Van Loon"),
        # a month after a year-long search is not the paragraph's year's
        (_W5, _W5_TITLE, "when was oyelaran-hughes named chief executive", "April 2023"),
        # (a fourteenth reading)
        # "its first chief executive" after a sentence opening on a company the article is
        # not about is not that company's; "the first chief executive to come from outside"
        # is no first holder
        (_X1, _X1_TITLE, "who was the first chief executive of hollin", "Best match: Aaron Feld"),
        (_X2, _X2_TITLE, "who was the first ceo of brightwater", "Best match: Grace Mwangi"),
        # a stand-in for another's post than the one the happening removed held no post at it
        (_X3, _X3_TITLE, "who was the ceo when voss was fired", "Best match: Ruth Okonjo"),
        # opposition by others, or to what the sentence itself names, is no plan's reason
        (_X4, _X4_TITLE, "why did daniel kerr resign", "headquarters from Denver"),
        (_X5, _X5_TITLE, "why did anita rao resign", "record quarterly sales"),
        # "Unlike its former parent, it hired …": not the company the sentence before names
        (_X6, _X6_TITLE, "how many workers did velacor hire", "Best match: 300"),
        # "Investors loyal to Jana Lund, …, replaced Mbaye as chair with Petra Ortega"
        (_X7, _X7_TITLE, "who is the chair of ostrava steel", "Best match: Jana Lund"),
        (_X7, _X7_TITLE, "who is jana lund", "chair"),
        # "Investors frustrated with Novak, …, replaced the entire management team": not Novak
        (_X8, _X8_TITLE, "who replaced karel novak as ceo", "The closest I found —"),
        # "the head of the trust" is its head, not a part's
        (_X9, _X9_TITLE, "who is the head of the trust", "Rupert Vale"),
        # the latest sentence giving the title at another company is no evidence of this one
        (_X10, _X10_TITLE, "who is the ceo of kestrel", "Skyward Freight"),
    ],
)
def test_the_first_answer_is_not(
    tmp_path: Path, article: str, title: str, question: str, wrong: str
) -> None:
    reply = reply_over(tmp_path, article, question, title=title)
    assert wrong not in first_answer(reply), reply.text

/* The tables of interface words: one per language, indexed by WordId. A
 * word missing in Dutch falls back to English. A word with printf arguments
 * writes a percent sign as %%; one without is written as it is. */
#include "words.h"

#include <string.h>

static const char *const en[WORD_COUNT] = {
    [WORD_CONTINUE] = "Continue",
    [WORD_CONFIRM] = "Confirm",
    [WORD_QUESTION] = "How would you feel right now, as %s?",
    [WORD_PREDICT_QUESTION] = "How do customers feel here, do you think?",
    [WORD_CALM] = "calm",
    [WORD_AGITATED] = "agitated",
    [WORD_EMOTION_HINT] = "And which word fits best? (optional)",
    [WORD_RATING_HINT] = "Choose with the keys 1-9, the arrows, or by tapping; Enter confirms.",
    [WORD_START_TITLE] = "Welcome",
    [WORD_START_PERSONA] = "Today you are %s",
    [WORD_PSEUDONYM] = "Your pseudonym (not your name)",
    [WORD_WORKSHOP] = "Workshop",
    [WORD_START_RECORDED] =
        "You are about to live a customer's journey. At some moments you will be asked how you "
        "would feel as this customer. teaser records your ratings, how long you took to give "
        "them, and what you did in each step, under the pseudonym you choose here - never "
        "your name. They are compared with what real customers reported, for this workshop. "
        "Groups smaller than five are never shown. You can ask the facilitator to delete your "
        "data at any time.",
    [WORD_CONSENT] = "I understand and agree to take part",
    [WORD_START] = "Start",
    [WORD_END_TITLE] = "Thank you",
    [WORD_END_TEXT] = ("Your ratings are saved. The facilitator will now show how real customers "
                    "felt at the same moments."),
    [WORD_HANG_UP] = "Hang up and call again",
    [WORD_CALLING] = "Calling",
    [WORD_QUEUE] = "Your position in the queue",
    [WORD_SEND] = "Send",
    [WORD_TRANSFERRING] = "Transferring you to",
    [WORD_LETTER_QUESTION] = "Choose with the keys or by tapping",
    [WORD_CAPTCHA] = "Type the characters you see",
    [WORD_CARD] = "Your details",
    [WORD_TYPE_HINT] = "Type, then press Enter",
    [WORD_ON_HOLD] = "On hold",
    [WORD_AHEAD] = "callers ahead of you",
    [WORD_HOLD_MUSIC] = "\xe2\x99\xaa  hold music  \xe2\x99\xaa",
    [WORD_PLEASE_HOLD] = "Please hold the line, you are being transferred.",
    [WORD_END_CLOSE] = "Press Enter or click to close.",
    [WORD_REPEATED] = "Details given again: %d times",
    [WORD_CANNOT_SEE] = "%s cannot see:",
    [WORD_DEBRIEF_WORSE_THEM] = "At \"%s\", customers felt %s worse than you did.",
    [WORD_DEBRIEF_WORSE_YOU] = "At \"%s\", you felt %s worse than customers did.",
    [WORD_DEBRIEF_MOMENTS] = ("Your worst moment: \"%s\" (%s); customers' worst: \"%s\" (%s). "
                              "At the end: you %s, customers %s."),
    [WORD_DEBRIEF_WAITED] = "You waited %d:%02d on hold.",
    [WORD_DEBRIEF_REPEATED] = "You gave your details again %d times.",
    [WORD_DEBRIEF_LETTER_RIGHT] = "You found what the letter meant.",
    [WORD_DEBRIEF_LETTER_WRONG] = "You did not find what the letter meant.",
    [WORD_DEBRIEF_LETTERS_RIGHT] = "You found what each of the %d letters meant.",
    [WORD_DEBRIEF_LETTERS_WRONG] = "You did not find what any of the %d letters meant.",
    [WORD_DEBRIEF_LETTERS_MIXED] = "You found what the letter meant at %s, but not at %s.",
    [WORD_AND] = " and ",
    [WORD_DEBRIEF_ATTEMPTS] = "The web form took you %d attempts.",
    [WORD_DEBRIEF_TITLE] = "You and the customers",
    [WORD_DEBRIEF_YOU] = "you",
    [WORD_DEBRIEF_THEM] = "customers",
    [WORD_DEBRIEF_NO_DATA] = "No customer data for this scenario: only your curve is shown.",
    [WORD_GROUP_TITLE] = "The group and the customers%s%s",
    [WORD_GROUP_NAME] = "the group",
    [WORD_GROUP_WAITING_ONE] = "Waiting for %d more participant",
    [WORD_GROUP_WAITING_MANY] = "Waiting for %d more participants",
    [WORD_GROUP_PRIVACY] =
        "A group is shown only when it is large enough that no one can be recognised.",
    [WORD_GROUP_SUBTRACTION] = "This group is not shown",
    [WORD_GROUP_SUBTRACTION_WHY] = "Set beside a larger group that is shown, it would single out "
                                   "fewer than %d people.",
    [WORD_GROUP_TEAM] = "The group: %s (n\xc2\xa0=\xc2\xa0%.0f).",
    [WORD_GROUP_TEAM_NONE] = "The group: no ratings here yet.",
    [WORD_GROUP_TEAM_WITHHELD] = "The group: not shown here, so that no one can be recognised.",
    [WORD_GROUP_TP_WITHHELD_ONE] = "%d moment is not shown, so that no one can be recognised.",
    [WORD_GROUP_TP_WITHHELD_MANY] = "%d moments are not shown, so that no one can be recognised.",
    [WORD_GROUP_CUSTOMERS] = "Customers: %s (n\xc2\xa0=\xc2\xa0%.0f).",
    [WORD_GROUP_NO_CUSTOMERS] = "Customers: no data.",
    [WORD_GROUP_GAP] = "Gap: %s, 95%%: %s.",
    [WORD_GROUP_GAP_NO_CI] = "Gap: %s; its 95%% interval cannot be computed (it needs two or "
                             "more answers on each side, not all the same).",
    [WORD_GROUP_LARGEST] = "Largest gaps",
    [WORD_GROUP_HINT] = "Arrows: step through the moments. Esc closes. Refreshes as people finish.",
    [WORD_REPORT_TITLE] = "Gap report: %s",
    [WORD_REPORT_WORKSHOP] = "workshop %s",
    [WORD_REPORT_DEPARTMENT] = "department %s",
    [WORD_REPORT_SITE] = "site %s",
    [WORD_REPORT_PARTICIPANTS_ONE] = "%d participant",
    [WORD_REPORT_PARTICIPANTS_MANY] = "%d participants",
    [WORD_REPORT_BEHAVIOUR] = "What the team went through",
    [WORD_REPORT_WAITED] = "Waited %.0f:%02.0f on hold on average.",
    [WORD_REPORT_WAITED_HANGUPS] =
        "Waited %.0f:%02.0f on hold on average, some hanging up and calling again.",
    [WORD_REPORT_HANGUPS_ONE] = "%d hang-up.",
    [WORD_REPORT_HANGUPS_MANY] = "%d hang-ups.",
    [WORD_REPORT_CUT_OFF_ONE] = "Cut off %d time.",
    [WORD_REPORT_CUT_OFF_MANY] = "Cut off %d times.",
    [WORD_REPORT_REPEATED] = "Gave details again %.1f times per person.",
    [WORD_REPORT_REPEATED_TYPOS] = "Gave details again %.1f times per person, some typed twice.",
    [WORD_REPORT_ANSWERS] = "%d of %d found the right answer, after %.0f s on average.",
    [WORD_REPORT_FORM] = "Needed %.1f attempts to get the form accepted.",
    [WORD_REPORT_FORM_TIMEOUT] =
        "Needed %.1f attempts to get the form accepted; it timed out and emptied.",
    [WORD_REPORT_TEXT_WITHHELD] =
        "Employee figures withheld: fewer than %d participants in this group.",
    [WORD_REPORT_WITHHELD_SUBTRACTION] =
        "Employee figures withheld: set beside other reports of this scenario, they would "
        "single out the ratings of fewer than %d people.",
    [WORD_REPORT_TP_WITHHELD] =
        "Employee figures withheld at %d of %d touchpoints: fewer than %d participants of this "
        "group rated them, or, set beside other reports, they would single someone out.",
    [WORD_REPORT_BEHAVIOUR_WITHHELD] =
        "What the team did is withheld at %d steps: too few reached them to show it without "
        "singling someone out.",
    [WORD_REPORT_TEXT_SCALE] =
        "Means on -4..+4; gap = employees - customers (positive: employees feel better).",
    [WORD_REPORT_COL_TOUCHPOINT] = "touchpoint",
    [WORD_REPORT_COL_N_E] = "n E",
    [WORD_REPORT_COL_N_C] = "n C",
    [WORD_REPORT_COL_E] = "E",
    [WORD_REPORT_COL_C] = "C",
    [WORD_REPORT_COL_GAP] = "gap",
    [WORD_REPORT_COL_CI] = "95% CI",
    [WORD_REPORT_COL_G] = "g",
    [WORD_REPORT_COL_DELTA] = "delta",
    [WORD_REPORT_TEXT_INDICATIVE] = "(indicative: n < 10)",
    [WORD_REPORT_TEXT_COMPARED] = "Gap compared with workshop %s (%s):",
    [WORD_REPORT_TEXT_COMPARED_WITHHELD] = "Gap compared with workshop %s (%s, withheld):",
    [WORD_REPORT_TEXT_CHANGE] = "change",
    [WORD_REPORT_TEXT_PEAK_END] = "Peak-end: employees %s, customers %s, gap %s",
    [WORD_REPORT_HEADLINE] = "How far is your team's feeling from what customers report?",
    [WORD_REPORT_MADE] = "made %s",
    [WORD_REPORT_WITHHELD] = "The team's figures are withheld: this group has fewer than %d "
                             "participants, and no report shows a group that small.",
    [WORD_REPORT_JOURNEY] = "The journey, as felt",
    [WORD_REPORT_CHART_LABEL] = "Employees' and customers' emotion over the journey",
    [WORD_REPORT_VERY_POSITIVE] = "very positive",
    [WORD_REPORT_VERY_NEGATIVE] = "very negative",
    [WORD_REPORT_LEGEND_TEAM] = "your team (mean, 95% band)",
    [WORD_REPORT_LEGEND_CUSTOMERS] = "customers (mean, 95% band)",
    [WORD_REPORT_LARGEST] = "Where the gap is largest",
    [WORD_REPORT_TOUCHPOINT] = "Touchpoint",
    [WORD_REPORT_TEAM_N] = "Team n",
    [WORD_REPORT_TEAM] = "Team",
    [WORD_REPORT_CUSTOMERS_N] = "Customers n",
    [WORD_REPORT_CUSTOMERS] = "Customers",
    [WORD_REPORT_GAP_CI] = "Gap [95% CI]",
    [WORD_REPORT_HEDGES] = "Hedges' g",
    [WORD_REPORT_CLIFFS_CI] = "Cliff's &delta; [95% CI]",
    [WORD_REPORT_BELOW_MEDIAN] = "Customers below team median",
    [WORD_REPORT_READING] = "Reading",
    [WORD_REPORT_INDICATIVE] = "Indicative: fewer than 10 answers.",
    [WORD_REPORT_READ_NO_DATA] = "No comparison: one side has no data here.",
    [WORD_REPORT_READ_WITHHELD] = "Withheld for privacy (see the note above).",
    [WORD_REPORT_READ_UNCLEAR] = "No clear difference: the data cannot tell the two apart.",
    [WORD_REPORT_READ_WORSE_THEM_MUCH] = "Customers feel much worse here than your team thinks.",
    [WORD_REPORT_READ_WORSE_THEM_CLEARLY] =
        "Customers feel clearly worse here than your team thinks.",
    [WORD_REPORT_READ_WORSE_THEM_SOMEWHAT] =
        "Customers feel somewhat worse here than your team thinks.",
    [WORD_REPORT_READ_WORSE_TEAM_CLEARLY] =
        "Your team expects this to feel clearly worse than customers say.",
    [WORD_REPORT_READ_WORSE_TEAM_SOMEWHAT] =
        "Your team expects this to feel somewhat worse than customers say.",
    [WORD_REPORT_PEAK] = "Peak and end",
    [WORD_REPORT_PEAK_TEXT] = "People remember a journey by its worst moment and its end. "
                              "Peak-end score of the team: %s; of customers: %s; difference: %s.",
    [WORD_REPORT_COMPARED] = "Compared with workshop %s",
    [WORD_REPORT_COMPARED_WITHHELD] =
        "That workshop has fewer than %d participants: its figures are withheld.",
    [WORD_REPORT_COMPARED_SUBTRACTION] = "That workshop's figures are withheld: set beside "
                                         "other reports, they would single out fewer than %d "
                                         "people.",
    [WORD_REPORT_GAP_THERE] = "Gap there",
    [WORD_REPORT_GAP_HERE] = "Gap here",
    [WORD_REPORT_CHANGE] = "Change",
    [WORD_REPORT_COMPARED_LEGEND] =
        "A gap closer to 0 means the team's feeling is closer to the customers'.",
    [WORD_REPORT_SITES] = "Sites side by side",
    [WORD_REPORT_SITES_TEXT] =
        "The gap at each site: how the team there rated each moment, minus how customers did "
        "(all customers), beside the gap over all sites. A dash where too few took part at a "
        "site to show it.",
    [WORD_REPORT_TEXT_SITES] = "Gap by site (team there minus customers; n: participants):",
    [WORD_REPORT_SITE_PEOPLE] = "%d people",
    [WORD_REPORT_ALL_SITES] = "All sites",
    [WORD_REPORT_REST] = "What the figures rest on",
    [WORD_REPORT_STORED_ONE] = "%d participant in the results store",
    [WORD_REPORT_STORED_MANY] = "%d participants in the results store",
    [WORD_REPORT_SESSIONS] = "sessions from %s to %s",
    [WORD_REPORT_NO_CUSTOMERS] = "no customer data",
    [WORD_REPORT_CUSTOMER_DATA_ONE] = "%s: %.0f answers about %d touchpoint",
    [WORD_REPORT_CUSTOMER_DATA_MANY] = "%s: %.0f answers about %d touchpoints",
    [WORD_REPORT_SOURCES] = "source: %s",
    [WORD_REPORT_PERIODS] = "period: %s",
    [WORD_REPORT_SCENARIO] = "Scenario",
    [WORD_REPORT_METHOD] = "How each figure was computed",
    [WORD_REPORT_SCALE] = "Scale",
    [WORD_REPORT_SCALE_HOW] =
        "Employees rated on the scenario's valence scale; customers' survey scales are mapped "
        "onto it linearly (1&ndash;5 onto 1&ndash;9 is 2x&minus;1), and both are shown as "
        "&minus;4&hellip;+4 (0 = neutral).",
    [WORD_REPORT_ONE_VALUE] = "One value per person",
    [WORD_REPORT_ONE_VALUE_HOW] = "A participant who rated a touchpoint more than once counts "
                                  "once, with the mean of their ratings there.",
    [WORD_REPORT_GAP] = "Gap",
    [WORD_REPORT_GAP_HOW] =
        "Mean of the team minus mean of the customers: positive means the team feels better "
        "than customers do (a blind spot). The interval is Welch's: SE = "
        "&radic;(s<sub>E</sub>&sup2;/n<sub>E</sub> + s<sub>C</sub>&sup2;/n<sub>C</sub>), df by "
        "Welch&ndash;Satterthwaite, gap &plusmn; t(0.975, df)&middot;SE.",
    [WORD_REPORT_HEDGES_HOW] =
        "J&middot;gap/s<sub>p</sub>, s<sub>p</sub> the pooled SD, J = 1 &minus; "
        "3/(4(n<sub>E</sub>+n<sub>C</sub>)&minus;9): around 0.2 small, 0.5 medium, 0.8 large.",
    [WORD_REPORT_CLIFFS] = "Cliff's &delta;",
    [WORD_REPORT_CLIFFS_HOW] =
        "(#(team &gt; customer) &minus; #(team &lt; customer)) / "
        "(n<sub>E</sub>&middot;n<sub>C</sub>) over all pairs, from the frequency tables; its "
        "interval is a percentile bootstrap of 10,000 resamples of both tables (seeded: the same "
        "data give the same interval).",
    [WORD_REPORT_PEAK_END] = "Peak-end",
    [WORD_REPORT_PEAK_END_HOW] = "(lowest touchpoint mean + last touchpoint mean) / 2, over the "
                                 "touchpoints both curves have, the same way for both.",
    [WORD_REPORT_READING_HOW] =
        "A gap is clear when its interval does not contain 0; its size in words follows Hedges' "
        "g. Fewer than 10 answers on either side: indicative only.",
    [WORD_REPORT_PRIVACY] = "Privacy",
    [WORD_REPORT_PRIVACY_HOW] =
        "No figure resting on fewer people than the privacy floor is shown: not a group "
        "(workshop, department), not a touchpoint or a step only a few reached, not a group "
        "that could be worked out by subtracting other reports of this scenario from one "
        "another. Individual ratings never are.",
    /* numbers (numfmt.c) */
    [WORD_POINTS_ONE] = "%s point",
    [WORD_POINTS_MANY] = "%s points",
    [WORD_INTERVAL] = "%s to %s",
    /* predictions in the debriefs */
    [WORD_DEBRIEF_PREDICTED] = "you predicted",
    [WORD_DEBRIEF_FELT] = "you felt",
    [WORD_DEBRIEF_REPORTED] = "customers report",
    [WORD_DEBRIEF_FURTHEST] =
        "Before playing, you were furthest off at \"%s\": you predicted %s, customers report %s.",
    [WORD_DEBRIEF_CLOSER_AT] = "Playing brought you closer at %d of %d moments",
    [WORD_DEBRIEF_CLOSER_NONE] = "Playing brought you closer at none of the %d moments",
    [WORD_DEBRIEF_NEARER] =
        ": on average your feeling was %s nearer to customers' than your prediction.",
    [WORD_DEBRIEF_FURTHER] =
        ": on average your feeling was %s further from customers' than your prediction.",
    [WORD_DEBRIEF_AS_FAR] =
        ": on average your feeling was as far from customers' as your prediction.",
    [WORD_GROUP_PREDICTED_NAME] = "the group predicted",
    [WORD_GROUP_FELT_NAME] = "the group felt",
    [WORD_GROUP_PREDICTED] = "Predicted before playing: %s (n\xc2\xa0=\xc2\xa0%.0f).",
    [WORD_GROUP_SHIFT_CLOSER] = "Playing brought them %s closer to customers",
    [WORD_GROUP_SHIFT_FURTHER] = "Playing took them %s further from customers",
    [WORD_GROUP_SHIFT_NONE] = "Playing brought them no closer to customers",
    [WORD_GROUP_SHIFT_CI] = " (95%%: %s).",
    [WORD_PREDICT_PROGRESS] = "Before you play: your prediction %d of %d",
};

static const char *const nl[WORD_COUNT] = {
    [WORD_CONTINUE] = "Verder",
    [WORD_CONFIRM] = "Bevestigen",
    [WORD_QUESTION] = "Hoe zou jij je nu voelen, als %s?",
    [WORD_PREDICT_QUESTION] = "Hoe voelen klanten zich hier, denk je?",
    [WORD_CALM] = "kalm",
    [WORD_AGITATED] = "opgewonden",
    [WORD_EMOTION_HINT] = "En welk woord past het best? (niet verplicht)",
    [WORD_RATING_HINT] = "Kies met de toetsen 1-9, de pijltjes of door te tikken; Enter bevestigt.",
    [WORD_START_TITLE] = "Welkom",
    [WORD_START_PERSONA] = "Vandaag ben jij %s",
    [WORD_PSEUDONYM] = "Je schuilnaam (niet je naam)",
    [WORD_WORKSHOP] = "Workshop",
    [WORD_START_RECORDED] =
        "Je gaat zo de reis van een klant beleven. Op een paar momenten vragen we hoe jij je "
        "als deze klant zou voelen. teaser bewaart je antwoorden, hoe lang je erover deed en "
        "wat je in elke stap deed, onder de schuilnaam die je hier kiest - nooit je naam. Ze "
        "worden vergeleken met wat echte klanten zeiden, voor deze workshop. Groepen kleiner "
        "dan vijf worden nooit getoond. Je kunt de begeleider altijd vragen je gegevens te "
        "wissen.",
    [WORD_CONSENT] = "Ik begrijp dit en doe mee",
    [WORD_START] = "Beginnen",
    [WORD_END_TITLE] = "Dank je wel",
    [WORD_END_TEXT] = ("Je antwoorden zijn bewaard. De begeleider laat nu zien hoe echte klanten "
                    "zich op dezelfde momenten voelden."),
    [WORD_HANG_UP] = "Ophangen en opnieuw bellen",
    [WORD_CALLING] = "Bellen met",
    [WORD_QUEUE] = "Uw plaats in de wachtrij",
    [WORD_SEND] = "Versturen",
    [WORD_TRANSFERRING] = "U wordt doorverbonden met",
    [WORD_LETTER_QUESTION] = "Kies met de toetsen of door te tikken",
    [WORD_CAPTCHA] = "Typ de tekens die je ziet",
    [WORD_CARD] = "Jouw gegevens",
    [WORD_TYPE_HINT] = "Typ en druk op Enter",
    [WORD_ON_HOLD] = "In de wacht",
    [WORD_AHEAD] = "bellers voor u",
    [WORD_HOLD_MUSIC] = "\xe2\x99\xaa  wachtmuziek  \xe2\x99\xaa",
    [WORD_PLEASE_HOLD] = "Blijft u aan de lijn, u wordt doorverbonden.",
    [WORD_END_CLOSE] = "Druk op Enter of klik om te sluiten.",
    [WORD_REPEATED] = "Gegevens opnieuw gegeven: %d keer",
    [WORD_CANNOT_SEE] = "%s kan niet zien:",
    [WORD_DEBRIEF_WORSE_THEM] = "Bij \"%s\" voelden klanten zich %s slechter dan jij.",
    [WORD_DEBRIEF_WORSE_YOU] = "Bij \"%s\" voelde jij je %s slechter dan klanten.",
    [WORD_DEBRIEF_MOMENTS] = ("Jouw dieptepunt: \"%s\" (%s); dat van klanten: \"%s\" (%s). "
                              "Aan het eind: jij %s, klanten %s."),
    [WORD_DEBRIEF_WAITED] = "Je hing %d:%02d in de wacht.",
    [WORD_DEBRIEF_REPEATED] = "Je gaf je gegevens %d keer opnieuw.",
    [WORD_DEBRIEF_LETTER_RIGHT] = "Je vond wat de brief bedoelde.",
    [WORD_DEBRIEF_LETTER_WRONG] = "Je vond niet wat de brief bedoelde.",
    [WORD_DEBRIEF_LETTERS_RIGHT] = "Je vond bij alle %d brieven wat ze bedoelden.",
    [WORD_DEBRIEF_LETTERS_WRONG] = "Je vond bij geen van de %d brieven wat ze bedoelden.",
    [WORD_DEBRIEF_LETTERS_MIXED] = "Je vond wat de brief bedoelde bij %s, maar niet bij %s.",
    [WORD_AND] = " en ",
    [WORD_DEBRIEF_ATTEMPTS] = "Het webformulier kostte je %d pogingen.",
    [WORD_DEBRIEF_TITLE] = "Jij en de klanten",
    [WORD_DEBRIEF_YOU] = "jij",
    [WORD_DEBRIEF_THEM] = "klanten",
    [WORD_DEBRIEF_NO_DATA] = "Geen klantgegevens bij dit scenario: alleen jouw lijn staat er.",
    [WORD_GROUP_TITLE] = "De groep en de klanten%s%s",
    [WORD_GROUP_NAME] = "de groep",
    [WORD_GROUP_WAITING_ONE] = "Wachten op nog %d deelnemer",
    [WORD_GROUP_WAITING_MANY] = "Wachten op nog %d deelnemers",
    [WORD_GROUP_PRIVACY] = ("Een groep wordt pas getoond als er genoeg deelnemers zijn, zodat "
                            "niemand te herkennen is."),
    [WORD_GROUP_SUBTRACTION] = "Deze groep wordt niet getoond",
    [WORD_GROUP_SUBTRACTION_WHY] = "Naast een grotere groep gelegd die wel getoond wordt, zou ze "
                                   "minder dan %d mensen herkenbaar maken.",
    [WORD_GROUP_TEAM] = "Jullie: %s (n\xc2\xa0=\xc2\xa0%.0f).",
    [WORD_GROUP_TEAM_NONE] = "Jullie: hier nog geen antwoorden.",
    [WORD_GROUP_TEAM_WITHHELD] = "Jullie: hier niet getoond, zodat niemand te herkennen is.",
    [WORD_GROUP_TP_WITHHELD_ONE] = "%d moment wordt niet getoond, zodat niemand te herkennen is.",
    [WORD_GROUP_TP_WITHHELD_MANY] = "%d momenten worden niet getoond, zodat niemand te herkennen is.",
    [WORD_GROUP_CUSTOMERS] = "Klanten: %s (n\xc2\xa0=\xc2\xa0%.0f).",
    [WORD_GROUP_NO_CUSTOMERS] = "Klanten: geen gegevens.",
    [WORD_GROUP_GAP] = "Verschil: %s, 95%%: %s.",
    [WORD_GROUP_GAP_NO_CI] = "Verschil: %s; het 95%%-interval is niet te berekenen "
                             "(daarvoor zijn aan elke kant twee of meer antwoorden nodig, "
                             "niet allemaal gelijk).",
    [WORD_GROUP_LARGEST] = "Grootste verschillen",
    [WORD_GROUP_HINT] = "Pijltjes: door de momenten. Esc sluit. Ververst zich terwijl mensen afronden.",
    /* numbers (numfmt.c) */
    [WORD_POINTS_ONE] = "%s punt",
    [WORD_POINTS_MANY] = "%s punten",
    [WORD_INTERVAL] = "%s tot %s",
    /* predictions in the debriefs */
    [WORD_DEBRIEF_PREDICTED] = "jij voorspelde",
    [WORD_DEBRIEF_FELT] = "jij voelde",
    [WORD_DEBRIEF_REPORTED] = "klanten melden",
    [WORD_DEBRIEF_FURTHEST] = "Vóór het spelen zat je er het verst naast bij \"%s\": je "
                              "voorspelde %s, klanten melden %s.",
    [WORD_DEBRIEF_CLOSER_AT] =
        "Door te spelen kwam je bij %d van de %d momenten dichter bij klanten",
    [WORD_DEBRIEF_CLOSER_NONE] = "Door te spelen kwam je bij geen van de %d momenten dichter bij "
                                 "klanten",
    [WORD_DEBRIEF_NEARER] =
        ": gemiddeld lag je gevoel %s dichter bij dat van klanten dan je voorspelling.",
    [WORD_DEBRIEF_FURTHER] =
        ": gemiddeld lag je gevoel %s verder van dat van klanten af dan je voorspelling.",
    [WORD_DEBRIEF_AS_FAR] =
        ": gemiddeld lag je gevoel even ver van dat van klanten als je voorspelling.",
    [WORD_GROUP_PREDICTED_NAME] = "de groep voorspelde",
    [WORD_GROUP_FELT_NAME] = "de groep voelde",
    [WORD_GROUP_PREDICTED] = "Voorspeld vóór het spelen: %s (n\xc2\xa0=\xc2\xa0%.0f).",
    [WORD_GROUP_SHIFT_CLOSER] = "Door te spelen kwamen jullie %s dichter bij klanten",
    [WORD_GROUP_SHIFT_FURTHER] = "Door te spelen kwamen jullie %s verder van klanten af",
    [WORD_GROUP_SHIFT_NONE] = "Door te spelen kwamen jullie niet dichter bij klanten",
    [WORD_GROUP_SHIFT_CI] = " (95%%: %s).",
    [WORD_PREDICT_PROGRESS] = "Vóór het spelen: jouw voorspelling %d van %d",
    /* the report's Dutch comes with report --lang: until then its words are
     * missing here and read English */
};

const char *words_get(const char *lang, WordId id)
{
    if (lang && !strncmp(lang, "nl", 2) && nl[id])
        return nl[id];
    return en[id];
}

bool words_decimal_comma(const char *lang)
{
    return lang && !strncmp(lang, "nl", 2);
}

const char *words_plural(const char *lang, long n, WordId one, WordId many)
{
    return words_get(lang, n == 1 ? one : many);
}

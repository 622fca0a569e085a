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
    [WORD_CALLING_AGAIN] = "You hung up. Calling again\xe2\x80\xa6",
    [WORD_QUEUE] = "Your position in the queue",
    [WORD_SEND] = "Send",
    [WORD_TRANSFERRING] = "Transferring you to",
    [WORD_LETTER_QUESTION] = "Choose with the keys or by tapping",
    [WORD_CAPTCHA] = "Type the characters you see",
    [WORD_CAPTCHA_CAPITALS] = "Capitals count: type the characters exactly as you see them",
    [WORD_CARD] = "Your details",
    [WORD_TYPE_HINT] = "Type, then press Enter",
    [WORD_ON_HOLD] = "On hold",
    [WORD_AHEAD] = "callers ahead of you",
    [WORD_AHEAD_ONE] = "caller ahead of you",
    [WORD_HOLD_MUSIC] = "\xe2\x99\xaa  hold music  \xe2\x99\xaa",
    [WORD_PLEASE_HOLD] = "Please hold the line, you are being transferred.",
    [WORD_END_CLOSE] = "Press Enter or click to close.",
    [WORD_REPEATED] = "Details given again: %d times",
    [WORD_HANDOFF_WRONG] = "I can't find that number, could you check it?",
    [WORD_MENU_PRESS] = "For %s, press %s.",
    [WORD_REPEATED_ONCE] = "Details given again: once",
    [WORD_CANNOT_SEE] = "%s cannot see:",
    [WORD_DEBRIEF_WORSE_THEM] = "At \"%s\", customers felt %s worse than you did.",
    [WORD_DEBRIEF_WORSE_YOU] = "At \"%s\", you felt %s worse than customers did.",
    [WORD_DEBRIEF_MOMENTS] = ("Your worst moment: \"%s\" (%s); customers' worst: \"%s\" (%s). "
                              "At the end: you %s, customers %s."),
    [WORD_DEBRIEF_WAITED] = "You waited %d:%02d on hold.",
    [WORD_DEBRIEF_REPEATED] = "You gave your details again %d times.",
    [WORD_DEBRIEF_REPEATED_ONCE] = "You gave your details again once.",
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
    [WORD_GROUP_LARGEST_PREDICTED] = "Largest gaps to the prediction",
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
    [WORD_REPORT_REPEATED] = "Gave details again %s times per person.",
    [WORD_REPORT_REPEATED_TYPOS] = "Gave details again %s times per person, some typed twice.",
    [WORD_REPORT_ANSWERS] = "%d of %d found the right answer, after %.0f s on average.",
    [WORD_REPORT_FORM] = "Needed %s attempts to get the form accepted.",
    [WORD_REPORT_FORM_TIMEOUT] =
        "Needed %s attempts to get the form accepted; it timed out and emptied.",
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
    [WORD_REPORT_BEHAVIOUR_WITHHELD_ONE] =
        "What the team did is withheld at %d step: too few reached it to show it without "
        "singling someone out.",
    [WORD_REPORT_TEXT_SCALE] =
        "Means on -4..+4; gap = team - customers (positive: customers feel worse than your "
        "team thought).",
    [WORD_REPORT_COL_TOUCHPOINT] = "touchpoint",
    [WORD_REPORT_COL_N_E] = "n E",
    [WORD_REPORT_COL_N_C] = "n C",
    [WORD_REPORT_COL_E] = "E",
    [WORD_REPORT_COL_C] = "C",
    [WORD_REPORT_COL_GAP] = "gap",
    [WORD_REPORT_COL_CI] = "95% CI",
    [WORD_REPORT_COL_G] = "g",
    [WORD_REPORT_COL_DELTA] = "delta",
    [WORD_REPORT_TEXT_COMPARED] = "Gap compared with workshop %s (%s):",
    [WORD_REPORT_TEXT_COMPARED_WITHHELD] = "Gap compared with workshop %s (%s, withheld):",
    [WORD_REPORT_TEXT_CHANGE] = "change",
    [WORD_REPORT_TEXT_PEAK_END] = "Peak-end: employees %s, customers %s, gap %s",
    [WORD_REPORT_MADE] = "made %s",
    [WORD_REPORT_WITHHELD] = "The team's figures are withheld: this group has fewer than %d "
                             "participants, and no report shows a group that small.",
    [WORD_REPORT_JOURNEY] = "The journey, as felt",
    [WORD_REPORT_CHART_LABEL] = "Employees' and customers' emotion over the journey",
    [WORD_REPORT_VERY_POSITIVE] = "very positive",
    [WORD_REPORT_VERY_NEGATIVE] = "very negative",
    [WORD_REPORT_LEGEND_TEAM] = "your team, after living the journey (mean, 95% band)",
    [WORD_REPORT_LEGEND_CUSTOMERS] = "customers, measured (mean, 95% band)",
    [WORD_REPORT_TOUCHPOINT] = "Touchpoint",
    [WORD_REPORT_TEAM_N] = "Team: people",
    [WORD_REPORT_TEAM] = "Team",
    [WORD_REPORT_TEAM_MEAN] = "Team: mean",
    [WORD_REPORT_CUSTOMERS_N] = "Customers: answers",
    [WORD_REPORT_CUSTOMERS] = "Customers",
    [WORD_REPORT_CUSTOMERS_MEAN] = "Customers: mean",
    [WORD_REPORT_GAP_CI] = "Gap (95% interval)",
    [WORD_REPORT_HEDGES] = "Hedges' g (size)",
    [WORD_REPORT_CLIFFS_CI] = "Cliff's &delta; (95% interval)",
    [WORD_REPORT_BELOW_MEDIAN] = "Customers below the team's median",
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
    [WORD_REPORT_METHOD] = "How to read the figures",
    [WORD_REPORT_SCALE] = "Scale",
    [WORD_REPORT_SCALE_HOW] =
        "employees rate on the scenario's valence scale; customers' survey scales are mapped "
        "onto it linearly (1&ndash;5 onto 1&ndash;9 is 2x&minus;1), and both are shown as "
        "&minus;4&hellip;+4 (0 = neutral).",
    [WORD_REPORT_ONE_VALUE] = "One value per person",
    [WORD_REPORT_ONE_VALUE_HOW] = "A participant who rated a touchpoint more than once counts "
                                  "once, with the mean of their ratings there.",
    [WORD_REPORT_GAP] = "Gap",
    [WORD_REPORT_GAP_HOW] =
        "mean of the team minus mean of the customers. The interval is Welch's: SE = "
        "&radic;(s<sub>E</sub>&sup2;/n<sub>E</sub> + s<sub>C</sub>&sup2;/n<sub>C</sub>), df by "
        "Welch&ndash;Satterthwaite, gap &plusmn; t(0.975, df)&middot;SE.",
    [WORD_REPORT_HEDGES_HOW] =
        "J&middot;gap/s<sub>p</sub>, s<sub>p</sub> the pooled SD, J = 1 &minus; "
        "3/(4(n<sub>E</sub>+n<sub>C</sub>)&minus;9).",
    [WORD_REPORT_CLIFFS] = "Cliff's &delta;",
    [WORD_REPORT_CLIFFS_HOW] =
        "(#(team &gt; customer) &minus; #(team &lt; customer)) / "
        "(n<sub>E</sub>&middot;n<sub>C</sub>) over all pairs, from the frequency tables; its "
        "interval is a percentile bootstrap of 10,000 resamples of both tables (seeded: the same "
        "data give the same interval).",
    [WORD_REPORT_PEAK_END] = "Peak-end",
    [WORD_REPORT_PEAK_END_HOW] = "(lowest touchpoint mean + last touchpoint mean) / 2, over the "
                                 "touchpoints both curves have, the same way for both.",
    [WORD_REPORT_PRIVACY] = "Privacy",
    [WORD_REPORT_PRIVACY_HOW] =
        "No figure resting on fewer people than the privacy floor is shown: not a group "
        "(workshop, department), not a touchpoint or a step only a few reached, not a group "
        "that could be worked out by subtracting other reports of this scenario from one "
        "another. Individual ratings never are.",
    [WORD_REPORT_SCALE_PLAIN] =
        "Everyone's answers are put on one scale of 9 points, from &minus;4 (very negative) "
        "through 0 (neutral) to +4 (very positive). A difference of 1 point is one step on "
        "that scale.",
    [WORD_REPORT_GAP_PLAIN] =
        "The team's average minus the customers' average at a moment. Positive: customers feel "
        "worse than your team thought; negative: your team expected worse than customers "
        "report.",
    [WORD_REPORT_INTERVAL] = "95% interval",
    [WORD_REPORT_INTERVAL_PLAIN] =
        "The range in which the true gap lies, with 95% confidence, given how many answered "
        "and how much their answers differ. Few answers or answers far apart make it wide.",
    [WORD_REPORT_CLEAR] = "A clear gap",
    [WORD_REPORT_CLEAR_PLAIN] =
        "A gap is called clear when its whole 95% interval lies on one side of 0: even at the "
        "edge of the margin of error, customers feel worse (or better) than your team thought. "
        "Otherwise the report says there is no clear difference.",
    [WORD_REPORT_HEDGES_PLAIN] =
        "The gap measured against how much people differ among themselves: around 0.2 is "
        "small, 0.5 medium, 0.8 and more large.",
    [WORD_REPORT_CLIFFS_PLAIN] =
        "Take one team member and one customer at random: the chance that the team member "
        "answered higher, minus the chance that they answered lower. From &minus;1 to +1; 0 "
        "means no difference.",
    [WORD_REPORT_INDICATIVE_TERM] = "Indicative",
    [WORD_REPORT_INDICATIVE_PLAIN] =
        "A figure that rests on fewer than 10 answers on either side (marked *) is an "
        "indication, not a finding.",
    [WORD_REPORT_COMPUTED] = "Computed as: ",
    [WORD_REPORT_PEAK_END_PLAIN] = "How a journey is remembered: the average of its worst moment "
                                   "and its last one, for your team and for customers alike.",
    [WORD_REPORT_SAY_THOUGHT] = "your team thought",
    [WORD_REPORT_SAY_PREDICTED] = "your team predicted",
    [WORD_REPORT_SAY_CLEAR_MANY] =
        "At %d of the %d moments compared, customers feel clearly worse than %s",
    [WORD_REPORT_SAY_CLEAR_NONE] =
        "At none of the %d moments compared do customers feel clearly worse than %s",
    [WORD_REPORT_SAY_CLEAR_ALL] =
        "At all %d moments compared, customers feel clearly worse than %s",
    [WORD_REPORT_SAY_CLEAR_ONLY] =
        "At the one moment compared, customers feel clearly worse than %s",
    [WORD_REPORT_SAY_CLEAR_ONLY_NONE] =
        "At the one moment compared, customers do not feel clearly worse than %s",
    [WORD_REPORT_SAY_LARGEST] = "; the largest gap is \xe2\x80\x9c%s\xe2\x80\x9d: %s on a "
                                "9-point scale.",
    [WORD_REPORT_SAY_NO_WORSE] = "; nowhere do they feel worse than %s.",
    [WORD_REPORT_SAY_CLOSER_MANY] = "Playing brought your team clearly closer to customers at %d "
                                    "of the %d moments.",
    [WORD_REPORT_SAY_CLOSER_NONE] = "Playing brought your team clearly closer to customers at "
                                    "none of the %d moments.",
    [WORD_REPORT_SAY_NOTHING] = "Nothing to compare yet: no moment has answers from both your "
                                "team and customers.",
    [WORD_REPORT_SAY_WITHHELD] = "Your team's figures are not shown: too few took part to show "
                                 "them without singling someone out.",
    [WORD_REPORT_SAY_WORSE] = "customers feel %s worse than %s.",
    [WORD_REPORT_SAY_BETTER] = "customers feel %s better than %s.",
    [WORD_REPORT_SAY_UNCLEAR] = "no clear difference (%s apart, within the margin of error).",
    [WORD_REPORT_SAY_NO_DATA] = "no comparison: one side has no answers here.",
    [WORD_REPORT_SAY_HIDDEN] = "not shown, to protect privacy.",
    [WORD_REPORT_NOTE_INDICATIVE] = "fewer than %d answers on one side: indicative only.",
    [WORD_REPORT_NOTE_HIDDEN] = "not shown, to protect privacy (see below).",
    [WORD_REPORT_SCRIPTED_ONE] =
        "%d of the %d sessions was a scripted play (a test run): its behaviour is not a "
        "person's, and the figures below include it.",
    [WORD_REPORT_SCRIPTED_MANY] =
        "%d of the %d sessions were scripted plays (test runs): their behaviour is not "
        "people's, and the figures below include them.",
    [WORD_REPORT_SCRIPTED_ALL] = "All %d sessions were scripted plays (test runs): these "
                                 "figures are not people's behaviour.",
    [WORD_REPORT_RANKED] = "Moment by moment, largest gap first",
    [WORD_REPORT_FIGURES] = "The figures",
    [WORD_REPORT_CONVENTION] =
        "All means on &minus;4&hellip;+4. Gap = your team's mean minus the customers' mean: "
        "positive (in red) means customers feel worse than your team thought.",
    [WORD_REPORT_LEGEND_WORSE] = "customers feel worse than your team thought",
    [WORD_REPORT_LEGEND_WORSE_PREDICTED] = "customers feel worse than your team predicted",
    [WORD_REPORT_LEGEND_PREDICTED] = "your team's prediction, before playing",
    [WORD_REPORT_NEUTRAL] = "neutral",
    [WORD_REPORT_PREDICTED] = "Before playing: what your team predicted",
    [WORD_REPORT_PREDICTED_TEXT] =
        "Before the first step each participant predicted how customers feel at each moment. "
        "The predicted gap is their prediction minus the customers' mean; the shift says how "
        "much closer to the customers their feeling came by playing (positive: closer).",
    [WORD_REPORT_PREDICTED_N] = "Predictions",
    [WORD_REPORT_PREDICTED_MEAN] = "Predicted: mean",
    [WORD_REPORT_PREDICTED_GAP] = "Predicted gap (95% interval)",
    [WORD_REPORT_FELT_GAP] = "Gap after playing",
    [WORD_REPORT_SHIFT] = "Shift (95% interval)",
    [WORD_REPORT_TEXT_PREDICTED] =
        "Predicted before playing (gap: predicted - customers; shift: positive = closer):",
    [WORD_POINTS_ONE] = "%s point",
    [WORD_POINTS_MANY] = "%s points",
    [WORD_INTERVAL] = "%s to %s",
    /* numbers (numfmt.c) */
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
    [WORD_NO_AUDIO] = "No audio device: hold music and voices are off",
    [WORD_READ_ALOUD_ON] = "Read aloud: on",
    [WORD_READ_ALOUD_OFF] = "Read aloud: off",
    [WORD_READ_CHOSEN] = "Your choice: %d of %d.",
    [WORD_TEXT_SIZE] = "Text size: %d%%",
    [WORD_HIGH_CONTRAST_ON] = "High contrast: on",
    [WORD_HIGH_CONTRAST_OFF] = "High contrast: off",
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
    [WORD_CALLING_AGAIN] = "Je hebt opgehangen. Opnieuw bellen\xe2\x80\xa6",
    [WORD_QUEUE] = "Uw plaats in de wachtrij",
    [WORD_SEND] = "Versturen",
    [WORD_TRANSFERRING] = "U wordt doorverbonden met",
    [WORD_LETTER_QUESTION] = "Kies met de toetsen of door te tikken",
    [WORD_CAPTCHA] = "Typ de tekens die je ziet",
    [WORD_CAPTCHA_CAPITALS] = "Hoofdletters tellen: typ de tekens precies zoals je ze ziet",
    [WORD_CARD] = "Jouw gegevens",
    [WORD_TYPE_HINT] = "Typ en druk op Enter",
    [WORD_ON_HOLD] = "In de wacht",
    [WORD_AHEAD] = "bellers voor u",
    [WORD_AHEAD_ONE] = "beller voor u",
    [WORD_HOLD_MUSIC] = "\xe2\x99\xaa  wachtmuziek  \xe2\x99\xaa",
    [WORD_PLEASE_HOLD] = "Blijft u aan de lijn, u wordt doorverbonden.",
    [WORD_END_CLOSE] = "Druk op Enter of klik om te sluiten.",
    [WORD_REPEATED] = "Gegevens opnieuw gegeven: %d keer",
    [WORD_HANDOFF_WRONG] = "Ik kan dat nummer niet vinden, wilt u het nog eens controleren?",
    [WORD_MENU_PRESS] = "Voor %s, toets %s.",
    [WORD_REPEATED_ONCE] = "Gegevens opnieuw gegeven: 1 keer",
    [WORD_CANNOT_SEE] = "%s kan niet zien:",
    [WORD_DEBRIEF_WORSE_THEM] = "Bij \"%s\" voelden klanten zich %s slechter dan jij.",
    [WORD_DEBRIEF_WORSE_YOU] = "Bij \"%s\" voelde jij je %s slechter dan klanten.",
    [WORD_DEBRIEF_MOMENTS] = ("Jouw dieptepunt: \"%s\" (%s); dat van klanten: \"%s\" (%s). "
                              "Aan het eind: jij %s, klanten %s."),
    [WORD_DEBRIEF_WAITED] = "Je hing %d:%02d in de wacht.",
    [WORD_DEBRIEF_REPEATED] = "Je gaf je gegevens %d keer opnieuw.",
    [WORD_DEBRIEF_REPEATED_ONCE] = "Je gaf je gegevens één keer opnieuw.",
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
    [WORD_GROUP_TP_WITHHELD_MANY] =
        "%d momenten worden niet getoond, zodat niemand te herkennen is.",
    [WORD_GROUP_CUSTOMERS] = "Klanten: %s (n\xc2\xa0=\xc2\xa0%.0f).",
    [WORD_GROUP_NO_CUSTOMERS] = "Klanten: geen gegevens.",
    [WORD_GROUP_GAP] = "Verschil: %s, 95%%: %s.",
    [WORD_GROUP_GAP_NO_CI] = "Verschil: %s; het 95%%-interval is niet te berekenen "
                             "(daarvoor zijn aan elke kant twee of meer antwoorden nodig, "
                             "niet allemaal gelijk).",
    [WORD_GROUP_LARGEST] = "Grootste verschillen",
    [WORD_GROUP_LARGEST_PREDICTED] = "Grootste verschillen met de voorspelling",
    [WORD_GROUP_HINT] = "Pijltjes: door de momenten. Esc sluit. Ververst zich terwijl mensen afronden.",
    [WORD_REPORT_TITLE] = "Verschillenrapport: %s",
    [WORD_REPORT_WORKSHOP] = "workshop %s",
    [WORD_REPORT_DEPARTMENT] = "afdeling %s",
    [WORD_REPORT_SITE] = "vestiging %s",
    [WORD_REPORT_PARTICIPANTS_ONE] = "%d deelnemer",
    [WORD_REPORT_PARTICIPANTS_MANY] = "%d deelnemers",
    [WORD_REPORT_BEHAVIOUR] = "Wat het team meemaakte",
    [WORD_REPORT_WAITED] = "Hing gemiddeld %.0f:%02.0f in de wacht.",
    [WORD_REPORT_WAITED_HANGUPS] =
        "Hing gemiddeld %.0f:%02.0f in de wacht; sommigen hingen op en belden opnieuw.",
    [WORD_REPORT_HANGUPS_ONE] = "%d keer opgehangen.",
    [WORD_REPORT_HANGUPS_MANY] = "%d keer opgehangen.",
    [WORD_REPORT_CUT_OFF_ONE] = "%d keer afgebroken.",
    [WORD_REPORT_CUT_OFF_MANY] = "%d keer afgebroken.",
    [WORD_REPORT_REPEATED] = "Gaf gegevens gemiddeld %s keer opnieuw.",
    [WORD_REPORT_REPEATED_TYPOS] =
        "Gaf gegevens gemiddeld %s keer opnieuw; sommigen moesten iets twee keer typen.",
    [WORD_REPORT_ANSWERS] = "%d van de %d vonden het goede antwoord, na gemiddeld %.0f s.",
    [WORD_REPORT_FORM] = "Had %s pogingen nodig voordat het formulier werd geaccepteerd.",
    [WORD_REPORT_FORM_TIMEOUT] = "Had %s pogingen nodig voordat het formulier werd "
                                 "geaccepteerd; het verliep en werd leeggemaakt.",
    [WORD_REPORT_TEXT_WITHHELD] =
        "Cijfers van medewerkers niet getoond: minder dan %d deelnemers in deze groep.",
    [WORD_REPORT_WITHHELD_SUBTRACTION] =
        "Cijfers van medewerkers niet getoond: naast andere rapporten van dit scenario gelegd "
        "zouden ze de antwoorden van minder dan %d mensen herkenbaar maken.",
    [WORD_REPORT_TP_WITHHELD] =
        "Cijfers van medewerkers niet getoond bij %d van de %d momenten: minder dan %d "
        "deelnemers uit deze groep beoordeelden ze, of naast andere rapporten gelegd zouden ze "
        "iemand herkenbaar maken.",
    [WORD_REPORT_BEHAVIOUR_WITHHELD] =
        "Wat het team deed wordt bij %d stappen niet getoond: te weinig mensen kwamen er om het "
        "te laten zien zonder iemand herkenbaar te maken.",
    [WORD_REPORT_BEHAVIOUR_WITHHELD_ONE] =
        "Wat het team deed wordt bij %d stap niet getoond: te weinig mensen kwamen er om het "
        "te laten zien zonder iemand herkenbaar te maken.",
    [WORD_REPORT_TEXT_SCALE] = "Gemiddelden op -4..+4; verschil = team - klanten (positief: "
                               "klanten voelen zich slechter dan je team dacht).",
    [WORD_REPORT_COL_TOUCHPOINT] = "moment",
    [WORD_REPORT_COL_N_E] = "n T",
    [WORD_REPORT_COL_N_C] = "n K",
    [WORD_REPORT_COL_E] = "T",
    [WORD_REPORT_COL_C] = "K",
    [WORD_REPORT_COL_GAP] = "verschil",
    [WORD_REPORT_COL_CI] = "95%-interval",
    [WORD_REPORT_COL_G] = "g",
    [WORD_REPORT_COL_DELTA] = "delta",
    [WORD_REPORT_TEXT_COMPARED] = "Verschil vergeleken met workshop %s (%s):",
    [WORD_REPORT_TEXT_COMPARED_WITHHELD] =
        "Verschil vergeleken met workshop %s (%s, niet getoond):",
    [WORD_REPORT_TEXT_CHANGE] = "verandering",
    [WORD_REPORT_TEXT_PEAK_END] = "Piek-eind: medewerkers %s, klanten %s, verschil %s",
    [WORD_REPORT_MADE] = "gemaakt op %s",
    [WORD_REPORT_WITHHELD] = "De cijfers van het team worden niet getoond: deze groep heeft "
                             "minder dan %d deelnemers, en geen rapport toont zo'n kleine groep.",
    [WORD_REPORT_JOURNEY] = "De klantreis, zoals beleefd",
    [WORD_REPORT_CHART_LABEL] = "Gevoel van medewerkers en klanten over de klantreis",
    [WORD_REPORT_VERY_POSITIVE] = "heel positief",
    [WORD_REPORT_VERY_NEGATIVE] = "heel negatief",
    [WORD_REPORT_LEGEND_TEAM] = "je team, na het beleven van de reis (gemiddelde, 95%-band)",
    [WORD_REPORT_LEGEND_CUSTOMERS] = "klanten, gemeten (gemiddelde, 95%-band)",
    [WORD_REPORT_TOUCHPOINT] = "Moment",
    [WORD_REPORT_TEAM_N] = "Team: mensen",
    [WORD_REPORT_TEAM] = "Team",
    [WORD_REPORT_TEAM_MEAN] = "Team: gemiddelde",
    [WORD_REPORT_CUSTOMERS_N] = "Klanten: antwoorden",
    [WORD_REPORT_CUSTOMERS] = "Klanten",
    [WORD_REPORT_CUSTOMERS_MEAN] = "Klanten: gemiddelde",
    [WORD_REPORT_GAP_CI] = "Verschil (95%&#8209;interval)",
    [WORD_REPORT_HEDGES] = "Hedges' g (grootte)",
    [WORD_REPORT_CLIFFS_CI] = "Cliffs &delta; (95%&#8209;interval)",
    [WORD_REPORT_BELOW_MEDIAN] = "Klanten onder de mediaan van het team",
    [WORD_REPORT_PEAK] = "Piek en eind",
    [WORD_REPORT_PEAK_TEXT] =
        "Mensen onthouden een klantreis aan het slechtste moment en aan het eind. Piek-eindscore "
        "van het team: %s; van klanten: %s; verschil: %s.",
    [WORD_REPORT_COMPARED] = "Vergeleken met workshop %s",
    [WORD_REPORT_COMPARED_WITHHELD] =
        "Die workshop heeft minder dan %d deelnemers: de cijfers ervan worden niet getoond.",
    [WORD_REPORT_COMPARED_SUBTRACTION] =
        "De cijfers van die workshop worden niet getoond: naast andere rapporten gelegd zouden "
        "ze minder dan %d mensen herkenbaar maken.",
    [WORD_REPORT_GAP_THERE] = "Verschil daar",
    [WORD_REPORT_GAP_HERE] = "Verschil hier",
    [WORD_REPORT_CHANGE] = "Verandering",
    [WORD_REPORT_COMPARED_LEGEND] =
        "Een verschil dichter bij 0 betekent dat het gevoel van het team dichter bij dat van "
        "klanten ligt.",
    [WORD_REPORT_SITES] = "Vestigingen naast elkaar",
    [WORD_REPORT_SITES_TEXT] =
        "Het verschil per vestiging: hoe het team daar elk moment beoordeelde, min hoe klanten "
        "dat deden (alle klanten), naast het verschil over alle vestigingen. Een streepje waar "
        "te weinig mensen van een vestiging meededen om het te tonen.",
    [WORD_REPORT_TEXT_SITES] = "Verschil per vestiging (team daar min klanten; n: deelnemers):",
    [WORD_REPORT_SITE_PEOPLE] = "%d mensen",
    [WORD_REPORT_ALL_SITES] = "Alle vestigingen",
    [WORD_REPORT_REST] = "Waar de cijfers op rusten",
    [WORD_REPORT_STORED_ONE] = "%d deelnemer in de resultatenopslag",
    [WORD_REPORT_STORED_MANY] = "%d deelnemers in de resultatenopslag",
    [WORD_REPORT_SESSIONS] = "sessies van %s tot %s",
    [WORD_REPORT_NO_CUSTOMERS] = "geen klantgegevens",
    [WORD_REPORT_CUSTOMER_DATA_ONE] = "%s: %.0f antwoorden over %d moment",
    [WORD_REPORT_CUSTOMER_DATA_MANY] = "%s: %.0f antwoorden over %d momenten",
    [WORD_REPORT_SOURCES] = "bron: %s",
    [WORD_REPORT_PERIODS] = "periode: %s",
    [WORD_REPORT_SCENARIO] = "Scenario",
    [WORD_REPORT_METHOD] = "Zo lees je de cijfers",
    [WORD_REPORT_SCALE] = "Schaal",
    [WORD_REPORT_SCALE_HOW] =
        "medewerkers antwoorden op de schaal van het scenario; de schalen van de "
        "klantenonderzoeken worden er lineair op omgerekend (1&ndash;5 naar 1&ndash;9 is "
        "2x&minus;1), en beide worden getoond als &minus;4&hellip;+4 (0 = neutraal).",
    [WORD_REPORT_ONE_VALUE] = "Eén waarde per persoon",
    [WORD_REPORT_ONE_VALUE_HOW] = "Wie een moment vaker dan eens beoordeelde, telt één keer mee, "
                                  "met het gemiddelde van die antwoorden.",
    [WORD_REPORT_GAP] = "Verschil",
    [WORD_REPORT_GAP_HOW] =
        "gemiddelde van het team min gemiddelde van de klanten. Het interval is dat van Welch: "
        "SE = &radic;(s<sub>E</sub>&sup2;/n<sub>E</sub> + s<sub>C</sub>&sup2;/n<sub>C</sub>), df "
        "volgens Welch&ndash;Satterthwaite, verschil &plusmn; t(0,975; df)&middot;SE.",
    [WORD_REPORT_HEDGES_HOW] =
        "J&middot;verschil/s<sub>p</sub>, met s<sub>p</sub> de gepoolde standaardafwijking en "
        "J = 1 &minus; 3/(4(n<sub>E</sub>+n<sub>C</sub>)&minus;9).",
    [WORD_REPORT_CLIFFS] = "Cliffs &delta;",
    [WORD_REPORT_CLIFFS_HOW] =
        "(#(team &gt; klant) &minus; #(team &lt; klant)) / (n<sub>E</sub>&middot;n<sub>C</sub>) "
        "over alle paren, uit de frequentietabellen; het interval is een percentiel-bootstrap "
        "van 10.000 trekkingen uit beide tabellen (met vaste seed: dezelfde gegevens geven "
        "hetzelfde interval).",
    [WORD_REPORT_PEAK_END] = "Piek-eind",
    [WORD_REPORT_PEAK_END_HOW] =
        "(laagste gemiddelde van een moment + gemiddelde van het laatste moment) / 2, over de "
        "momenten die beide lijnen hebben, voor beide op dezelfde manier.",
    [WORD_REPORT_PRIVACY] = "Privacy",
    [WORD_REPORT_PRIVACY_HOW] =
        "Geen cijfer dat op minder mensen rust dan de privacygrens wordt getoond: geen groep "
        "(workshop, afdeling), geen moment of stap waar maar een paar mensen kwamen, geen groep "
        "die je zou kunnen uitrekenen door andere rapporten van dit scenario van elkaar af te "
        "trekken. Losse antwoorden nooit.",
    [WORD_REPORT_SCALE_PLAIN] =
        "Alle antwoorden staan op één schaal van 9 punten, van &minus;4 (heel negatief) via 0 "
        "(neutraal) tot +4 (heel positief). Een verschil van 1 punt is één stap op die schaal.",
    [WORD_REPORT_GAP_PLAIN] =
        "Het gemiddelde van het team min dat van de klanten op een moment. Positief: klanten "
        "voelen zich slechter dan je team dacht; negatief: je team verwachtte het slechter dan "
        "klanten zeggen.",
    [WORD_REPORT_INTERVAL] = "95%-interval",
    [WORD_REPORT_INTERVAL_PLAIN] =
        "Het bereik waarin het echte verschil met 95% zekerheid ligt, gegeven hoeveel mensen "
        "antwoordden en hoe ver hun antwoorden uiteenlopen. Weinig antwoorden of grote "
        "verschillen maken het breed.",
    [WORD_REPORT_CLEAR] = "Een duidelijk verschil",
    [WORD_REPORT_CLEAR_PLAIN] =
        "Een verschil heet duidelijk als het hele 95%-interval aan één kant van 0 ligt: zelfs "
        "aan de rand van de foutmarge voelen klanten zich slechter (of beter) dan je team dacht. "
        "Anders zegt het rapport dat er geen duidelijk verschil is.",
    [WORD_REPORT_HEDGES_PLAIN] =
        "Het verschil afgezet tegen hoeveel mensen onderling verschillen: rond 0,2 is klein, "
        "0,5 middelgroot, 0,8 en meer groot.",
    [WORD_REPORT_CLIFFS_PLAIN] =
        "Neem willekeurig één teamlid en één klant: de kans dat het teamlid hoger antwoordde, "
        "min de kans dat het lager antwoordde. Van &minus;1 tot +1; 0 betekent geen verschil.",
    [WORD_REPORT_INDICATIVE_TERM] = "Indicatief",
    [WORD_REPORT_INDICATIVE_PLAIN] =
        "Een cijfer dat aan één van beide kanten op minder dan 10 antwoorden rust (gemarkeerd "
        "met *) is een aanwijzing, geen bevinding.",
    [WORD_REPORT_COMPUTED] = "Berekend als: ",
    [WORD_REPORT_PEAK_END_PLAIN] = "Hoe een klantreis wordt onthouden: het gemiddelde van het "
                                   "slechtste moment en het laatste, voor je team en voor klanten "
                                   "op dezelfde manier.",
    [WORD_REPORT_SAY_THOUGHT] = "je team dacht",
    [WORD_REPORT_SAY_PREDICTED] = "je team voorspelde",
    [WORD_REPORT_SAY_CLEAR_MANY] =
        "Op %d van de %d vergeleken momenten voelen klanten zich duidelijk slechter dan %s",
    [WORD_REPORT_SAY_CLEAR_NONE] =
        "Op geen van de %d vergeleken momenten voelen klanten zich duidelijk slechter dan %s",
    [WORD_REPORT_SAY_CLEAR_ALL] =
        "Op alle %d vergeleken momenten voelen klanten zich duidelijk slechter dan %s",
    [WORD_REPORT_SAY_CLEAR_ONLY] =
        "Op het enige vergeleken moment voelen klanten zich duidelijk slechter dan %s",
    [WORD_REPORT_SAY_CLEAR_ONLY_NONE] =
        "Op het enige vergeleken moment voelen klanten zich niet duidelijk slechter dan %s",
    [WORD_REPORT_SAY_LARGEST] = "; het grootste verschil zit bij \xe2\x80\x98%s\xe2\x80\x99: %s "
                                "op een schaal van 9 punten.",
    [WORD_REPORT_SAY_NO_WORSE] = "; nergens voelen ze zich slechter dan %s.",
    [WORD_REPORT_SAY_CLOSER_MANY] = "Door te spelen kwam je team op %d van de %d momenten "
                                    "duidelijk dichter bij klanten.",
    [WORD_REPORT_SAY_CLOSER_NONE] = "Door te spelen kwam je team op geen van de %d momenten "
                                    "duidelijk dichter bij klanten.",
    [WORD_REPORT_SAY_NOTHING] = "Nog niets te vergelijken: bij geen enkel moment zijn er "
                                "antwoorden van zowel je team als klanten.",
    [WORD_REPORT_SAY_WITHHELD] = "De cijfers van je team worden niet getoond: er deden te weinig "
                                 "mensen mee om ze te laten zien zonder iemand herkenbaar te "
                                 "maken.",
    [WORD_REPORT_SAY_WORSE] = "klanten voelen zich %s slechter dan %s.",
    [WORD_REPORT_SAY_BETTER] = "klanten voelen zich %s beter dan %s.",
    [WORD_REPORT_SAY_UNCLEAR] = "geen duidelijk verschil (%s, binnen de foutmarge).",
    [WORD_REPORT_SAY_NO_DATA] = "geen vergelijking: aan één kant zijn hier geen antwoorden.",
    [WORD_REPORT_SAY_HIDDEN] = "niet getoond, ter bescherming van de privacy.",
    [WORD_REPORT_NOTE_INDICATIVE] = "minder dan %d antwoorden aan één kant: alleen een indicatie.",
    [WORD_REPORT_NOTE_HIDDEN] = "niet getoond, ter bescherming van de privacy (zie hieronder).",
    [WORD_REPORT_SCRIPTED_ONE] =
        "%d van de %d sessies was een gescripte speelbeurt (een testrun): wat daarin gebeurde is "
        "niet het gedrag van een mens, en de cijfers hieronder tellen het mee.",
    [WORD_REPORT_SCRIPTED_MANY] =
        "%d van de %d sessies waren gescripte speelbeurten (testruns): wat daarin gebeurde is "
        "niet het gedrag van mensen, en de cijfers hieronder tellen ze mee.",
    [WORD_REPORT_SCRIPTED_ALL] = "Alle %d sessies waren gescripte speelbeurten (testruns): deze "
                                 "cijfers zijn niet het gedrag van mensen.",
    [WORD_REPORT_RANKED] = "Per moment, grootste verschil eerst",
    [WORD_REPORT_FIGURES] = "De cijfers",
    [WORD_REPORT_CONVENTION] =
        "Alle gemiddelden op &minus;4&hellip;+4. Verschil = gemiddelde van je team min dat van "
        "de klanten: positief (in rood) betekent dat klanten zich slechter voelen dan je team "
        "dacht.",
    [WORD_REPORT_LEGEND_WORSE] = "klanten voelen zich slechter dan je team dacht",
    [WORD_REPORT_LEGEND_WORSE_PREDICTED] = "klanten voelen zich slechter dan je team voorspelde",
    [WORD_REPORT_LEGEND_PREDICTED] = "voorspelling van je team, vóór het spelen",
    [WORD_REPORT_NEUTRAL] = "neutraal",
    [WORD_REPORT_PREDICTED] = "Vóór het spelen: wat je team voorspelde",
    [WORD_REPORT_PREDICTED_TEXT] =
        "Voor de eerste stap voorspelde elke deelnemer hoe klanten zich bij elk moment voelen. "
        "Het voorspelde verschil is die voorspelling min het gemiddelde van de klanten; de "
        "verschuiving zegt hoeveel dichter bij de klanten hun gevoel kwam door te spelen "
        "(positief: dichterbij).",
    [WORD_REPORT_PREDICTED_N] = "Voorspellingen",
    [WORD_REPORT_PREDICTED_MEAN] = "Voorspeld: gemiddelde",
    [WORD_REPORT_PREDICTED_GAP] = "Voorspeld verschil (95%&#8209;interval)",
    [WORD_REPORT_FELT_GAP] = "Verschil na het spelen",
    [WORD_REPORT_SHIFT] = "Verschuiving (95%&#8209;interval)",
    [WORD_REPORT_TEXT_PREDICTED] = "Voorspeld vóór het spelen (verschil: voorspeld - klanten; "
                                   "verschuiving: positief = dichterbij):",
    [WORD_POINTS_ONE] = "%s punt",
    [WORD_POINTS_MANY] = "%s punten",
    [WORD_INTERVAL] = "%s tot %s",
    /* numbers (numfmt.c) */
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
    [WORD_GROUP_SHIFT_CI] = " (95%%-interval: %s).",
    [WORD_PREDICT_PROGRESS] = "Vóór het spelen: jouw voorspelling %d van %d",
    [WORD_NO_AUDIO] = "Geen geluidsapparaat: wachtmuziek en stemmen staan uit",
    [WORD_READ_ALOUD_ON] = "Voorlezen: aan",
    [WORD_READ_ALOUD_OFF] = "Voorlezen: uit",
    [WORD_READ_CHOSEN] = "Jouw keuze: %d van %d.",
    [WORD_TEXT_SIZE] = "Tekstgrootte: %d%%",
    [WORD_HIGH_CONTRAST_ON] = "Hoog contrast: aan",
    [WORD_HIGH_CONTRAST_OFF] = "Hoog contrast: uit",
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

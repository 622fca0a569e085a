/* The interface's own words, as opposed to scenario texts: buttons,
 * prompts, the start and end screens, the debriefs' and the report's
 * sentences. One table per
 * language (English and Dutch; any other language reads English), so that a
 * translator finds every word in one place. No SDL. */
#ifndef TEASER_WORDS_H
#define TEASER_WORDS_H

#include <stdbool.h>

typedef enum {
    WORD_CONTINUE,
    WORD_CONFIRM,
    WORD_QUESTION,         /* "How would you feel right now, as %s?" */
    WORD_PREDICT_QUESTION, /* a prediction's question when the scenario gives none */
    WORD_CALM,
    WORD_AGITATED,
    WORD_EMOTION_HINT,
    WORD_RATING_HINT,
    WORD_START_TITLE,
    WORD_PSEUDONYM,
    WORD_WORKSHOP,
    WORD_START_RECORDED,
    WORD_START_PERSONA,
    WORD_CONSENT,
    WORD_START,
    WORD_END_TITLE,
    WORD_END_TEXT,
    WORD_HANG_UP,
    WORD_CALLING,
    WORD_CALLING_AGAIN, /* after hanging up, while the phone dials again */
    WORD_QUEUE,
    WORD_SEND,
    WORD_TRANSFERRING,
    WORD_LETTER_QUESTION,
    WORD_CAPTCHA,
    WORD_CAPTCHA_CAPITALS, /* the captcha typed right but for capitals */
    WORD_CARD,
    WORD_TYPE_HINT,
    WORD_ON_HOLD,
    WORD_AHEAD,
    WORD_AHEAD_ONE,
    WORD_HOLD_MUSIC,
    WORD_PLEASE_HOLD,
    WORD_END_CLOSE,
    WORD_REPEATED,
    WORD_HANDOFF_WRONG, /* the agent, to a wrong answer at a handoff */
    WORD_MENU_PRESS,    /* a phone menu's voice, one option: "For %s, press %s." */
    WORD_REPEATED_ONCE,
    WORD_CANNOT_SEE,
    /* the personal debrief */
    WORD_DEBRIEF_WORSE_THEM, /* "At \"%s\", customers felt %.1f points worse than you did." */
    WORD_DEBRIEF_WORSE_YOU,
    WORD_DEBRIEF_MOMENTS,
    WORD_DEBRIEF_WAITED,
    WORD_DEBRIEF_REPEATED,
    WORD_DEBRIEF_REPEATED_ONCE,
    WORD_DEBRIEF_LETTER_RIGHT,  /* one letter, found */
    WORD_DEBRIEF_LETTER_WRONG,  /* one letter, not found */
    WORD_DEBRIEF_LETTERS_RIGHT, /* several letters, each found: "%d" */
    WORD_DEBRIEF_LETTERS_WRONG, /* several letters, none found: "%d" */
    WORD_DEBRIEF_LETTERS_MIXED, /* found at "%s", not at "%s" (lists of labels) */
    WORD_AND,                   /* joins the last two of a list */
    WORD_DEBRIEF_ATTEMPTS,
    WORD_DEBRIEF_TITLE,
    WORD_DEBRIEF_YOU,
    WORD_DEBRIEF_THEM,
    WORD_DEBRIEF_NO_DATA,
    /* the group debrief */
    WORD_GROUP_TITLE, /* "The group and the customers%s%s": ": " and the workshop */
    WORD_GROUP_NAME,
    WORD_GROUP_WAITING_ONE, /* "Waiting for %d more participant" */
    WORD_GROUP_WAITING_MANY,
    WORD_GROUP_PRIVACY,
    WORD_GROUP_SUBTRACTION,     /* a group withheld by subtraction: the headline */
    WORD_GROUP_SUBTRACTION_WHY, /* ... and why ("%d": the floor) */
    /* the group debrief's sentence on one touchpoint, in parts */
    WORD_GROUP_TEAM,            /* the group's mean and n */
    WORD_GROUP_TEAM_NONE,       /* no one rated it yet */
    WORD_GROUP_TEAM_WITHHELD,   /* under the privacy floor */
    WORD_GROUP_TP_WITHHELD_ONE, /* the overview's note: %d moment not shown */
    WORD_GROUP_TP_WITHHELD_MANY,
    WORD_GROUP_CUSTOMERS, /* the customers' mean and n */
    WORD_GROUP_NO_CUSTOMERS,
    WORD_GROUP_GAP,       /* the gap and its interval */
    WORD_GROUP_GAP_NO_CI, /* the gap, its interval not computable */
    WORD_GROUP_LARGEST,
    WORD_GROUP_LARGEST_PREDICTED,
    WORD_GROUP_HINT,
    /* the report */
    WORD_REPORT_TITLE,             /* "Gap report: %s": the scenario */
    WORD_REPORT_WORKSHOP,          /* "workshop %s" */
    WORD_REPORT_DEPARTMENT,        /* "department %s" */
    WORD_REPORT_SITE,              /* "site %s" */
    WORD_REPORT_PARTICIPANTS_ONE,  /* "%d participant" */
    WORD_REPORT_PARTICIPANTS_MANY, /* "%d participants" */
    WORD_REPORT_BEHAVIOUR,         /* the heading over what the team did */
    WORD_REPORT_WAITED,            /* the mean wait's minutes and seconds ("%.0f:%02.0f") */
    WORD_REPORT_WAITED_HANGUPS,    /* the same, when some hung up */
    WORD_REPORT_HANGUPS_ONE,       /* "%d hang-up." */
    WORD_REPORT_HANGUPS_MANY,
    WORD_REPORT_CUT_OFF_ONE, /* "Cut off %d time." */
    WORD_REPORT_CUT_OFF_MANY,
    WORD_REPORT_REPEATED,       /* details given again per person ("%s": numfmt) */
    WORD_REPORT_REPEATED_TYPOS, /* the same, when some were typed wrong */
    WORD_REPORT_ANSWERS,        /* right answers, answers, the mean seconds to answer */
    WORD_REPORT_FORM,           /* attempts per accepted form ("%s": numfmt) */
    WORD_REPORT_FORM_TIMEOUT,   /* the same, when the form timed out */
    WORD_REPORT_TEXT_WITHHELD,  /* "%d": the privacy floor */
    /* report notes, text and HTML alike: the whole group withheld because it
     * could be worked out by subtraction ("%d" the floor); touchpoints
     * withheld ("%d of %d", then the floor); behaviour lines withheld ("%d") */
    WORD_REPORT_WITHHELD_SUBTRACTION,
    WORD_REPORT_TP_WITHHELD,
    WORD_REPORT_BEHAVIOUR_WITHHELD,
    WORD_REPORT_BEHAVIOUR_WITHHELD_ONE,
    WORD_REPORT_TEXT_SCALE,
    /* the text table's column heads: short, the columns are narrow */
    WORD_REPORT_COL_TOUCHPOINT,
    WORD_REPORT_COL_N_E,
    WORD_REPORT_COL_N_C,
    WORD_REPORT_COL_E,
    WORD_REPORT_COL_C,
    WORD_REPORT_COL_GAP,
    WORD_REPORT_COL_CI,
    WORD_REPORT_COL_G,
    WORD_REPORT_COL_DELTA,
    WORD_REPORT_TEXT_COMPARED,          /* the other workshop, its "%d participants" */
    WORD_REPORT_TEXT_COMPARED_WITHHELD, /* the same, its figures withheld */
    WORD_REPORT_TEXT_CHANGE,
    WORD_REPORT_TEXT_PEAK_END, /* the employees', the customers' and the gap, as table cells */
    /* the report's HTML page: its words are HTML (entities and markup are
     * written as they are; only their arguments are escaped) */
    WORD_REPORT_MADE,     /* "made %s": the date */
    WORD_REPORT_WITHHELD, /* "%d": the privacy floor */
    WORD_REPORT_JOURNEY,
    WORD_REPORT_CHART_LABEL, /* what the chart shows, for a screen reader */
    WORD_REPORT_VERY_POSITIVE,
    WORD_REPORT_VERY_NEGATIVE,
    WORD_REPORT_LEGEND_TEAM,
    WORD_REPORT_LEGEND_CUSTOMERS,
    WORD_REPORT_TOUCHPOINT,
    WORD_REPORT_TEAM_N,
    WORD_REPORT_TEAM,
    WORD_REPORT_TEAM_MEAN,
    WORD_REPORT_CUSTOMERS_N,
    WORD_REPORT_CUSTOMERS,
    WORD_REPORT_CUSTOMERS_MEAN,
    WORD_REPORT_GAP_CI,
    WORD_REPORT_HEDGES,
    WORD_REPORT_CLIFFS_CI,
    WORD_REPORT_BELOW_MEDIAN,
    WORD_REPORT_PEAK,
    WORD_REPORT_PEAK_TEXT,            /* the team's peak-end, the customers' and the difference */
    WORD_REPORT_COMPARED,             /* "Compared with workshop %s" */
    WORD_REPORT_COMPARED_WITHHELD,    /* "%d": that workshop's privacy floor */
    WORD_REPORT_COMPARED_SUBTRACTION, /* "%d": the same, withheld by subtraction */
    WORD_REPORT_GAP_THERE,
    WORD_REPORT_GAP_HERE,
    WORD_REPORT_CHANGE,
    WORD_REPORT_COMPARED_LEGEND,
    WORD_REPORT_SITES,       /* the heading of sites side by side */
    WORD_REPORT_SITES_TEXT,  /* what its table shows */
    WORD_REPORT_TEXT_SITES,  /* the same for a terminal */
    WORD_REPORT_SITE_PEOPLE, /* a column's participants: "%d people" */
    WORD_REPORT_ALL_SITES,   /* the column of everyone */
    WORD_REPORT_REST,
    WORD_REPORT_STORED_ONE, /* "%d participant in the results store" */
    WORD_REPORT_STORED_MANY,
    WORD_REPORT_SESSIONS, /* the dates of the first and the last session */
    WORD_REPORT_NO_CUSTOMERS,
    WORD_REPORT_CUSTOMER_DATA_ONE, /* the file, its answers ("%.0f") and "%d touchpoint" */
    WORD_REPORT_CUSTOMER_DATA_MANY,
    WORD_REPORT_SOURCES, /* "source: %s": a list */
    WORD_REPORT_PERIODS, /* "period: %s": a list */
    WORD_REPORT_SCENARIO,
    /* how each figure was computed: a term, then what it is */
    WORD_REPORT_METHOD,
    WORD_REPORT_SCALE,
    WORD_REPORT_SCALE_HOW,
    WORD_REPORT_ONE_VALUE,
    WORD_REPORT_ONE_VALUE_HOW,
    WORD_REPORT_GAP,
    WORD_REPORT_GAP_HOW,
    WORD_REPORT_HEDGES_HOW,
    WORD_REPORT_CLIFFS,
    WORD_REPORT_CLIFFS_HOW,
    WORD_REPORT_PEAK_END,
    WORD_REPORT_PEAK_END_HOW,
    WORD_REPORT_PRIVACY,
    WORD_REPORT_PRIVACY_HOW,
    /* the same in plain words, for a manager who reads no formula: a term,
     * then what it means (HTML) */
    WORD_REPORT_SCALE_PLAIN,
    WORD_REPORT_GAP_PLAIN,
    WORD_REPORT_INTERVAL,
    WORD_REPORT_INTERVAL_PLAIN,
    WORD_REPORT_CLEAR,
    WORD_REPORT_CLEAR_PLAIN,
    WORD_REPORT_HEDGES_PLAIN,
    WORD_REPORT_CLIFFS_PLAIN,
    WORD_REPORT_INDICATIVE_TERM,
    WORD_REPORT_INDICATIVE_PLAIN,
    WORD_REPORT_COMPUTED, /* "Computed as: " before a formula */
    WORD_REPORT_PEAK_END_PLAIN,
    /* the report's sentences for people, text and HTML alike: plain UTF-8,
     * no markup (the HTML page escapes them whole). The headline: */
    WORD_REPORT_SAY_THOUGHT,    /* whose belief: "your team thought" (what it felt) */
    WORD_REPORT_SAY_PREDICTED,  /* ... "your team predicted" (before playing) */
    WORD_REPORT_SAY_CLEAR_MANY, /* "%d of the %d moments": clearly worse there than "%s" */
    WORD_REPORT_SAY_CLEAR_NONE, /* "%d": none of them */
    WORD_REPORT_SAY_CLEAR_ALL,  /* "%d": every one of them */
    WORD_REPORT_SAY_CLEAR_ONLY, /* the one moment compared, clearly worse */
    WORD_REPORT_SAY_CLEAR_ONLY_NONE,
    WORD_REPORT_SAY_LARGEST,     /* "; the largest gap is \"%s\": %s ..." label, points */
    WORD_REPORT_SAY_NO_WORSE,    /* no moment where customers feel worse at all */
    WORD_REPORT_SAY_NOTHING,     /* nothing to compare */
    WORD_REPORT_SAY_CLOSER_MANY, /* after a headline on predictions: "%d of the %d" closer */
    WORD_REPORT_SAY_CLOSER_NONE, /* ... none of "%d" */
    WORD_REPORT_SAY_WITHHELD,    /* the team's figures withheld */
    /* one moment, after its label and ": " ("%s": a number of points) */
    WORD_REPORT_SAY_WORSE,
    WORD_REPORT_SAY_BETTER,
    WORD_REPORT_SAY_UNCLEAR,
    WORD_REPORT_SAY_NO_DATA,
    WORD_REPORT_SAY_HIDDEN,
    WORD_REPORT_NOTE_INDICATIVE, /* "%d": fewer answers than that: indicative */
    WORD_REPORT_NOTE_HIDDEN,     /* a dash: withheld for privacy */
    /* scripted plays among the sessions ("%d of the %d"; all "%d") */
    WORD_REPORT_SCRIPTED_ONE,
    WORD_REPORT_SCRIPTED_MANY,
    WORD_REPORT_SCRIPTED_ALL,
    /* the HTML page's headings and the chart's legend (HTML) */
    WORD_REPORT_RANKED,
    WORD_REPORT_FIGURES,
    WORD_REPORT_CONVENTION, /* the sign of a gap, said once above the table */
    WORD_REPORT_LEGEND_WORSE,
    WORD_REPORT_LEGEND_WORSE_PREDICTED,
    WORD_REPORT_LEGEND_PREDICTED,
    WORD_REPORT_NEUTRAL,
    /* what they predicted before playing (when the report has predictions) */
    WORD_REPORT_PREDICTED,
    WORD_REPORT_PREDICTED_TEXT,
    WORD_REPORT_PREDICTED_N,
    WORD_REPORT_PREDICTED_MEAN,
    WORD_REPORT_PREDICTED_GAP,
    WORD_REPORT_FELT_GAP,
    WORD_REPORT_SHIFT,
    WORD_REPORT_TEXT_PREDICTED, /* the terminal's heading over the same */
    /* numbers (numfmt.c) */
    WORD_POINTS_ONE,  /* "%s point" */
    WORD_POINTS_MANY, /* "%s points" */
    WORD_INTERVAL,    /* "%s to %s" */
    /* predictions in the debriefs: the chart's three lines, the personal
     * debrief's sentences on them, the group's per touchpoint ("%s": numfmt) */
    WORD_DEBRIEF_PREDICTED, /* the legend: what you predicted before playing */
    WORD_DEBRIEF_FELT,
    WORD_DEBRIEF_REPORTED,     /* what customers report */
    WORD_DEBRIEF_FURTHEST,     /* furthest off before playing: label, predicted, customers */
    WORD_DEBRIEF_CLOSER_AT,    /* "%d of %d" moments where playing brought you closer */
    WORD_DEBRIEF_CLOSER_NONE,  /* none of "%d" */
    WORD_DEBRIEF_NEARER,       /* then, on average, "%s" points nearer */
    WORD_DEBRIEF_FURTHER,      /* ... or further */
    WORD_DEBRIEF_AS_FAR,       /* ... or as far */
    WORD_GROUP_PREDICTED_NAME, /* the legend */
    WORD_GROUP_FELT_NAME,
    WORD_GROUP_PREDICTED,      /* the group's predicted mean and n */
    WORD_GROUP_SHIFT_CLOSER,   /* how far playing moved them: "%s" points closer */
    WORD_GROUP_SHIFT_FURTHER,  /* ... further */
    WORD_GROUP_SHIFT_NONE,     /* ... not at all */
    WORD_GROUP_SHIFT_CI,       /* the shift's interval, after either: " (95%%: %s)." */
    WORD_PREDICT_PROGRESS,     /* above a prediction: "%d of %d" */
    WORD_NO_AUDIO,             /* under the start screen when no sound can play */
    WORD_READ_ALOUD_ON,        /* the start screen's key A, as it is now */
    WORD_READ_ALOUD_OFF,       /* and off */
    WORD_READ_CHOSEN,          /* read aloud on a rating: "Your choice: %d of %d." */
    WORD_TEXT_SIZE,            /* the start screen's key T: "Text size: %d%%" */
    WORD_HIGH_CONTRAST_ON,     /* the start screen's key C, as it is now */
    WORD_HIGH_CONTRAST_OFF,
    WORD_COUNT,
} WordId;

/* The word in lang (a language code; other languages than nl: English). */
const char *words_get(const char *lang, WordId id);
/* The word for a count n: one when n is 1, many otherwise. */
const char *words_plural(const char *lang, long n, WordId one, WordId many);
/* Whether lang writes a decimal comma ("2,5"): Dutch does. */
bool words_decimal_comma(const char *lang);

#endif

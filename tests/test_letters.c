/* The letters of the shipped scenarios confuse the way real ones do
 * (docs/authoring.md, "Writing a letter that confuses honestly"), in every
 * language they are written in: the right answer can be worked out from what
 * the letter prints, every figure a wrong option names is printed in the
 * letter too (a misreading of it, not a number made up), and no letter states
 * its answer plainly. The texts are the scenarios' own, loaded as the player
 * loads them; the sums are the reader's, done here from the printed amounts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <glob.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../engine/paths.h"
#include "../engine/step_type.h"
#include "../engine/steps/letter.h"
#include "../engine/steps/steps.h"

enum { LETTER_MAX = 16384, TERMS = 4 };

/* ---- reading a letter as a participant reads it ---- */

/* Appends one part of the letter, with its no-break spaces as plain spaces
 * (the authors use them to keep "€ 98" on one line; a reader sees a space). */
static void append(char *buf, size_t size, const char *s)
{
    size_t n = strlen(buf);
    for (; s && *s && n + 2 < size; s++) {
        if ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0) {
            buf[n++] = ' ';
            s++;
        } else {
            buf[n++] = *s;
        }
    }
    buf[n++] = '\n';
    buf[n] = '\0';
}

/* Everything printed on the paper, in lang: what the participant can read. */
static void letter_text(const Scenario *s, const LetterStep *l, const char *lang, char *buf,
                        size_t size)
{
    const Text *parts[] = {&l->sender,      &l->date,           &l->subject,
                           &l->body,        &l->small_print,    &l->attachment.title,
                           &l->attachment.body};
    buf[0] = '\0';
    append(buf, size, l->reference);
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        if (parts[i]->n)
            append(buf, size, text_get(parts[i], lang, s->language));
    assert_true(strlen(buf) + 2 < size);
}

static bool is_digit(char c)
{
    return isdigit((unsigned char)c) != 0;
}

/* The amount written at p: "1,049.14" in English, "1.049,14" in Dutch. */
static double amount_at(const char *p, const char *lang)
{
    char group = strcmp(lang, "nl") ? ',' : '.', point = strcmp(lang, "nl") ? '.' : ',';
    double v = 0, scale = 0;
    for (; is_digit(*p) || ((*p == group || *p == point) && is_digit(p[1])); p++) {
        if (*p == point)
            scale = 1;
        else if (*p != group) {
            v = v * 10 + (*p - '0');
            scale *= 10;
        }
    }
    return scale ? v / scale : v;
}

/* The amount printed right after label (past "€", spaces and a minus sign):
 * the figure the reader finds by that label. Fails when label is not there. */
static double amount_after(const char *letter, const char *label, const char *lang)
{
    const char *p = strstr(letter, label);
    if (!p)
        fail_msg("the letter (%s) has no \"%s\"", lang, label);
    p += strlen(label);
    for (int i = 0; i < 12 && *p && !is_digit(*p); i++)
        p++;
    assert_true(is_digit(*p));
    return amount_at(p, lang);
}

/* The first amount in an option's label ("Pay € 484.40": 484.40). */
static double option_amount(const char *label, const char *lang)
{
    while (*label && !is_digit(*label))
        label++;
    assert_true(is_digit(*label));
    return amount_at(label, lang);
}

/* Whether the number token (digits and separators, as the option writes it)
 * is printed in the letter as a number of its own: not inside a longer one
 * ("112" is not in "1,112.50"; it is in "112.00"). */
static bool prints_number(const char *letter, const char *tok, size_t len)
{
    for (const char *p = letter; *p; p++) {
        if (strncmp(p, tok, len))
            continue;
        bool left = p == letter || !(is_digit(p[-1]) || p[-1] == '.' || p[-1] == ',');
        bool right = !is_digit(p[len]);
        if (left && right)
            return true;
    }
    return false;
}

/* ---- the reader's working, per letter ---- */

/* How the right answer follows from the letter: terms[] are the labels of
 * the printed figures the reader needs, in the letter's language. */
typedef bool (*Derive)(const char *letter, const char *const *terms, const char *lang,
                       const char *right);

/* A sum of printed amounts, the first TERMS-1 added and the last one given
 * with a leading '-' subtracted ("-Reduction on energy tax"): the option's
 * amount. */
static bool sum_of_amounts(const char *letter, const char *const *terms, const char *lang,
                           const char *right)
{
    double total = 0;
    for (int i = 0; i < TERMS && terms[i]; i++) {
        bool minus = terms[i][0] == '-';
        double v = amount_after(letter, terms[i] + minus, lang);
        total += minus ? -v : v;
    }
    return fabs(total - option_amount(right, lang)) < 0.005;
}

/* A time window given as an arrival time plus or minus minutes ("ETA 10:00
 * ± 120 min"): the option's "08:00 – 12:00". */
static bool window_around_eta(const char *letter, const char *const *terms, const char *lang,
                              const char *right)
{
    (void)lang;
    const char *p = strstr(letter, terms[0]);
    if (!p)
        fail_msg("no \"%s\"", terms[0]);
    int h, m, pm;
    assert_int_equal(sscanf(p + strlen(terms[0]), "%d:%d \xc2\xb1 %d min", &h, &m, &pm), 3);
    int from = h * 60 + m - pm, to = h * 60 + m + pm;
    char window[32];
    snprintf(window, sizeof window, "%02d:%02d \xe2\x80\x93 %02d:%02d", from / 60, from % 60,
             to / 60, to % 60);
    return strcmp(window, right) == 0;
}

/* Insured for less than the property is worth: the sum insured (terms[1])
 * printed below the appraised value (terms[0]), and the rule that then cuts
 * the indemnity (terms[2]) named. */
static bool insured_below_value(const char *letter, const char *const *terms, const char *lang,
                                const char *right)
{
    (void)right;
    return amount_after(letter, terms[1], lang) < amount_after(letter, terms[0], lang) &&
           strstr(letter, terms[2]);
}

typedef struct {
    const char *scenario, *step, *lang;
    Derive derive;
    const char *terms[TERMS];
    bool figure_hidden;        /* the right option's own figure is printed nowhere */
    const char *also[3];       /* words of the wrong options without a figure, printed too */
} LetterCase;

static const LetterCase cases[] = {
    {"energy-move", "letter", "en", sum_of_amounts,
     {"Supply costs electricity and gas¹:", "Grid management costs:",
      "-Reduction on energy tax²:"},
     true, {NULL}},
    {"energy-move", "letter", "nl", sum_of_amounts,
     {"Leveringskosten elektriciteit en gas¹:", "Netbeheerkosten:",
      "-Vermindering energiebelasting²:"},
     true, {NULL}},
    {"energy-move", "final-invoice", "en", sum_of_amounts,
     {"Total costs for the period:", "-Advance amounts invoiced (11 × € 98.00):"}, false, {NULL}},
    {"energy-move", "final-invoice", "nl", sum_of_amounts,
     {"Totaal kosten periode:", "-Gefactureerde termijnbedragen (11 × € 98,00):"}, false, {NULL}},
    {"water-damage", "letter", "en", sum_of_amounts,
     {"damage at current value to", "-Deductible per event (Art. 9.1):"}, true, {NULL}},
    {"water-damage", "letter", "nl", sum_of_amounts,
     {"schade naar dagwaarde", "-Eigen risico per gebeurtenis (art. 9.1):"}, true, {NULL}},
    {"water-damage", "payment-letter", "en", insured_below_value,
     {"has been appraised at", "sum insured stated on your policy schedule is", "Art. 7:959"},
     true, {"deductible", "kitchen"}},
    {"water-damage", "payment-letter", "nl", insured_below_value,
     {"is getaxeerd op", "vermelde verzekerde som", "art. 7:959"}, true,
     {"eigen risico", "keuken"}},
    {"internet-outage", "appointment-letter", "en", window_around_eta, {"(ETA "}, true, {NULL}},
    {"internet-outage", "appointment-letter", "nl", window_around_eta, {"(ETA "}, true, {NULL}},
};

/* Plain statements of what to pay, get or do, which a real letter of this
 * kind leaves to its tables and its jargon. */
static const char *const plain[][6] = {
    {"en", "you must pay", "you will pay", "you will receive", "you owe", "amount due"},
    {"nl", "u moet", "u betaalt", "te betalen", "u krijgt", "ontvangt u een bedrag"},
};

static const LetterCase *find_case(const char *scenario, const char *step, const char *lang)
{
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        if (!strcmp(cases[i].scenario, scenario) && !strcmp(cases[i].step, step) &&
            !strcmp(cases[i].lang, lang))
            return &cases[i];
    return NULL;
}

/* ---- the checks, over every letter with a question ---- */

typedef void (*Check)(const char *letter, const LetterStep *l, const char *lang,
                      const LetterCase *c);

static void for_every_letter(Check check)
{
    glob_t g;
    assert_int_equal(glob("scenarios/*.yaml", 0, NULL, &g), 0);
    int seen = 0;
    static char letter[LETTER_MAX];
    for (size_t f = 0; f < g.gl_pathc; f++) {
        Scenario *s = NULL;
        DiagList dl;
        diag_init(&dl);
        assert_int_equal(scenario_load(g.gl_pathv[f], paths_data_dir(), &steps_teaser1, &s, &dl),
                         SCENARIO_OK);
        diag_free(&dl);
        const char *langs[8];
        int n_langs = scenario_languages(s, langs, 8);
        for (int i = 0; i < s->n_steps; i++) {
            const LetterStep *l = s->steps[i].data;
            if (strcmp(s->steps[i].type->name, "letter") || !l->question.n_options)
                continue;
            for (int k = 0; k < n_langs; k++) {
                const LetterCase *c = find_case(s->id, s->steps[i].id, langs[k]);
                if (!c)
                    fail_msg("%s step \"%s\" in %s: a letter with a question needs its case "
                             "here", s->id, s->steps[i].id, langs[k]);
                letter_text(s, l, langs[k], letter, sizeof letter);
                check(letter, l, langs[k], c);
                seen++;
            }
        }
        scenario_free(s);
    }
    globfree(&g);
    assert_int_equal(seen, (int)(sizeof cases / sizeof *cases));
}

static const char *option(const LetterStep *l, int i, const char *lang)
{
    return text_get(&l->question.options[i], lang, lang);
}

static void answer_is_worked_out(const char *letter, const LetterStep *l, const char *lang,
                                 const LetterCase *c)
{
    const char *right = option(l, l->question.answer - 1, lang);
    if (!c->derive(letter, c->terms, lang, right))
        fail_msg("%s \"%s\" (%s): the letter does not lead to \"%s\"", c->scenario, c->step, lang,
                 right);
}

static void the_right_answer_can_be_worked_out_from_every_letter(void **state)
{
    (void)state;
    for_every_letter(answer_is_worked_out);
}

/* Each figure of two digits or more in a wrong option ("€ 1,078.00",
 * "10:00 – 12:00") is printed in the letter; a wrong option without one
 * names a thing the letter speaks of (c->also). */
static void wrong_options_are_readings(const char *letter, const LetterStep *l, const char *lang,
                                       const LetterCase *c)
{
    for (int i = 0; i < l->question.n_options; i++) {
        if (i == l->question.answer - 1)
            continue;
        const char *o = option(l, i, lang);
        for (const char *p = o; *p;) {
            size_t len = 0;
            while (is_digit(p[len]) || ((p[len] == '.' || p[len] == ',' || p[len] == ':') &&
                                        len && is_digit(p[len + 1])))
                len++;
            if (len >= 2 && !prints_number(letter, p, len))
                fail_msg("%s \"%s\" (%s): option \"%s\" names %.*s, which the letter does not "
                         "print",
                         c->scenario, c->step, lang, o, (int)len, p);
            p += len ? len : 1;
        }
    }
    for (int i = 0; i < 3 && c->also[i]; i++)
        if (!strstr(letter, c->also[i]))
            fail_msg("%s \"%s\" (%s): the letter never speaks of \"%s\"", c->scenario, c->step,
                     lang, c->also[i]);
}

static void every_wrong_option_is_a_misreading_of_what_the_letter_prints(void **state)
{
    (void)state;
    for_every_letter(wrong_options_are_readings);
}

static bool contains_folded(const char *hay, const char *needle)
{
    for (; *hay; hay++) {
        size_t i = 0;
        while (needle[i] && tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (!needle[i])
            return true;
    }
    return false;
}

static void not_stated_plainly(const char *letter, const LetterStep *l, const char *lang,
                               const LetterCase *c)
{
    const char *right = option(l, l->question.answer - 1, lang);
    if (contains_folded(letter, right))
        fail_msg("%s \"%s\" (%s): the letter prints its answer \"%s\"", c->scenario, c->step,
                 lang, right);
    if (c->figure_hidden) {
        const char *p = right;
        while (*p && !is_digit(*p))
            p++;
        size_t len = strcspn(p, " ");
        if (len >= 2 && prints_number(letter, p, len))
            fail_msg("%s \"%s\" (%s): the letter prints the answer's figure %.*s", c->scenario,
                     c->step, lang, (int)len, p);
    }
    for (size_t k = 0; k < sizeof plain / sizeof *plain; k++)
        for (int i = 1; i < 6 && !strcmp(plain[k][0], lang); i++)
            if (contains_folded(letter, plain[k][i]))
                fail_msg("%s \"%s\" (%s): the letter says \"%s\"", c->scenario, c->step, lang,
                         plain[k][i]);
}

static void no_letter_states_its_answer_plainly(void **state)
{
    (void)state;
    for_every_letter(not_stated_plainly);
}

/* The helpers themselves, on made-up text, so that a check that passes
 * cannot pass because a helper finds everything. */
static void the_reading_helpers_tell_figures_apart(void **state)
{
    (void)state;
    const char *t = "Supply costs: € 1,112.50\nReduction: −€ 22.50\nAt 10:00 sharp";
    assert_true(fabs(amount_after(t, "Supply costs:", "en") - 1112.50) < 1e-9);
    assert_true(fabs(amount_after(t, "Reduction:", "en") - 22.50) < 1e-9);
    assert_true(fabs(amount_at("1.049,14", "nl") - 1049.14) < 1e-9);
    assert_false(prints_number(t, "112", 3));
    assert_true(prints_number(t, "22.50", 5));
    assert_true(prints_number(t, "10:00", 5));
    assert_false(prints_number(t, "12:00", 5));
    assert_true(contains_folded(t, "SUPPLY COSTS"));
    const char *const terms[TERMS] = {"Supply costs:", "-Reduction:"};
    assert_true(sum_of_amounts(t, terms, "en", "€ 1,090"));
    assert_false(sum_of_amounts(t, terms, "en", "€ 1,112.50"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_reading_helpers_tell_figures_apart),
        cmocka_unit_test(the_right_answer_can_be_worked_out_from_every_letter),
        cmocka_unit_test(every_wrong_option_is_a_misreading_of_what_the_letter_prints),
        cmocka_unit_test(no_letter_states_its_answer_plainly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

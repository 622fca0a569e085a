/* The HTML report: everything from a scenario, a CSV or a flag is escaped;
 * the page is self-contained; and a real browser (Debian's headless
 * Chromium) renders it, with no console errors, to a screenshot. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "../engine/report_html.h"

static const char *html_of(const Report *r, const ReportPage *page)
{
    static char buf[1 << 16];
    FILE *f = fmemopen(buf, sizeof buf, "w");
    assert_true(report_write_html(f, r, page));
    fclose(f);
    return buf;
}

static ReportTouchpoint hostile_touchpoint(void)
{
    ReportTouchpoint t = {.id = "tp", .label = "<script>alert(1)</script> & \"quotes\""};
    t.e = (StatsSummary){12, -2.5, 1.1};
    t.c = (StatsSummary){300, -1.0, 1.2};
    t.welch = (StatsWelch){-1.5, 0.3, 12, -2.2, -0.8};
    t.hedges_g = -1.2;
    t.cliffs = -0.5;
    t.cliffs_ci = (StatsInterval){-0.7, -0.3};
    t.median_e = -2;
    t.share_below = 0.2;
    return t;
}

static void every_outside_string_is_escaped(void **state)
{
    (void)state;
    ReportTouchpoint t = hostile_touchpoint();
    Report r = {.scenario = "s<1>",
                .workshop = "<img src=x onerror=alert(1)>",
                .participants = 12,
                .min_group = 5,
                .tp = &t,
                .n_tp = 1,
                .pe_e = -2,
                .pe_c = -1,
                .pe_gap = -1};
    ReportPage page = {"Title <b>bold</b>", "2026-11-23", "data.csv: 300 answers", "en"};
    const char *html = html_of(&r, &page);
    assert_null(strstr(html, "<script>"));
    assert_null(strstr(html, "<img"));
    assert_null(strstr(html, "<b>bold"));
    assert_non_null(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    assert_non_null(strstr(html, "&lt;img src=x onerror=alert(1)&gt;"));
    /* self-contained: nothing is fetched */
    assert_null(strstr(html, "http://"));
    assert_null(strstr(html, "https://"));
    assert_null(strstr(html, "<link"));
    /* a gap of -1.5, its interval below 0: customers feel better than thought */
    assert_non_null(strstr(html, "customers feel 1.5 points better than your team thought."));
}

static void a_withheld_group_shows_the_notice_and_no_team_curve(void **state)
{
    (void)state;
    ReportTouchpoint t = hostile_touchpoint();
    t.e = (StatsSummary){0, NAN, NAN};
    Report r = {.scenario = "s",
                .participants = 3,
                .min_group = 5,
                .withheld = true,
                .tp = &t,
                .n_tp = 1,
                .pe_e = NAN,
                .pe_c = -1,
                .pe_gap = NAN};
    ReportPage page = {"T", "2026-11-23", NULL, "en"};
    const char *html = html_of(&r, &page);
    assert_non_null(strstr(html, "fewer than 5 participants"));
    assert_null(strstr(html, "#266780\" stroke-width")); /* the team's line is not drawn */
}

/* Three touchpoints as a workshop of six gives them: two clearly worse (one
 * by 2.3 points), one not clearly; all indicative (fewer than 10 answers). A
 * test may change any of it before it writes the page. */
typedef struct {
    ReportTouchpoint t[3];
    Report r;
    ReportPage page;
} Workshop;

static int small_workshop(void **state)
{
    static const char *const ids[] = {"call", "letter", "invoice"};
    static const char *const labels[] = {"Waiting on the phone", "Confirmation letter",
                                         "Final invoice"};
    static const double gaps[][3] = {{1.2, 0.4, 2.0}, {0.3, -0.5, 1.1}, {2.3, 1.5, 3.1}};
    static Workshop w;
    ReportTouchpoint *t = w.t;
    for (int i = 0; i < 3; i++) {
        t[i] = (ReportTouchpoint){.id = ids[i], .label = labels[i], .indicative = true};
        t[i].e = (StatsSummary){6, 0.5, 1};
        t[i].c = (StatsSummary){300, 0.5 - gaps[i][0], 1.2};
        t[i].welch = (StatsWelch){gaps[i][0], 0.4, 7, gaps[i][1], gaps[i][2]};
        t[i].hedges_g = gaps[i][0] / 1.2;
        t[i].cliffs = 0.3;
        t[i].cliffs_ci = (StatsInterval){0.1, 0.5};
        t[i].share_below = 0.5;
        t[i].p = (StatsSummary){0, NAN, NAN};
        t[i].predicted = (StatsWelch){NAN, NAN, NAN, NAN, NAN};
        t[i].shift = (StatsSummary){0, NAN, NAN};
        t[i].shift_ci = (StatsInterval){NAN, NAN};
    }
    w.r = (Report){.scenario = "s",
                   .participants = 6,
                   .min_group = 5,
                   .tp = t,
                   .n_tp = 3,
                   .pe_e = 0.5,
                   .pe_c = -1.3,
                   .pe_gap = 1.8,
                   .sessions = 6};
    w.page = (ReportPage){"Moving", "2026-12-06", NULL, "en"};
    *state = &w;
    return 0;
}

static void the_first_screen_says_how_large_the_gap_is_before_any_table(void **state)
{
    Workshop *w = *state;
    const char *html = html_of(&w->r, &w->page);
    const char *h1 = strstr(html, "<h1 class=\"headline\">At 2 of the 3 moments compared, "
                                  "customers feel clearly worse than your team thought; the "
                                  "largest gap is \xe2\x80\x9c"
                                  "Final invoice\xe2\x80\x9d: "
                                  "2.3 points on a 9-point scale.</h1>");
    assert_non_null(h1);
    const char *chart = strstr(html, "<svg"), *words = strstr(html, "<ol class=\"ranked\">");
    const char *table = strstr(html, "<table>");
    assert_true(h1 < chart && chart < words && words < table);
    /* the ranking in words, largest first, before the statistics */
    const char *first = strstr(html, "<b>Final invoice</b>: customers feel 2.3 points worse");
    const char *last = strstr(html, "<b>Confirmation letter</b>: no clear difference");
    assert_non_null(first);
    assert_non_null(last);
    assert_true(first < last && last < table);
    /* worse than the team thought is drawn as a red area and red gap bars */
    assert_non_null(strstr(html, "fill=\"#e0735e\" fill-opacity"));
    assert_non_null(strstr(html, "customers feel worse than your team thought</span>"));
    /* the sign of a gap is said once, above the table */
    assert_int_equal(count_of(html, "Gap = your team's mean"), 1);
}

static void notes_are_said_once_and_the_method_in_plain_words(void **state)
{
    Workshop *w = *state;
    const char *html = html_of(&w->r, &w->page);
    /* three indicative rows: a marker on each, the sentence once */
    assert_int_equal(count_of(html, "fewer than 10 answers on one side"), 1);
    assert_int_equal(count_of(html, "<span class=\"ind\">&nbsp;*</span>"), 6); /* words, table */
    assert_null(strstr(html, "Indicative: fewer than 10 answers."));
    const char *method = strstr(html, "<section class=\"method\">");
    assert_non_null(method);
    assert_non_null(strstr(method, "<dt>95% interval</dt><dd>The range in which the true gap"));
    assert_non_null(strstr(method, "<dt>A clear gap</dt><dd>A gap is called clear when its whole "
                                   "95% interval lies on one side of 0"));
    assert_non_null(strstr(method, "<dt>Hedges' g (size)</dt>"));
    assert_non_null(strstr(method, "<dt>Privacy</dt>"));
}

static void scripted_plays_are_said_in_the_behaviour_section(void **state)
{
    Workshop *w = *state;
    assert_null(strstr(html_of(&w->r, &w->page), "scripted"));
    w->r.sessions = 12;
    w->r.scripted = 3;
    const char *html = html_of(&w->r, &w->page);
    const char *section = strstr(html, "<h2>What the team went through</h2>");
    assert_non_null(section);
    assert_non_null(strstr(section, "<p class=\"note scripted\">3 of the 12 sessions were "
                                    "scripted plays (test runs)"));
}

static void predictions_show_when_there_are_some(void **state)
{
    Workshop *w = *state;
    const char *html = html_of(&w->r, &w->page);
    assert_null(strstr(html, "stroke-dasharray"));
    assert_null(strstr(html, "Before playing"));
    w->t[2].p = (StatsSummary){6, 1.5, 0.8};
    w->t[2].predicted = (StatsWelch){3.3, 0.3, 6, 2.5, 4.1};
    w->t[2].shift = (StatsSummary){6, 0.8, 0.5};
    w->t[2].shift_ci = (StatsInterval){0.3, 1.3};
    html = html_of(&w->r, &w->page);
    assert_non_null(strstr(html, "stroke-dasharray")); /* the predicted line, dashed */
    assert_non_null(strstr(html, "your team's prediction, before playing"));
    const char *section = strstr(html, "<h2>Before playing: what your team predicted</h2>");
    assert_non_null(section);
    assert_non_null(strstr(section, "<td>+3.30<br><span class=\"ci\">(+2.50 to +4.10)</span>"));
    assert_non_null(strstr(section, "<td>+0.80<br><span class=\"ci\">(+0.30 to +1.30)</span>"));
}

static void the_dutch_page_is_dutch_and_breaks_no_word(void **state)
{
    Workshop *w = *state;
    w->t[2].label = "Eindafrekening";
    w->page = (ReportPage){"Verhuizen", "2026-12-06", NULL, "nl"};
    const char *html = html_of(&w->r, &w->page);
    assert_non_null(strstr(html, "<html lang=\"nl\">"));
    assert_non_null(strstr(html, "het grootste verschil zit bij \xe2\x80\x98"
                                 "Eindafrekening"
                                 "\xe2\x80\x99: 2,3 punten op een schaal van 9 punten."));
    assert_non_null(strstr(html, "+2,30<br><span class=\"ci\">(+1,50 tot +3,10)</span>"));
    assert_non_null(strstr(html, "<h2>Zo lees je de cijfers</h2>"));
    /* hyphenation only where the text says, never a word cut anywhere */
    assert_non_null(strstr(html, "hyphens:manual"));
    assert_null(strstr(html, "break-all"));
    assert_null(strstr(html, "anywhere"));
    /* on paper no row is left alone and headings stay with what follows */
    assert_non_null(strstr(html, "tr,li,figure"));
    assert_non_null(strstr(html, "h2{break-after:avoid}"));
    assert_non_null(strstr(html, "table,section.keep{break-inside:avoid}"));
    assert_non_null(strstr(html, "<section class=\"keep\">\n<h2>De cijfers</h2>"));
}

static void chromium_renders_the_report_without_console_errors(void **state)
{
    (void)state;
    const char *bin = getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "rm -rf build/html-test* && for i in 1 2 3 4 5; do %s play --headless "
             "--participant p$i --db build/html-test.sqlite --input "
             "tests/data/script-energy-move.txt scenarios/energy-move.yaml || exit 1; done && "
             "SOURCE_DATE_EPOCH=1768435200 %s report --scenario scenarios/energy-move.yaml "
             "--db build/html-test.sqlite --format html -o build/html-test.html",
             bin, bin);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(system("grep -q 'made 2026-01-15' build/html-test.html"), 0);
    int status = system("timeout 120 chromium --headless --no-sandbox --disable-gpu "
                        "--disable-quic --no-first-run --disable-background-networking "
                        "--disable-component-update --disable-sync "
                        "--user-data-dir=build/html-test-profile --enable-logging=stderr --v=0 "
                        "--screenshot=build/html-test.png --window-size=1100,1900 "
                        "file://$PWD/build/html-test.html 2>build/html-test.log");
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_int_equal(system("test -s build/html-test.png"), 0);
    assert_int_not_equal(system("grep -q 'CONSOLE' build/html-test.log"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_outside_string_is_escaped),
        cmocka_unit_test(a_withheld_group_shows_the_notice_and_no_team_curve),
        cmocka_unit_test_setup(the_first_screen_says_how_large_the_gap_is_before_any_table,
                               small_workshop),
        cmocka_unit_test_setup(notes_are_said_once_and_the_method_in_plain_words, small_workshop),
        cmocka_unit_test_setup(scripted_plays_are_said_in_the_behaviour_section, small_workshop),
        cmocka_unit_test_setup(predictions_show_when_there_are_some, small_workshop),
        cmocka_unit_test_setup(the_dutch_page_is_dutch_and_breaks_no_word, small_workshop),
        cmocka_unit_test(chromium_renders_the_report_without_console_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

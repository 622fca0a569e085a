/* The HTML report: everything from a scenario, a CSV or a flag is escaped;
 * the page is self-contained; and a real browser (Debian's headless
 * Chromium) renders it, with no console errors, to a screenshot. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

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
    assert_non_null(
        strstr(html, "Your team expects this to feel clearly worse than customers say."));
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
        cmocka_unit_test(chromium_renders_the_report_without_console_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Customer emotion data: the three forms of docs/contract.md, RFC 4180 details
 * (quotes, line breaks in fields, CRLF, BOM), scale mapping onto the
 * employees' scale, and refusals with their place. Expected figures are
 * computed by hand in the comments. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../engine/customers.h"
#include "assert_close.h"

static const char *write_csv(const char *text)
{
    static const char *path = "build/customers-test.csv";
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static CustomerStatus load(const char *text, CustomerData *d, DiagList *dl)
{
    diag_init(dl);
    return customers_load(write_csv(text), NULL, d, dl);
}

static void a_frequency_table_gives_n_mean_and_sd(void **state)
{
    (void)state;
    CustomerData d;
    DiagList dl;
    /* 1 x140, 2 x95: n 235, mean 330/235 = 1.404255, sd sqrt(56.5957/234) = 0.491795 */
    assert_int_equal(load("touchpoint,value,count,scale_min,scale_max\r\n"
                          "call,1,140,1,5\r\ncall,2,95,1,5\r\n",
                          &d, &dl),
                     CUSTOMERS_OK);
    const CustomerTouchpoint *t = customers_find(&d, "call");
    assert_non_null(t);
    assert_close(t->n, 235, 0);
    assert_close(t->mean, 1.404255, 1e-6);
    assert_close(t->sd, 0.491795, 1e-6);
    assert_int_equal(t->n_freq, 2);
    customers_free(&d);
    diag_free(&dl);
}

static void a_raw_export_counts_each_row_once(void **state)
{
    (void)state;
    CustomerData d;
    DiagList dl;
    assert_int_equal(load("\xEF\xBB\xBFtouchpoint,value,scale_min,scale_max\n"
                          "call,4,1,5\ncall,4,1,5\ncall,2,1,5\n",
                          &d, &dl),
                     CUSTOMERS_OK);
    const CustomerTouchpoint *t = customers_find(&d, "call");
    assert_close(t->n, 3, 0);
    assert_close(t->mean, 10.0 / 3, 1e-9);
    customers_free(&d);
    diag_free(&dl);
}

static void summaries_are_kept_as_given(void **state)
{
    (void)state;
    CustomerData d;
    DiagList dl;
    assert_int_equal(load("touchpoint,n,mean,sd,scale_min,scale_max,source\n"
                          "letter,412,2.31,0.98,1,5,\"Survey \"\"Q3\"\", 2026\"\n",
                          &d, &dl),
                     CUSTOMERS_OK);
    const CustomerTouchpoint *t = customers_find(&d, "letter");
    assert_int_equal(d.n_sources, 1);
    assert_string_equal(d.sources[0], "Survey \"Q3\", 2026");
    assert_true(t->summary);
    assert_close(t->n, 412, 0);
    assert_close(t->mean, 2.31, 1e-12);
    assert_close(t->sd, 0.98, 1e-12);
    customers_free(&d);
    diag_free(&dl);
}

static void scales_map_linearly_and_reversed_scales_turn_round(void **state)
{
    (void)state;
    CustomerData d;
    DiagList dl;
    assert_int_equal(load("touchpoint,value,count,scale_min,scale_max,orientation\n"
                          "a,3,1,1,5,normal\nb,0,1,0,10,\nc,1,1,1,5,reversed\n",
                          &d, &dl),
                     CUSTOMERS_OK);
    /* 1-5 onto 1-9 is 2x-1; 0-10 onto 1-9 is 1 + 0.8x; reversed 1-5: 1 is the best */
    assert_close(customers_to_points(customers_find(&d, "a"), 3, 9), 5, 1e-12);
    assert_close(customers_to_points(customers_find(&d, "a"), 5, 9), 9, 1e-12);
    assert_close(customers_to_points(customers_find(&d, "b"), 10, 9), 9, 1e-12);
    assert_close(customers_to_points(customers_find(&d, "b"), 5, 9), 5, 1e-12);
    assert_close(customers_to_points(customers_find(&d, "c"), 1, 9), 9, 1e-12);
    customers_free(&d);
    diag_free(&dl);
}

static void expect_error(const char *text, int line, int col, const char *msg)
{
    CustomerData d;
    DiagList dl;
    assert_int_equal(load(text, &d, &dl), CUSTOMERS_INVALID);
    assert_true(dl.n >= 1);
    if (strcmp(dl.items[0].msg, msg) || dl.items[0].line != line || dl.items[0].col != col)
        print_error("got %d:%d: %s\n", dl.items[0].line, dl.items[0].col, dl.items[0].msg);
    assert_int_equal(dl.items[0].line, line);
    assert_int_equal(dl.items[0].col, col);
    assert_string_equal(dl.items[0].msg, msg);
    assert_string_equal(dl.items[0].file, "build/customers-test.csv");
    customers_free(&d);
    diag_free(&dl);
}

static void bad_files_are_refused_at_their_place(void **state)
{
    (void)state;
    expect_error("touchpoint,value,count,scale_max\n", 1, 1,
                 "missing column \"scale_min\"; the header must have touchpoint, value, count, "
                 "scale_min and scale_max");
    expect_error("", 1, 1,
                 "the file is empty; it starts with a header row such as "
                 "touchpoint,value,count,scale_min,scale_max");
    expect_error("touchpoint,value,count,scale_min,scale_max\nx,\"3,1,1,5\n", 2, 1,
                 "not valid CSV: error parsing data while strict checking enabled (a quote left "
                 "open?)");
    expect_error("touchpoint,value,count,scale_min,scale_max\nx,3,1,5,1\n", 2, 9,
                 "scale_max (1) must be above scale_min (5)");
    expect_error("touchpoint,value,count,scale_min,scale_max\nx,nan,1,1,5\n", 2, 3,
                 "\"value\" must be a number, not \"nan\"");
    expect_error("touchpoint,value,n,mean,sd,scale_min,scale_max\n", 1, 1,
                 "a file holds either values (value, count) or summaries (n, mean, sd), not both");
    expect_error("touchpoint,n,mean,sd,scale_min,scale_max\nx,10,6,1,1,5\n", 2, 6,
                 "mean 6 is outside the scale 1-5");
}

/* A FIFO named as customer data is refused at once: opening it to read
 * would wait for a writer that never comes (the alarm turns such a hang into
 * a failure instead of a stalled suite). A folder gets its own word. */
static void a_fifo_or_a_folder_is_not_read_and_never_waited_on(void **state)
{
    (void)state;
    char dir[] = "/tmp/teaser-fifo-XXXXXX", fifo[64];
    assert_non_null(mkdtemp(dir));
    snprintf(fifo, sizeof fifo, "%s/customers.csv", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    const char *paths[] = {fifo, dir};
    const char *words[] = {"it is not a regular file (a FIFO, device or socket)", "it is a folder"};
    for (int k = 0; k < 2; k++) {
        CustomerData d;
        DiagList dl;
        diag_init(&dl);
        alarm(60);
        assert_int_equal(customers_load(paths[k], NULL, &d, &dl), CUSTOMERS_INVALID);
        alarm(0);
        assert_int_equal(dl.n, 1);
        char want[160];
        snprintf(want, sizeof want, "cannot read the customer data: %s", words[k]);
        assert_string_equal(dl.items[0].msg, want);
        assert_int_equal(dl.items[0].line, 0);
        customers_free(&d);
        diag_free(&dl);
    }
    unlink(fifo);
    rmdir(dir);
}

/* Lines without a quote are split directly, lines with one go through libcsv:
 * the same rows, quoted or not, in any line ending, with blank lines, empty
 * trailing fields and a line that is half quoted, must give the same data. */
static void plain_and_quoted_lines_read_the_same(void **state)
{
    (void)state;
    static const char *const rows[] = {"call,1,140,1,5,,", "call,2,95,1,5,,Q3",
                                       "mail,5,7,1,5,web,", "mail,4,1,1,5,,"};
    char plain[1024] = "touchpoint,value,count,scale_min,scale_max,source,period\n",
         quoted[1024] = "\"touchpoint\",value,count,scale_min,scale_max,source,period\r\n";
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        strcat(plain, rows[i]);
        strcat(plain, i % 2 ? "\r\n\n" : "\n"); /* CRLF and a blank line too */
        strcat(quoted, "\"");
        for (const char *c = rows[i]; *c; c++)
            strcat(quoted, *c == ',' ? "\",\"" : (char[]){*c, 0});
        strcat(quoted, i % 2 ? "\"\r\n" : "\"\n");
    }
    strcat(quoted, "mail,\"4\",1,1,5,,\n"); /* half quoted */
    strcat(plain, "mail,4,1,1,5,,\n");
    /* a quote in the second block of sixteen bytes, where the scan is vectorised */
    strcat(quoted, "mail,3,2,1,5,webshop-webshop,\"Q3\"\n");
    strcat(plain, "mail,3,2,1,5,webshop-webshop,Q3\n");
    CustomerData a, b;
    DiagList da, db;
    assert_int_equal(load(plain, &a, &da), CUSTOMERS_OK);
    assert_int_equal(load(quoted, &b, &db), CUSTOMERS_OK);
    assert_int_equal(a.rows, 6);
    assert_int_equal(b.rows, 6);
    assert_int_equal(a.n, 2);
    assert_int_equal(b.n, 2);
    for (int i = 0; i < a.n; i++) {
        assert_string_equal(a.tps[i].id, b.tps[i].id);
        assert_int_equal(a.tps[i].n_freq, b.tps[i].n_freq);
        for (int k = 0; k < a.tps[i].n_freq; k++) {
            assert_close(a.tps[i].freq[k].value, b.tps[i].freq[k].value, 0);
            assert_close(a.tps[i].freq[k].count, b.tps[i].freq[k].count, 0);
        }
    }
    assert_close(customers_find(&a, "mail")->n, 11, 0);
    assert_int_equal(a.n_sources, 2);
    assert_int_equal(b.n_sources, 2);
    assert_string_equal(a.sources[0], "web");
    assert_string_equal(b.sources[1], "webshop-webshop");
    assert_string_equal(a.periods[0], "Q3");
    assert_string_equal(b.periods[0], "Q3");
    customers_free(&a), customers_free(&b);
    diag_free(&da), diag_free(&db);
}

/* A billion answers in one count (kept exactly, one more refused), and a line
 * of 10 MB with or without a header before it: clear errors, no crash. */
static void absurd_counts_and_lines_get_clear_answers(void **state)
{
    (void)state;
    CustomerData d;
    DiagList dl;
    assert_int_equal(load("touchpoint,value,count,scale_min,scale_max\n"
                          "call,3,1000000000,1,5\ncall,5,1,1,5\n",
                          &d, &dl),
                     CUSTOMERS_OK);
    assert_close(customers_find(&d, "call")->n, 1000000001.0, 0);
    assert_close(customers_find(&d, "call")->mean, 3000000005.0 / 1000000001.0, 1e-12);
    customers_free(&d);
    diag_free(&dl);
    expect_error("touchpoint,value,count,scale_min,scale_max\ncall,3,1000000001,1,5\n", 2, 8,
                 "\"count\" must be a whole number from 0 to 1000000000, not \"1000000001\"");
    size_t big = 10 << 20;
    char *text = malloc(big + 100);
    assert_non_null(text);
    int head = snprintf(text, 100, "touchpoint,value,count,scale_min,scale_max\ncall,");
    memset(text + head, '7', big);
    strcpy(text + head + big, ",1,1,5\n");
    expect_error(text, 2, 1, "this row has a field over 255 bytes");
    memset(text, 'x', big); /* one line, no header, no line break */
    text[big] = '\0';
    expect_error(text, 1, 1, "this row has a field over 255 bytes");
    free(text);
}

static void many_rows_fold_into_small_tables(void **state)
{
    (void)state;
    FILE *f = fopen("build/customers-big.csv", "wb");
    assert_non_null(f);
    fputs("touchpoint,value,count,scale_min,scale_max\n", f);
    for (int i = 0; i < 200000; i++)
        fprintf(f, "t%d,%d,1,1,5\n", i % 3, 1 + i % 5);
    fclose(f);
    CustomerData d;
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(customers_load("build/customers-big.csv", NULL, &d, &dl), CUSTOMERS_OK);
    assert_int_equal(d.rows, 200000);
    assert_int_equal(d.n, 3);
    assert_int_equal(d.tps[0].n_freq, 5);
    assert_close(d.tps[0].n + d.tps[1].n + d.tps[2].n, 200000, 0);
    customers_free(&d);
    diag_free(&dl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_frequency_table_gives_n_mean_and_sd),
        cmocka_unit_test(a_raw_export_counts_each_row_once),
        cmocka_unit_test(summaries_are_kept_as_given),
        cmocka_unit_test(scales_map_linearly_and_reversed_scales_turn_round),
        cmocka_unit_test(bad_files_are_refused_at_their_place),
        cmocka_unit_test(a_fifo_or_a_folder_is_not_read_and_never_waited_on),
        cmocka_unit_test(many_rows_fold_into_small_tables),
        cmocka_unit_test(plain_and_quoted_lines_read_the_same),
        cmocka_unit_test(absurd_counts_and_lines_get_clear_answers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

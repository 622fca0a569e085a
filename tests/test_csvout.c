/* CSV output: quoting by RFC 4180, CRLF line ends, formula cells neutralised
 * and real numbers left alone; what libcsv reads back is what was written. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../engine/csvout.h"
#include "csv_read.h"

static const char *row_text(const char *const *cells, int n)
{
    static char buf[1024];
    FILE *f = fmemopen(buf, sizeof buf, "w");
    assert_true(csvout_row(f, cells, n));
    fclose(f);
    return buf;
}

static void cells_are_quoted_only_when_they_must_be(void **state)
{
    (void)state;
    const char *cells[] = {"plain", "a,b", "say \"hi\"", "two\nlines", NULL, "naïve"};
    assert_string_equal(row_text(cells, 6),
                        "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,naïve\r\n");
}

static void formulas_are_neutralised_and_numbers_are_not(void **state)
{
    (void)state;
    assert_true(csvout_is_formula("=SUM(A1:A9)"));
    assert_true(csvout_is_formula("+31 6 1234"));
    assert_true(csvout_is_formula("-cmd|' /C calc'!A0"));
    assert_true(csvout_is_formula("@SUM(1)"));
    assert_true(csvout_is_formula("\tx"));
    assert_true(csvout_is_formula("\rx"));
    assert_true(csvout_is_formula("-"));
    assert_false(csvout_is_formula("-3"));
    assert_false(csvout_is_formula("-3.25"));
    assert_false(csvout_is_formula("+7"));
    assert_false(csvout_is_formula("3=3"));
    assert_false(csvout_is_formula(""));
    assert_false(csvout_is_formula(NULL));
    const char *cells[] = {"=1+1", "-3", "@x", "a=b"};
    assert_string_equal(row_text(cells, 4), "'=1+1,-3,'@x,a=b\r\n");
}

static void what_is_written_is_what_a_strict_reader_reads(void **state)
{
    (void)state;
    static const char *const cells[] = {
        "",         " leading and trailing ", "comma, inside", "\"quotes\" \"\"", "line\r\nbreak",
        "geërgerd", "=HYPERLINK(\"x\")",      "-12",           "tab\there",       "日本",
    };
    enum { N = sizeof cells / sizeof *cells };
    FILE *f = fopen("build/csvout-test.csv", "wb");
    assert_non_null(f);
    for (int r = 0; r < 3; r++)
        assert_true(csvout_row(f, cells, N));
    fclose(f);
    CsvTable t;
    assert_int_equal(csv_read("build/csvout-test.csv", &t), 0);
    assert_int_equal(t.rows, 3);
    for (int r = 0; r < 3; r++) {
        assert_int_equal(t.cols[r], N);
        for (int c = 0; c < N; c++) {
            char want[128];
            snprintf(want, sizeof want, "%s%s", csvout_is_formula(cells[c]) ? "'" : "", cells[c]);
            assert_string_equal(t.cell[r][c], want);
        }
    }
    csv_free_table(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cells_are_quoted_only_when_they_must_be),
        cmocka_unit_test(formulas_are_neutralised_and_numbers_are_not),
        cmocka_unit_test(what_is_written_is_what_a_strict_reader_reads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* The bounded patterns of a form's `match`: the patterns authors write are
 * accepted and match as grep -E (the C library's regexec, in the C locale)
 * says they do; the issue's attacks and everything outside the subset are
 * refused, with the character and the rule; texts longer than the limit are
 * refused. The C library serves as the oracle for what a pattern means. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <regex.h>
#include <stdio.h>
#include <string.h>

#include "../engine/pattern.h"

/* What glibc says; only for patterns inside the subset. */
static bool glibc_matches(const char *pattern, const char *text)
{
    regex_t re;
    assert_int_equal(regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB), 0);
    bool m = regexec(&re, text, 0, NULL, 0) == 0;
    regfree(&re);
    return m;
}

/* The matcher's answer, for a pattern the subset accepts. */
static void expect_ours(const char *pattern, const char *text, bool want)
{
    PatternError err;
    if (!pattern_check(pattern, &err))
        fail_msg("\"%s\" was refused: %s", pattern, err.why);
    PatternResult got = pattern_match(pattern, text);
    if (got != (want ? PATTERN_MATCH : PATTERN_NO_MATCH))
        fail_msg("\"%s\" on \"%s\": %d, expected %d", pattern, text, got, want);
}

/* The matcher's answer and glibc's. */
static void expect_match(const char *pattern, const char *text, bool want)
{
    expect_ours(pattern, text, want);
    if (glibc_matches(pattern, text) != want)
        fail_msg("glibc says %d for \"%s\" on \"%s\"", !want, pattern, text);
}

static void expect_refused(const char *pattern, int at, const char *why)
{
    PatternError err = {0};
    if (pattern_check(pattern, &err))
        fail_msg("\"%s\" was accepted", pattern);
    if (err.at != at || !strstr(err.why, why))
        fail_msg("\"%s\": at %d \"%s\", expected at %d \"%s\"", pattern, err.at, err.why, at, why);
    assert_int_equal(pattern_match(pattern, "anything"), PATTERN_REFUSED);
}

static void the_shipped_scenarios_patterns_still_match_as_before(void **state)
{
    (void)state;
    expect_match("^[0-9]{6}$", "123456", true);
    expect_match("^[0-9]{6}$", "12345", false);
    expect_match("^[0-9]{6}$", "1234567", false);
    expect_match("^[0-9]{8}$", "40217788", true);
    expect_match("^[0-9]{8}$", "4021 7788", false);
    expect_match("^[0-9]+$", "212", true);
    expect_match("^[0-9]+$", "212.50", false);
    expect_match("\\.(jpg|JPG)$", "kitchen.JPG", true);
    expect_match("\\.(jpg|JPG)$", "kitchen.jpeg", false);
    expect_match("\\.(jpg|JPG)$", "kitchenjpg", false);
    expect_match("^[0-9]{3}$", "123", true);
    expect_match("^0[0-9]{9}$", "0612345678", true);
    expect_match("^[0-9]{2}-[0-9]{2}-[0-9]{4}$", "14-05-1991", true);
    expect_match("^[0-9]{2}-[0-9]{2}-[0-9]{4}$", "14/05/1991", false);
}

static void everyday_patterns_are_accepted_and_match(void **state)
{
    (void)state;
    const char *postcode = "^[1-9][0-9]{3} ?[A-Z]{2}$";
    expect_match(postcode, "3811 AB", true);
    expect_match(postcode, "3811AB", true);
    expect_match(postcode, "0811 AB", false);
    const char *iban = "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$";
    expect_match(iban, "NL91ABNA0417164300", true);
    expect_match(iban, "NL91 ABNA 0417 1643 00", false);
    expect_match(iban, "NL91ABNA04", false);
    const char *email = "^[^@ ]+@[^@ ]+\\.[a-z]{2,}$";
    expect_match(email, "sanne@example.nl", true);
    expect_match(email, "sanne@example", false);
    expect_match(email, "san ne@example.nl", false);
    expect_match("^[[:digit:]]{4}[[:space:]]?[[:upper:]]{2}$", "3811 AB", true);
    expect_match("^[[:alpha:][:digit:]_-]+$", "a_b-9", true);
    expect_match("^[[:alpha:][:digit:]_-]+$", "a b", false);
    expect_match("^(\\+31|0)[0-9]{9}$", "+31612345678", true);
    expect_match("^(\\+31|0)[0-9]{9}$", "31612345678", false);
    expect_match("^[^0-9]*$", "no digits", true);
    expect_match("x{2,}", "axxb", true);
    expect_match("x{2,}", "axb", false);
    expect_match("^(ab|cd){2}$", "abcd", true);
    expect_match("^(ab|cd){2}$", "abc", false);
    expect_match("^.{0,5}$", "", true);
    expect_match("^a*$", "", true);
    expect_match("b?", "", true);
    expect_match("[]a]", "]", true);
    expect_match("[a-]", "-", true);
    expect_match("\\$[0-9]", "costs $5", true);
    expect_match("(é)+", "ééé", true);
}

/* The two patterns of the issue: one took 22 s and 3.1 GB to check, the other
 * passed check and hung play once 100 characters were typed. */
static void the_issue_attacks_are_refused_with_their_reason(void **state)
{
    (void)state;
    expect_refused("(x{1,255}){1,255}", 3, "a count in {m,n} is larger than 100");
    expect_refused("(x{1,100}){1,100}", 11, "larger than 500 steps");
    expect_refused("(.*)(.*)(.*)(.*)(.*)\\5\\4\\3\\2\\1x", 21, "a back reference (\\5)");
    expect_refused("(a)\\1", 4, "a back reference (\\1)");
    /* glibc's compiler takes seconds on this one (exponential in the count) */
    expect_ours("((.?|x*){0,20})*y", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy", true);
}

static void constructs_outside_the_subset_are_refused_at_their_place(void **state)
{
    (void)state;
    expect_refused("", 1, "empty");
    expect_refused("((((((a))))))", 6, "nest more than 5 deep");
    expect_refused("\\d{6}", 1, "only punctuation");
    expect_refused("\\<word", 1, "GNU extension");
    expect_refused("a{,3}", 2, "must start a count");
    expect_refused("a{5,2}", 2, "counts down");
    expect_refused("*a", 1, "nothing before it");
    expect_refused("a**", 3, "another repetition");
    expect_refused("^*", 2, "anchor");
    expect_refused("(^a)+", 5, "put the anchor outside");
    expect_refused("é+", 2, "non-ASCII");
    expect_refused("[é]", 2, "non-ASCII");
    expect_refused("[\\d]", 2, "backslash inside");
    expect_refused("[[:word:]]", 2, "not a character class");
    expect_refused("[[.a.]]", 2, "collating");
    expect_refused("[z-a]", 2, "runs backwards");
    expect_refused("[a-c-e]", 5, "first or last");
    expect_refused("[0-9", 1, "never closed");
    expect_refused("(ab", 1, "never closed");
    expect_refused("ab)", 3, "no '('");
    expect_refused("a|", 3, "alternative is empty");
    expect_refused("()", 2, "alternative is empty");
    expect_refused("ab\\", 3, "lone backslash");
    expect_refused("a\x1b[31m", 2, "control character (\\x1b)");
    char longest[PATTERN_MAX_BYTES + 2];
    memset(longest, 'a', sizeof longest - 1);
    longest[sizeof longest - 1] = '\0';
    expect_refused(longest, PATTERN_MAX_BYTES + 1, "longer than 200 bytes");
    longest[PATTERN_MAX_BYTES] = '\0';
    PatternError err;
    assert_true(pattern_check(longest, &err));
}

/* The largest automata the limits allow, on the longest text: right answers
 * (their time is measured by make bench, never asserted here). */
static void the_largest_patterns_answer_right_on_the_longest_text(void **state)
{
    (void)state;
    char text[PATTERN_MAX_INPUT + 2];
    memset(text, 'x', sizeof text - 1);
    text[sizeof text - 1] = '\0';
    assert_int_equal(pattern_match("x", text), PATTERN_REFUSED);
    text[PATTERN_MAX_INPUT] = '\0';
    const char *largest[] = {"(.?){100}(.?){100}y", ".{0,100}.{0,100}y", "(x*x*x*x*x*){20}y",
                             "((.?|x*){0,20})*y"};
    for (size_t k = 0; k < sizeof largest / sizeof *largest; k++) {
        expect_ours(largest[k], text, false);
        text[PATTERN_MAX_INPUT - 1] = 'y';
        expect_ours(largest[k], text, true);
        text[PATTERN_MAX_INPUT - 1] = 'x';
    }
    expect_match("^(.?){100}(.?){27}$", text, true);
    expect_match("^(.?){100}(.?){26}$", text, false);
}

static unsigned long long seed = 88172645463325252ull;
static unsigned rnd(unsigned n)
{
    seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
    return (unsigned)(seed % n);
}

/* A random pattern of atoms, groups, alternatives and repetitions. */
static void random_pattern(char *b, size_t *len, int depth)
{
    static const char *const atoms[] = {"x", ".", "[xy]",        "[^y]", "y",
                                        "^", "$", "[[:alpha:]]", "\\.",  "[a-z-]"};
    for (int p = 0, pieces = 1 + (int)rnd(3); p < pieces && *len < 60; p++) {
        if (p && !rnd(4))
            b[(*len)++] = '|';
        unsigned k = rnd(depth < 3 ? 12 : 10);
        if (k >= 10) {
            b[(*len)++] = '(';
            random_pattern(b, len, depth + 1);
            b[(*len)++] = ')';
        } else {
            *len += (size_t)sprintf(b + *len, "%s", atoms[k]);
        }
        unsigned q = rnd(7), m = rnd(3), n = m + rnd(3);
        const char *const reps[] = {"*", "+", "?", "{%u,%u}", "{%u}", "{%u,}", ""};
        *len += (size_t)sprintf(b + *len, reps[q], m, n);
    }
}

/* What the matcher says equals what glibc says, on 5000 random patterns
 * inside the subset and 10 random texts each. */
static void matches_agree_with_the_c_library_on_random_patterns(void **state)
{
    (void)state;
    int accepted = 0;
    for (int i = 0; i < 5000; i++) {
        char b[512];
        size_t len = 0;
        random_pattern(b, &len, 0);
        b[len] = '\0';
        PatternError err;
        if (!pattern_check(b, &err))
            continue;
        accepted++;
        for (int t = 0; t < 10; t++) {
            char text[16];
            int n = (int)rnd(12);
            for (int j = 0; j < n; j++)
                text[j] = "xyz-. aX"[rnd(8)];
            text[n] = '\0';
            expect_match(b, text, glibc_matches(b, text));
        }
    }
    assert_true(accepted > 2500);
}

/* Every pattern of up to four characters from the ones that matter that the
 * subset accepts, glibc compiles: the subset never admits what grep -E refuses. */
static void every_short_pattern_inside_the_subset_compiles_in_the_c_library(void **state)
{
    (void)state;
    static const char alphabet[] = "a()[]^$.*+?{}|\\-:1,2";
    const size_t n = sizeof alphabet - 1;
    int accepted = 0;
    for (size_t total = n * n * n * n, k = 0; k < total; k++) {
        char p[5] = "";
        for (size_t v = k, i = 0; i < 4; i++, v /= n)
            p[i] = alphabet[v % n];
        PatternError err;
        regex_t re;
        if (!pattern_check(p, &err))
            continue;
        accepted++;
        if (regcomp(&re, p, REG_EXTENDED | REG_NOSUB) != 0)
            fail_msg("the subset accepts \"%s\", which glibc refuses", p);
        regfree(&re);
    }
    assert_true(accepted > 1000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_shipped_scenarios_patterns_still_match_as_before),
        cmocka_unit_test(everyday_patterns_are_accepted_and_match),
        cmocka_unit_test(the_issue_attacks_are_refused_with_their_reason),
        cmocka_unit_test(constructs_outside_the_subset_are_refused_at_their_place),
        cmocka_unit_test(the_largest_patterns_answer_right_on_the_longest_text),
        cmocka_unit_test(matches_agree_with_the_c_library_on_random_patterns),
        cmocka_unit_test(every_short_pattern_inside_the_subset_compiles_in_the_c_library),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

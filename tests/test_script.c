/* Scripted input: what each line reads as, what every bad line reports (in
 * memory, and the corpus in tests/bad-scripts/, where each file states its
 * diagnostics in "# expect: LINE:COL: CODE: MESSAGE" comments), and that writing
 * then reading gives the same events back, also for random input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../engine/script.h"

enum { MAX_EXPECT = 32, LINE_LEN = 512 };

static void print_diags(const DiagList *dl)
{
    for (int i = 0; i < dl->n; i++)
        print_error("%d:%d: %s\n", dl->items[i].line, dl->items[i].col, dl->items[i].msg);
}

static Script parse_ok(const char *text, size_t len)
{
    DiagList dl;
    Script s;
    diag_init(&dl);
    bool ok = script_parse(text, len, &s, &dl);
    print_diags(&dl);
    assert_true(ok);
    assert_int_equal(dl.n, 0);
    diag_free(&dl);
    return s;
}

static Script parse_str(const char *text)
{
    return parse_ok(text, strlen(text));
}

static InputEvent event(InputKind kind)
{
    InputEvent ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = kind;
    ev.device = kind == IN_POINTER                   ? DEVICE_MOUSE
                : kind == IN_KEY || kind == IN_CHARS ? DEVICE_KEYBOARD
                                                     : DEVICE_SCRIPT;
    return ev;
}

static void assert_same_event(const InputEvent *a, const InputEvent *b)
{
    assert_int_equal(a->kind, b->kind);
    assert_int_equal(a->device, b->device);
    assert_int_equal(a->n, b->n);
    assert_int_equal(a->key, b->key);
    assert_string_equal(a->text, b->text);
    assert_int_equal(a->valence, b->valence);
    assert_int_equal(a->arousal, b->arousal);
    assert_string_equal(a->emotion, b->emotion);
    assert_int_equal(a->x, b->x);
    assert_int_equal(a->y, b->y);
}

/* What script_write makes of one event, as a string the caller frees. */
static char *written(int64_t at_ms, const InputEvent *ev)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    assert_non_null(f);
    assert_true(script_write(f, at_ms, ev));
    fclose(f);
    return buf;
}

static void assert_round_trip(int64_t at_ms, const InputEvent *ev)
{
    char *line = written(at_ms, ev);
    Script s = parse_str(line);
    assert_int_equal(s.n, 1);
    assert_int_equal(s.events[0].at_ms, at_ms < 0 ? -1 : at_ms);
    assert_same_event(&s.events[0].ev, ev);
    script_free(&s);
    free(line);
}

static void assert_one_error(const char *text, size_t len, int line, int col, const char *msg)
{
    DiagList dl;
    Script s;
    diag_init(&dl);
    if (!script_parse(text, len, &s, &dl) && dl.n == 1 && dl.items[0].line == line &&
        dl.items[0].col == col && strcmp(dl.items[0].msg, msg) == 0) {
        assert_null(s.events);
        assert_int_equal(s.n, 0);
        diag_free(&dl);
        return;
    }
    print_error("input: \"%.*s\"\nwanted %d:%d: %s\ngot:\n", (int)len, text, line, col, msg);
    print_diags(&dl);
    fail();
}

static void every_event_kind_reads_with_its_values(void **state)
{
    (void)state;
    Script s = parse_str("continue\nchoose 3\ntext 4021 7788\nrate 7\n"
                         "rate 2 arousal 8 emotion annoyed\nrate 5 emotion valued\n"
                         "key Return\nclick 640 360\n");
    assert_int_equal(s.n, 8);
    assert_int_equal(s.events[0].ev.kind, IN_CONTINUE);
    assert_int_equal(s.events[1].ev.kind, IN_CHOOSE);
    assert_int_equal(s.events[1].ev.n, 3);
    assert_int_equal(s.events[2].ev.kind, IN_TEXT);
    assert_string_equal(s.events[2].ev.text, "4021 7788");
    assert_int_equal(s.events[3].ev.valence, 7);
    assert_int_equal(s.events[3].ev.arousal, 0);
    assert_string_equal(s.events[3].ev.emotion, "");
    assert_int_equal(s.events[4].ev.valence, 2);
    assert_int_equal(s.events[4].ev.arousal, 8);
    assert_string_equal(s.events[4].ev.emotion, "annoyed");
    assert_int_equal(s.events[5].ev.arousal, 0);
    assert_string_equal(s.events[5].ev.emotion, "valued");
    assert_int_equal(s.events[6].ev.kind, IN_KEY);
    assert_int_equal(s.events[6].ev.key, KEY_ENTER);
    assert_int_equal(s.events[7].ev.kind, IN_POINTER);
    assert_int_equal(s.events[7].ev.x, 640);
    assert_int_equal(s.events[7].ev.y, 360);
    for (int i = 0; i < s.n; i++) {
        assert_int_equal(s.events[i].ev.device, i == 7   ? DEVICE_MOUSE
                                                : i == 6 ? DEVICE_KEYBOARD
                                                         : DEVICE_SCRIPT);
        assert_int_equal(s.events[i].at_ms, -1);
        assert_int_equal(s.events[i].line, i + 1);
    }
    assert_int_equal(s.next, 0);
    script_free(&s);
}

static void times_are_read_exactly_in_milliseconds(void **state)
{
    (void)state;
    Script s = parse_str("0 continue\n0.125 continue\n0.5 continue\n12 continue\n"
                         "12.34 continue\n12.5 continue\ncontinue\n999999999.999 continue\n");
    static const int64_t want[] = {0, 125, 500, 12000, 12340, 12500, -1, INT64_C(999999999999)};
    assert_int_equal(s.n, 8);
    for (int i = 0; i < 8; i++)
        assert_int_equal(s.events[i].at_ms, want[i]);
    script_free(&s);
}

static void comments_and_blank_lines_are_skipped_and_lines_keep_their_numbers(void **state)
{
    (void)state;
    Script s = parse_str("# a script\n\n   \n\t# indented comment\nchoose 3 # moving house\n"
                         "\n2 continue   # after a time\n");
    assert_int_equal(s.n, 2);
    assert_int_equal(s.events[0].line, 5);
    assert_int_equal(s.events[0].ev.n, 3);
    assert_int_equal(s.events[1].line, 7);
    assert_int_equal(s.events[1].at_ms, 2000);
    script_free(&s);
}

static void an_empty_input_is_a_script_without_events(void **state)
{
    (void)state;
    Script s = parse_ok("", 0);
    assert_int_equal(s.n, 0);
    script_free(&s);
    s = parse_str("# only a comment\n\n");
    assert_int_equal(s.n, 0);
    script_free(&s);
}

static void text_is_the_rest_of_the_line_trimmed_up_to_a_comment(void **state)
{
    (void)state;
    Script s = parse_str("text   hello world  \ntext C# and F#\ntext a # comment\n"
                         "text say \"hi\"\ntext back\\slash\ntext \tx\t\n");
    assert_int_equal(s.n, 6);
    assert_string_equal(s.events[0].ev.text, "hello world");
    assert_string_equal(s.events[1].ev.text, "C# and F#");
    assert_string_equal(s.events[2].ev.text, "a");
    assert_string_equal(s.events[3].ev.text, "say \"hi\"");
    assert_string_equal(s.events[4].ev.text, "back\\slash");
    assert_string_equal(s.events[5].ev.text, "x");
    script_free(&s);
}

static void quoted_text_keeps_blanks_hashes_and_escapes(void **state)
{
    (void)state;
    Script s = parse_str("text \"  two # three  \"  # comment\ntext \"\"\n"
                         "text \"a\\\"b\\\\c\\nd\\te\"\ntext \"\\\\n\"\n");
    assert_int_equal(s.n, 4);
    assert_string_equal(s.events[0].ev.text, "  two # three  ");
    assert_string_equal(s.events[1].ev.text, "");
    assert_string_equal(s.events[2].ev.text, "a\"b\\c\nd\te");
    assert_string_equal(s.events[3].ev.text, "\\n");
    script_free(&s);
}

static void a_text_of_255_bytes_fits(void **state)
{
    (void)state;
    char line[300] = "text ";
    memset(line + 5, 'x', INPUT_TEXT_MAX - 1);
    Script s = parse_str(line);
    assert_int_equal(strlen(s.events[0].ev.text), INPUT_TEXT_MAX - 1);
    script_free(&s);
}

static void crlf_line_ends_and_a_bom_are_accepted(void **state)
{
    (void)state;
    Script s = parse_str("\xEF\xBB\xBF"
                         "choose 3\r\n# comment\r\n\r\ntext 3811 AB\r\nrate 5 emotion valued\r\n"
                         "key Keypad 3\r\ntext \"x\"\r\n1 continue\r");
    assert_int_equal(s.n, 6);
    assert_int_equal(s.events[0].ev.n, 3);
    assert_string_equal(s.events[1].ev.text, "3811 AB");
    assert_int_equal(s.events[1].line, 4);
    assert_string_equal(s.events[2].ev.emotion, "valued");
    assert_int_equal(s.events[3].ev.key, KEY_0 + 3);
    assert_string_equal(s.events[4].ev.text, "x");
    assert_int_equal(s.events[5].at_ms, 1000);
    script_free(&s);
}

static void a_bom_is_not_counted_in_columns(void **state)
{
    (void)state;
    static const char text[] = "\xEF\xBB\xBF"
                               "choose x";
    assert_one_error(text, strlen(text), 1, 8,
                     "\"choose\" needs a whole number from 1 to 99, not \"x\"");
}

static void a_key_name_may_have_a_space_or_be_quoted(void **state)
{
    (void)state;
    Script s = parse_str("key Keypad 3\nkey Escape # leave\nkey \"Return\"\nkey   Up  \n");
    assert_int_equal(s.n, 4);
    assert_int_equal(s.events[0].ev.key, KEY_0 + 3);
    assert_int_equal(s.events[1].ev.key, KEY_ESCAPE);
    assert_int_equal(s.events[2].ev.key, KEY_ENTER);
    assert_int_equal(s.events[3].ev.key, KEY_UP);
    script_free(&s);
}

static void an_emotion_is_one_word_or_a_quoted_string(void **state)
{
    (void)state;
    Script s = parse_str("rate 1 emotion \"let down\"\nrate 9 arousal 1 emotion geërgerd\n"
                         "rate 3 emotion a#b\n");
    assert_string_equal(s.events[0].ev.emotion, "let down");
    assert_string_equal(s.events[1].ev.emotion, "geërgerd");
    assert_int_equal(s.events[1].ev.arousal, 1);
    assert_string_equal(s.events[2].ev.emotion, "a#b");
    script_free(&s);
}

/* One error per case, with its exact place; columns count characters. */
static const struct {
    const char *text;
    int line, col;
    const char *msg;
} bad[] = {
    {"contniue", 1, 1, "unknown event \"contniue\" (did you mean \"continue\"?)"},
    {"Continue", 1, 1, "unknown event \"Continue\" (did you mean \"continue\"?)"},
    {"jump 3", 1, 1,
     "unknown event \"jump\" (events are continue, choose, text, type, rate, key, click, tap and "
     "close)"},
    {"continue#x", 1, 1, "unknown event \"continue#x\" (did you mean \"continue\"?)"},
    {"continue now", 1, 10, "unexpected \"now\" after the event"},
    {"choose", 1, 1, "\"choose\" needs a whole number from 1 to 99"},
    {"choose x", 1, 8, "\"choose\" needs a whole number from 1 to 99, not \"x\""},
    {"choose 0", 1, 8, "\"choose\" needs a whole number from 1 to 99, not \"0\""},
    {"choose 100", 1, 8, "\"choose\" needs a whole number from 1 to 99, not \"100\""},
    {"choose +3", 1, 8, "\"choose\" needs a whole number from 1 to 99, not \"+3\""},
    {"choose 2 3", 1, 10, "unexpected \"3\" after the event"},
    {"\n\n  choose x # c", 3, 10, "\"choose\" needs a whole number from 1 to 99, not \"x\""},
    {"rate", 1, 1, "\"rate\" needs a whole number from 1 to 99"},
    {"rate 4.5", 1, 6, "\"rate\" needs a whole number from 1 to 99, not \"4.5\""},
    {"rate 5 arousal", 1, 8, "\"arousal\" needs a whole number from 1 to 99"},
    {"rate 5 arousal high", 1, 16, "\"arousal\" needs a whole number from 1 to 99, not \"high\""},
    {"rate 5 emotion", 1, 8, "\"emotion\" needs a word"},
    {"rate 5 emotion # c", 1, 8, "\"emotion\" needs a word"},
    {"rate 5 emotion \"\"", 1, 8, "\"emotion\" needs a word"},
    {"rate 5 arousal 3 arousal 4", 1, 18, "\"arousal\" is given twice"},
    {"rate 5 emotion calm emotion sad", 1, 21, "\"emotion\" is given twice"},
    {"rate 5 emotion ärgerlich arousal 3", 1, 26, "\"arousal\" must come before \"emotion\""},
    {"rate 5 arosual 3", 1, 8, "unknown rate option \"arosual\" (did you mean \"arousal\"?)"},
    {"rate 5 calm", 1, 8, "unknown rate option \"calm\" (options are arousal and emotion)"},
    {"rate 5 emotion \"let down", 1, 16, "unterminated quoted string"},
    {"text", 1, 1, "\"text\" needs a string; write \"\" for an empty one"},
    {"text    # nothing", 1, 1, "\"text\" needs a string; write \"\" for an empty one"},
    {"text \"abc", 1, 6, "unterminated quoted string"},
    {"text \"abc\\\"", 1, 6, "unterminated quoted string"},
    {"text \"a\\qb\"", 1, 8, "unknown escape \"\\q\" (use \\\", \\\\, \\n or \\t)"},
    {"text \"ünï\\é\"", 1, 10, "unknown escape \"\\é\" (use \\\", \\\\, \\n or \\t)"},
    {"text \"a\" b", 1, 10, "unexpected \"b\" after the event"},
    {"text \"a\"#b", 1, 9, "unexpected \"#b\" after the event"},
    {"key", 1, 1, "\"key\" needs a key name, like Return or Escape"},
    {"key # Return", 1, 1, "\"key\" needs a key name, like Return or Escape"},
    {"key Retrun", 1, 5, "unknown key \"Retrun\" (did you mean \"Return\"?)"},
    {"key Hyperspace", 1, 5, "unknown key \"Hyperspace\""},
    {"key \"Return\" now", 1, 14, "unexpected \"now\" after the event"},
    {"click", 1, 1, "\"click\" needs whole pixel coordinates X Y from 0 to 65535"},
    {"click 10", 1, 1, "\"click\" needs whole pixel coordinates X Y from 0 to 65535"},
    {"click -3 10", 1, 7,
     "\"click\" needs whole pixel coordinates X Y from 0 to 65535, not \"-3\""},
    {"click 10 70000", 1, 10,
     "\"click\" needs whole pixel coordinates X Y from 0 to 65535, not \"70000\""},
    {"12", 1, 1, "time 12 needs an event after it"},
    {"  0.250 # c", 1, 3, "time 0.25 needs an event after it"},
    {"1.2345 continue", 1, 1, "bad time \"1.2345\": write seconds like 12, 12.5 or 0.125"},
    {"-1 continue", 1, 1, "bad time \"-1\": write seconds like 12, 12.5 or 0.125"},
    {"12. continue", 1, 1, "bad time \"12.\": write seconds like 12, 12.5 or 0.125"},
    {".5 continue", 1, 1, "bad time \".5\": write seconds like 12, 12.5 or 0.125"},
    {"1e3 continue", 1, 1, "bad time \"1e3\": write seconds like 12, 12.5 or 0.125"},
    {"1234567890 continue", 1, 1, "time \"1234567890\" is too large"},
    {"5 continue\n3.2 continue", 2, 1, "time 3.2 comes before the previous event's time 5"},
    {"5 continue\nchoose 2\n  4.999 continue", 3, 3,
     "time 4.999 comes before the previous event's time 5"},
    {"continue\x01", 1, 9, "control character 0x01 is not allowed"},
    {"text a\rb", 1, 7, "control character 0x0d is not allowed"},
    {"text ab\xff", 1, 8, "invalid UTF-8 (byte 0xff)"},
    {"text \xc0\xaf", 1, 6, "invalid UTF-8 (byte 0xc0)"},         /* overlong "/" */
    {"text x\xed\xa0\x80", 1, 7, "invalid UTF-8 (byte 0xed)"},    /* a surrogate */
    {"text \xf4\x90\x80\x80", 1, 6, "invalid UTF-8 (byte 0xf4)"}, /* above U+10FFFF */
    {"text \xc3", 1, 6, "invalid UTF-8 (byte 0xc3)"},             /* cut at the end */
    {"\xff\xfe"
     "c",
     1, 1, "invalid UTF-8 (byte 0xff)"}, /* UTF-16 */
};

static void every_bad_line_reports_its_message_and_place(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_one_error(bad[i].text, strlen(bad[i].text), bad[i].line, bad[i].col, bad[i].msg);
}

static char *line_with(const char *head, char fill, size_t n, const char *tail)
{
    size_t lh = strlen(head), lt = strlen(tail);
    char *line = malloc(lh + n + lt + 1);
    memcpy(line, head, lh);
    memset(line + lh, fill, n);
    memcpy(line + lh + n, tail, lt + 1);
    return line;
}

static void values_over_their_size_are_refused_and_long_tokens_clipped(void **state)
{
    (void)state;
    char *line = line_with("text ", 'x', INPUT_TEXT_MAX, "");
    assert_one_error(line, strlen(line), 1, 6, "text is longer than 255 bytes");
    free(line);
    line = line_with("text \"", 'x', INPUT_TEXT_MAX, "\"");
    assert_one_error(line, strlen(line), 1, 6, "text is longer than 255 bytes");
    free(line);
    line = line_with("rate 5 emotion ", 'x', INPUT_WORD_MAX, "");
    assert_one_error(line, strlen(line), 1, 16, "emotion is longer than 63 bytes");
    free(line);
    line = line_with("key ", 'x', INPUT_WORD_MAX, "");
    assert_one_error(line, strlen(line), 1, 5, "key name is longer than 63 bytes");
    free(line);
    line = line_with("choose ", 'x', 100, "");
    assert_one_error(line, strlen(line), 1, 8,
                     "\"choose\" needs a whole number from 1 to 99, not "
                     "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...\"");
    free(line);
    /* clipped on a character boundary: 39 bytes of x, then a 2-byte é */
    line = line_with("choose ", 'x', 39, "éé");
    assert_one_error(line, strlen(line), 1, 8,
                     "\"choose\" needs a whole number from 1 to 99, not "
                     "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...\"");
    free(line);
}

static void a_nul_byte_is_reported_where_it_is(void **state)
{
    (void)state;
    static const char text[] = "continue\ntext é\0x\n";
    assert_one_error(text, sizeof text - 1, 2, 7, "NUL byte in the input (is it a text file?)");
}

static int expected_of(const char *path, char want[][LINE_LEN])
{
    FILE *f = fopen(path, "rb");
    char line[LINE_LEN];
    int n = 0;
    assert_non_null(f);
    while (fgets(line, sizeof line, f) && n < MAX_EXPECT) {
        if (strncmp(line, "# expect: ", 10) != 0)
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        snprintf(want[n++], LINE_LEN, "%s", line + 10);
    }
    fclose(f);
    return n;
}

static void check_bad_script(const char *path)
{
    char want[MAX_EXPECT][LINE_LEN], got[LINE_LEN];
    int n = expected_of(path, want);
    DiagList dl;
    Script s;
    diag_init(&dl);
    assert_false(script_load(path, &s, &dl));
    assert_int_equal(s.n, 0);
    if (dl.n != n) {
        print_error("%s: %d diagnostics, %d expected\n", path, dl.n, n);
        print_diags(&dl);
    }
    assert_int_equal(dl.n, n);
    for (int i = 0; i < n; i++) {
        snprintf(got, sizeof got, "%d:%d: %s: %s", dl.items[i].line, dl.items[i].col,
                 diag_code_name(dl.items[i].code), dl.items[i].msg);
        assert_string_equal(got, want[i]);
    }
    diag_free(&dl);
}

static void every_bad_script_gives_exactly_its_expected_errors(void **state)
{
    (void)state;
    DIR *d = opendir("tests/bad-scripts");
    int files = 0;
    char path[LINE_LEN];
    assert_non_null(d);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "tests/bad-scripts/%s", e->d_name);
        check_bad_script(path);
        files++;
    }
    closedir(d);
    assert_true(files >= 5);
}

static void a_failed_line_does_not_hide_the_others(void **state)
{
    (void)state;
    DiagList dl;
    Script s;
    diag_init(&dl);
    const char *text = "choose x\ncontinue\nrate\nkey Nope\n";
    assert_false(script_parse(text, strlen(text), &s, &dl));
    assert_int_equal(dl.errors, 3);
    assert_int_equal(dl.items[0].line, 1);
    assert_int_equal(dl.items[1].line, 3);
    assert_int_equal(dl.items[2].line, 4);
    assert_null(s.events);
    diag_free(&dl);
}

static void errors_are_bounded_by_the_diagnostic_list(void **state)
{
    (void)state;
    DiagList dl;
    Script s;
    char *text = malloc(300 * 2);
    for (int i = 0; i < 300; i++)
        memcpy(text + 2 * i, "x\n", 2);
    diag_init(&dl);
    assert_false(script_parse(text, 600, &s, &dl));
    assert_int_equal(dl.errors, 300);
    assert_int_equal(dl.n, DIAG_LIST_MAX);
    assert_int_equal(dl.dropped, 300 - DIAG_LIST_MAX);
    assert_int_equal(dl.items[DIAG_LIST_MAX - 1].line, DIAG_LIST_MAX);
    diag_free(&dl);
    free(text);
}

static void a_missing_file_or_a_folder_is_reported_without_a_place(void **state)
{
    (void)state;
    DiagList dl;
    Script s;
    diag_init(&dl);
    assert_false(script_load("tests/data/no-such-script.txt", &s, &dl));
    assert_false(script_load("tests/bad-scripts", &s, &dl));
    assert_int_equal(dl.n, 2);
    assert_int_equal(dl.items[0].line, 0);
    assert_int_equal(dl.items[0].col, 0);
    assert_string_equal(dl.items[0].msg, "cannot read the input: No such file or directory");
    assert_int_equal(dl.items[1].line, 0);
    assert_string_equal(dl.items[1].msg, "cannot read the input: Is a directory");
    assert_null(s.events);
    diag_free(&dl);
}

static char *temp_file_of(size_t size, char fill)
{
    static char path[] = "/tmp/test_script_XXXXXX";
    char *copy = strdup(path);
    int fd = mkstemp(copy);
    char *buf = malloc(size);
    assert_true(fd >= 0);
    memset(buf, fill, size);
    assert_int_equal(write(fd, buf, size), (ssize_t)size);
    close(fd);
    free(buf);
    return copy;
}

static void an_input_over_the_byte_limit_is_refused_and_one_at_it_is_read(void **state)
{
    (void)state;
    DiagList dl;
    Script s;
    char *at = temp_file_of(SCRIPT_MAX_BYTES, '\n');
    char *over = temp_file_of((size_t)SCRIPT_MAX_BYTES + 1, '\n');
    diag_init(&dl);
    assert_true(script_load(at, &s, &dl));
    assert_int_equal(s.n, 0);
    assert_false(script_load(over, &s, &dl));
    assert_int_equal(dl.n, 1);
    assert_int_equal(dl.items[0].line, 0);
    assert_string_equal(dl.items[0].msg, "the input is larger than 4 MiB");
    unlink(at);
    unlink(over);
    free(at);
    free(over);
    diag_free(&dl);
}

static char *repeated(const char *line, int times, size_t *len)
{
    size_t n = strlen(line);
    char *text = malloc(n * (size_t)times + 1);
    for (int i = 0; i < times; i++)
        memcpy(text + n * (size_t)i, line, n);
    *len = n * (size_t)times;
    text[*len] = '\0';
    return text;
}

static void more_events_than_the_limit_are_refused(void **state)
{
    (void)state;
    size_t len;
    char *text = repeated("continue\n", SCRIPT_MAX_EVENTS, &len);
    Script s = parse_ok(text, len);
    assert_int_equal(s.n, SCRIPT_MAX_EVENTS);
    script_free(&s);
    free(text);
    text = repeated("continue\n", SCRIPT_MAX_EVENTS + 5, &len);
    assert_one_error(text, len, SCRIPT_MAX_EVENTS + 1, 1, "more than 100000 events");
    free(text);
}

static void a_ten_thousand_line_script_parses(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    for (int i = 0; i < 10000; i++) {
        if (i % 4 == 0)
            fprintf(f, "%d.%03d choose %d\n", i / 10, i % 10 * 100, i % 99 + 1);
        else if (i % 4 == 1)
            fprintf(f, "text line %d # comment\n", i);
        else if (i % 4 == 2)
            fprintf(f, "rate %d arousal %d emotion word%d\n", i % 9 + 1, i % 5 + 1, i);
        else
            fprintf(f, "# comment %d\n", i);
    }
    fclose(f);
    Script s = parse_ok(buf, size);
    assert_int_equal(s.n, 7500);
    assert_int_equal(s.events[7497].line, 9997);
    assert_int_equal(s.events[7497].at_ms, 999600);
    assert_int_equal(s.events[7497].ev.n, 9996 % 99 + 1);
    assert_string_equal(s.events[7498].ev.text, "line 9997");
    assert_string_equal(s.events[7499].ev.emotion, "word9998");
    script_free(&s);
    free(buf);
}

static void write_puts_three_decimals_on_times_and_quotes_only_when_needed(void **state)
{
    (void)state;
    InputEvent ev = event(IN_RATE);
    ev.valence = 3;
    strcpy(ev.emotion, "annoyed");
    char *line = written(12345, &ev);
    assert_string_equal(line, "12.345 rate 3 emotion annoyed\n");
    free(line);
    ev.arousal = 7;
    strcpy(ev.emotion, "let down");
    line = written(-1, &ev);
    assert_string_equal(line, "rate 3 arousal 7 emotion \"let down\"\n");
    free(line);
    ev = event(IN_CONTINUE);
    line = written(0, &ev);
    assert_string_equal(line, "0.000 continue\n");
    free(line);
    ev = event(IN_CHOOSE);
    ev.n = 3;
    line = written(100, &ev);
    assert_string_equal(line, "0.100 choose 3\n");
    free(line);
    ev = event(IN_POINTER);
    ev.x = 640, ev.y = 360;
    line = written(-1, &ev);
    assert_string_equal(line, "click 640 360\n");
    free(line);
    ev = event(IN_KEY);
    ev.key = KEY_ENTER;
    line = written(-1, &ev);
    assert_string_equal(line, "key Return\n");
    free(line);
}

static void write_quotes_and_escapes_text_that_needs_it(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"4021 7788", "text 4021 7788\n"},     {"say \"hi\"", "text say \"hi\"\n"},
        {"back\\slash", "text back\\slash\n"}, {"", "text \"\"\n"},
        {" padded ", "text \" padded \"\n"},   {"C#", "text \"C#\"\n"},
        {"\"q\"", "text \"\\\"q\\\"\"\n"},     {"a\nb\tc\\", "text \"a\\nb\\tc\\\\\"\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        InputEvent ev = event(IN_TEXT);
        strcpy(ev.text, cases[i][0]);
        char *line = written(-1, &ev);
        assert_string_equal(line, cases[i][1]);
        free(line);
    }
}

static void every_kind_of_event_round_trips(void **state)
{
    (void)state;
    InputEvent ev = event(IN_CONTINUE);
    assert_round_trip(-1, &ev);
    assert_round_trip(0, &ev);
    assert_round_trip(INT64_C(999999999999), &ev);
    ev = event(IN_CHOOSE);
    ev.n = 99;
    assert_round_trip(1, &ev);
    ev = event(IN_TEXT);
    strcpy(ev.text, "3811 AB");
    assert_round_trip(59999, &ev);
    ev = event(IN_RATE);
    ev.valence = 1;
    assert_round_trip(-1, &ev);
    ev.arousal = 99;
    assert_round_trip(-1, &ev);
    strcpy(ev.emotion, "anxious");
    assert_round_trip(10, &ev);
    ev.arousal = 0;
    assert_round_trip(10, &ev);
    ev = event(IN_POINTER);
    ev.x = 0, ev.y = 65535;
    assert_round_trip(-1, &ev);
    ev = event(IN_KEY);
    for (int k = KEY_NONE + 1; k <= KEY_9; k++) {
        ev.key = (Key)k;
        assert_round_trip(-1, &ev);
    }
}

static void tricky_text_and_emotions_round_trip(void **state)
{
    (void)state;
    static const char *const texts[] = {"",
                                        "x",
                                        "  leading",
                                        "trailing  ",
                                        " both ",
                                        "\t",
                                        "#hash",
                                        "a # b",
                                        "a#b",
                                        "# only",
                                        "\"",
                                        "\"quoted\"",
                                        "  \"  ",
                                        "\\",
                                        "back\\slash\\",
                                        "\\\"",
                                        "\\n",
                                        "line\nbreak",
                                        "\n",
                                        "tab\tin",
                                        "é ü 漢字 🙂",
                                        "\xc2\xa0nbsp\xc2\xa0",
                                        "text",
                                        "choose 3",
                                        "12 continue"};
    char longest[INPUT_TEXT_MAX];
    memset(longest, '"', sizeof longest - 1);
    longest[sizeof longest - 1] = '\0';
    InputEvent ev = event(IN_TEXT);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        strcpy(ev.text, texts[i]);
        assert_round_trip(-1, &ev);
        assert_round_trip(1500, &ev);
    }
    strcpy(ev.text, longest);
    assert_round_trip(-1, &ev);
    ev = event(IN_RATE);
    ev.valence = 5;
    for (size_t i = 1; i < sizeof texts / sizeof texts[0]; i++) {
        strcpy(ev.emotion, texts[i]);
        assert_round_trip(-1, &ev);
    }
}

static void a_tap_is_a_touch_and_writes_back_as_a_tap(void **state)
{
    (void)state;
    Script sc = parse_str("tap 12 34\n");
    assert_int_equal(sc.events[0].ev.kind, IN_POINTER);
    assert_int_equal(sc.events[0].ev.device, DEVICE_TOUCH);
    assert_int_equal(sc.events[0].ev.x, 12);
    assert_round_trip(250, &sc.events[0].ev);
    script_free(&sc);
}

static void typing_without_submitting_round_trips_as_type(void **state)
{
    (void)state;
    InputEvent ev = event(IN_CHARS);
    snprintf(ev.text, sizeof ev.text, " 3811 #AB ");
    assert_round_trip(1500, &ev);
    Script sc;
    DiagList dl;
    diag_init(&dl);
    const char *text = "type 4021\nclose\n";
    assert_true(script_parse(text, strlen(text), &sc, &dl));
    assert_int_equal(sc.events[0].ev.kind, IN_CHARS);
    assert_string_equal(sc.events[0].ev.text, "4021");
    assert_int_equal(sc.events[1].ev.kind, IN_QUIT); /* the participant closes the window */
    assert_int_equal(sc.events[1].ev.arg, 0);
    script_free(&sc);
    diag_free(&dl);
}

static void write_refuses_what_would_not_read_back(void **state)
{
    (void)state;
    FILE *f = fopen("/dev/null", "w");
    InputEvent ev = event(IN_CHARS); /* nothing typed */
    assert_false(script_write(f, -1, &ev));
    ev = event(IN_QUIT);
    ev.arg = 1; /* the facilitator's Ctrl+Alt+Q: not the participant's input */
    assert_false(script_write(f, -1, &ev));
    ev.arg = 0; /* the participant closing the window: "close" */
    assert_true(script_write(f, -1, &ev));
    ev = event(IN_CHOOSE);
    assert_false(script_write(f, -1, &ev)); /* n 0 */
    ev.n = 1;
    assert_false(script_write(f, INT64_C(1000000000000), &ev));
    ev = event(IN_RATE);
    ev.valence = 5, ev.arousal = 100;
    assert_false(script_write(f, -1, &ev));
    ev = event(IN_POINTER);
    ev.x = -1;
    assert_false(script_write(f, -1, &ev));
    ev = event(IN_KEY);
    assert_false(script_write(f, -1, &ev)); /* KEY_NONE */
    ev = event(IN_TEXT);
    strcpy(ev.text, "bell\a");
    assert_false(script_write(f, -1, &ev));
    strcpy(ev.text, "\xff");
    assert_false(script_write(f, -1, &ev));
    memset(ev.text, 'x', sizeof ev.text); /* no end */
    assert_false(script_write(f, -1, &ev));
    fclose(f);
}

/* Random input from pieces of the format and stray bytes: parsing never
 * crashes, and whatever parses is written and read back unchanged. */
static uint32_t next_random(uint32_t *seed)
{
    *seed ^= *seed << 13;
    *seed ^= *seed >> 17;
    *seed ^= *seed << 5;
    return *seed;
}

static size_t random_script(uint32_t *seed, char *buf, size_t cap)
{
    static const char *const pieces[] = {
        "continue", "choose",   "text", "rate", "key", "click", "arousal",     "emotion",
        "\"",       "\\",       "#",    " ",    "  ",  "\t",    "\n",          "\r\n",
        "1",        "9",        "0",    ".",    "-",   "12.5",  "99",          "100",
        "Return",   "Keypad 3", "é",    "\xff", "n",   "t",     "\xEF\xBB\xBF"};
    size_t n = 0, parts = next_random(seed) % 60;
    for (size_t i = 0; i < parts; i++) {
        uint32_t r = next_random(seed);
        if (r % 8 == 0 && n < cap) {
            buf[n++] = (char)(r >> 8);
            continue;
        }
        const char *p = pieces[(r >> 3) % (sizeof pieces / sizeof pieces[0])];
        size_t len = strlen(p);
        if (n + len > cap)
            break;
        memcpy(buf + n, p, len);
        n += len;
    }
    return n;
}

/* Lines that are mostly valid, so that the round trip is tried often: an
 * event with arguments made of pieces that are hard to write back. */
static size_t random_lines(uint32_t *seed, char *buf, size_t cap)
{
    static const char *const heads[] = {"continue", "choose 7",        "text ",
                                        "text \"",  "rate 4 emotion ", "rate 4 emotion \"",
                                        "key ",     "click 3 4",       "rate 9 arousal 2"};
    static const char *const bits[] = {"a",   " ",    "#", " #", "\"", "\\", "\\n",
                                       "\\t", "\\\"", "é", "\t", "Up", "漢", "\xc2\xa0"};
    size_t n = 0, lines = next_random(seed) % 8;
    int64_t ms = 0;
    for (size_t i = 0; i < lines && n + 200 < cap; i++) {
        uint32_t r = next_random(seed);
        ms += r % 3000;
        if (r % 2)
            n += (size_t)snprintf(buf + n, cap - n, "%d.%03d ", (int)(ms / 1000), (int)(ms % 1000));
        n += (size_t)snprintf(buf + n, cap - n, "%s", heads[(r >> 1) % 9]);
        for (uint32_t k = 0, parts = (r >> 5) % 6; k < parts; k++)
            n += (size_t)snprintf(buf + n, cap - n, "%s",
                                  bits[next_random(seed) % (sizeof bits / sizeof bits[0])]);
        if (strchr(heads[(r >> 1) % 9], '"') && r & (1u << 9))
            buf[n++] = '"';
        buf[n++] = '\n';
    }
    return n;
}

static void check_random_script(const char *buf, size_t len)
{
    DiagList dl;
    Script s, back;
    diag_init(&dl);
    if (script_parse(buf, len, &s, &dl)) {
        char *out = NULL;
        size_t size = 0;
        FILE *f = open_memstream(&out, &size);
        for (int i = 0; i < s.n; i++)
            assert_true(script_write(f, s.events[i].at_ms, &s.events[i].ev));
        fclose(f);
        back = parse_ok(out, size);
        assert_int_equal(back.n, s.n);
        for (int i = 0; i < s.n; i++) {
            assert_int_equal(back.events[i].at_ms, s.events[i].at_ms);
            assert_same_event(&back.events[i].ev, &s.events[i].ev);
        }
        script_free(&back);
        free(out);
    }
    script_free(&s);
    diag_free(&dl);
}

static void random_input_never_crashes_and_what_parses_round_trips(void **state)
{
    (void)state;
    uint32_t seed = 20260212;
    char buf[1024];
    for (int i = 0; i < 5000; i++) {
        size_t len =
            i % 2 ? random_script(&seed, buf, sizeof buf) : random_lines(&seed, buf, sizeof buf);
        check_random_script(buf, len);
    }
}

static void the_energy_move_example_script_plays_every_step(void **state)
{
    (void)state;
    DiagList dl;
    Script s;
    diag_init(&dl);
    bool ok = script_load("tests/data/script-energy-move.txt", &s, &dl);
    print_diags(&dl);
    assert_true(ok);
    static const InputKind kinds[] = {
        IN_CONTINUE,                                   /* intro */
        IN_CHOOSE,   IN_RATE,                          /* ivr, hold */
        IN_TEXT,     IN_TEXT,    IN_RATE,              /* billing */
        IN_TEXT,     IN_TEXT,    IN_TEXT,     IN_TEXT, /* move-form, first submission */
        IN_TEXT,     IN_TEXT,    IN_RATE,              /* postcode and captcha again */
        IN_CHOOSE,   IN_RATE,                          /* letter */
        IN_CONTINUE, IN_RATE,                          /* debit-mail */
        IN_CHOOSE,   IN_RATE,    IN_CONTINUE,          /* ivr-again, hold-again, agent */
        IN_TEXT,     IN_TEXT,    IN_TEXT,     IN_RATE, /* meter-data */
        IN_CONTINUE, IN_CHOOSE,  IN_RATE,              /* meter-fixed, final-invoice */
        IN_RATE,     IN_CONTINUE                       /* looking-back, thanks */
    };
    assert_int_equal(s.n, sizeof kinds / sizeof kinds[0]);
    for (int i = 0; i < s.n; i++) {
        assert_int_equal(s.events[i].ev.kind, kinds[i]);
        assert_int_equal(s.events[i].at_ms, -1);
    }
    assert_int_equal(s.events[1].ev.n, 3);
    assert_string_equal(s.events[3].ev.text, "4021 7788");
    assert_string_equal(s.events[4].ev.text, "3811 AB");
    assert_string_equal(s.events[6].ev.text, "3811 AB");
    assert_string_equal(s.events[7].ev.text, "01-03-2027");
    assert_string_equal(s.events[8].ev.text, "012345");
    assert_string_equal(s.events[9].ev.text, "k7Rp2q");
    assert_string_equal(s.events[10].ev.text, "3811 AB");
    assert_string_equal(s.events[11].ev.text, "k7Rp2q");
    assert_int_equal(s.events[13].ev.n, 2);
    assert_string_equal(s.events[2].ev.emotion, "annoyed");
    assert_string_equal(s.events[16].ev.emotion, "anxious");
    assert_int_equal(s.events[17].ev.n, 1);
    assert_string_equal(s.events[20].ev.text, "4021 7788");
    assert_string_equal(s.events[22].ev.text, "012345");
    assert_int_equal(s.events[25].ev.n, 3);
    script_free(&s);
    diag_free(&dl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_event_kind_reads_with_its_values),
        cmocka_unit_test(times_are_read_exactly_in_milliseconds),
        cmocka_unit_test(comments_and_blank_lines_are_skipped_and_lines_keep_their_numbers),
        cmocka_unit_test(an_empty_input_is_a_script_without_events),
        cmocka_unit_test(text_is_the_rest_of_the_line_trimmed_up_to_a_comment),
        cmocka_unit_test(quoted_text_keeps_blanks_hashes_and_escapes),
        cmocka_unit_test(a_text_of_255_bytes_fits),
        cmocka_unit_test(crlf_line_ends_and_a_bom_are_accepted),
        cmocka_unit_test(a_bom_is_not_counted_in_columns),
        cmocka_unit_test(a_key_name_may_have_a_space_or_be_quoted),
        cmocka_unit_test(an_emotion_is_one_word_or_a_quoted_string),
        cmocka_unit_test(every_bad_line_reports_its_message_and_place),
        cmocka_unit_test(values_over_their_size_are_refused_and_long_tokens_clipped),
        cmocka_unit_test(a_nul_byte_is_reported_where_it_is),
        cmocka_unit_test(every_bad_script_gives_exactly_its_expected_errors),
        cmocka_unit_test(a_failed_line_does_not_hide_the_others),
        cmocka_unit_test(errors_are_bounded_by_the_diagnostic_list),
        cmocka_unit_test(a_missing_file_or_a_folder_is_reported_without_a_place),
        cmocka_unit_test(an_input_over_the_byte_limit_is_refused_and_one_at_it_is_read),
        cmocka_unit_test(more_events_than_the_limit_are_refused),
        cmocka_unit_test(a_ten_thousand_line_script_parses),
        cmocka_unit_test(write_puts_three_decimals_on_times_and_quotes_only_when_needed),
        cmocka_unit_test(write_quotes_and_escapes_text_that_needs_it),
        cmocka_unit_test(every_kind_of_event_round_trips),
        cmocka_unit_test(tricky_text_and_emotions_round_trip),
        cmocka_unit_test(typing_without_submitting_round_trips_as_type),
        cmocka_unit_test(a_tap_is_a_touch_and_writes_back_as_a_tap),
        cmocka_unit_test(write_refuses_what_would_not_read_back),
        cmocka_unit_test(random_input_never_crashes_and_what_parses_round_trips),
        cmocka_unit_test(the_energy_move_example_script_plays_every_step),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/* -o FILE of export and report, by what FILE is (docs/contract.md, "Output
 * files"): a regular file or a new name replaced whole, its mode kept; a
 * character device, a FIFO or "-" written straight through; a symbolic link
 * followed and kept a link; anything else refused with exit 3. Every node is
 * made in a temporary folder (the character devices are a pty this program
 * opens and, as root, null and full nodes made with mknod); the system's own
 * devices are never named. */
#define _DEFAULT_SOURCE /* mknod's S_IFCHR, cfmakeraw */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

static char dir[64], db[128], expected[1 << 14];
static size_t expected_len;

/* Absolute, so that a test may run it from the temporary folder. */
static const char *teaser(void)
{
    static char path[4096];
    const char *bin = getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
    return realpath(bin, path) ? path : bin;
}

/* dir/name, in one of a few rotating buffers. */
static const char *at(const char *name)
{
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
    return buf[k];
}

static void assert_holds_the_export(const char *path)
{
    static char got[sizeof expected];
    size_t n = read_text(path, got, sizeof got);
    assert_int_equal(n, expected_len);
    assert_memory_equal(got, expected, n);
}

/* A store with one rating, and what export writes of it to standard output. */
static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/teaser-output-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(db, sizeof db, "%s/results.sqlite", dir);
    store_one_rating(db, "pseudo-7");
    if (shell("%s export --db %s >%s", teaser(), db, at("expected")) != 0)
        return -1;
    expected_len = read_text(at("expected"), expected, sizeof expected);
    return expected_len > 100 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return shell("rm -rf %s", dir);
}

/* export -o path, with stderr kept in dir/err. */
static int export_to(const char *path)
{
    return shell("%s export --db %s -o '%s' 2>%s", teaser(), db, path, at("err"));
}

static const char *err_text(void)
{
    static char buf[1024];
    read_text(at("err"), buf, sizeof buf);
    return buf;
}

static void no_temporary_file_is_left(void)
{
    assert_int_not_equal(shell("ls -a %s | grep -q '\\.tmp-'", dir), 0);
}

static void a_regular_file_is_replaced_whole_keeping_its_mode_and_owner(void **state)
{
    (void)state;
    const char *out = at("kept.csv");
    assert_int_equal(shell("echo old >%s && chmod 640 %s", out, out), 0);
    bool root = geteuid() == 0;
    if (root)
        assert_int_equal(chown(out, 1234, 1235), 0);
    struct stat before, after;
    assert_int_equal(stat(out, &before), 0);
    assert_int_equal(export_to(out), 0);
    assert_holds_the_export(out);
    assert_int_equal(stat(out, &after), 0);
    assert_int_not_equal(after.st_ino, before.st_ino); /* a new file renamed into place */
    assert_int_equal(after.st_mode & 07777, 0640);
    if (root) {
        assert_int_equal(after.st_uid, 1234);
        assert_int_equal(after.st_gid, 1235);
    }
    no_temporary_file_is_left();
}

static void a_new_name_is_created_with_the_umask(void **state)
{
    (void)state;
    const char *out = at("new.csv");
    mode_t mask = umask(022);
    assert_int_equal(export_to(out), 0);
    umask(mask);
    assert_holds_the_export(out);
    struct stat st;
    assert_int_equal(stat(out, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0644);
    no_temporary_file_is_left();
}

static void a_link_is_followed_and_stays_a_link(void **state)
{
    (void)state;
    assert_int_equal(shell("cd %s && mkdir -p sub && echo old >sub/target.csv && "
                           "ln -sf sub/target.csv link && ln -sf link link2",
                           dir),
                     0);
    assert_int_equal(export_to(at("link2")), 0);
    assert_holds_the_export(at("sub/target.csv"));
    struct stat st;
    char to[64] = "";
    assert_int_equal(lstat(at("link"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    assert_int_equal(lstat(at("link2"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    assert_true(readlink(at("link"), to, sizeof to - 1) > 0);
    assert_string_equal(to, "sub/target.csv");
    assert_int_equal(shell("ls -a %s/sub | grep -q '\\.tmp-'", dir), 1);
    /* report too: a JSON report through the link */
    assert_int_equal(shell("%s report --scenario scenarios/energy-move.yaml --db %s --format json "
                           "-o %s 2>/dev/null",
                           teaser(), db, at("link")),
                     0);
    assert_int_equal(lstat(at("link"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    assert_int_equal(shell("grep -q '\"scenario\": \"energy-move\"' %s", at("sub/target.csv")), 0);
}

/* The export in the background, a reader on the FIFO in front (bounded, so
 * that a writer that never comes fails the test instead of hanging it); the
 * result is the export's exit status. */
static void fifo_round(const char *fifo, const char *written_as)
{
    assert_int_equal(shell("%s export --db %s -o %s 2>%s & timeout 20 cat %s >%s; wait $!",
                           teaser(), db, written_as, at("err"), fifo, at("got")),
                     0);
    assert_holds_the_export(at("got"));
    struct stat st;
    assert_int_equal(lstat(fifo, &st), 0);
    assert_true(S_ISFIFO(st.st_mode));
}

static void a_fifo_gets_the_bytes_straight_through(void **state)
{
    (void)state;
    assert_int_equal(mkfifo(at("fifo"), 0600), 0);
    fifo_round(at("fifo"), at("fifo"));
    assert_int_equal(symlink("fifo", at("fifo-link")), 0);
    fifo_round(at("fifo"), at("fifo-link"));
    struct stat st;
    assert_int_equal(lstat(at("fifo-link"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    no_temporary_file_is_left();
}

/* A pty this program opens is a character device of its own: what export
 * writes to its slave comes out of its master. */
static void a_character_device_gets_the_bytes_straight_through(void **state)
{
    (void)state;
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        printf("skipped: no pty here (%s)\n", strerror(errno));
        skip();
    }
    const char *name = ptsname(master);
    assert_non_null(name);
    char slave_path[128];
    snprintf(slave_path, sizeof slave_path, "%s", name);
    int slave = open(slave_path, O_RDWR | O_NOCTTY); /* kept open: the pty lives on */
    assert_true(slave >= 0);
    struct termios raw;
    assert_int_equal(tcgetattr(slave, &raw), 0);
    cfmakeraw(&raw); /* no CR added before each LF */
    assert_int_equal(tcsetattr(slave, TCSANOW, &raw), 0);
    assert_int_equal(export_to(slave_path), 0);
    static char got[sizeof expected];
    size_t n = 0;
    fcntl(master, F_SETFL, O_NONBLOCK);
    for (ssize_t r; n < sizeof got && (r = read(master, got + n, sizeof got - n)) > 0;)
        n += (size_t)r;
    assert_int_equal(n, expected_len);
    assert_memory_equal(got, expected, n);
    struct stat st;
    assert_int_equal(stat(slave_path, &st), 0);
    assert_true(S_ISCHR(st.st_mode));
    close(slave);
    close(master);
}

/* As root: a null device node made in the folder takes the export and stays
 * a device; a full device node makes it fail with exit 3, said on one line. */
static void a_device_node_is_written_and_its_errors_reported(void **state)
{
    (void)state;
    if (geteuid() != 0) {
        printf("skipped: mknod needs root\n");
        skip();
    }
    assert_int_equal(mknod(at("null"), S_IFCHR | 0666, makedev(1, 3)), 0);
    assert_int_equal(mknod(at("full"), S_IFCHR | 0666, makedev(1, 7)), 0);
    assert_int_equal(export_to(at("null")), 0);
    struct stat st;
    assert_int_equal(lstat(at("null"), &st), 0);
    assert_true(S_ISCHR(st.st_mode));
    assert_int_equal(export_to(at("full")), 3);
    char want[256];
    snprintf(want, sizeof want, "teaser: error: export: %s was not written whole\n", at("full"));
    assert_non_null(strstr(err_text(), want));
    assert_int_equal(lstat(at("full"), &st), 0);
    assert_true(S_ISCHR(st.st_mode));
    no_temporary_file_is_left();
}

static void a_dash_is_standard_output(void **state)
{
    (void)state;
    assert_int_equal(shell("cd %s && %s export --db %s -o - >got 2>err", dir, teaser(), db), 0);
    assert_holds_the_export(at("got"));
    assert_int_not_equal(access(at("-"), F_OK), 0);
}

/* The tester's case: a link to /proc/self/fd/1 is standard output (a pipe
 * here), written through; the link stays. */
static void a_link_to_standard_output_writes_there(void **state)
{
    (void)state;
    assert_int_equal(symlink("/proc/self/fd/1", at("stdout-link")), 0);
    assert_int_equal(shell("%s export --db %s -o %s 2>%s | cat >%s", teaser(), db,
                           at("stdout-link"), at("err"), at("got")),
                     0);
    assert_holds_the_export(at("got"));
    struct stat st;
    assert_int_equal(lstat(at("stdout-link"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
}

static void assert_refused(const char *path, const char *what)
{
    assert_int_equal(export_to(path), 3);
    char want[512];
    snprintf(want, sizeof want,
             "teaser: error: export: %s is %s; -o takes a file, a character device, a FIFO or - "
             "(standard output)\n",
             path, what);
    assert_string_equal(err_text(), want);
}

static void a_folder_a_socket_or_a_block_device_is_refused(void **state)
{
    (void)state;
    assert_int_equal(mkdir(at("folder"), 0755), 0);
    assert_refused(at("folder"), "a folder");
    assert_int_equal(symlink("folder", at("folder-link")), 0);
    assert_refused(at("folder-link"), "a folder");
    int sock = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    snprintf(addr.sun_path, sizeof addr.sun_path, "%s", at("sock"));
    assert_int_equal(bind(sock, (struct sockaddr *)&addr, sizeof addr), 0);
    assert_refused(at("sock"), "a socket");
    struct stat st;
    assert_int_equal(lstat(at("sock"), &st), 0);
    assert_true(S_ISSOCK(st.st_mode));
    close(sock);
    if (geteuid() == 0) { /* a block device node, never opened: only looked at */
        assert_int_equal(mknod(at("blk"), S_IFBLK | 0600, makedev(7, 200)), 0);
        assert_refused(at("blk"), "a block device");
        assert_int_equal(lstat(at("blk"), &st), 0);
        assert_true(S_ISBLK(st.st_mode));
    } else {
        printf("skipped the block device: mknod needs root\n");
    }
    no_temporary_file_is_left();
}

static void a_link_to_nothing_is_refused_and_creates_nothing(void **state)
{
    (void)state;
    assert_int_equal(symlink("nowhere.csv", at("dangling")), 0);
    assert_int_equal(export_to(at("dangling")), 3);
    char want[256];
    snprintf(want, sizeof want, "teaser: error: export: %s is a link to nothing", at("dangling"));
    assert_non_null(strstr(err_text(), want));
    assert_int_not_equal(access(at("nowhere.csv"), F_OK), 0);
    struct stat st;
    assert_int_equal(lstat(at("dangling"), &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    no_temporary_file_is_left();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_regular_file_is_replaced_whole_keeping_its_mode_and_owner),
        cmocka_unit_test(a_new_name_is_created_with_the_umask),
        cmocka_unit_test(a_link_is_followed_and_stays_a_link),
        cmocka_unit_test(a_fifo_gets_the_bytes_straight_through),
        cmocka_unit_test(a_character_device_gets_the_bytes_straight_through),
        cmocka_unit_test(a_device_node_is_written_and_its_errors_reported),
        cmocka_unit_test(a_dash_is_standard_output),
        cmocka_unit_test(a_link_to_standard_output_writes_there),
        cmocka_unit_test(a_folder_a_socket_or_a_block_device_is_refused),
        cmocka_unit_test(a_link_to_nothing_is_refused_and_creates_nothing),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

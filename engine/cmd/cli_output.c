/* -o FILE of report and export: what teaser does depends on what FILE is
 * (docs/contract.md, "Output files"). A regular file, or a name that does not
 * exist yet, is replaced whole or not at all: a temporary file beside it,
 * synced, then renamed onto it. A character device or a FIFO (and "-",
 * standard output) is written straight through: renaming a file over
 * /dev/null would replace the device. A symbolic link is followed to what it
 * names, and the link stays. Anything else is refused. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef int (*Writer)(FILE *f, void *ctx);

/* What FILE is, as a word for a refusal; NULL when teaser may write to it. */
static const char *refused_kind(mode_t mode)
{
    if (S_ISREG(mode) || S_ISCHR(mode) || S_ISFIFO(mode))
        return NULL;
    return S_ISDIR(mode)    ? "a folder"
           : S_ISSOCK(mode) ? "a socket"
           : S_ISBLK(mode)  ? "a block device"
                            : "not a file";
}

/* Runs write on f and closes it; EXIT_OK only when every byte went out. */
static int finish(FILE *f, Writer write, void *ctx, bool sync)
{
    int code = write(f, ctx);
    if (code == EXIT_OK && (fflush(f) != 0 || ferror(f) || (sync && fsync(fileno(f)) != 0)))
        code = EXIT_ENV;
    if (fclose(f) != 0 && code == EXIT_OK)
        code = EXIT_ENV;
    return code;
}

/* A device or a FIFO, opened through any links by the kernel (which applies
 * its own rules to them, fs.protected_symlinks among them). Checked again once
 * open, so that a file put in its place meanwhile is not written half. */
static int write_stream(const char *cmd, const char *path, Writer write, void *ctx)
{
    int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    struct stat st;
    if (fd >= 0 && (fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)))) {
        close(fd);
        fd = -1, errno = EEXIST;
    }
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        if (fd >= 0)
            close(fd);
        cli_error("%s: cannot write %s: %s", cmd, path,
                  errno == EEXIST ? "it changed while being opened" : strerror(errno));
        return EXIT_ENV;
    }
    int code = finish(f, write, ctx, false);
    if (code != EXIT_OK)
        cli_error("%s: %s was not written whole", cmd, path);
    return code;
}

/* The temporary file gets the mode the result should have: that of the file
 * it replaces (and its owner and group where the user may give them), or
 * what a new file gets under the umask. */
static void take_mode(int fd, const struct stat *old)
{
    if (old) {
        fchmod(fd, old->st_mode & 0777);
        if (old->st_uid != geteuid() || old->st_gid != getegid()) {
            /* Only root may give a file away; anyone else replaces it as
             * their own, as sed -i does. */
            int given = fchown(fd, old->st_uid, old->st_gid);
            (void)given;
        }
        return;
    }
    mode_t mask = umask(0); /* mkstemp makes 0600; a report is read by others */
    umask(mask);
    fchmod(fd, 0666 & ~mask);
}

/* write()'s output in a new temporary file beside path, synced, its name in
 * tmp (PATH_MAX + 16 bytes); on failure none is left and the error printed. */
static int write_temp(const char *cmd, const char *shown, const char *path, const struct stat *old,
                      char *tmp, Writer write, void *ctx)
{
    if (snprintf(tmp, PATH_MAX + 16, "%s.tmp-XXXXXX", path) >= PATH_MAX + 16) {
        cli_error("%s: the path %s is too long", cmd, shown);
        return EXIT_INVALID;
    }
    int fd = mkstemp(tmp);
    if (fd >= 0)
        take_mode(fd, old);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        if (fd >= 0)
            close(fd), unlink(tmp);
        cli_error("%s: cannot write %s: %s", cmd, shown, strerror(errno));
        return EXIT_ENV;
    }
    int code = finish(f, write, ctx, true);
    if (code != EXIT_OK) {
        unlink(tmp);
        cli_error("%s: %s was not written", cmd, shown);
    }
    return code;
}

/* path (after links) written to a temporary file beside it, synced, renamed
 * onto it; a failure removes the temporary file and leaves path as it was. */
static int write_whole(const char *cmd, const char *shown, const char *path, const struct stat *old,
                       Writer write, void *ctx)
{
    char tmp[PATH_MAX + 16];
    int code = write_temp(cmd, shown, path, old, tmp, write, ctx);
    if (code == EXIT_OK && rename(tmp, path) != 0) {
        unlink(tmp);
        cli_error("%s: %s was not written", cmd, shown);
        code = EXIT_ENV;
    }
    return code;
}

/* A regular file reached through links: it must be writable by this user,
 * which opening it proves (and the kernel refuses a link it must not follow,
 * fs.protected_symlinks); then the rename goes to the file itself, so that
 * the link stays a link. */
static int replace_linked(const char *cmd, const char *path, const struct stat *st, Writer write,
                          void *ctx)
{
    char real[PATH_MAX];
    int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0 || !realpath(path, real)) {
        cli_error("%s: cannot write %s: %s", cmd, path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return EXIT_ENV;
    }
    close(fd);
    return write_whole(cmd, path, real, st, write, ctx);
}

int cli_write_file(const char *cmd, const char *path, Writer write, void *ctx)
{
    if (!strcmp(path, "-")) {
        int code = write(stdout, ctx);
        if (code == EXIT_OK && fflush(stdout) != 0) {
            cli_error("%s: cannot write to standard output: %s", cmd, strerror(errno));
            code = EXIT_ENV;
        }
        return code;
    }
    struct stat lst, st;
    if (!*path) {
        cli_error("%s: -o needs a file name (or - for standard output)", cmd);
        return EXIT_INVALID;
    }
    if (lstat(path, &lst) != 0) {
        if (errno == ENOENT)
            return write_whole(cmd, path, path, NULL, write, ctx);
        cli_error("%s: cannot write %s: %s", cmd, path, strerror(errno));
        return EXIT_ENV;
    }
    bool link = S_ISLNK(lst.st_mode);
    if (link && stat(path, &st) != 0) {
        if (errno == ENOENT) /* where it points, another user may mean a file of theirs */
            cli_error("%s: %s is a link to nothing; teaser creates no file through a link", cmd,
                      path);
        else
            cli_error("%s: cannot write %s: %s", cmd, path, strerror(errno));
        return EXIT_ENV;
    }
    const struct stat *is = link ? &st : &lst;
    const char *refused = refused_kind(is->st_mode);
    if (refused) {
        cli_error("%s: %s is %s; -o takes a file, a character device, a FIFO or - (standard "
                  "output)",
                  cmd, path, refused);
        return EXIT_ENV;
    }
    if (!S_ISREG(is->st_mode))
        return write_stream(cmd, path, write, ctx);
    return link ? replace_linked(cmd, path, is, write, ctx)
                : write_whole(cmd, path, path, is, write, ctx);
}

/* Puts tmp in place as path, which must not exist: link() fails rather than
 * replace a file made there meanwhile. A file system without hard links (FAT,
 * on a USB stick) gets a rename after a last look instead. */
static bool place_new(const char *tmp, const char *path)
{
    if (link(tmp, path) == 0)
        return unlink(tmp), true;
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP)
        return false;
    struct stat st;
    if (lstat(path, &st) == 0) {
        errno = EEXIST;
        return false;
    }
    return rename(tmp, path) == 0;
}

static int refuse_existing(const char *cmd, const char *path)
{
    cli_error("%s: %s already exists; teaser %s never replaces a file: choose another name, or "
              "move that one away first",
              cmd, path, cmd);
    return EXIT_INVALID;
}

/* Takes back files[from..to): their temporary files, and also the files
 * themselves when they had been placed. */
static void take_back(CliNewFile *files, char (*tmp)[PATH_MAX + 16], int from, int to, bool placed)
{
    for (int i = from; i < to; i++)
        if (!files[i].skipped)
            unlink(placed ? files[i].path : tmp[i]);
}

int cli_write_new_files(const char *cmd, CliNewFile *files, int n)
{
    enum { NEW_FILES_MAX = 4 };
    char tmp[NEW_FILES_MAX][PATH_MAX + 16];
    n = n < NEW_FILES_MAX ? n : NEW_FILES_MAX;
    for (int i = 0; i < n; i++) {
        struct stat st;
        files[i].skipped = lstat(files[i].path, &st) == 0; /* a dangling link exists too */
        if (files[i].skipped && !files[i].optional)
            return refuse_existing(cmd, files[i].path);
        if (!files[i].skipped && errno != ENOENT) {
            cli_error("%s: cannot write %s: %s", cmd, files[i].path, strerror(errno));
            return EXIT_ENV;
        }
    }
    for (int i = 0; i < n; i++) {
        int code = files[i].skipped ? EXIT_OK
                                    : write_temp(cmd, files[i].path, files[i].path, NULL, tmp[i],
                                                 files[i].write, files[i].ctx);
        if (code != EXIT_OK) {
            take_back(files, tmp, 0, i, false);
            return code;
        }
    }
    for (int i = 0; i < n; i++) {
        if (files[i].skipped || place_new(tmp[i], files[i].path))
            continue;
        int err = errno;
        unlink(tmp[i]);
        if (err == EEXIST && files[i].optional) { /* made meanwhile: kept as well */
            files[i].skipped = true;
            continue;
        }
        take_back(files, tmp, i + 1, n, false);
        take_back(files, tmp, 0, i, true);
        if (err == EEXIST)
            return refuse_existing(cmd, files[i].path);
        cli_error("%s: cannot write %s: %s", cmd, files[i].path, strerror(err));
        return EXIT_ENV;
    }
    return EXIT_OK;
}

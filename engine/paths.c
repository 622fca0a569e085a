/* Data-folder discovery. The build puts the binary in build/ (or build/asan/)
 * inside the source tree; the tree is recognised by its scenarios/ and
 * assets/ folders, looked for in the folders above the binary. */
#include "paths.h"

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef TEASER_SHARE_DIR
#define TEASER_SHARE_DIR "/usr/local/share/teaser"
#endif

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_data_dir(const char *dir)
{
    char sub[PATH_MAX + 16];
    snprintf(sub, sizeof sub, "%s/assets", dir);
    if (!is_dir(sub))
        return false;
    snprintf(sub, sizeof sub, "%s/scenarios", dir);
    return is_dir(sub);
}

/* The source tree holding the running binary, if any: build/teaser,
 * build/tests/x, build/asan/tests/x are one to three levels below it. */
static bool from_build(char *out, size_t size)
{
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0)
        return false;
    exe[len] = '\0';
    for (int up = 0; up < 4; up++) {
        char *slash = strrchr(exe, '/');
        if (!slash || slash == exe)
            return false;
        *slash = '\0';
        char engine[PATH_MAX + 16];
        snprintf(engine, sizeof engine, "%s/engine", exe);
        if (up > 0 && is_dir(engine) && is_data_dir(exe)) {
            snprintf(out, size, "%s", exe);
            return true;
        }
    }
    return false;
}

const char *paths_default_store(void)
{
    static char path[PATH_MAX];
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (xdg && xdg[0] == '/')
        snprintf(path, sizeof path, "%s/teaser/results.sqlite", xdg);
    else if (home && *home)
        snprintf(path, sizeof path, "%s/.local/share/teaser/results.sqlite", home);
    else
        return NULL;
    return path;
}

bool paths_make_parents(const char *path)
{
    char dir[PATH_MAX];
    if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir)
        return false;
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0700) != 0 && !is_dir(dir))
            return false;
        *p = '/';
    }
    return true;
}

const char *paths_data_dir(void)
{
    static char dir[PATH_MAX];
    const char *env = getenv("TEASER_DATA_DIR");
    if (env && *env) {
        snprintf(dir, sizeof dir, "%s", env);
        return is_dir(dir) ? dir : NULL;
    }
    if (from_build(dir, sizeof dir))
        return dir;
    if (is_data_dir(TEASER_SHARE_DIR)) {
        snprintf(dir, sizeof dir, "%s", TEASER_SHARE_DIR);
        return dir;
    }
    return NULL;
}

/* The author's view of a scenario that failed to reload (teaser play
 * --watch): its problems, word for word as `teaser check` prints them, in a
 * dark panel over the last good screen, and what the play waits for. Drawing
 * only: it changes no state. */
#ifndef TEASER_WATCH_VIEW_H
#define TEASER_WATCH_VIEW_H

#include "view/ui.h"

/* lines: n problems, one line each ("FILE:LINE:COL: error: MESSAGE"); more:
 * how many more there are that do not fit; file: the scenario, named in
 * the line that says the play waits for its next save. */
void watch_view_draw(Ui *ui, const char *const *lines, int n, int more, const char *file);

#endif

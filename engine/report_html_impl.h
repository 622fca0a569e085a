/* What the two halves of the HTML report share (report_html.c, the page;
 * report_html_chart.c, its chart). Not for other modules. */
#ifndef TEASER_REPORT_HTML_IMPL_H
#define TEASER_REPORT_HTML_IMPL_H

#include <stdio.h>

#include "report.h"

/* The journey chart: the team's line, the customers' and (with predictions)
 * the predicted one, the area where customers feel worse shaded, a legend. */
void report_html_chart(FILE *f, const Report *r, const char *lang);

#endif

/* The gap report as one self-contained HTML page (report_html.c). */
#ifndef TEASER_REPORT_HTML_H
#define TEASER_REPORT_HTML_H

#include "report.h"

typedef struct {
    const char *title;     /* the scenario's title, in its language */
    const char *generated; /* when the report was made (a date), as shown */
    const char *customers; /* the customer data: file and size, in words */
    const char *lang;      /* the language of the page's own words (words.h); NULL: English */
} ReportPage;

bool report_write_html(FILE *f, const Report *r, const ReportPage *page);

#endif

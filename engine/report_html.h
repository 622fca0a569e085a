/* The gap report as one self-contained HTML page for managers: no script, no
 * network. It lays out report.c's figures and computes none, and it never
 * writes a scenario's, a CSV's or a flag's text unescaped. */
#ifndef TEASER_REPORT_HTML_H
#define TEASER_REPORT_HTML_H

#include "report.h"

typedef struct {
    const char *title;     /* the scenario's title, in its language */
    const char *generated; /* when the report was made (a date), as shown */
    const char *customers; /* the customer data in words (file, answers, source); NULL: none */
    const char *lang;      /* the language of the page's own words (words.h); NULL: English */
} ReportPage;

bool report_write_html(FILE *f, const Report *r, const ReportPage *page);

#endif

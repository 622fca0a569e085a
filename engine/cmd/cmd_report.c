/* teaser report: the gap report for managers, as one HTML page, JSON, CSV or
 * a table on the terminal. -o FILE goes through cli_write_file, so no half
 * report is left. */
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "cli.h"
#include "cli_filter.h"
#include "customers.h"
#include "paths.h"
#include "report.h"
#include "report_html.h"
#include "report_say.h"
#include "words.h"

static const char usage[] =
    "usage: teaser report --scenario FILE [--db PATH]... [--customers CSV] [--workshop LABEL]\n"
    "                     [--compare LABEL] [--department NAME] [--site LABEL]\n"
    "                     [--min-group N] [--lang CODE] [--format html|json|csv|text]\n"
    "                     [-o FILE]\n"
    "\n"
    "Compares employees' ratings with the measured customer emotions, per touchpoint: means\n"
    "on -4..+4, the gap with Welch's 95% interval, Hedges' g, Cliff's delta with a bootstrap\n"
    "interval, and the journey's peak-end scores. No figure resting on fewer than --min-group\n"
    "participants (default 5, never below 3) is shown: not a group, not a touchpoint or a\n"
    "step only a few reached, not a group that could be worked out by subtracting other\n"
    "reports of the scenario (complementary suppression). Withheld figures are a dash\n"
    "(null in JSON, empty in CSV) with a note on why. A --workshop, --department, --site or\n"
    "--compare value that no session of the scenario has is exit 1, with the values there are.\n"
    "The text and HTML reports open with one sentence on how large the gap is (at how many\n"
    "moments customers feel clearly worse than the team thought, and the largest gap in\n"
    "points), then each moment in plain words, largest gap first, then the statistics.\n"
    "\n"
    "A scenario with predict: adds what the team predicted before playing (JSON and CSV:\n"
    "n_predicted, mean_predicted, predicted_gap with Welch's interval) and the shift playing\n"
    "caused, paired per session (shift, with a paired t interval), each behind the floor on\n"
    "its own count; felt figures never include predictions.\n"
    "\n"
    "  --scenario FILE    the scenario: its touchpoints, labels and customer data\n"
    "  --customers CSV    use this customer data instead of the scenario's\n"
    "  --workshop LABEL   only this workshop's sessions\n"
    "  --department NAME  only this department's sessions\n"
    "  --site LABEL       only the sessions played at this site (play --site); without\n"
    "                     it, two sites or more are set side by side\n"
    "  --compare LABEL    beside --workshop, the gaps of this other workshop (before/after)\n"
    "  --min-group N      the privacy floor (at least 3; use one floor per store)\n"
    "  --lang CODE        the language of the report's words and of the scenario's labels\n"
    "                     (default: the scenario's language); Dutch (nl) writes decimal\n"
    "                     commas in text and HTML. A language the scenario has no text in\n"
    "                     is exit 1. JSON and CSV keep their field names and '.' decimals;\n"
    "                     only their labels change\n"
    "  --format FORMAT    html (one file for managers, prints on A4), json, csv or text\n"
    "                     (default: text)\n"
    "  -o, --output FILE  write to FILE instead of the terminal: a file is replaced\n"
    "                     whole or not at all, keeping its mode; a device or FIFO is\n"
    "                     written straight through, a link followed (it stays a link);\n"
    "                     - is the terminal; a folder, socket or dangling link: exit 3\n"
    "  --db PATH          the results store (default: TEASER_DB, else\n"
    "                     ~/.local/share/teaser/results.sqlite); given more than once, the\n"
    "                     stores are read as one, a session in several counted once\n"    "                     a PostgreSQL URI: the server counts (the report reads a few\n"
    "                     thousand rows however many sessions there are)\n"
    "\n"
    "Exit: 0 written, 1 invalid scenario, customer data or flag value, 2 usage error,\n"
    "3 the store or FILE cannot be used.\n";

typedef struct {
    const char *scenario, *customers, *workshop, *department, *format, *output, *compare,
        *site, *lang;
    CliStores dbs;
    int min_group;
} ReportOptions;

static int parse(int argc, char **argv, ReportOptions *o)
{
    enum {
        O_SCENARIO = 256,
        O_CUSTOMERS,
        O_WORKSHOP,
        O_DEPARTMENT,
        O_MIN,
        O_FORMAT,
        O_DB,
        O_COMPARE,
        O_SITE,
        O_LANG
    };
    static const struct option opts[] = {{"scenario", required_argument, NULL, O_SCENARIO},
                                         {"customers", required_argument, NULL, O_CUSTOMERS},
                                         {"workshop", required_argument, NULL, O_WORKSHOP},
                                         {"department", required_argument, NULL, O_DEPARTMENT},
                                         {"min-group", required_argument, NULL, O_MIN},
                                         {"format", required_argument, NULL, O_FORMAT},
                                         {"output", required_argument, NULL, 'o'},
                                         {"db", required_argument, NULL, O_DB},
                                         {"compare", required_argument, NULL, O_COMPARE},
                                         {"site", required_argument, NULL, O_SITE},
                                         {"lang", required_argument, NULL, O_LANG},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char **values[] = {&o->scenario, &o->customers, &o->workshop, &o->department,
                             NULL,         &o->format,    NULL,         &o->compare,
                             &o->site,     &o->lang};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        if (c == 'h')
            return fputs(usage, stdout), EXIT_OK;
        if (c == 'o')
            o->output = optarg;
        else if (c == O_DB) {
            if (!cli_add_store(&o->dbs, "report", optarg))
                return EXIT_USAGE;
        }
        else if (c == O_MIN)
            o->min_group = atoi(optarg) >= REPORT_MIN_GROUP_FLOOR &&
                                   strspn(optarg, "0123456789") == strlen(optarg)
                               ? atoi(optarg)
                               : -1;
        else if (c >= O_SCENARIO && c <= O_LANG)
            *values[c - O_SCENARIO] = optarg;
        else
            return cli_bad_option("report", c, argv[optind - 1]);
    }
    if (optind < argc || !o->scenario) {
        cli_error("report: name the scenario (usage: teaser report --scenario FILE ...)");
        return EXIT_USAGE;
    }
    if (o->compare && !o->workshop) {
        cli_error("report: --compare needs --workshop: the workshop to compare it with");
        return EXIT_USAGE;
    }
    if (o->min_group < 0) {
        cli_error("report: --min-group must be a whole number of at least %d",
                  REPORT_MIN_GROUP_FLOOR);
        return EXIT_INVALID;
    }
    if (strcmp(o->format, "json") && strcmp(o->format, "csv") && strcmp(o->format, "text") &&
        strcmp(o->format, "html")) {
        cli_error("report: --format must be html, json, csv or text, not \"%s\"", o->format);
        return EXIT_INVALID;
    }
    return -1;
}

typedef struct {
    const Report *r;
    const char *format;
    ReportPage page;
} ReportJob;

static int report_job(FILE *f, void *ctx)
{
    const ReportJob *job = ctx;
    const char *format = job->format;
    bool ok = !strcmp(format, "html")   ? report_write_html(f, job->r, &job->page)
              : !strcmp(format, "json") ? report_write_json(f, job->r)
              : !strcmp(format, "csv")  ? report_write_csv(f, job->r)
                                        : report_write_text(f, job->r, job->page.lang);
    return ok ? EXIT_OK : EXIT_ENV;
}

/* The date the report was made; SOURCE_DATE_EPOCH fixes it (reproducible files). */
static void today(char *buf, size_t size)
{
    const char *fixed = getenv("SOURCE_DATE_EPOCH");
    time_t now = fixed ? (time_t)strtoll(fixed, NULL, 10) : time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(buf, size, "%Y-%m-%d", &tm);
}

/* The labels joined with ", " (cut at size). */
static void join(const char (*labels)[CUSTOMERS_LABEL_MAX], int n, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < n && len < size; i++)
        len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? ", " : "", labels[i]);
}

/* Appends "; " and a word whose "%s" is the list of labels (none: nothing). */
static int add_list(char *buf, size_t size, int n, const char *word,
                    const char (*labels)[CUSTOMERS_LABEL_MAX], int n_labels)
{
    char list[1024];
    if (n_labels == 0 || n < 0 || (size_t)n >= size)
        return n;
    join(labels, n_labels, list, sizeof list);
    n += snprintf(buf + n, size - (size_t)n, "; ");
    return (size_t)n < size ? n + snprintf(buf + n, size - (size_t)n, word, list) : n;
}

/* What the customer data is, in words: its file, answers, sources, periods. */
static void describe_customers(const CustomerData *cd, const char *path, const char *lang,
                               char *buf, size_t size)
{
    double answers = 0;
    for (int i = 0; i < cd->n; i++)
        answers += cd->tps[i].n;
    int n = snprintf(buf, size,
                     words_plural(lang, cd->n, WORD_REPORT_CUSTOMER_DATA_ONE,
                                  WORD_REPORT_CUSTOMER_DATA_MANY),
                     path, answers, cd->n);
    n = add_list(buf, size, n, words_get(lang, WORD_REPORT_SOURCES), cd->sources,
                 cd->n_sources);
    add_list(buf, size, n, words_get(lang, WORD_REPORT_PERIODS), cd->periods, cd->n_periods);
}

/* The customer data, read on a thread of its own while the store is read: the
 * two are the slow halves of a big report and need nothing from each other. */
typedef struct {
    const char *path; /* NULL: none */
    const Scenario *s;
    CustomerData cd;
    DiagList dl;
    bool have;
} CustomersJob;

static void *read_customers(void *arg)
{
    CustomersJob *job = arg;
    job->have = job->path && customers_load(job->path, job->s, &job->cd, &job->dl) == CUSTOMERS_OK;
    return NULL;
}

/* The report (and the one to compare with) from the store and the customers. */
static int build(const ReportOptions *o, const Scenario *s, Store *store, CustomersJob *job,
                 Report *r, Report *before)
{
    pthread_t reader;
    bool threaded = pthread_create(&reader, NULL, read_customers, job) == 0;
    if (!threaded)
        read_customers(job);
    StoreFilter filter = {
        .workshop = o->workshop, .scenario = s->id, .department = o->department, .site = o->site};
    StoreFilter other = {
        .workshop = o->compare, .scenario = s->id, .department = o->department, .site = o->site};
    char err[STORE_ERR_MAX] = "";
    ReportFold *now = report_fold(s, store, &filter, err, sizeof err);
    ReportFold *then = now && o->compare ? report_fold(s, store, &other, err, sizeof err) : NULL;
    if (threaded)
        pthread_join(reader, NULL);
    cli_print_diags(&job->dl, o->scenario);
    const CustomerData *cd = job->have ? &job->cd : NULL;
    bool ok = now && (!o->compare || then);
    int code = job->dl.errors ? EXIT_INVALID : ok ? -1 : EXIT_ENV;
    if (code < 0) { /* report_finish frees each fold */
        bool done = report_finish(now, cd, store, o->min_group, r, err, sizeof err);
        done = (!then || report_finish(then, cd, store, o->min_group, before, err, sizeof err)) &&
               done;
        now = then = NULL;
        code = done ? -1 : EXIT_ENV;
    }
    report_fold_free(now);
    report_fold_free(then);
    if (code == EXIT_ENV)
        cli_error("%s", err);
    return code;
}

/* The filters, and the workshop to compare with, each against the store. */
static int check(const ReportOptions *o, const Scenario *s, Store *store)
{
    StoreFilter filter = {
        .workshop = o->workshop, .scenario = s->id, .department = o->department, .site = o->site};
    StoreFilter other = {.workshop = o->compare, .scenario = s->id};
    int code = cli_check_filter("report", store, &filter);
    int compare = cli_check_filter("report", store, &other);
    return code >= 0 ? code : compare;
}

int cmd_report(int argc, char **argv)
{
    ReportOptions o = {.format = "text", .min_group = REPORT_MIN_GROUP};
    int code = parse(argc, argv, &o);
    if (code >= 0)
        return code;
    Scenario *s = NULL;
    Store *store = NULL;
    CustomersJob job = {0};
    diag_init(&job.dl);
    Report r = {0}, before = {0};
    if ((code = cli_load_scenario(o.scenario, NULL, &s, NULL, NULL)) < 0 &&
        (code = cli_check_lang("report", s, o.lang)) < 0 &&
        (store = cli_open_stores(&o.dbs, &code)) != NULL) {
        job.path = o.customers ? o.customers : s->customers.resolved;
        job.s = s;
        code = build(&o, s, store, &job, &r, &before);
        /* a value no session has selects no one: only then is the store asked */
        if (code < 0 && (r.participants == 0 || (o.compare && before.participants == 0)))
            code = check(&o, s, store);
    }
    if (code < 0) {
        const char *lang = o.lang ? o.lang : s->language;
        report_say_labels(&r, s, lang);
        r.compare = o.compare ? &before : NULL;
        char date[32], about[600];
        today(date, sizeof date);
        const char *csv = o.customers ? o.customers : s->customers.path;
        if (job.have)
            describe_customers(&job.cd, csv, lang, about, sizeof about);
        ReportJob rj = {&r,
                        o.format,
                        {text_get(&s->title, lang, s->language), date,
                         job.have ? about : NULL, lang}};
        code = o.output ? cli_write_file("report", o.output, report_job, &rj)
                        : report_job(stdout, &rj);
    }
    report_free(&r);
    report_free(&before);
    store_close(store);
    customers_free(&job.cd);
    diag_free(&job.dl);
    scenario_free(s);
    return code;
}

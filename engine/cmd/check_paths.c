/* Prints the routes of `teaser check --paths`. The JSON names are a contract
 * (docs/contract.md): add fields, never rename them. */
#include "check_paths.h"

#include <stdio.h>
#include <stdlib.h>

#include "customers.h"
#include "json.h"

/* Which touchpoints the customer data covers; NULL when the scenario names
 * none or it cannot be read (check has reported why already). */
static bool *covered_touchpoints(const Scenario *s)
{
    if (!s->customers.path || !s->customers.resolved)
        return NULL;
    CustomerData cd;
    DiagList quiet;
    diag_init(&quiet);
    bool *covered = NULL;
    if (customers_load(s->customers.resolved, s, &cd, &quiet) == CUSTOMERS_OK)
        covered = calloc((size_t)s->n_touchpoints + 1, sizeof *covered);
    for (int t = 0; covered && t < s->n_touchpoints; t++)
        covered[t] = customers_find(&cd, s->touchpoints[t].id) != NULL;
    customers_free(&cd);
    diag_free(&quiet);
    return covered;
}

bool check_paths_explore(const Scenario *s, Routes *out, DiagList *dl)
{
    bool *covered = covered_touchpoints(s);
    bool ok = routes_explore(s, covered, out);
    free(covered);
    if (ok)
        routes_check(s, out, dl);
    return ok;
}

/* ---- text ---- */

static void print_touchpoints(const Scenario *s, const int *tp, int n)
{
    for (int i = 0; i < n; i++)
        printf("%s%s", i ? ", " : "", s->touchpoints[tp[i]].id);
    if (n == 0)
        fputs("nothing", stdout);
}

static void print_loops(const Scenario *s, const Route *r)
{
    for (int i = 0; i < r->n_loops; i++) {
        const RouteLoop *l = &r->loops[i];
        printf("%s%s [%s] back to %s", i ? "; " : "    loops: ", s->steps[r->legs[l->at].step].id,
               l->way.how, s->steps[l->back_to].id);
        if (l->via >= 0)
            printf(" via %s", s->steps[l->via].id);
        if (l->round_ms < 60000)
            printf(" (+%ld s)", (l->round_ms + 999) / 1000);
        else
            printf(" (+%ld min)", (l->round_ms + 59999) / 60000);
    }
    if (r->n_loops)
        putchar('\n');
}

static void print_route(const Scenario *s, const Routes *all, int k)
{
    const Route *r = &all->list[k];
    char took[32];
    printf("Route %d of %s%ld: ", k + 1, all->more ? "more than " : "", all->found);
    for (int i = 0; i < r->n_legs; i++) {
        printf("%s", s->steps[r->legs[i].step].id);
        if (r->legs[i].choice)
            printf(" [%s]", r->legs[i].way.how);
        fputs(" \xe2\x86\x92 ", stdout); /* an arrow */
    }
    routes_minutes(r->shortest_ms, r->longest_ms, took, sizeof took);
    printf("end \xc2\xb7 %s \xc2\xb7 rates: ", took);
    print_touchpoints(s, r->rates, r->n_rates);
    putchar('\n');
    print_loops(s, r);
}

static void print_text(const Scenario *s, const char *path, const Routes *r)
{
    printf("%s: %s%ld route%s from %s to the end\n", path, r->more ? "more than " : "", r->found,
           r->found == 1 ? "" : "s", s->steps[0].id);
    for (int k = 0; k < r->n; k++)
        print_route(s, r, k);
    if (r->found > r->n)
        printf("... and %s%ld more route%s, not listed\n", r->more ? "more than " : "",
               r->found - r->n, r->found - r->n == 1 ? "" : "s");
}

/* ---- JSON ---- */

static void json_step(const Scenario *s, int step)
{
    if (step >= 0)
        json_string(stdout, s->steps[step].id);
    else
        fputs(step == REF_END ? "\"end\"" : "null", stdout);
}

static void json_ids(const Scenario *s, const int *tp, int n)
{
    putchar('[');
    for (int i = 0; i < n; i++) {
        fputs(i ? ", " : "", stdout);
        json_string(stdout, s->touchpoints[tp[i]].id);
    }
    putchar(']');
}

static void json_legs(const Scenario *s, const Route *r)
{
    fputs("\"legs\": [", stdout);
    for (int i = 0; i < r->n_legs; i++) {
        const RouteLeg *g = &r->legs[i];
        printf("%s{\"step\": ", i ? ", " : "");
        json_step(s, g->step);
        fputs(", \"way\": ", stdout);
        json_string(stdout, g->way.how);
        fputs(", \"to\": ", stdout);
        json_step(s, g->way.to);
        printf(", \"choice\": %s, \"min_ms\": %ld, \"max_ms\": %ld}", g->choice ? "true" : "false",
               g->way.min_ms, g->way.max_ms);
    }
    putchar(']');
}

static void json_loops(const Scenario *s, const Route *r)
{
    fputs("\"loops\": [", stdout);
    for (int i = 0; i < r->n_loops; i++) {
        const RouteLoop *l = &r->loops[i];
        printf("%s{\"at\": ", i ? ", " : "");
        json_step(s, r->legs[l->at].step);
        fputs(", \"way\": ", stdout);
        json_string(stdout, l->way.how);
        fputs(", \"back_to\": ", stdout);
        json_step(s, l->back_to);
        fputs(", \"via\": ", stdout);
        json_step(s, l->via);
        printf(", \"round_ms\": %ld}", l->round_ms);
    }
    putchar(']');
}

static void json_route(const Scenario *s, const Route *r, int number)
{
    printf("    {\"number\": %d, ", number);
    json_legs(s, r);
    printf(", \"shortest_ms\": %ld, \"newcomer_ms\": %ld, \"longest_ms\": %ld, \"rates\": ",
           r->shortest_ms, r->newcomer_ms, r->longest_ms);
    json_ids(s, r->rates, r->n_rates);
    fputs(", \"skips\": ", stdout);
    json_ids(s, r->skips, r->n_skips);
    printf(", \"far\": %s, ", r->far < 0 ? "\"shorter\"" : r->far > 0 ? "\"longer\"" : "null");
    json_loops(s, r);
    putchar('}');
}

static void print_json(const Scenario *s, const char *path, const Routes *r)
{
    fputs("{\"file\": ", stdout);
    json_string(stdout, path);
    fputs(", \"scenario\": ", stdout);
    json_string(stdout, s->id);
    printf(", \"routes_found\": %ld, \"more\": %s, \"median_ms\": %ld,\n  \"routes\": [\n",
           r->found, r->more ? "true" : "false", r->median_ms);
    for (int k = 0; k < r->n; k++) {
        json_route(s, &r->list[k], k + 1);
        fputs(k + 1 < r->n ? ",\n" : "\n", stdout);
    }
    fputs("  ]}\n", stdout);
}

void check_paths_print(const Scenario *s, const char *path, const Routes *r, bool json)
{
    if (json)
        print_json(s, path, r);
    else
        print_text(s, path, r);
}

/* Each screen is drawn by its own code, with show_all set so that texts that
 * appear only at some moments (announcements, options still to be spoken,
 * form errors) are laid out too; the Ui records texts taller than their box.
 * A text is traced back to its place in the file by its pointer: step texts
 * are the scenario's own strings. */
#include "fit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rating_view.h"
#include "screens.h"
#include "steps/step_views.h"
#include "ui.h"
#include "words.h"

enum { FIT_LANGS = 8, FIT_REPORTED = 256 };

typedef struct {
    const Scenario *s;
    DiagList *dl;
    const void *reported[FIT_REPORTED];
    int n_reported;
} Fit;

/* Where a drawn string is written in the file: a text's part, or a persona
 * detail's value (plain strings drawn on the customer card). */
typedef struct {
    const void *key; /* the Text or the detail, to report each once */
    Pos pos;
    bool per_language;
} Origin;

static bool origin_of(const Scenario *s, const char *p, Origin *o)
{
    for (int i = 0; i < s->n_texts; i++)
        for (int k = 0; k < s->texts[i]->n; k++)
            if (s->texts[i]->parts[k].s == p) {
                *o = (Origin){s->texts[i], s->texts[i]->pos, s->texts[i]->parts[0].lang != NULL};
                return true;
            }
    for (int i = 0; i < s->persona.n_details; i++)
        if (s->persona.details[i].value == p) {
            *o = (Origin){&s->persona.details[i], s->persona.details[i].pos, false};
            return true;
        }
    return false;
}

static void report(Fit *fit, Ui *ui, const char *lang)
{
    UiOverflow ov[32];
    int n = ui_overflows(ui, ov, 32);
    for (int i = 0; i < n; i++) {
        Origin o;
        bool seen = !origin_of(fit->s, ov[i].text, &o);
        for (int k = 0; k < fit->n_reported && !seen; k++)
            seen = fit->reported[k] == o.key;
        if (seen || fit->n_reported == FIT_REPORTED)
            continue;
        fit->reported[fit->n_reported++] = o.key;
        int more = (int)((ov[i].needed / (ov[i].available > 1 ? ov[i].available : 1) - 1) * 100 + 0.5);
        char why[96];
        if (more > 200) /* a text that flows after others can be left almost no room */
            snprintf(why, sizeof why, "the texts above it leave it almost no room; shorten them or it");
        else
            snprintf(why, sizeof why, "it needs about %d%% more room; shorten it", more);
        diag_add(fit->dl, DIAG_W0301, o.pos.line, o.pos.col,
                 "this text does not fit its place on the screen at 1280x720%s%s%s: %s",
                 o.per_language ? " (in \"" : "", o.per_language ? lang : "",
                 o.per_language ? "\")" : "", why);
    }
}

static void fit_rating(Fit *fit, Ui *ui, StepRun *run)
{
    const Step *st = run->step;
    const char *question = text_get(&fit->s->rating.question, run->lang, fit->s->language);
    const char *context = st->touchpoint.index >= 0
                              ? text_get(&fit->s->touchpoints[st->touchpoint.index].label,
                                         run->lang, fit->s->language)
                              : NULL;
    if (st->type->prompt)
        st->type->prompt(run, &question, &context);
    Rating r;
    rating_start(&r, &fit->s->rating, run->lang, fit->s->language, 0);
    ui_begin_frame(ui, UI_CANVAS_W, UI_CANVAS_H);
    rating_draw(&r, ui, question, fit->s->persona.name, context);
    report(fit, ui, run->lang);
    ui_end_frame(ui);
}

static void fit_step(Fit *fit, Ui *ui, const Step *st, const char *lang)
{
    StepRun run = {.scenario = fit->s,
                   .step = st,
                   .lang = lang,
                   .visits = 1,
                   .show_all = true,
                   .wake_ms = -1,
                   .layout = {0, -1},
                   .state = calloc(1, st->type->state_size + 1)};
    if (!run.state)
        return;
    if (st->type->start)
        st->type->start(&run);
    if (!run.done) {
        ui_begin_frame(ui, UI_CANVAS_W, UI_CANVAS_H);
        step_view(st->type->kind)->draw(&run, ui, &run.layout);
        report(fit, ui, lang);
        ui_end_frame(ui);
    }
    if (st->rate)
        fit_rating(fit, ui, &run);
    free(run.state);
}

/* Each prediction's screen, for the touchpoints a step rates: the label and
 * its line of context must each fit one line, the question its place. */
static void fit_predictions(Fit *fit, Ui *ui, const char *lang)
{
    const Scenario *s = fit->s;
    const Text *q = &s->predict.question;
    const char *question = q->n ? text_get(q, lang, s->language)
                                : words_get(lang, WORD_PREDICT_QUESTION);
    Rating r;
    rating_start(&r, &s->rating, lang, s->language, 0);
    for (int t = 0; s->predict.enabled && t < s->n_touchpoints; t++) {
        bool rated = false;
        for (int i = 0; i < s->n_steps && !rated; i++)
            rated = s->steps[i].rate && s->steps[i].touchpoint.index == t;
        if (!rated)
            continue;
        const Touchpoint *tp = &s->touchpoints[t];
        RatingPrediction pr = {
            t + 1, s->n_touchpoints, text_get(&tp->label, lang, s->language),
            text_get(tp->about.n ? &tp->about : &tp->department, lang, s->language)};
        ui_begin_frame(ui, UI_CANVAS_W, UI_CANVAS_H);
        rating_draw_prediction(&r, ui, question, &pr);
        report(fit, ui, lang);
        ui_end_frame(ui);
    }
}

/* The start screen introduces the persona. */
static void fit_start(Fit *fit, Ui *ui, const char *lang)
{
    StartScreen start;
    start_screen_init(&start, lang, text_get(&fit->s->title, lang, fit->s->language), "", false);
    start.persona = fit->s->persona.name;
    start.about = text_get(&fit->s->persona.about, lang, fit->s->language);
    ui_begin_frame(ui, UI_CANVAS_W, UI_CANVAS_H);
    start_screen_draw(&start, ui);
    report(fit, ui, lang);
    ui_end_frame(ui);
}

/* The scenario's language first, then every other language its texts have. */
static int languages(const Scenario *s, const char **out)
{
    int n = 0;
    out[n++] = s->language;
    for (int i = 0; i < s->n_texts; i++)
        for (int k = 0; k < s->texts[i]->n; k++) {
            const char *l = s->texts[i]->parts[k].lang;
            bool known = !l;
            for (int j = 0; j < n && !known; j++)
                known = !strcmp(out[j], l);
            if (!known && n < FIT_LANGS)
                out[n++] = l;
        }
    return n;
}

void fit_check(const Scenario *s, Ui *measure, DiagList *dl)
{
    char err[256];
    Ui *ui = measure ? measure : ui_create_measure(NULL, err, sizeof err);
    if (!ui) {
        diag_add(dl, DIAG_W0302, 0, 0, "the screen-fit check was skipped: %s", err);
        return;
    }
    Fit fit = {.s = s, .dl = dl};
    const char *langs[FIT_LANGS];
    int n = languages(s, langs);
    for (int l = 0; l < n; l++) {
        fit_start(&fit, ui, langs[l]);
        fit_predictions(&fit, ui, langs[l]);
        for (int i = 0; i < s->n_steps; i++)
            fit_step(&fit, ui, &s->steps[i], langs[l]);
    }
    if (ui != measure)
        ui_destroy(ui);
}

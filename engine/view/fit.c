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
    char screen[96]; /* the screen being laid out, for messages: step "bill" */
    float scale;     /* the text scale laid out at */
} Fit;

/* The text scales every screen must fit at: as made, and the larger text a
 * participant with low vision sets (--text-scale, key T). */
static const float fit_scales[] = {1.0f, 1.5f};

/* Where a drawn string is written in the file: a text's part, or a persona
 * detail's value (plain strings drawn on the customer card), and how a
 * facilitator finds it there: "options" item 2. */
typedef struct {
    const void *key; /* the Text or the detail, to report each once */
    Pos pos;
    char place[96];
} Origin;

static void text_place(const Text *t, char *buf, size_t size)
{
    if (t->list && t->key)
        snprintf(buf, size, "\"%s\" of \"%s\" item %d", t->key, t->list, t->item);
    else if (t->list)
        snprintf(buf, size, "\"%s\" item %d", t->list, t->item);
    else
        snprintf(buf, size, "\"%s\"", t->key ? t->key : "text");
}

static bool origin_of(const Scenario *s, const char *p, Origin *o)
{
    for (int i = 0; i < s->n_texts; i++)
        for (int k = 0; k < s->texts[i]->n; k++)
            if (s->texts[i]->parts[k].s == p) {
                *o = (Origin){.key = s->texts[i], .pos = s->texts[i]->pos};
                text_place(s->texts[i], o->place, sizeof o->place);
                return true;
            }
    for (int i = 0; i < s->persona.n_details; i++)
        if (s->persona.details[i].value == p) {
            *o = (Origin){.key = &s->persona.details[i], .pos = s->persona.details[i].pos};
            snprintf(o->place, sizeof o->place, "\"value\" of persona detail \"%s\"",
                     s->persona.details[i].id);
            return true;
        }
    return false;
}

/* Says what the participant would see: how many lines the text takes and
 * how many its box shows whole (the rest is cut), or that the texts above it
 * on the same screen leave it no room at all. */
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
        char why[128];
        if (ov[i].room < 1)
            snprintf(
                why, sizeof why,
                "the texts above it on the screen leave it less than a line; shorten them or it");
        else
            snprintf(why, sizeof why,
                     "it takes %d lines where there is room for %d, so it is cut; shorten it",
                     ov[i].lines, ov[i].room);
        diag_add(fit->dl, DIAG_W0301, o.pos.line, o.pos.col,
                 "this text does not fit its place on the screen at 1280x720, text scale %.1f "
                 "(%s, %s, in %s): %s",
                 (double)fit->scale, fit->screen, o.place, lang, why);
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
    snprintf(fit->screen, sizeof fit->screen, "the rating after step \"%s\"", st->id);
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
    snprintf(fit->screen, sizeof fit->screen, "step \"%s\"", st->id);
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
    const char *question =
        q->n ? text_get(q, lang, s->language) : words_get(lang, WORD_PREDICT_QUESTION);
    Rating r;
    rating_start(&r, &s->rating, lang, s->language, 0);
    for (int t = 0; s->predict.enabled && t < s->n_touchpoints; t++) {
        bool rated = false;
        for (int i = 0; i < s->n_steps && !rated; i++)
            rated = s->steps[i].rate && s->steps[i].touchpoint.index == t;
        if (!rated)
            continue;
        const Touchpoint *tp = &s->touchpoints[t];
        snprintf(fit->screen, sizeof fit->screen, "the prediction for touchpoint \"%s\"", tp->id);
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
    snprintf(fit->screen, sizeof fit->screen, "the start screen");
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

/* The lint at each of scales[0..n), reporting a text once, at the first
 * scale it is cut at. */
static void check_scales(const Scenario *s, Ui *measure, const float *scales, size_t n,
                         DiagList *dl)
{
    char err[256];
    Ui *ui = measure ? measure : ui_create_measure(NULL, err, sizeof err);
    if (!ui) {
        diag_add(dl, DIAG_W0302, 0, 0, "the screen-fit check was skipped: %s", err);
        return;
    }
    Fit fit = {.s = s, .dl = dl};
    const char *langs[FIT_LANGS];
    int n_langs = languages(s, langs);
    float was = ui_text_scale(ui);
    for (size_t k = 0; k < n; k++) {
        fit.scale = scales[k];
        ui_set_text_scale(ui, fit.scale);
        for (int l = 0; l < n_langs; l++) {
            fit_start(&fit, ui, langs[l]);
            fit_predictions(&fit, ui, langs[l]);
            for (int i = 0; i < s->n_steps; i++)
                fit_step(&fit, ui, &s->steps[i], langs[l]);
        }
    }
    ui_set_text_scale(ui, was);
    if (ui != measure)
        ui_destroy(ui);
}

void fit_check(const Scenario *s, Ui *measure, DiagList *dl)
{
    check_scales(s, measure, fit_scales, sizeof fit_scales / sizeof *fit_scales, dl);
}

void fit_check_at(const Scenario *s, Ui *measure, float scale, DiagList *dl)
{
    check_scales(s, measure, &scale, 1, dl);
}

/* The player's state machine: START -> [PREDICT ...] -> (STEP -> [RATING]) ...
 * -> END. Predictions are rating prompts of their own kind, one per rated
 * touchpoint, before the first step (when the scenario asks for them). A step
 * is started with a fresh state buffer, fed input and clock ticks, and says
 * when it is done and where to go; a rating prompt follows a step with
 * `rate: true` however the step ended (docs/scripted-input.md). The player
 * never reads a clock or a device itself, and never draws: the view
 * (engine/view/player_view.c) reads it through the accessors of player.h. */
#include "player.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debrief.h"
#include "rating.h"
#include "scale.h"
#include "start_screen.h"
#include "steps/steps.h"
#include "tally.h"
#include "words.h"

struct Player {
    PlayerConfig cfg;
    const Scenario *s;
    const char *lang; /* the language played: cfg's, else the scenario's */
    PlayerPhase phase;
    StartScreen start;
    Rating rating;
    StepRun run; /* the step on view (or the one just rated); state NULL after the end */
    int step;    /* its index */
    int *visits; /* per step: visits in this session */
    /* the predictions a session begins with: per rated touchpoint in journey
     * order, the touchpoint and the first step that rates it */
    int *predict_tp, *predict_step;
    int n_predict;
    int predicting; /* the prediction on view (PHASE_RATING), or -1 */
    char predict_context[400];
    const char *predict_label, *predict_about; /* of the prediction on view; about may be NULL */
    Journey journey;
    /* this session's ratings per touchpoint on -4..+4, summed and counted, for the debrief */
    double you_sum[DEBRIEF_MAX_TP];
    int you_n[DEBRIEF_MAX_TP];
    double predicted[DEBRIEF_MAX_TP]; /* this session's predictions on -4..+4; NaN: none */
    Tally did; /* this session's events; the tally's session number is always 0 */
    Debrief debrief;
    int64_t end_ms; /* when the end screen appeared: the debrief draws in from here */
    bool session_open, finished;
    int64_t now, session_t0; /* the clock; when the session began (the sink counts from it) */
    /* serial changes with every screen; order numbers the screens of a session for their
     * names ("03-hold"), and only first visits get a name */
    int serial, order;
    char screen[128];
    char error[DIAG_MSG_MAX];
};

static const char *device_name(Device d)
{
    static const char *const names[] = {"keyboard", "mouse", "touch", "script"};
    return names[d];
}

static void new_screen(Player *p, const char *what, bool first)
{
    p->serial++;
    if (first)
        snprintf(p->screen, sizeof p->screen, "%02d-%s", p->order++, what);
    else
        p->screen[0] = '\0';
}

static void stop(Player *p)
{
    p->phase = PHASE_STOPPED;
    p->finished = true;
    free(p->run.state);
    p->run.state = NULL;
}

/* Each event goes to the tally of this session (for the personal debrief)
 * and to the sink (the store). */
static void log_event(void *ctx, const char *step, int64_t t_ms, const Event *ev, const char *text)
{
    Player *p = ctx;
    tally_add(&p->did, 0, step, ev);
    if (p->cfg.sink.event)
        p->cfg.sink.event(p->cfg.sink.ctx, step, t_ms - p->session_t0, ev, text);
}

static void reach_end(Player *p)
{
    free(p->run.state);
    p->run.state = NULL;
    if (p->cfg.sink.finish && !p->cfg.sink.finish(p->cfg.sink.ctx, p->error, sizeof p->error)) {
        stop(p);
        return;
    }
    double you[DEBRIEF_MAX_TP], customers[DEBRIEF_MAX_TP];
    for (int t = 0; t < DEBRIEF_MAX_TP; t++) {
        you[t] = p->you_n[t] ? p->you_sum[t] / p->you_n[t] : NAN;
        customers[t] = p->cfg.customers && t < p->s->n_touchpoints ? p->cfg.customers[t] : NAN;
    }
    debrief_build(&p->debrief, p->s, p->lang, you, customers, p->predicted, &p->did);
    p->end_ms = p->now;
    p->phase = PHASE_END;
    p->session_open = false;
    new_screen(p, "end", true);
    p->finished = !p->cfg.kiosk;
}

static void after_step(Player *p);

/* Steps and prompts follow each other by these two: enter_step starts a step
 * (or reaches the end for REF_END), and a step that is done at once goes
 * straight on to after_step, which shows its rating prompt or enters the next
 * step. Only a rate step ends as it starts, and it always has a prompt, so
 * this never runs through steps without stopping. */
static void enter_step(Player *p, int index)
{
    if (index == REF_END || index < 0 || index >= p->s->n_steps) {
        reach_end(p);
        return;
    }
    const Step *st = &p->s->steps[index];
    free(p->run.state);
    p->step = index;
    p->visits[index]++;
    p->run = (StepRun){.scenario = p->s,
                       .step = st,
                       .lang = p->lang,
                       .state = calloc(1, st->type->state_size + 1),
                       .started_ms = p->now,
                       .now_ms = p->now,
                       .visits = p->visits[index],
                       .journey = &p->journey,
                       .layout = {0, -1},
                       .speech = &p->cfg.speech,
                       .wake_ms = -1,
                       .log = log_event,
                       .log_ctx = p};
    if (!p->run.state) {
        snprintf(p->error, sizeof p->error, "out of memory");
        stop(p);
        return;
    }
    p->phase = PHASE_STEP;
    step_log(&p->run, step_event(EVENT_ENTER, 0, 0, -1), "%s", st->type->name);
    if (st->type->start)
        st->type->start(&p->run);
    if (p->run.done) /* a step with nothing to show (rate) gets no screen of its own */
        after_step(p);
    else
        new_screen(p, st->id, p->visits[index] == 1);
}

static void after_step(Player *p)
{
    const Step *st = &p->s->steps[p->step];
    if (!st->rate) {
        enter_step(p, p->run.next);
        return;
    }
    p->phase = PHASE_RATING;
    rating_start(&p->rating, &p->s->rating, p->lang, p->s->language, p->now);
    char name[80];
    snprintf(name, sizeof name, "%.64s-rating", st->id);
    new_screen(p, name, p->visits[p->step] == 1);
}

/* The k-th prediction's prompt. */
static void predict(Player *p, int k)
{
    const Touchpoint *tp = &p->s->touchpoints[p->predict_tp[k]];
    p->predicting = k;
    p->phase = PHASE_RATING;
    rating_start(&p->rating, &p->s->rating, p->lang, p->s->language, p->now);
    const char *label = text_get(&tp->label, p->lang, p->s->language),
               *about =
                   text_get(tp->about.n ? &tp->about : &tp->department, p->lang, p->s->language);
    p->predict_label = label;
    p->predict_about = about;
    snprintf(p->predict_context, sizeof p->predict_context, "%d/%d  %s%s%s", k + 1, p->n_predict,
             label, about ? " \xe2\x80\x94 " : "", about ? about : "");
    /* named to sort after the start screen and before the first step:
     * "00a-predict-01-claims-wait" */
    p->serial++;
    snprintf(p->screen, sizeof p->screen, "00a-predict-%02d-%.64s", k + 1, tp->id);
}

/* Which touchpoints a session predicts, and the step each is stored with. */
static bool find_predictions(Player *p)
{
    const Scenario *s = p->s;
    p->predicting = -1;
    if (!s->predict.enabled)
        return true;
    p->predict_tp = calloc((size_t)s->n_touchpoints + 1, sizeof *p->predict_tp);
    p->predict_step = calloc((size_t)s->n_touchpoints + 1, sizeof *p->predict_step);
    if (!p->predict_tp || !p->predict_step)
        return false;
    for (int t = 0; t < s->n_touchpoints; t++)
        for (int i = 0; i < s->n_steps; i++)
            if (s->steps[i].rate && s->steps[i].touchpoint.index == t) {
                p->predict_tp[p->n_predict] = t;
                p->predict_step[p->n_predict++] = i;
                break;
            }
    return true;
}

static bool begin_session(Player *p, const char *participant, const char *workshop)
{
    p->session_t0 = p->now;
    if (p->cfg.sink.begin &&
        !p->cfg.sink.begin(p->cfg.sink.ctx, participant, workshop, p->error, sizeof p->error)) {
        stop(p);
        return false;
    }
    p->session_open = true;
    memset(&p->journey, 0, sizeof p->journey);
    memset(p->you_sum, 0, sizeof p->you_sum);
    memset(p->you_n, 0, sizeof p->you_n);
    for (int t = 0; t < DEBRIEF_MAX_TP; t++)
        p->predicted[t] = NAN;
    tally_reset(&p->did);
    memset(p->visits, 0, (size_t)p->s->n_steps * sizeof *p->visits);
    p->order = 1;
    /* a play from a later step (a facilitator's rehearsal) predicts nothing */
    if (p->n_predict > 0 && p->cfg.from == 0)
        predict(p, 0);
    else
        enter_step(p, p->cfg.from);
    return true;
}

static void show_start(Player *p)
{
    /* in kiosk mode the next person finds the workshop the last one typed */
    char last[START_FIELD_MAX];
    snprintf(last, sizeof last, "%s", p->phase == PHASE_END ? p->start.workshop : "");
    p->phase = PHASE_START;
    p->order = 0;
    start_screen_init(&p->start, p->lang, text_get(&p->s->title, p->lang, p->s->language),
                      p->cfg.workshop ? p->cfg.workshop : last, p->cfg.workshop != NULL);
    p->start.look = p->cfg.look; /* the next participant in a kiosk starts afresh */
    p->start.persona = p->s->persona.name;
    p->start.about = text_get(&p->s->persona.about, p->lang, p->s->language);
    new_screen(p, "start", true);
}

Player *player_create(const PlayerConfig *cfg, int64_t now_ms)
{
    Player *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->cfg = *cfg;
    p->s = cfg->scenario;
    p->start.look = cfg->look;
    if (!p->start.look.text_size) /* not given: as made */
        p->start.look.text_size = p->cfg.look.text_size = START_TEXT_MIN;
    if (!(p->visits = calloc((size_t)cfg->scenario->n_steps + 1, sizeof *p->visits)) ||
        !tally_init(&p->did, cfg->scenario) || !find_predictions(p)) {
        player_destroy(p);
        return NULL;
    }
    p->lang = cfg->lang ? cfg->lang : p->s->language;
    p->now = now_ms;
    if (cfg->participant)
        begin_session(p, cfg->participant, cfg->workshop ? cfg->workshop : "");
    else
        show_start(p);
    return p;
}

void player_destroy(Player *p)
{
    if (!p)
        return;
    free(p->run.state);
    free(p->visits);
    free(p->predict_tp);
    free(p->predict_step);
    tally_free(&p->did);
    free(p);
}

static PlayerResult store_rating(Player *p)
{
    int k = p->predicting;
    const Step *st = &p->s->steps[k >= 0 ? p->predict_step[k] : p->step];
    const Instrument *in = &p->s->rating;
    RatingRecord r = {
        .kind = k >= 0 ? RATING_PREDICTED : RATING_FELT,
        .step = st->id,
        .touchpoint = st->touchpoint.id,
        .valence = p->rating.valence,
        .valence_points = in->valence.points,
        .arousal = p->rating.arousal,
        .arousal_points = in->arousal.enabled ? in->arousal.points : 0,
        .emotion = rating_emotion_word(&p->rating),
        .onset_ms = p->rating.onset_ms - p->session_t0,
        .response_ms = p->rating.response_ms - p->session_t0,
        .input_device = device_name(p->rating.device),
        .changes = p->rating.changes,
    };
    if (p->cfg.sink.rating && !p->cfg.sink.rating(p->cfg.sink.ctx, &r, p->error, sizeof p->error)) {
        stop(p);
        return PLAYER_TAKEN;
    }
    int tp = st->touchpoint.index;
    double value = scale_common(r.valence, r.valence_points);
    if (k >= 0) {
        if (tp < DEBRIEF_MAX_TP)
            p->predicted[tp] = value;
        if (k + 1 < p->n_predict) {
            predict(p, k + 1);
        } else {
            p->predicting = -1;
            enter_step(p, p->cfg.from);
        }
        return PLAYER_TAKEN;
    }
    if (tp >= 0 && tp < DEBRIEF_MAX_TP) {
        p->you_sum[tp] += value;
        p->you_n[tp]++;
    }
    enter_step(p, p->run.next);
    return PLAYER_TAKEN;
}

static PlayerResult rating_phase(Player *p, const InputEvent *ev)
{
    switch (rating_input(&p->rating, ev, p->now)) {
    case RATING_DONE:
        return store_rating(p);
    case RATING_TAKEN:
        return PLAYER_TAKEN;
    case RATING_REJECTED:
        snprintf(p->error, sizeof p->error, "%s", p->rating.error);
        return PLAYER_REJECTED;
    default:
        return PLAYER_IGNORED;
    }
}

static PlayerResult step_phase(Player *p, const InputEvent *ev)
{
    p->run.now_ms = p->now;
    if (!p->run.step->type->input || !p->run.step->type->input(&p->run, ev))
        return PLAYER_IGNORED;
    if (p->run.done)
        after_step(p);
    return PLAYER_TAKEN;
}

static bool is_continue(const InputEvent *ev)
{
    return ev->kind == IN_CONTINUE || (ev->kind == IN_ACTION && ev->action == ACT_CONTINUE) ||
           (ev->kind == IN_KEY && ev->key == KEY_ENTER);
}

PlayerResult player_input(Player *p, const InputEvent *ev, int64_t now_ms)
{
    p->now = now_ms;
    switch (p->phase) {
    case PHASE_START:
        switch (start_screen_input(&p->start, ev)) {
        case START_DONE:
            begin_session(p, p->start.pseudonym, p->start.workshop);
            return PLAYER_TAKEN;
        case START_TAKEN:
            return PLAYER_TAKEN;
        default:
            return PLAYER_IGNORED;
        }
    case PHASE_STEP:
        return step_phase(p, ev);
    case PHASE_RATING:
        return rating_phase(p, ev);
    case PHASE_END:
        if (!p->cfg.kiosk || !is_continue(ev))
            return PLAYER_IGNORED;
        show_start(p);
        return PLAYER_TAKEN;
    default:
        return PLAYER_IGNORED;
    }
}

void player_tick(Player *p, int64_t now_ms)
{
    p->now = now_ms;
    if (p->phase != PHASE_STEP || !p->run.step->type->tick)
        return;
    p->run.now_ms = now_ms;
    p->run.step->type->tick(&p->run);
    if (p->run.done)
        after_step(p);
}

int64_t player_wake_ms(const Player *p)
{
    return p->phase == PHASE_STEP ? p->run.wake_ms : -1;
}

unsigned player_accepts(const Player *p)
{
    switch (p->phase) {
    case PHASE_START:
        return ACCEPT_TEXT | ACCEPT_CONTINUE;
    case PHASE_STEP:
        return p->run.step->type->accepts ? p->run.step->type->accepts(&p->run) : 0;
    case PHASE_RATING:
        return ACCEPT_RATE;
    case PHASE_END:
        return p->cfg.kiosk ? ACCEPT_CONTINUE : 0;
    default:
        return 0;
    }
}

const Asset *player_sound(const Player *p)
{
    return p->phase == PHASE_STEP ? p->run.sound : NULL;
}

int player_speech(const Player *p, const char **text, const char **voice)
{
    bool on = p->phase == PHASE_STEP && p->run.say;
    *text = on ? p->run.say : NULL;
    *voice = on ? p->run.say_voice : NULL;
    return on ? p->run.says : 0;
}

bool player_wants_text(const Player *p)
{
    return (p->phase == PHASE_STEP && p->run.wants_text) ||
           (p->phase == PHASE_START && p->start.focus <= 2);
}

PlayerPhase player_phase(const Player *p)
{
    return p->phase;
}

bool player_in_session(const Player *p)
{
    return p->session_open;
}

bool player_finished(const Player *p)
{
    return p->finished;
}

const char *player_error(const Player *p)
{
    return p->error;
}

int player_screen_serial(const Player *p)
{
    return p->serial;
}

const char *player_screen_name(const Player *p)
{
    return p->screen;
}

const char *player_where(const Player *p)
{
    return p->phase == PHASE_START                              ? "start"
           : p->predicting >= 0                                 ? "predict"
           : p->phase == PHASE_STEP || p->phase == PHASE_RATING ? p->s->steps[p->step].id
                                                                : "end";
}

/* The rating's question and context line: the step's own, else the
 * instrument's question and the touchpoint's label. */
void player_rating_texts(const Player *p, const char **question, const char **context)
{
    if (p->predicting >= 0) {
        const Text *q = &p->s->predict.question;
        *question =
            q->n ? text_get(q, p->lang, p->s->language) : words_get(p->lang, WORD_PREDICT_QUESTION);
        *context = p->predict_context;
        return;
    }
    const Step *st = &p->s->steps[p->step];
    *question = NULL;
    *context = NULL;
    if (st->type->prompt)
        st->type->prompt(&p->run, question, context);
    if (!*question)
        *question = text_get(&p->s->rating.question, p->lang, p->s->language);
    int tp = st->touchpoint.index;
    if (!*context && tp >= 0)
        *context = text_get(&p->s->touchpoints[tp].label, p->lang, p->s->language);
}

bool player_prediction(const Player *p, int *k, int *n, const char **label, const char **about)
{
    if (p->phase != PHASE_RATING || p->predicting < 0)
        return false;
    *k = p->predicting + 1;
    *n = p->n_predict;
    *label = p->predict_label;
    *about = p->predict_about;
    return true;
}

const StartScreen *player_start_screen(const Player *p)
{
    return &p->start;
}

const StepRun *player_step_run(const Player *p)
{
    return &p->run;
}

const Rating *player_rating(const Player *p)
{
    return &p->rating;
}

const Debrief *player_debrief(const Player *p)
{
    return &p->debrief;
}

double player_debrief_progress(const Player *p)
{
    return p->cfg.animate ? (double)(p->now - p->end_ms) / 1500 : 1;
}

const char *player_lang(const Player *p)
{
    return p->lang;
}

bool player_kiosk(const Player *p)
{
    return p->cfg.kiosk;
}

const Scenario *player_scenario(const Player *p)
{
    return p->s;
}

void player_set_layout(Player *p, const StepLayout *layout)
{
    if (p->phase != PHASE_STEP)
        return;
    p->run.layout = *layout;
    step_scroll(&p->run, 0);
}

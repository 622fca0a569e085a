/* The visual style shared by every screen: calm colours, type sizes chosen
 * to read from the back of a room on a projector, and the pieces drawn with
 * them (buttons, input boxes, cards, the phone). It holds no words: it
 * includes words.h so that a view finds the interface's words beside the
 * style. It draws only through ui.h, never with SDL. */
#ifndef TEASER_THEME_H
#define TEASER_THEME_H

#include "ui.h"
#include "words.h"

#define COLOR_BG          ((Color){242, 239, 233, 255}) /* warm light grey: the room */
#define COLOR_INK         ((Color){31, 41, 51, 255})    /* text */
#define COLOR_MUTED       ((Color){98, 108, 118, 255})  /* secondary text */
#define COLOR_ACCENT      ((Color){38, 103, 128, 255})  /* calm blue: choices, focus */
#define COLOR_ACCENT_SOFT ((Color){214, 230, 236, 255})
#define COLOR_CARD        ((Color){255, 255, 255, 255})
#define COLOR_LINE        ((Color){210, 205, 196, 255})
#define COLOR_WARN        ((Color){168, 58, 40, 255})   /* errors a form shows */
#define COLOR_PHONE       ((Color){28, 32, 38, 255})    /* the phone's body */
#define COLOR_SCREEN      ((Color){240, 244, 247, 255}) /* the phone's screen */
#define COLOR_PAPER       ((Color){253, 252, 248, 255}) /* a letter */
#define COLOR_FACE        ((Color){246, 226, 190, 255}) /* the rating faces */

#define STYLE(face_, size_, color_, align_) ((TextStyle){face_, size_, color_, align_, 0})
#define STYLE_TITLE                         STYLE(FONT_SANS_BOLD, 34, COLOR_INK, ALIGN_CENTER)
#define STYLE_HEADING                       STYLE(FONT_SANS_BOLD, 26, COLOR_INK, ALIGN_LEFT)
#define STYLE_BODY                          STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT)
#define STYLE_SMALL                         STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_LEFT)
#define STYLE_BUTTON                        STYLE(FONT_SANS_BOLD, 24, COLOR_CARD, ALIGN_CENTER)


/* A button: a rounded card with a centred label; a hit region for action. */
void theme_button(Ui *ui, Rect r, const char *label, Action action, int arg, bool enabled,
                  bool focused);

/* A one-line input box showing value, with a caret when focused; a hit
 * region (ACT_FOCUS, arg) unless arg is 0. */
void theme_input(Ui *ui, Rect box, const char *value, bool focused, bool error, int arg);
/* A white card with a soft edge. */
void theme_card(Ui *ui, Rect r);
void theme_shadow(Ui *ui, Rect r, float radius, float dx, float dy);
/* A phone's body around r's screen area; returns the screen rectangle. */
Rect theme_phone(Ui *ui, Rect body);
/* A person in a queue: a head and shoulders, filled when it is you. */
void theme_person(Ui *ui, float cx, float cy, float size, bool you);
/* "m:ss" of a duration in milliseconds. */
void theme_clock(long long ms, char *buf, size_t size);

#endif

/* The visual style shared by every screen: calm colours, type sizes chosen
 * to read from the back of a room on a projector, and the pieces drawn with
 * them (buttons, input boxes, cards, the phone); and the look a participant
 * may choose instead: larger text and a high-contrast palette, which the Ui
 * applies to every view's drawing. It holds no words: it
 * includes words.h so that a view finds the interface's words beside the
 * style. It draws only through ui.h, never with SDL. */
#ifndef TEASER_THEME_H
#define TEASER_THEME_H

#include "ui.h"
#include "words.h"

/* Each colour as an initializer (RGB_, for tables such as the high-contrast
 * palette) and as a value (COLOR_). */
/* clang-format off */
#define RGB_BG          {242, 239, 233, 255} /* warm light grey: the room */
#define RGB_INK         {31, 41, 51, 255}    /* text */
#define RGB_MUTED       {98, 108, 118, 255}  /* secondary text */
#define RGB_ACCENT      {38, 103, 128, 255}  /* calm blue: choices, focus */
#define RGB_ACCENT_SOFT {214, 230, 236, 255}
#define RGB_CARD        {255, 255, 255, 255}
#define RGB_LINE        {210, 205, 196, 255}
#define RGB_WARN        {168, 58, 40, 255}   /* errors a form shows */
#define RGB_PHONE       {28, 32, 38, 255}    /* the phone's body */
#define RGB_SCREEN      {240, 244, 247, 255} /* the phone's screen */
#define RGB_PAPER       {253, 252, 248, 255} /* a letter */
#define RGB_FACE        {246, 226, 190, 255} /* the rating faces */
/* clang-format on */
#define COLOR_BG          ((Color)RGB_BG)
#define COLOR_INK         ((Color)RGB_INK)
#define COLOR_MUTED       ((Color)RGB_MUTED)
#define COLOR_ACCENT      ((Color)RGB_ACCENT)
#define COLOR_ACCENT_SOFT ((Color)RGB_ACCENT_SOFT)
#define COLOR_CARD        ((Color)RGB_CARD)
#define COLOR_LINE        ((Color)RGB_LINE)
#define COLOR_WARN        ((Color)RGB_WARN)
#define COLOR_PHONE       ((Color)RGB_PHONE)
#define COLOR_SCREEN      ((Color)RGB_SCREEN)
#define COLOR_PAPER       ((Color)RGB_PAPER)
#define COLOR_FACE        ((Color)RGB_FACE)

#define STYLE(face_, size_, color_, align_) ((TextStyle){face_, size_, color_, align_, 0})
#define STYLE_TITLE                         STYLE(FONT_SANS_BOLD, 34, COLOR_INK, ALIGN_CENTER)
#define STYLE_HEADING                       STYLE(FONT_SANS_BOLD, 26, COLOR_INK, ALIGN_LEFT)
#define STYLE_BODY                          STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT)
#define STYLE_SMALL                         STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_LEFT)
#define STYLE_BUTTON                        STYLE(FONT_SANS_BOLD, 24, COLOR_CARD, ALIGN_CENTER)

/* High contrast (--high-contrast): white, yellow and light grey on black,
 * every text at least 7:1 against what it stands on (WCAG AAA). */
/* clang-format off */
#define RGB_HC_BLACK  {0, 0, 0, 255}
#define RGB_HC_WHITE  {255, 255, 255, 255}
#define RGB_HC_YELLOW {255, 221, 0, 255}
#define RGB_HC_GREY   {150, 150, 150, 255} /* lines; black on it is 7.1:1 */
/* clang-format on */

/* The look the participant chose: text scale (1.0 to 2.0) and high contrast
 * (the theme's colours swapped for THEME_HC_PAIRS of the palette below). */
void theme_set_look(Ui *ui, float text_scale, bool high_contrast);
bool theme_high_contrast(const Ui *ui);
/* The high-contrast palette: pairs of (colour as the views name it, as drawn). */
enum { THEME_HC_PAIRS = 12 };
extern const Color theme_high_contrast_palette[THEME_HC_PAIRS][2];
/* A focus ring's thickness: thicker in high contrast. */
float theme_focus_width(const Ui *ui);

/* A button: a rounded card with a centred label; a hit region for action. */
void theme_button(Ui *ui, Rect r, const char *label, Action action, int arg, bool enabled,
                  bool focused);

/* A one-line input box showing value, with a caret when focused; a hit
 * region (ACT_FOCUS, arg) unless arg is 0. */
void theme_input(Ui *ui, Rect box, const char *value, bool focused, bool error, int arg);
/* A white card with a soft edge. */
void theme_card(Ui *ui, Rect r);
/* A shape's shadow, drawn before it; in high contrast none, and theme_edge,
 * drawn after the shape, rings it in white instead. */
void theme_shadow(Ui *ui, Rect r, float radius, float dx, float dy);
void theme_edge(Ui *ui, Rect r, float radius);
/* A phone's body around r's screen area; returns the screen rectangle. */
Rect theme_phone(Ui *ui, Rect body);
/* The phone screens (menu, wait, hand-off): the phone's body on the left and
 * the card's x and width beside it; with larger text the phone is narrower
 * and the card wider. */
typedef struct {
    Rect body;
    float card_x, card_w;
} ThemePhoneSide;
ThemePhoneSide theme_phone_side(const Ui *ui);
/* The top of a call on the phone's screen from y: a small line ("Calling"),
 * the name called, large (up to three lines), and the call's clock in clock_style; each as tall
 * as its text. Returns the y under them. */
float theme_call_head(Ui *ui, Rect screen, float y, const char *line, const char *name,
                      const char *clock, const TextStyle *clock_style);
/* A person in a queue: a head and shoulders, filled when it is you. */
void theme_person(Ui *ui, float cx, float cy, float size, bool you);
/* "m:ss" of a duration in milliseconds. */
void theme_clock(long long ms, char *buf, size_t size);

#endif

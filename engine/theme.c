/* Interface words and the button, shared by every screen. Scenario texts
 * come from the scenario in its languages; these are teaser's own. */
#include "theme.h"

#include <stdio.h>
#include <string.h>

static const char *const en[S_COUNT] = {
    [S_CONTINUE] = "Continue",
    [S_CONFIRM] = "Confirm",
    [S_QUESTION] = "How would you feel right now, as %s?",
    [S_CALM] = "calm",
    [S_AGITATED] = "agitated",
    [S_EMOTION_HINT] = "And which word fits best? (optional)",
    [S_RATING_HINT] = "Choose with the keys 1-9, the arrows, or by tapping; Enter confirms.",
    [S_START_TITLE] = "Welcome",
    [S_START_PERSONA] = "Today you are %s",
    [S_PSEUDONYM] = "Your pseudonym (not your name)",
    [S_WORKSHOP] = "Workshop",
    [S_START_RECORDED] =
        "You are about to live a customer's journey. At some moments you will be asked how you "
        "would feel as this customer. teaser records your ratings, how long you took to give "
        "them, and what you did in each step, under the pseudonym you choose here - never "
        "your name. They are compared with what real customers reported, for this workshop. "
        "Groups smaller than five are never shown. You can ask the facilitator to delete your "
        "data at any time.",
    [S_CONSENT] = "I understand and agree to take part",
    [S_START] = "Start",
    [S_END_TITLE] = "Thank you",
    [S_END_TEXT] = ("Your ratings are saved. The facilitator will now show how real customers "
                    "felt at the same moments."),
    [S_HANG_UP] = "Hang up and call again",
    [S_CALLING] = "Calling",
    [S_QUEUE] = "Your position in the queue",
    [S_SEND] = "Send",
    [S_TRANSFERRING] = "Transferring you to",
    [S_LETTER_QUESTION] = "Choose with the keys or by tapping",
    [S_CAPTCHA] = "Type the characters you see",
    [S_CARD] = "Your details",
    [S_TYPE_HINT] = "Type, then press Enter",
    [S_ON_HOLD] = "On hold",
    [S_AHEAD] = "callers ahead of you",
    [S_HOLD_MUSIC] = "\xe2\x99\xaa  hold music  \xe2\x99\xaa",
    [S_PLEASE_HOLD] = "Please hold the line, you are being transferred.",
    [S_END_CLOSE] = "Press Enter or click to close.",
    [S_REPEATED] = "Details given again: %d times",
    [S_CANNOT_SEE] = "%s cannot see:",
};

static const char *const nl[S_COUNT] = {
    [S_CONTINUE] = "Verder",
    [S_CONFIRM] = "Bevestigen",
    [S_QUESTION] = "Hoe zou jij je nu voelen, als %s?",
    [S_CALM] = "kalm",
    [S_AGITATED] = "opgewonden",
    [S_EMOTION_HINT] = "En welk woord past het best? (niet verplicht)",
    [S_RATING_HINT] = "Kies met de toetsen 1-9, de pijltjes of door te tikken; Enter bevestigt.",
    [S_START_TITLE] = "Welkom",
    [S_START_PERSONA] = "Vandaag ben jij %s",
    [S_PSEUDONYM] = "Je schuilnaam (niet je naam)",
    [S_WORKSHOP] = "Workshop",
    [S_START_RECORDED] =
        "Je gaat zo de reis van een klant beleven. Op een paar momenten vragen we hoe jij je "
        "als deze klant zou voelen. teaser bewaart je antwoorden, hoe lang je erover deed en "
        "wat je in elke stap deed, onder de schuilnaam die je hier kiest - nooit je naam. Ze "
        "worden vergeleken met wat echte klanten zeiden, voor deze workshop. Groepen kleiner "
        "dan vijf worden nooit getoond. Je kunt de begeleider altijd vragen je gegevens te "
        "wissen.",
    [S_CONSENT] = "Ik begrijp dit en doe mee",
    [S_START] = "Beginnen",
    [S_END_TITLE] = "Dank je wel",
    [S_END_TEXT] = ("Je antwoorden zijn bewaard. De begeleider laat nu zien hoe echte klanten "
                    "zich op dezelfde momenten voelden."),
    [S_HANG_UP] = "Ophangen en opnieuw bellen",
    [S_CALLING] = "Bellen met",
    [S_QUEUE] = "Uw plaats in de wachtrij",
    [S_SEND] = "Versturen",
    [S_TRANSFERRING] = "U wordt doorverbonden met",
    [S_LETTER_QUESTION] = "Kies met de toetsen of door te tikken",
    [S_CAPTCHA] = "Typ de tekens die je ziet",
    [S_CARD] = "Jouw gegevens",
    [S_TYPE_HINT] = "Typ en druk op Enter",
    [S_ON_HOLD] = "In de wacht",
    [S_AHEAD] = "bellers voor u",
    [S_HOLD_MUSIC] = "\xe2\x99\xaa  wachtmuziek  \xe2\x99\xaa",
    [S_PLEASE_HOLD] = "Blijft u aan de lijn, u wordt doorverbonden.",
    [S_END_CLOSE] = "Druk op Enter of klik om te sluiten.",
    [S_REPEATED] = "Gegevens opnieuw gegeven: %d keer",
    [S_CANNOT_SEE] = "%s kan niet zien:",
};

const char *theme_str(const char *lang, StringId id)
{
    if (lang && !strncmp(lang, "nl", 2) && nl[id])
        return nl[id];
    return en[id];
}

void theme_button(Ui *ui, Rect r, const char *label, Action action, int arg, bool enabled,
                  bool focused)
{
    Color fill = enabled ? COLOR_ACCENT : COLOR_LINE;
    if (focused)
        ui_outline(ui, (Rect){r.x - 5, r.y - 5, r.w + 10, r.h + 10}, 14, 3, COLOR_ACCENT);
    ui_round_rect(ui, r, 10, fill);
    TextStyle st = STYLE_BUTTON;
    float h = ui_text_height(ui, r.w - 20, label, &st);
    ui_text(ui, (Rect){r.x + 10, r.y + (r.h - h) / 2, r.w - 20, h}, label, &st);
    if (enabled)
        ui_region(ui, r, action, arg);
}

void theme_input(Ui *ui, Rect box, const char *value, bool focused, bool error, int arg)
{
    ui_round_rect(ui, box, 8, COLOR_CARD);
    Color edge = error ? COLOR_WARN : focused ? COLOR_ACCENT : COLOR_LINE;
    ui_outline(ui, box, 8, focused || error ? 3 : 1.5f, edge);
    char shown[300];
    snprintf(shown, sizeof shown, "%s%s", value, focused ? "|" : "");
    TextStyle val = STYLE(FONT_MONO, 22, COLOR_INK, ALIGN_LEFT);
    float h = ui_text_height(ui, box.w - 28, "Mg", &val);
    ui_text(ui, (Rect){box.x + 14, box.y + (box.h - h) / 2, box.w - 28, h}, shown, &val);
    if (arg)
        ui_region(ui, box, ACT_FOCUS, arg);
}

/* The shadow of an opaque shape r, offset by (dx, dy): only the bottom and right
 * strips, whose inner corners the shape hides. Filling all of it under the shape
 * would paint a card's area twice, which at 1080p is most of a frame's time. */
void theme_shadow(Ui *ui, Rect r, float radius, float dx, float dy)
{
    float band = 2 * radius + dx + dy;
    ui_round_rect(ui, (Rect){r.x + dx, r.y + r.h + dy - band, r.w, band}, radius, COLOR_LINE);
    ui_round_rect(ui, (Rect){r.x + r.w + dx - band, r.y + dy, band, r.h}, radius, COLOR_LINE);
}

void theme_card(Ui *ui, Rect r)
{
    theme_shadow(ui, r, 16, 2, 4);
    ui_round_rect(ui, r, 16, COLOR_CARD);
}

Rect theme_phone(Ui *ui, Rect body)
{
    ui_round_rect(ui, body, 36, COLOR_PHONE);
    Rect screen = {body.x + 14, body.y + 44, body.w - 28, body.h - 74};
    ui_round_rect(ui, screen, 18, COLOR_SCREEN);
    ui_round_rect(ui, (Rect){body.x + body.w / 2 - 40, body.y + 18, 80, 10}, 5, COLOR_MUTED);
    return screen;
}

void theme_clock(long long ms, char *buf, size_t size)
{
    long long s = ms < 0 ? 0 : ms / 1000;
    snprintf(buf, size, "%lld:%02lld", s / 60, s % 60);
}

void theme_person(Ui *ui, float cx, float cy, float size, bool you)
{
    Color c = you ? COLOR_ACCENT : COLOR_LINE;
    ui_circle(ui, cx, cy - size * 0.28f, size * 0.22f, c);
    ui_round_rect(ui, (Rect){cx - size * 0.34f, cy, size * 0.68f, size * 0.46f}, size * 0.2f, c);
}

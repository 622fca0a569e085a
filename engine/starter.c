/* The starter scenario of `teaser new` (starter.h). The scenario is a table
 * of lines: most are written as they are; a text line holds the text in every
 * language the starter has, and is written as a plain string in one language
 * or as a map by language in several. The story is a journey every service
 * company knows (a bill collected twice), short enough to play in a few
 * minutes, with every step type once; the tests check that it loads, passes
 * `teaser check --strict` in each language and plays to the end. */
#include "starter.h"

#include <ctype.h>
#include <string.h>

#include "json.h"

static const char *const starter_lang_codes[STARTER_LANGS] = {"en", "nl"};

typedef struct {
    const char *line;                /* as written; for a text, up to its value */
    const char *text[STARTER_LANGS]; /* a text in each language; NULL: a plain line */
} StarterLine;

/* clang-format off */
#define LINE(s) {s, {NULL, NULL}}
#define TEXT(key, en, nl) {key, {en, nl}}
/* clang-format on */
/* A no-break space, so that an amount is never cut from its currency sign. */
#define NBSP "\xc2\xa0"

/* "@ID@", "@CSV@" and "@FILE@" stand for the scenario's id, its customer
 * CSV and its own file name. */
static const StarterLine scenario_lines[] = {
    LINE("# yaml-language-server: $schema=teaser.schema.json"),
    LINE("# A starter scenario written by \"teaser new\": Alex's phone bill was collected"),
    LINE("# twice, and getting the money back takes a phone menu, a wait on hold, a"),
    LINE("# transfer, a web form and a letter. It uses every step type once and takes a"),
    LINE("# few minutes to play. Make it a journey of your own company's customers."),
    LINE("# Every key is described in scenario-format.md, teaser's format reference"),
    LINE("# (\"man teaser\" says where it is installed). The first line above points"),
    LINE("# editors at teaser.schema.json (teaser schema -o teaser.schema.json)."),
    LINE("#   teaser check @FILE@    every problem, with its line and column"),
    LINE("#   teaser play @FILE@     plays it in a window"),
    LINE("format: teaser/1"),
    LINE("# The scenario's id in results and reports: a-z, 0-9 and \"-\". Do not change"),
    LINE("# it once people have played the scenario."),
    LINE("id: @ID@"),
    TEXT("title:", "Charged twice", "Dubbel betaald"),
    TEXT("description:", "Alex's phone bill was collected twice, and Alex wants the money back.",
         "De telefoonrekening van Alex is twee keer afgeschreven; Alex wil het geld terug."),
    LINE("# The language of the texts; a text given per language needs an entry in it."),
    LINE("language: @LANG@"),
    LINE("# The customer the participant becomes: the start screen says \"Today you are"),
    LINE("# Alex\", and the rating question uses the name."),
    LINE("persona:"),
    LINE("  name: Alex"),
    TEXT("  about:",
         "29, pays the phone and internet bill of a shared flat; the rent is due on Friday",
         "29, betaalt de telefoon- en internetrekening van een studentenhuis; vrijdag moet de huur "
         "betaald"),
    LINE("  # Facts the customer must give again, on a card beside a handoff (at most 4)."),
    LINE("  details:"),
    LINE("    - id: customer-number"),
    TEXT("      label:", "Customer number", "Klantnummer"),
    LINE("      value: \"7781 2290\""),
    LINE("# The measured customer emotions per touchpoint, a CSV beside this file. Its"),
    LINE("# rows are illustrative, not measured: put your own survey's in their place."),
    LINE("customers: @CSV@"),
    LINE("# What the participant answers after each step with \"rate: true\"."),
    LINE("rating:"),
    TEXT("  question:", "How would you feel right now, as Alex?",
         "Hoe zou jij je nu voelen, als Alex?"),
    LINE("  valence:"),
    LINE("    points: 9          # odd, 3 to 11; keep 9 unless you have a reason"),
    TEXT("    low:", "very negative", "heel negatief"),
    TEXT("    high:", "very positive", "heel positief"),
    LINE("  arousal: false       # true asks how calm or agitated too"),
    LINE("  emotions:            # words the participant may pick one of (optional)"),
    TEXT("    - ", "relieved", "opgelucht"),
    TEXT("    - ", "annoyed", "geërgerd"),
    TEXT("    - ", "frustrated", "gefrustreerd"),
    TEXT("    - ", "confused", "verward"),
    TEXT("    - ", "worried", "bezorgd"),
    LINE("# Before the first step each participant predicts how customers feel at every"),
    LINE("# rated touchpoint; the debriefs and the report set it beside what they felt."),
    LINE("predict:"),
    TEXT("  question:", "How do customers feel here, do you think?",
         "Hoe voelen klanten zich hier, denk je?"),
    LINE("# The moments your customer survey asks about, in journey order. A step names"),
    LINE("# one with \"touchpoint:\"; its ratings are compared with the customers' there."),
    LINE("touchpoints:"),
    LINE("  - id: on-hold"),
    TEXT("    label:", "Waiting on the phone", "Wachten aan de telefoon"),
    LINE("    channel: phone     # phone, email, letter, web, app, chat, sms, store, visit, "
         "social, other"),
    TEXT("    department:", "Customer service", "Klantenservice"),
    LINE("  - id: transfer"),
    TEXT("    label:", "Transferred to billing", "Doorverbonden met facturatie"),
    LINE("    channel: phone"),
    TEXT("    department:", "Billing", "Facturatie"),
    LINE("  - id: refund-form"),
    TEXT("    label:", "The refund form", "Het terugbetaalformulier"),
    LINE("    channel: web"),
    TEXT("    department:", "Online", "Online"),
    LINE("  - id: refund-letter"),
    TEXT("    label:", "The refund letter", "De brief over het geld"),
    LINE("    channel: letter"),
    TEXT("    department:", "Billing", "Facturatie"),
    LINE("# The journey, played from top to bottom unless a step says where to go"),
    LINE("# (\"next:\" on any step, \"goto:\" in a menu)."),
    LINE("steps:"),
    LINE("  # message: text to read, then a button to go on."),
    LINE("  - id: intro"),
    LINE("    type: message"),
    TEXT("    title:", "Friday is rent day", "Vrijdag moet de huur betaald"),
    TEXT("    text:",
         "Your banking app shows that TelcoNet collected this month's bill twice: 2 × "
         "€" NBSP "64.50. The rent is due on Friday. You call TelcoNet.",
         "Je bank-app laat zien dat TelcoNet de rekening van deze maand twee keer heeft "
         "afgeschreven: 2 × €" NBSP "64,50. Vrijdag moet de huur betaald. Je belt TelcoNet."),
    LINE("  # menu: a phone menu. An option goes to its goto; without one, to the next step."),
    LINE("  - id: phone-menu"),
    LINE("    type: menu"),
    LINE("    touchpoint: on-hold   # part of the call; the phone shows its department"),
    TEXT("    prompt:",
         "Welcome to TelcoNet. Did you know that you can find the answer to most questions "
         "on our website?",
         "Welkom bij TelcoNet. Wist u dat u het antwoord op de meeste vragen op onze "
         "website vindt?"),
    LINE("    options:"),
    LINE("      - key: \"1\""),
    TEXT("        label:", "Internet and TV", "Internet en tv"),
    LINE("        goto: hold"),
    LINE("      - key: \"2\""),
    TEXT("        label:", "Your bill and payments", "Uw rekening en betalingen"),
    LINE("      - key: \"9\""),
    TEXT("        label:", "Hear the options again", "De opties opnieuw horen"),
    LINE("        goto: phone-menu"),
    LINE("    timeout: {after: 20s, goto: phone-menu}   # no key pressed: the menu again"),
    LINE("  # wait: on hold. Time really passes, and the queue position can go up."),
    LINE("  - id: hold"),
    LINE("    type: wait"),
    LINE("    touchpoint: on-hold"),
    LINE("    calling: \"TelcoNet\""),
    LINE("    duration: 2m          # ms, s, m, h"),
    LINE("    queue:"),
    LINE("      start: 5"),
    LINE("      changes: [{at: 40s, to: 4}, {at: 80s, to: 6}]   # callers with priority go first"),
    LINE("    announce:"),
    LINE("      every: 30s"),
    TEXT("      text:", "All our employees are busy. Your call is important to us.",
         "Al onze medewerkers zijn in gesprek. Uw gesprek is belangrijk voor ons."),
    LINE("    music: builtin:hold   # teaser's own hold music; or none, or a WAV file"),
    LINE("    rate: true            # ask for a rating when this step ends"),
    LINE("  # handoff: passed on to another department, which asks for everything again."),
    LINE("  - id: billing"),
    LINE("    type: handoff"),
    LINE("    touchpoint: transfer"),
    TEXT("    from:", "Customer service", "Klantenservice"),
    TEXT("    to:", "Billing", "Facturatie"),
    LINE("    wait: 15s             # on the line between the two"),
    TEXT("    greeting:",
         "Billing, Sam speaking. I can't see your earlier call. What is your customer number?",
         "Facturatie, met Sam. Ik zie uw eerdere gesprek niet. Wat is uw klantnummer?"),
    LINE("    ask:                  # typed again, in this order"),
    LINE("      - {detail: customer-number}"),
    LINE("    lost:                 # what customer service knew and billing does not"),
    TEXT("      - ", "that you were charged twice", "dat er twee keer is afgeschreven"),
    LINE("    rate: true"),
    LINE("  # form: a web form that fights back with scripted errors."),
    LINE("  - id: refund-form"),
    LINE("    type: form"),
    LINE("    touchpoint: refund-form"),
    TEXT("    title:", "Request a refund", "Terugbetaling aanvragen"),
    LINE("    url: \"https://www.telconet.example/my/refund\""),
    TEXT("    intro:", "Sam cannot refund you by phone. He sends you a link to this form.",
         "Sam kan niets terugbetalen via de telefoon. Hij stuurt je een link naar dit formulier."),
    LINE("    fields:"),
    LINE("      - id: customer-number"),
    TEXT("        label:", "Customer number", "Klantnummer"),
    LINE("      - id: iban"),
    TEXT("        label:", "Your bank account (IBAN)", "Je bankrekening (IBAN)"),
    TEXT("        hint:", "e.g. NL91 ABNA 0417 1643 00", "bijv. NL91 ABNA 0417 1643 00"),
    LINE("    errors:"),
    LINE("      - field: iban"),
    LINE("        attempts: 1       # the first submission is refused, whatever was typed"),
    TEXT("        message:", "This account number is not valid.",
         "Dit rekeningnummer is niet geldig."),
    LINE("    rate: true"),
    LINE("  # letter: a letter in the company's jargon, with a question to answer on it."),
    LINE("  - id: refund-letter"),
    LINE("    type: letter"),
    LINE("    touchpoint: refund-letter"),
    LINE("    sender: \"TelcoNet\""),
    TEXT("    date:", "14 March", "14 maart"),
    LINE("    reference: \"Ref. TN/REF/55120-B\""),
    TEXT("    subject:", "Your request for reimbursement", "Uw verzoek tot restitutie"),
    TEXT("    body:",
         "Dear customer, further to your request we confirm that the amount collected in "
         "duplicate has been recognised as a credit balance on your customer account. Credit "
         "balances are offset against subsequent invoices in accordance with article 14.3 of "
         "our general terms and conditions.",
         "Geachte klant, naar aanleiding van uw verzoek bevestigen wij dat het dubbel "
         "geïncasseerde bedrag als tegoed op uw klantrekening is geboekt. Tegoeden worden "
         "verrekend met volgende facturen conform artikel 14.3 van onze algemene voorwaarden."),
    TEXT("    small_print:", "No rights can be derived from this letter.",
         "Aan deze brief kunnen geen rechten worden ontleend."),
    LINE("    question:"),
    TEXT("      text:", "When do you get your €" NBSP "64.50 back?",
         "Wanneer krijg je je €" NBSP "64,50 terug?"),
    LINE("      options:"),
    TEXT("        - ", "Within 5 days", "Binnen 5 dagen"),
    TEXT("        - ", "On the next bill", "Op de volgende nota"),
    TEXT("        - ", "It does not say", "Dat staat er niet"),
    LINE("      answer: 2           # the right option, counting from 1"),
    LINE("    rate: true"),
    LINE("  # rate: a rating with no other screen, here on the journey as a whole."),
    LINE("  - id: looking-back"),
    LINE("    type: rate"),
    TEXT("    text:", "Friday comes. The rent goes out; the €" NBSP "64.50 is still with TelcoNet.",
         "Het is vrijdag. De huur is betaald; de €" NBSP "64,50 staat nog bij TelcoNet."),
    TEXT("    question:", "Looking back on the whole journey, how do you feel, as Alex?",
         "Terugkijkend op alles, hoe voel je je, als Alex?"),
};

/* Illustrative answers on a 1-5 scale, counts of value 1 to 5 per touchpoint:
 * customers feel worst on hold, as surveys of phone journeys usually find. */
static const struct {
    const char *touchpoint;
    int counts[5];
} customer_rows[] = {
    {"on-hold", {110, 80, 45, 20, 5}},
    {"transfer", {95, 90, 60, 25, 10}},
    {"refund-form", {70, 85, 80, 40, 15}},
    {"refund-letter", {90, 100, 55, 25, 10}},
};

static int lang_index(const char *code, size_t len)
{
    for (int i = 0; i < STARTER_LANGS; i++)
        if (strlen(starter_lang_codes[i]) == len && !strncmp(starter_lang_codes[i], code, len))
            return i;
    return -1;
}

bool starter_langs(Starter *s, const char *list, char *err, size_t err_size)
{
    s->n_langs = 0;
    for (const char *p = list;; p++) {
        size_t len = strcspn(p, ",");
        int i = lang_index(p, len);
        bool repeated = false;
        for (int k = 0; k < s->n_langs && i >= 0; k++)
            repeated |= s->langs[k] == starter_lang_codes[i];
        if (len == 0) {
            snprintf(err, err_size, "\"%.40s\" has an empty language; write for example en,nl",
                     list);
            return false;
        }
        if (i < 0 || repeated) {
            snprintf(err, err_size,
                     repeated ? "%.*s is named twice"
                              : "\"%.*s\": the starter text is in en and nl; pick from those "
                                "and add other languages to each text by hand",
                     (int)(len < 40 ? len : 40), p);
            return false;
        }
        s->langs[s->n_langs++] = starter_lang_codes[i];
        p += len;
        if (!*p)
            return true;
    }
}

void starter_id(Starter *s, const char *file_name)
{
    const char *base = strrchr(file_name, '/');
    base = base ? base + 1 : file_name;
    size_t len = strlen(base);
    if (len > 5 && !strcmp(base + len - 5, ".yaml"))
        len -= 5;
    else if (len > 4 && !strcmp(base + len - 4, ".yml"))
        len -= 4;
    size_t n = 0;
    for (size_t i = 0; i < len && n < STARTER_ID_MAX - 1; i++) {
        unsigned char c = (unsigned char)tolower((unsigned char)base[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            s->id[n++] = (char)c;
        else if (n && s->id[n - 1] != '-')
            s->id[n++] = '-';
    }
    while (n && s->id[n - 1] == '-')
        n--;
    s->id[n] = '\0';
    if (!n)
        snprintf(s->id, sizeof s->id, "my-scenario");
}

/* A plain line, its "@...@" names replaced. */
static void put_line(FILE *f, const char *line, const Starter *s)
{
    for (const char *p = line; *p;) {
        if (!strncmp(p, "@ID@", 4))
            fputs(s->id, f), p += 4;
        else if (!strncmp(p, "@LANG@", 6))
            fputs(s->langs[0], f), p += 6;
        else if (!strncmp(p, "@CSV@", 5))
            json_string(f, s->customers), p += 5;
        else if (!strncmp(p, "@FILE@", 6))
            fputs(s->file, f), p += 6;
        else
            fputc(*p++, f);
    }
    fputc('\n', f);
}

static const char *text_in(const StarterLine *l, const char *lang)
{
    return l->text[lang_index(lang, strlen(lang))];
}

/* A text: after "key:" a plain string, or a block map by language indented
 * under the key; after "- " (a list item) a plain string or a flow map. */
static void put_text(FILE *f, const StarterLine *l, const Starter *s)
{
    size_t len = strlen(l->line);
    bool item = len >= 2 && !strcmp(l->line + len - 2, "- ");
    fputs(l->line, f);
    if (s->n_langs == 1) {
        fputs(item ? "" : " ", f);
        json_string(f, text_in(l, s->langs[0]));
    } else if (item) {
        for (int i = 0; i < s->n_langs; i++) {
            fprintf(f, "%s%s: ", i ? ", " : "{", s->langs[i]);
            json_string(f, text_in(l, s->langs[i]));
        }
        fputc('}', f);
    } else {
        int indent = (int)strspn(l->line, " ") + 2;
        for (int i = 0; i < s->n_langs; i++) {
            fprintf(f, "\n%*s%s: ", indent, "", s->langs[i]);
            json_string(f, text_in(l, s->langs[i]));
        }
    }
    fputc('\n', f);
}

void starter_write_scenario(FILE *f, const Starter *s)
{
    for (size_t i = 0; i < sizeof scenario_lines / sizeof *scenario_lines; i++) {
        if (scenario_lines[i].text[0])
            put_text(f, &scenario_lines[i], s);
        else
            put_line(f, scenario_lines[i].line, s);
    }
}

void starter_write_customers(FILE *f, const Starter *s)
{
    (void)s;
    fputs("touchpoint,value,count,scale_min,scale_max,source\n", f);
    for (size_t i = 0; i < sizeof customer_rows / sizeof *customer_rows; i++)
        for (int v = 1; v <= 5; v++)
            fprintf(f, "%s,%d,%d,1,5,illustrative (not measured)\n", customer_rows[i].touchpoint, v,
                    customer_rows[i].counts[v - 1]);
}

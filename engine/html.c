/* Text into HTML (html.h). */
#include "html.h"

#include "controls.h"
#include "numfmt.h"

void html_esc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        size_t ctl = controls_in_text(s);
        if (ctl) { /* never raw, even from an older store (docs/security.md) */
            fputs(CONTROLS_REPLACEMENT, f);
            s += ctl - 1;
            continue;
        }
        switch (*s) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        case '\'':
            fputs("&#39;", f);
            break;
        default:
            fputc(*s, f);
        }
    }
}

void html_num(FILE *f, const char *lang, double v, int decimals, int flags)
{
    char buf[NUMFMT_MAX];
    fputs(numfmt_fixed(buf, sizeof buf, lang, v, decimals, flags | NUMFMT_MINUS), f);
}

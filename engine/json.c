/* JSON string escaping (json.h). Never prints anything but what it is given. */
#include "json.h"

#include "controls.h"

void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
        size_t ctl = controls_at((const char *)c); /* C0, DEL and C1 all escaped */
        if (*c == '"' || *c == '\\')
            fprintf(f, "\\%c", *c);
        else if (ctl)
            fprintf(f, "\\u%04x", ctl == 1 ? c[0] : c[1]), c += ctl - 1;
        else
            fputc(*c, f);
    }
    fputc('"', f);
}

/* Test helper: reads a whole CSV file into a table of strings with libcsv
 * (strict RFC 4180, no trimming), so tests compare what a reader gets. */
#ifndef TEASER_TEST_CSV_READ_H
#define TEASER_TEST_CSV_READ_H

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CSV_MAX_ROWS = 64, CSV_MAX_COLS = 40 };

typedef struct {
    char *cell[CSV_MAX_ROWS][CSV_MAX_COLS];
    int cols[CSV_MAX_ROWS];
    int rows;
} CsvTable;

static void csv_read_field(void *s, size_t len, void *data)
{
    CsvTable *t = data;
    if (t->rows < CSV_MAX_ROWS && t->cols[t->rows] < CSV_MAX_COLS) {
        char *c = malloc(len + 1);
        memcpy(c, s, len);
        c[len] = '\0';
        t->cell[t->rows][t->cols[t->rows]++] = c;
    }
}

static void csv_read_row(int term, void *data)
{
    (void)term;
    CsvTable *t = data;
    if (t->rows < CSV_MAX_ROWS)
        t->rows++;
}

static int no_space(unsigned char c)
{
    (void)c;
    return 0;
}

/* 0 on success; -1 when the file is missing or not strict CSV. */
static int csv_read(const char *path, CsvTable *t)
{
    memset(t, 0, sizeof *t);
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    struct csv_parser p;
    csv_init(&p, CSV_STRICT | CSV_STRICT_FINI);
    csv_set_space_func(&p, no_space);
    char buf[4096];
    size_t n;
    int rc = 0;
    while (rc == 0 && (n = fread(buf, 1, sizeof buf, f)) > 0)
        if (csv_parse(&p, buf, n, csv_read_field, csv_read_row, t) != n)
            rc = -1;
    if (rc == 0 && csv_fini(&p, csv_read_field, csv_read_row, t) != 0)
        rc = -1;
    csv_free(&p);
    fclose(f);
    return rc;
}

static void csv_free_table(CsvTable *t)
{
    for (int r = 0; r < CSV_MAX_ROWS; r++)
        for (int c = 0; c < CSV_MAX_COLS; c++)
            free(t->cell[r][c]);
}

#endif

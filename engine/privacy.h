/* The privacy floor's rules (docs/security.md, "The privacy floor"): which
 * groups of a scenario's participants a report may show, layer by layer
 * (taking part at all, each touchpoint, each step), where a group is any
 * choice of workshop, department and site. A group is withheld when
 * fewer than the floor are in it, and, as statistics offices do, when it
 * could be worked out by subtracting groups that are shown from one another
 * (complementary suppression). Fed a census of who is in which workshop,
 * department and site (by name, or counted: people in one cell only); it
 * never sees a rating. No store, no I/O, no SDL. */
#ifndef TEASER_PRIVACY_H
#define TEASER_PRIVACY_H

#include <stdbool.h>

typedef enum {
    PRIVACY_SHOWN = 0,   /* may be shown (or has no one in it) */
    PRIVACY_FEW,         /* fewer participants than the floor */
    PRIVACY_SUBTRACTION, /* could be worked out by subtraction from groups that are shown */
} PrivacyVerdict;

typedef struct Privacy Privacy;

enum { PRIVACY_DIMS = 3 }; /* workshop, department, site */

/* A group: one workshop, department and site. In privacy_member a NULL is
 * "not given"; in privacy_verdict and privacy_count it is "any". */
typedef struct {
    const char *workshop, *department, *site;
} PrivacyGroup;

/* One participant in one group, as privacy_member found them. */
typedef struct {
    int cell, person; /* -1: memory ran out */
} PrivacyMember;

/* A census of n_layers layers (at least 1); NULL when memory runs out. */
Privacy *privacy_new(int n_layers);
void privacy_free(Privacy *p);
/* The participant of a session (never NULL) in its group; look it up once a
 * session, then mark its layers. */
PrivacyMember privacy_member(Privacy *p, const PrivacyGroup *g, const char *participant);
/* Counts the member in layer (once, however often it is marked). False when
 * memory ran out, now or when the member was looked up. */
bool privacy_mark(Privacy *p, PrivacyMember m, int layer);
/* Counts n participants of g in layer without their names: a server that
 * counted them vouches that each is in no other cell and never marked by
 * name (privacy_mark) in any layer. False when memory runs out. */
bool privacy_add_crowd(Privacy *p, const PrivacyGroup *g, int layer, int n);
/* Decides every group of every layer at floor (below 1 counts as 1); false
 * when memory runs out. Marks after it are not counted. */
bool privacy_settle(Privacy *p, int floor);
/* The verdict on the group a report selects in layer, and how many distinct
 * participants it has there. */
PrivacyVerdict privacy_verdict(const Privacy *p, const PrivacyGroup *g, int layer);
int privacy_count(const Privacy *p, const PrivacyGroup *g, int layer);

#endif

/* Every diagnostic teaser reports has one stable code, listed here once with
 * its one-line meaning: E for errors, W for warnings. The hundreds say what
 * the problem is about (docs/diagnostics.md lists them all, with an example
 * and a fix). A code is never reused for another meaning, and never
 * renumbered: facilitators and tools look them up. Adding a diagnostic is one
 * line here, one section in docs/diagnostics.md (a test checks both ways). */
#ifndef TEASER_DIAG_CODES_H
#define TEASER_DIAG_CODES_H

/* X(CODE, MEANING) */
#define DIAG_CODES(X)                                                                              \
    /* E00xx: reading the file at all */                                                           \
    X(E0001, "out of memory")                                                                      \
    X(E0002, "a file cannot be read")                                                              \
    X(E0003, "a file is larger than teaser reads")                                                 \
    X(E0004, "the language played is gone from the scenario (play --watch)")                       \
    /* E01xx: YAML syntax and text encoding */                                                     \
    X(E0101, "invalid YAML")                                                                       \
    X(E0102, "a tab character in the indentation")                                                 \
    X(E0103, "an unexpected \":\" in YAML")                                                        \
    X(E0104, "text starts with a character YAML reserves")                                         \
    X(E0105, "not valid UTF-8 text")                                                               \
    X(E0106, "the file is UTF-16 text")                                                            \
    X(E0107, "a control character in a scenario")                                                  \
    X(E0108, "the file is empty or holds only comments")                                           \
    X(E0109, "a second YAML document")                                                             \
    X(E0110, "YAML anchors, aliases or tags")                                                      \
    X(E0111, "a key given twice in one map")                                                       \
    X(E0112, "a key that is a list or a map")                                                      \
    X(E0113, "more keys, items, nodes or nesting than a scenario has")                             \
    /* E02xx: keys, types and values */                                                            \
    X(E0201, "unknown key")                                                                        \
    X(E0202, "a required key is missing")                                                          \
    X(E0203, "a key has no value")                                                                 \
    X(E0204, "a value of the wrong kind (text, map or list)")                                      \
    X(E0205, "a NUL character in a text")                                                          \
    X(E0206, "an empty text")                                                                      \
    X(E0207, "not a valid id")                                                                     \
    X(E0208, "not true or false")                                                                  \
    X(E0209, "not a whole number")                                                                 \
    X(E0210, "a number or duration out of range")                                                  \
    X(E0211, "not a duration")                                                                     \
    X(E0212, "not one of the allowed values")                                                      \
    X(E0213, "not a language code")                                                                \
    X(E0214, "a list with too few or too many items")                                              \
    X(E0215, "unknown step type")                                                                  \
    X(E0216, "not the format teaser/1")                                                            \
    X(E0217, "not a phone key")                                                                    \
    X(E0218, "not a valid captcha")                                                                \
    X(E0219, "a form's match pattern is refused")                                                  \
    X(E0220, "not a phone voice")                                                                  \
    /* E03xx: ids and references */                                                                \
    X(E0301, "an id used twice")                                                                   \
    X(E0302, "a reference to something that does not exist")                                       \
    X(E0303, "\"end\" used as a step id")                                                          \
    X(E0304, "a menu key used twice")                                                              \
    /* E04xx: files a scenario names */                                                            \
    X(E0401, "a file outside the scenario's folder")                                               \
    X(E0402, "teaser's assets folder was not found")                                               \
    X(E0403, "a file the scenario names was not found")                                            \
    X(E0404, "a file the scenario names is not a regular file")                                    \
    X(E0405, "not a WAV sound file")                                                               \
    /* E05xx: rules across keys */                                                                 \
    X(E0501, "a loop with no way out")                                                             \
    X(E0502, "a rating scale with an even number of points")                                       \
    X(E0503, "a letter's answer is not one of its options")                                        \
    X(E0504, "a form error with neither attempts nor match")                                       \
    X(E0505, "a hand-off question with neither label nor detail")                                  \
    X(E0506, "a hand-off question with both detail and label or expect")                           \
    X(E0507, "a rate step with rate: false")                                                       \
    X(E0508, "a wait's event comes after the wait is over")                                        \
    X(E0509, "a wait's queue changes out of time order")                                           \
    X(E0510, "a text with no version in the scenario's language")                                  \
    /* E06xx: customer data (CSV) */                                                               \
    X(E0601, "not valid CSV")                                                                      \
    X(E0602, "a header row that is missing or wrong")                                              \
    X(E0603, "not a number")                                                                       \
    X(E0604, "more rows, fields, touchpoints or values than teaser reads")                         \
    X(E0605, "customer data for a touchpoint the scenario does not have")                          \
    X(E0606, "a scale that is impossible or differs between rows")                                 \
    X(E0607, "a value, mean or SD outside the scale")                                              \
    X(E0608, "a count or n that is not a whole number in range")                                   \
    X(E0609, "a touchpoint summarised twice")                                                      \
    X(E0610, "a row with another number of fields than the header")                                \
    X(E0611, "a row with no touchpoint")                                                           \
    X(E0612, "a control character in customer data")                                               \
    /* E07xx: scripted input (play --input) */                                                     \
    X(E0701, "bytes that are not text in scripted input")                                          \
    X(E0702, "an event's number out of range")                                                     \
    X(E0703, "a quoted string that is unterminated, too long or badly escaped")                    \
    X(E0704, "an event without the value it needs")                                                \
    X(E0705, "unknown event, option or key")                                                       \
    X(E0706, "an event's option repeated or out of order")                                         \
    X(E0707, "a time that is not valid or not in order")                                           \
    X(E0708, "more events than teaser reads")                                                      \
    X(E0709, "unexpected text after an event")                                                     \
    /* W01xx: steps, touchpoints and the flow */                                                   \
    X(W0101, "a step that can never be reached")                                                   \
    X(W0102, "a touchpoint no step names")                                                         \
    X(W0103, "a \"next\" that is never used")                                                      \
    X(W0104, "predictions with nothing to predict")                                                \
    X(W0105, "a route that rates none of some touchpoints the customer data covers")               \
    X(W0106, "a route far shorter or longer than the others")                                      \
    /* W02xx: languages */                                                                         \
    X(W0201, "a text missing a language other texts have")                                         \
    /* W03xx: screen fit */                                                                        \
    X(W0301, "a text that does not fit its place on the screen")                                   \
    X(W0302, "the screen-fit check was skipped")                                                   \
    /* W04xx: customer data */                                                                     \
    X(W0401, "no customer data to compare ratings with")                                           \
    X(W0402, "a rated touchpoint with no customer data")                                           \
    X(W0403, "an unknown column in customer data")                                                 \
    /* W05xx: sound and timing */                                                                  \
    X(W0501, "hand-off music that never plays")                                                    \
    X(W0502, "a wait's announcement that never plays")

typedef enum {
#define DIAG_CODE_ENUM(code, meaning) DIAG_##code,
    DIAG_CODES(DIAG_CODE_ENUM)
#undef DIAG_CODE_ENUM
        DIAG_CODE_COUNT
} DiagCode;

#endif

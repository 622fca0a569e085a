/* The engine's version: the Makefile passes it; this is the fallback. */
#ifndef TEASER_VERSION_H
#define TEASER_VERSION_H

#ifndef TEASER_VERSION
#define TEASER_VERSION "0.0.0"
#endif

#endif

/* case-scan.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The case-list benchmark's reference: every case's search text and filter fields in
 * memory, and a plain scan over them. */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

/* One case as the in-memory scan sees it. */
typedef struct
{
  char   *search_text;
  char   *status;
  char   *source;
  gint64  theme_id;
  int     year;
} Row;

typedef struct
{
  const char *label;
  const char *search;
  const char *status;
  const char *source;
  gint64      theme_id;
  int         year;
} Filter;

/* Loads every case's search text and filter fields into memory, once (not timed): an
 * array of Row. */
GArray *case_scan_load  (OndStore     *store);
void    case_scan_free  (GArray       *rows);
/* The cases of @rows that @filter finds. */
guint   case_scan_count (GArray       *rows,
                         const Filter *filter);

G_END_DECLS

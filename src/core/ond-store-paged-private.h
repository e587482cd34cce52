/* ond-store-paged-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the queries behind the paged lists (ond-store-case-list.c, ond-store-booking-list.c)
 * share (ond-store-paged.c): the search words and their LIKE patterns, the year filter,
 * collecting the listed ids, and reading rows by id a batch at a time. Private to the
 * store's files.
 */

#pragma once

#include <glib-object.h>

#include "ond-statement.h"

G_BEGIN_DECLS

/* The ORDER BY of one column of a list, with the join it needs (or ""). */
typedef struct
{
  const char *join;
  const char *ascending;
  const char *descending;
} OndStoreSortSql;

/* Rows are read by id this many at a time, with one statement whose IN list has these
 * places: one read transaction and one search of the table per batch instead of one of
 * each per row. */
#define OND_STORE_ID_BATCH 64
#define OND_STORE_PLACES_4 "?, ?, ?, ?"
#define OND_STORE_PLACES_16 \
  OND_STORE_PLACES_4 ", " OND_STORE_PLACES_4 ", " OND_STORE_PLACES_4 ", " OND_STORE_PLACES_4
#define OND_STORE_ID_PLACES \
  OND_STORE_PLACES_16 ", " OND_STORE_PLACES_16 ", " OND_STORE_PLACES_16 ", " \
  OND_STORE_PLACES_16

/* Builds the object of the current row of a statement whose first column is the id.
 * Transfer full. */
typedef gpointer (*OndStoreReadRow) (OndStatement *stmt);

/* @search folded as the search_text columns are (ond_text_fold), cut into its words; text
 * beyond 8 words is matched as one phrase with the last word. An empty vector when there is
 * nothing to search for. Transfer full. */
GStrv       _ond_store_search_words (const char     *search) G_GNUC_WARN_UNUSED_RESULT;
/* @word as a LIKE pattern that matches it anywhere (with ESCAPE '\'), LIKE's own characters
 * and the escape character taken literally. Transfer full. */
char       *_ond_store_like_pattern (const char     *word) G_GNUC_WARN_UNUSED_RESULT;
/* Binds the first and the last day of @year ("YYYY-01-01", "YYYY-12-31", for
 * "date BETWEEN ? AND ?") at the places *@place and *@place + 1, and moves *@place past
 * them. */
gboolean    _ond_store_bind_year    (OndStatement   *stmt,
                                     int            *place,
                                     int             year,
                                     GError        **error);
/* Runs @stmt and collects the first column of its rows, in order: a GArray of gint64
 * (transfer full), or NULL with @error set. */
GArray     *_ond_store_collect_ids  (OndStatement   *stmt,
                                     GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* Reads the rows @ids[0 .. @n_ids - 1] with @stmt, whose places are @n_keys values bound
 * first (@keys: a plan, say; bound again for each batch) and then OND_STORE_ID_PLACES for
 * the ids, and whose first column is the id; @read_row builds each row. Returns a GPtrArray
 * of @n_ids objects in the order of @ids (transfer full), NULL in the place of an id that
 * @stmt did not find; or NULL with @error set. */
GPtrArray  *_ond_store_read_by_ids  (OndStatement   *stmt,
                                     const gint64   *keys,
                                     guint           n_keys,
                                     const gint64   *ids,
                                     guint           n_ids,
                                     OndStoreReadRow read_row,
                                     GError        **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

/* ond-store-case-list-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The queries behind OndCaseList (ond-store-case-list.c): which cases match the list's
 * search and filters, in the list's order, and reading a page of them. Private to core:
 * the GListModel (ond-case-list.c) is the only user.
 */

#pragma once

#include "ond-case-list.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* What the list shows. Strings are owned by the caller; NULL / 0 = no filter. */
typedef struct
{
  const char  *search;      /* as typed: the store folds it (ond_text_fold) */
  const char  *status;      /* case_status code */
  gint64       theme_id;
  const char  *source;      /* case_source code */
  int          year;        /* of the date received */
  OndCaseSort  sort;
  gboolean     descending;
} OndCaseQuery;

/* The ids of the visible (not deleted) cases that match @query, in its order (ties broken
 * on the id, so the order is total). Its length is the number of matching cases. Returns a
 * GArray of gint64 (transfer full), or NULL with @error set. */
GArray  *_ond_store_list_case_ids (OndStore            *self,
                                   const OndCaseQuery  *query,
                                   GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/* Reads the cases @ids[0 .. @n_ids - 1] without logging (list rows). Returns a GPtrArray of
 * @n_ids OndCase * in the order of @ids (transfer full); a case that has been deleted or
 * hidden since its id was listed leaves a NULL in its place. NULL with @error set on a
 * database error. */
GPtrArray *_ond_store_read_cases  (OndStore            *self,
                                   const gint64        *ids,
                                   guint                n_ids,
                                   GError             **error) G_GNUC_WARN_UNUSED_RESULT;

/* The search in memory (ond-store-case-search.c): the ids of the visible cases that pass the
 * filters of @query and whose folded search text holds every one of @words (folded, not
 * empty), in date-received order (reversed when @query is descending), whatever @query's
 * sort. With @found, *@found gets a bit per id (bit id % 8 of byte id / 8, up to *@max_id)
 * set for each (g_free it). Returns a GArray of gint64 (transfer full), or NULL with @error
 * set. */
GArray  *_ond_store_search_case_ids (OndStore            *self,
                                     const OndCaseQuery  *query,
                                     const char * const  *words,
                                     guint8             **found,
                                     gint64              *max_id,
                                     GError             **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

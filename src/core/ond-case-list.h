/* ond-case-list.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCaseList: a GListModel of OndCase over the store, for the case list. It stays smooth
 * at 100,000 cases: each change of search, filter or sort runs one query that lists the ids
 * of the matching cases in order (get_n_items is their number), items are read by id a page
 * at a time into a small cache, and searching, filtering and sorting happen in SQL (with
 * indexes and the case- and accent-folded search_text column). Changing a filter or the
 * sort emits one items-changed for the whole list. Hidden (deleted) cases never appear.
 * A new list shows all cases, newest received first.
 *
 * The rows it hands out are for the list: it does not log an opening (that is
 * ond_store_open_case, when the user opens one).
 */

#pragma once

#include <gio/gio.h>

#include "ond-paged-list.h"
#include "ond-store.h"

G_BEGIN_DECLS

typedef enum
{
  OND_CASE_SORT_REFERENCE,
  OND_CASE_SORT_RECEIVED,
  OND_CASE_SORT_THEME,
  OND_CASE_SORT_SOURCE,
  OND_CASE_SORT_STATUS,
  OND_CASE_SORT_LEAD_PARTNER,
  OND_CASE_SORT_NEXT_FOLLOW_UP,
} OndCaseSort;

#define OND_TYPE_CASE_LIST (ond_case_list_get_type ())
G_DECLARE_FINAL_TYPE (OndCaseList, ond_case_list, OND, CASE_LIST, OndPagedList)

OndCaseList *ond_case_list_new         (OndStore     *store) G_GNUC_WARN_UNUSED_RESULT;
/* Matches reference, subject name and summary, ignoring case and accents. NULL/"" = all. */
void         ond_case_list_set_search  (OndCaseList  *self,
                                        const char   *text);
/* NULL / 0 = no filter. */
void         ond_case_list_set_status  (OndCaseList  *self,
                                        const char   *status);
void         ond_case_list_set_theme   (OndCaseList  *self,
                                        gint64        theme_id);
void         ond_case_list_set_source  (OndCaseList  *self,
                                        const char   *source);
void         ond_case_list_set_year    (OndCaseList  *self,
                                        int           year);
void         ond_case_list_set_sort    (OndCaseList  *self,
                                        OndCaseSort   sort,
                                        gboolean      descending);
/* Drops the cache and re-counts (after the store changed). */
void         ond_case_list_reload      (OndCaseList  *self);
/* The last query error, or NULL (the model is then empty). */
const GError *ond_case_list_get_error  (OndCaseList  *self);

G_END_DECLS

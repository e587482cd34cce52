/* ond-case-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCaseList: the case list as an OndPagedList. It keeps the search, filters and order;
 * on every change of them the store lists the ids of the matching cases in order (one
 * query; the count is its length), and OndPagedList reads the rows a page at a time by id
 * (ond-paged-list.c). Only the pages a view looks at are ever turned into OndCase objects.
 */

#define G_LOG_DOMAIN "ond-case-list"

#include "config.h"

#include "ond-case.h"
#include "ond-case-list.h"
#include "ond-store-case-list-private.h"
#include "ond-text.h"

struct _OndCaseList
{
  OndPagedList  parent_instance;

  char         *search;     /* folded; NULL = all */
  char         *status;
  gint64        theme_id;
  char         *source;
  int           year;
  OndCaseSort   sort;
  gboolean      descending;
};

G_DEFINE_FINAL_TYPE (OndCaseList, ond_case_list, OND_TYPE_PAGED_LIST)

/* The ids of the cases for the current search, filters and order. */
static GArray *
ond_case_list_list_ids (OndPagedList  *list,
                        gboolean       store_changed,
                        GError       **error)
{
  OndCaseList *self = OND_CASE_LIST (list);
  OndCaseQuery query = {
    .search = self->search,
    .status = self->status,
    .theme_id = self->theme_id,
    .source = self->source,
    .year = self->year,
    .sort = self->sort,
    .descending = self->descending,
  };

  return _ond_store_list_case_ids (ond_paged_list_get_store (list), &query, error);
}

static GPtrArray *
ond_case_list_read_rows (OndPagedList  *list,
                         const gint64  *ids,
                         guint          n_ids,
                         GError       **error)
{
  return _ond_store_read_cases (ond_paged_list_get_store (list), ids, n_ids, error);
}

static void
ond_case_list_finalize (GObject *object)
{
  OndCaseList *self = OND_CASE_LIST (object);

  g_free (self->search);
  g_free (self->status);
  g_free (self->source);

  G_OBJECT_CLASS (ond_case_list_parent_class)->finalize (object);
}

static void
ond_case_list_class_init (OndCaseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OndPagedListClass *list_class = OND_PAGED_LIST_CLASS (klass);

  object_class->finalize = ond_case_list_finalize;

  list_class->item_type = OND_TYPE_CASE;
  list_class->list_ids = ond_case_list_list_ids;
  list_class->read_rows = ond_case_list_read_rows;
}

static void
ond_case_list_init (OndCaseList *self)
{
  self->sort = OND_CASE_SORT_RECEIVED;
  self->descending = TRUE;
}

/**
 * ond_case_list_new:
 * @store: the store to list the cases of
 *
 * Creates the list of all visible cases, newest received first.
 *
 * Returns: (transfer full): a new #OndCaseList
 */
OndCaseList *
ond_case_list_new (OndStore *store)
{
  g_return_val_if_fail (OND_IS_STORE (store), NULL);

  return g_object_new (OND_TYPE_CASE_LIST, "store", store, NULL);
}

/**
 * ond_case_list_set_search:
 * @self: a #OndCaseList
 * @text: (nullable): the search text; %NULL or blank for all cases
 *
 * Shows the cases whose reference, subject name or summary contain every word of @text,
 * ignoring case and accents.
 */
void
ond_case_list_set_search (OndCaseList *self,
                          const char  *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (OND_IS_CASE_LIST (self));

  folded = ond_text_fold (text);
  ond_paged_list_update_text (OND_PAGED_LIST (self), &self->search, folded);
}

/**
 * ond_case_list_set_status:
 * @self: a #OndCaseList
 * @status: (nullable): a case_status code, or %NULL for every status
 */
void
ond_case_list_set_status (OndCaseList *self,
                          const char  *status)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));

  ond_paged_list_update_text (OND_PAGED_LIST (self), &self->status, status);
}

/**
 * ond_case_list_set_theme:
 * @self: a #OndCaseList
 * @theme_id: a theme id, or 0 for every theme
 */
void
ond_case_list_set_theme (OndCaseList *self,
                         gint64       theme_id)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));
  g_return_if_fail (theme_id >= 0);

  if (self->theme_id == theme_id)
    return;
  self->theme_id = theme_id;
  ond_paged_list_refresh (OND_PAGED_LIST (self), FALSE);
}

/**
 * ond_case_list_set_source:
 * @self: a #OndCaseList
 * @source: (nullable): a case_source code, or %NULL for every source
 */
void
ond_case_list_set_source (OndCaseList *self,
                          const char  *source)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));

  ond_paged_list_update_text (OND_PAGED_LIST (self), &self->source, source);
}

/**
 * ond_case_list_set_year:
 * @self: a #OndCaseList
 * @year: the year of the date received, or 0 for every year
 */
void
ond_case_list_set_year (OndCaseList *self,
                        int          year)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));
  g_return_if_fail (year >= 0 && year <= 9999);

  if (self->year == year)
    return;
  self->year = year;
  ond_paged_list_refresh (OND_PAGED_LIST (self), FALSE);
}

/**
 * ond_case_list_set_sort:
 * @self: a #OndCaseList
 * @sort: the column to sort on
 * @descending: whether to reverse the order
 *
 * Ties are broken on the order of registration, so the order is always the same.
 */
void
ond_case_list_set_sort (OndCaseList *self,
                        OndCaseSort  sort,
                        gboolean     descending)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));
  g_return_if_fail (sort >= OND_CASE_SORT_REFERENCE && sort <= OND_CASE_SORT_NEXT_FOLLOW_UP);

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  ond_paged_list_refresh (OND_PAGED_LIST (self), FALSE);
}

/**
 * ond_case_list_reload:
 * @self: a #OndCaseList
 *
 * Lists the cases again after the store changed, and emits one items-changed for the
 * whole list.
 */
void
ond_case_list_reload (OndCaseList *self)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));

  ond_paged_list_refresh (OND_PAGED_LIST (self), TRUE);
}

/**
 * ond_case_list_get_error:
 * @self: a #OndCaseList
 *
 * Returns: (nullable) (transfer none): why the last query failed, or %NULL
 */
const GError *
ond_case_list_get_error (OndCaseList *self)
{
  g_return_val_if_fail (OND_IS_CASE_LIST (self), NULL);

  return ond_paged_list_get_error (OND_PAGED_LIST (self));
}

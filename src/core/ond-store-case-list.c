/* ond-store-case-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The queries behind the case list. One query lists the ids of the matching cases in the
 * list's order (its length is the count the list shows); pages of rows are then read by id.
 * This keeps scrolling cheap whatever the order: sorting by a joined name or by the next
 * follow-up costs one sort per change of filter or order, not one per page, and a page at
 * position 90,000 costs what a page at 0 does (no OFFSET to skip).
 *
 * The SQL is put together from the fixed fragments below only, chosen by which filters are
 * set and by the OndCaseSort enum; every value (codes, ids, dates) is a bound "?" parameter.
 * The search is matched in memory (ond-store-case-search.c), not with LIKE.
 */

#define G_LOG_DOMAIN "ond-store-case-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case.h"
#include "ond-store-case-list-private.h"
#include "ond-store-paged-private.h"
#include "ond-store-private.h"

/* The order of each column of the list; every key ends with the id (the reference is unique
 * by itself) so that the order is total, and descending is ascending exactly reversed.
 * Empty values (no theme, no lead partner, no follow-up) come last in ascending order.
 * Names sort as the list shows them (theme name, source label, the partner's short name);
 * the status sorts in the order of the workflow; the next follow-up is the column the schema
 * keeps (the same as next_follow_up of OND_STORE_CASE_COLUMNS, which a subquery per row
 * would cost some 100 ms more at 100,000 cases). Each column the list sorts or filters on
 * has an index ending in deleted_at (ond-store-schema.c), so that these run on the index
 * alone. */
static const OndStoreSortSql sort_sql[] = {
  [OND_CASE_SORT_REFERENCE] = {
    "",
    "c.reference",
    "c.reference DESC",
  },
  [OND_CASE_SORT_RECEIVED] = {
    "",
    "c.date_received, c.id",
    "c.date_received DESC, c.id DESC",
  },
  [OND_CASE_SORT_THEME] = {
    " LEFT JOIN theme t ON t.id = c.theme_id",
    "t.name IS NULL, t.name, c.id",
    "t.name IS NULL DESC, t.name DESC, c.id DESC",
  },
  [OND_CASE_SORT_SOURCE] = {
    " JOIN case_source cs ON cs.code = c.source",
    "cs.label, c.id",
    "cs.label DESC, c.id DESC",
  },
  [OND_CASE_SORT_STATUS] = {
    " JOIN case_status st ON st.code = c.status",
    "st.position, c.id",
    "st.position DESC, c.id DESC",
  },
  [OND_CASE_SORT_LEAD_PARTNER] = {
    " LEFT JOIN partner p ON p.id = c.lead_partner_id",
    "p.short_name IS NULL, p.short_name, c.id",
    "p.short_name IS NULL DESC, p.short_name DESC, c.id DESC",
  },
  [OND_CASE_SORT_NEXT_FOLLOW_UP] = {
    "",
    "c.next_follow_up_date IS NULL, c.next_follow_up_date, c.id",
    "c.next_follow_up_date IS NULL DESC, c.next_follow_up_date DESC, c.id DESC",
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sort_sql) == OND_CASE_SORT_NEXT_FOLLOW_UP + 1);

/* The ids of the visible cases that pass the filters of @query (not its search), in its
 * order. */
static GArray *
list_filtered (OndStore               *self,
               const OndCaseQuery     *query,
               const OndStoreSortSql  *order,
               GError                **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(OndStatement) stmt = NULL;
  int place = 1;

  g_string_append (sql, "SELECT c.id FROM case_file c");
  g_string_append (sql, order->join);
  g_string_append (sql, " WHERE c.deleted_at IS NULL");
  if (query->status != NULL)
    g_string_append (sql, " AND c.status = ?");
  if (query->theme_id != 0)
    g_string_append (sql, " AND c.theme_id = ?");
  if (query->source != NULL)
    g_string_append (sql, " AND c.source = ?");
  if (query->year != 0)
    g_string_append (sql, " AND c.date_received BETWEEN ? AND ?");
  g_string_append (sql, " ORDER BY ");
  g_string_append (sql, query->descending ? order->descending : order->ascending);

  g_debug ("%s", sql->str);
  stmt = _ond_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;

  if (query->status != NULL && !ond_statement_bind_text (stmt, place++, query->status, error))
    return NULL;
  if (query->theme_id != 0 && !ond_statement_bind_int64 (stmt, place++, query->theme_id, error))
    return NULL;
  if (query->source != NULL && !ond_statement_bind_text (stmt, place++, query->source, error))
    return NULL;
  if (query->year != 0 && !_ond_store_bind_year (stmt, &place, query->year, error))
    return NULL;

  return _ond_store_collect_ids (stmt, error);
}

GArray *
_ond_store_list_case_ids (OndStore            *self,
                          const OndCaseQuery  *query,
                          GError             **error)
{
  g_auto(GStrv) words = NULL;
  g_autofree guint8 *found = NULL;
  g_autoptr(GArray) matched = NULL;
  g_autoptr(GArray) filtered = NULL;
  const OndStoreSortSql *order;
  gboolean plain;
  gint64 max_id = 0;
  guint kept = 0;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail ((guint) query->sort < G_N_ELEMENTS (sort_sql), NULL);
  g_return_val_if_fail (query->year >= 0 && query->year <= 9999, NULL);

  words = _ond_store_search_words (query->search);
  order = &sort_sql[query->sort];
  if (words[0] == NULL)
    return list_filtered (self, query, order, error);

  /* A search is matched in memory, with the filters (ond-store-case-search.c). In the
   * default order that is the whole answer; another order is SQL's, sifted by the matches. */
  plain = query->sort == OND_CASE_SORT_RECEIVED;
  matched = _ond_store_search_case_ids (self, query, (const char * const *) words,
                                        plain ? NULL : &found, &max_id, error);
  if (matched == NULL || plain)
    return g_steal_pointer (&matched);

  filtered = list_filtered (self, query, order, error);
  if (filtered == NULL)
    return NULL;
  for (guint i = 0; i < filtered->len; i++)
    {
      gint64 id = g_array_index (filtered, gint64, i);

      if (id >= 0 && id <= max_id && (found[id / 8] & (1u << (id % 8))) != 0)
        g_array_index (filtered, gint64, kept++) = id;
    }
  g_array_set_size (filtered, kept);
  return g_steal_pointer (&filtered);
}

static gpointer
read_case_row (OndStatement *stmt)
{
  return _ond_store_read_case_row (stmt);
}

GPtrArray *
_ond_store_read_cases (OndStore      *self,
                       const gint64  *ids,
                       guint          n_ids,
                       GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT " OND_STORE_CASE_COLUMNS " FROM " OND_STORE_CASE_FROM
                  " WHERE c.id IN (" OND_STORE_ID_PLACES ") AND c.deleted_at IS NULL",
                  error);
  if (stmt == NULL)
    return NULL;
  return _ond_store_read_by_ids (stmt, NULL, 0, ids, n_ids, read_case_row, error);
}

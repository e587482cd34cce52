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
 * set and by the OndCaseSort enum; every value (search text, codes, ids, dates) is a bound
 * "?" parameter.
 */

#define G_LOG_DOMAIN "ond-store-case-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case.h"
#include "ond-store-case-list-private.h"
#include "ond-store-private.h"
#include "ond-text.h"

/* The search matches each word of the search text anywhere in search_text; text beyond this
 * many words is matched as one phrase with the last word. */
#define MAX_SEARCH_TERMS 8

/* Rows are read by id, this many at a time, with one statement: one read transaction and
 * one search of the table per batch instead of one of each per row. */
#define READ_BATCH 64
#define PARAMS_4 "?, ?, ?, ?"
#define PARAMS_16 PARAMS_4 ", " PARAMS_4 ", " PARAMS_4 ", " PARAMS_4
#define PARAMS_64 PARAMS_16 ", " PARAMS_16 ", " PARAMS_16 ", " PARAMS_16

typedef struct
{
  const char *join;
  const char *ascending;
  const char *descending;
} SortSql;

/* The order of each column of the list; every key ends with the id (the reference is unique
 * by itself) so that the order is total, and descending is ascending exactly reversed.
 * Empty values (no theme, no lead partner, no follow-up) come last in ascending order.
 * Names sort as the list shows them (theme name, source label, the partner's short name);
 * the status sorts in the order of the workflow; the next follow-up is the column the schema
 * keeps (the same as next_follow_up of OND_STORE_CASE_COLUMNS, which a subquery per row
 * would cost some 100 ms more at 100,000 cases). Each column the list sorts or filters on
 * has an index ending in deleted_at (ond-store-schema.c), so that these run on the index
 * alone. */
static const SortSql sort_sql[] = {
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

/* @term as a LIKE pattern that matches it anywhere, with LIKE's own characters (and the
 * escape character) taken literally. */
static char *
like_pattern (const char *term)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = term; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/* The search text folded as search_text is, and cut into its words. */
static GStrv
search_terms (const char *search)
{
  g_autofree char *folded = ond_text_fold (search);

  if (*folded == '\0')
    return g_new0 (char *, 1);
  /* ond_text_fold () leaves single spaces between words and none at the ends. */
  return g_strsplit (folded, " ", MAX_SEARCH_TERMS);
}

GArray *
_ond_store_list_case_ids (OndStore            *self,
                          const OndCaseQuery  *query,
                          GError             **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  g_auto(GStrv) terms = NULL;
  const SortSql *order;
  gboolean has_row;
  gboolean ok;
  int param = 1;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail ((guint) query->sort < G_N_ELEMENTS (sort_sql), NULL);
  g_return_val_if_fail (query->year >= 0 && query->year <= 9999, NULL);

  terms = search_terms (query->search);
  order = &sort_sql[query->sort];

  g_string_append (sql, "SELECT c.id FROM case_file c");
  g_string_append (sql, order->join);
  g_string_append (sql, " WHERE c.deleted_at IS NULL");
  for (guint i = 0; terms[i] != NULL; i++)
    g_string_append (sql, " AND c.search_text LIKE ? ESCAPE '\\'");
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

  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_autofree char *pattern = like_pattern (terms[i]);

      if (!ond_statement_bind_text (stmt, param++, pattern, error))
        return NULL;
    }
  if (query->status != NULL && !ond_statement_bind_text (stmt, param++, query->status, error))
    return NULL;
  if (query->theme_id != 0 && !ond_statement_bind_int64 (stmt, param++, query->theme_id, error))
    return NULL;
  if (query->source != NULL && !ond_statement_bind_text (stmt, param++, query->source, error))
    return NULL;
  if (query->year != 0)
    {
      g_autofree char *first = g_strdup_printf ("%04d-01-01", query->year);
      g_autofree char *last = g_strdup_printf ("%04d-12-31", query->year);

      if (!ond_statement_bind_text (stmt, param++, first, error) ||
          !ond_statement_bind_text (stmt, param++, last, error))
        return NULL;
    }

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      gint64 id = ond_statement_get_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&ids);
}

static void
unref_case (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

GPtrArray *
_ond_store_read_cases (OndStore      *self,
                       const gint64  *ids,
                       guint          n_ids,
                       GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) cases = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT " OND_STORE_CASE_COLUMNS " FROM " OND_STORE_CASE_FROM
                  " WHERE c.id IN (" PARAMS_64 ") AND c.deleted_at IS NULL",
                  error);
  if (stmt == NULL)
    return NULL;

  cases = g_ptr_array_new_full (n_ids, unref_case);
  g_ptr_array_set_size (cases, (int) n_ids);
  for (guint first = 0; first < n_ids; first += READ_BATCH)
    {
      guint n = MIN (READ_BATCH, n_ids - first);
      gboolean has_row;
      gboolean ok;

      /* Places left unbound are NULL, which matches no case. */
      ond_statement_reset (stmt);
      for (guint i = 0; i < n; i++)
        {
          if (!ond_statement_bind_int64 (stmt, (int) i + 1, ids[first + i], error))
            return NULL;
        }
      /* The rows come in the table's order: each goes in the place of its id. */
      while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
        {
          gint64 id = ond_statement_get_int64 (stmt, 0);

          for (guint i = 0; i < n; i++)
            {
              if (ids[first + i] == id && g_ptr_array_index (cases, first + i) == NULL)
                {
                  g_ptr_array_index (cases, first + i) = _ond_store_read_case_row (stmt);
                  break;
                }
            }
        }
      if (!ok)
        return NULL;
    }
  return g_steal_pointer (&cases);
}

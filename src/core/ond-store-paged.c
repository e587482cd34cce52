/* ond-store-paged.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parts the queries of the paged lists (OndPagedList: the case list, the bookings list)
 * share: turning the search text into words and LIKE patterns, binding a year, collecting
 * the listed ids, and reading rows by id in batches. The SQL itself stays in the list's own
 * store file.
 */

#define G_LOG_DOMAIN "ond-store-paged"

#include "config.h"

#include "ond-store-paged-private.h"
#include "ond-text.h"

/* The search matches each word of the search text; text beyond this many words is matched
 * as one phrase with the last word. */
#define MAX_SEARCH_WORDS 8

GStrv
_ond_store_search_words (const char *search)
{
  g_autofree char *folded = ond_text_fold (search);

  if (*folded == '\0')
    return g_new0 (char *, 1);
  /* ond_text_fold () leaves single spaces between words and none at the ends. */
  return g_strsplit (folded, " ", MAX_SEARCH_WORDS);
}

char *
_ond_store_like_pattern (const char *word)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

gboolean
_ond_store_bind_year (OndStatement  *stmt,
                      int           *place,
                      int            year,
                      GError       **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (year > 0 && year <= 9999, FALSE);

  first = g_strdup_printf ("%04d-01-01", year);
  last = g_strdup_printf ("%04d-12-31", year);
  if (!ond_statement_bind_text (stmt, (*place)++, first, error))
    return FALSE;
  return ond_statement_bind_text (stmt, (*place)++, last, error);
}

GArray *
_ond_store_collect_ids (OndStatement  *stmt,
                        GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row;
  gboolean ok;

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
unref_row (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

GPtrArray *
_ond_store_read_by_ids (OndStatement     *stmt,
                        const gint64     *keys,
                        guint             n_keys,
                        const gint64     *ids,
                        guint             n_ids,
                        OndStoreReadRow   read_row,
                        GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (stmt != NULL, NULL);
  g_return_val_if_fail (keys != NULL || n_keys == 0, NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);
  g_return_val_if_fail (read_row != NULL, NULL);

  rows = g_ptr_array_new_full (n_ids, unref_row);
  g_ptr_array_set_size (rows, (int) n_ids);
  for (guint first = 0; first < n_ids; first += OND_STORE_ID_BATCH)
    {
      guint n = MIN (OND_STORE_ID_BATCH, n_ids - first);
      gboolean has_row;
      gboolean ok;

      /* Places left unbound are NULL, which matches no row. */
      ond_statement_reset (stmt);
      for (guint i = 0; i < n_keys; i++)
        {
          if (!ond_statement_bind_int64 (stmt, (int) i + 1, keys[i], error))
            return NULL;
        }
      for (guint i = 0; i < n; i++)
        {
          if (!ond_statement_bind_int64 (stmt, (int) (n_keys + i) + 1, ids[first + i], error))
            return NULL;
        }
      /* The rows come in the table's order: each goes in the place of its id. */
      while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
        {
          gint64 id = ond_statement_get_int64 (stmt, 0);

          for (guint i = 0; i < n; i++)
            {
              if (ids[first + i] == id && g_ptr_array_index (rows, first + i) == NULL)
                {
                  g_ptr_array_index (rows, first + i) = read_row (stmt);
                  break;
                }
            }
        }
      if (!ok)
        return NULL;
    }
  return g_steal_pointer (&rows);
}

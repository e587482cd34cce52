/* case-scan.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The in-memory scan of the case-list benchmark (see case-scan.h). */

#define G_LOG_DOMAIN "bench-case-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "case-scan.h"
#include "ond-case.h"
#include "ond-case-list.h"
#include "ond-text.h"

GArray *
case_scan_load (OndStore *store)
{
  g_autoptr(OndCaseList) list = ond_case_list_new (store);
  GArray *rows;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  rows = g_array_sized_new (FALSE, TRUE, sizeof (Row), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndCase) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *joined = NULL;
      Row row;

      g_assert (item != NULL);
      /* The store's search_text: the reference, subject name and summary, folded. */
      joined = g_strjoin (" ", ond_case_get_reference (item), ond_case_get_subject_name (item),
                          ond_case_get_summary (item), NULL);
      row.search_text = ond_text_fold (joined);
      row.status = g_strdup (ond_case_get_status (item));
      row.source = g_strdup (ond_case_get_source (item));
      row.theme_id = ond_case_get_theme_id (item);
      row.year = atoi (ond_case_get_date_received (item));
      g_array_append_val (rows, row);
    }
  return rows;
}

void
case_scan_free (GArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      g_free (row->search_text);
      g_free (row->status);
      g_free (row->source);
    }
  g_array_unref (rows);
}

static gboolean
row_matches (const Row    *row,
             const Filter *filter)
{
  return (filter->status == NULL || strcmp (row->status, filter->status) == 0) &&
         (filter->source == NULL || strcmp (row->source, filter->source) == 0) &&
         (filter->theme_id == 0 || row->theme_id == filter->theme_id) &&
         (filter->year == 0 || row->year == filter->year);
}

/* The in-memory limit: strstr () of each word of the search over every search text, and a
 * compare of the filtered fields. */
guint
case_scan_count (GArray       *rows,
                 const Filter *filter)
{
  g_autofree char *folded = ond_text_fold (filter->search);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      gboolean all = row_matches (row, filter);

      for (guint w = 0; words[w] != NULL && *words[w] != '\0' && all; w++)
        all = strstr (row->search_text, words[w]) != NULL;
      n += all;
    }
  return n;
}


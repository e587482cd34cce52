/* ond-store-case-search.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The search of the case list, in memory. SQLite's LIKE over the folded search_text column
 * reads and matches every case on each search, some 80-130 ms at 100,000 cases, several
 * frames while the user types. The store keeps instead the search text of every case that is
 * not deleted, with its id, in the list's default order (date received, then id), in one
 * buffer; a search is then a plain scan of that buffer for each word, as fast as a scan can
 * be, and the list's filters (status, source, theme, year) are checked on the same copy. The
 * copy is read again when the file changed since it was read: by this connection
 * (sqlite3_total_changes64 () moved) or by another one (PRAGMA data_version moved), so a
 * search never sees stale cases. It costs the size of the search texts (about 13 MB at
 * 100,000 cases) and one read of them (about 100 ms) after each change, at the next search.
 *
 * A word matches as the LIKE pattern did (ond-store-paged.c): anywhere in the folded text,
 * literally; both sides are folded by ond_text_fold (), so the byte comparison of strstr ()
 * and LIKE's ASCII case folding agree.
 */

#define G_LOG_DOMAIN "ond-store-case-search"

#include "config.h"

#include <string.h>

#include "ond-store-case-list-private.h"
#include "ond-store-private.h"

/* What a filter of the list looks at, per case. The codes are interned strings. */
typedef struct
{
  gsize        start;      /* of its search text in the buffer */
  const char  *status;
  const char  *source;
  gint64       theme_id;
  int          year;       /* of the date received */
} Entry;

struct _OndCaseSearchIndex
{
  gint64         total_changes;
  gint64         data_version;
  /* Per case, in date-received order: its id and its Entry. */
  GArray        *ids;
  GArray        *entries;
  GString       *text;
  gint64         max_id;
};

void
_ond_case_search_index_free (OndCaseSearchIndex *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->ids);
  g_array_unref (self->entries);
  g_string_free (self->text, TRUE);
  g_free (self);
}

static OndCaseSearchIndex *
read_index (OndStore  *self,
            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  OndCaseSearchIndex *index = g_new0 (OndCaseSearchIndex, 1);
  gboolean has_row;
  gboolean ok;

  index->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  index->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  index->text = g_string_new (NULL);

  /* The changes are read first: one made while the texts are read shows next time. */
  index->total_changes = _ond_store_get_change_stamp (self);
  index->data_version = _ond_store_read_data_version (self);

  /* The order of OND_CASE_SORT_RECEIVED, on the index case_file_received. */
  stmt = _ond_store_prepare (self,
                             "SELECT id, search_text, status, source, theme_id,"
                             "  CAST(substr(date_received, 1, 4) AS INTEGER)"
                             " FROM case_file"
                             " WHERE deleted_at IS NULL ORDER BY date_received, id",
                             error);
  if (stmt == NULL)
    goto fail;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      gint64 id = ond_statement_get_int64 (stmt, 0);
      const char *text = ond_statement_get_text (stmt, 1);
      Entry entry = {
        .start = index->text->len,
        .status = g_intern_string (ond_statement_get_text (stmt, 2)),
        .source = g_intern_string (ond_statement_get_text (stmt, 3)),
        .theme_id = ond_statement_get_is_null (stmt, 4) ? 0 : ond_statement_get_int64 (stmt, 4),
        .year = (int) ond_statement_get_int64 (stmt, 5),
      };

      g_array_append_val (index->ids, id);
      g_array_append_val (index->entries, entry);
      /* Each text ends in its NUL, so that strstr () stays within it. */
      g_string_append_len (index->text, text != NULL ? text : "",
                           (gssize) strlen (text != NULL ? text : "") + 1);
      index->max_id = MAX (index->max_id, id);
    }
  if (!ok)
    goto fail;
  return index;

fail:
  _ond_case_search_index_free (index);
  return NULL;
}

/* The index of @self, read again when the file changed since it was read. */
static OndCaseSearchIndex *
get_index (OndStore  *self,
           GError   **error)
{
  OndCaseSearchIndex *index = _ond_store_get_case_search_index (self);

  /* A version that cannot be read (-1) never matches: the texts are read again. */
  if (index != NULL && index->data_version >= 0 &&
      index->total_changes == _ond_store_get_change_stamp (self) &&
      index->data_version == _ond_store_read_data_version (self))
    return index;

  index = read_index (self, error);
  if (index != NULL)
    _ond_store_set_case_search_index (self, index);
  return index;
}

static gboolean
matches (const char         *text,
         const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* The position of the first case received in @year or later. */
static guint
year_bound (OndCaseSearchIndex *index,
            int                 year)
{
  guint low = 0;
  guint high = index->entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (index->entries, Entry, middle).year < year)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/**
 * _ond_store_search_case_ids:
 *
 * See ond-store-case-list-private.h.
 */
GArray *
_ond_store_search_case_ids (OndStore            *self,
                            const OndCaseQuery  *query,
                            const char * const  *words,
                            guint8             **found,
                            gint64              *max_id,
                            GError             **error)
{
  OndCaseSearchIndex *index = get_index (self, error);
  const char *status = query->status != NULL ? g_intern_string (query->status) : NULL;
  const char *source = query->source != NULL ? g_intern_string (query->source) : NULL;
  GArray *ids;
  guint8 *bits = NULL;
  guint first;
  guint end;

  if (index == NULL)
    return NULL;

  /* The cases are in date order: a year is one stretch of them. */
  first = 0;
  end = index->ids->len;
  if (query->year != 0)
    {
      first = year_bound (index, query->year);
      end = year_bound (index, query->year + 1);
    }

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (found != NULL)
    bits = g_malloc0 ((gsize) (index->max_id / 8 + 1));
  for (guint k = first; k < end; k++)
    {
      guint i = query->descending ? first + end - 1 - k : k;
      const Entry *entry = &g_array_index (index->entries, Entry, i);
      gint64 id = g_array_index (index->ids, gint64, i);

      /* The filters first: they cost a comparison, a word a scan. */
      if ((status != NULL && entry->status != status) ||
          (source != NULL && entry->source != source) ||
          (query->theme_id != 0 && entry->theme_id != query->theme_id) ||
          (query->year != 0 && entry->year != query->year) ||
          !matches (index->text->str + entry->start, words))
        continue;
      g_array_append_val (ids, id);
      if (bits != NULL)
        bits[id / 8] |= (guint8) (1u << (id % 8));
    }
  if (found != NULL)
    *found = bits;
  if (max_id != NULL)
    *max_id = index->max_id;
  return ids;
}

/* ond-store-imports.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import_batch table: what was imported, when, by whom, and the file's SHA-256; and
 * adding the rows of a checked case import (ond-case-import.c reads and checks them).
 */

#define G_LOG_DOMAIN "ond-store-imports"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-case-import-private.h"
#include "ond-store-imports.h"
#include "ond-store-private.h"

typedef struct
{
  const char *date;   /* ISO */
  guint       index;  /* in the file's order */
} Order;

/**
 * ond_store_find_import_batch:
 * @self: a #OndStore
 * @sha256: the SHA-256 of a file, as 64 hex digits
 * @found: (out): whether a file with this checksum was imported before
 * @file_name: (out) (optional) (transfer full): the name it was imported under
 * @imported_at: (out) (optional) (transfer full): when, as local ISO time
 * @error: return location for an error
 *
 * Returns: %TRUE on success (whether found or not), %FALSE with @error set
 */
gboolean
ond_store_find_import_batch (OndStore    *self,
                             const char  *sha256,
                             gboolean    *found,
                             char       **file_name,
                             char       **imported_at,
                             GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *lower = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (sha256 != NULL, FALSE);
  g_return_val_if_fail (found != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lower = g_ascii_strdown (sha256, -1);
  stmt = _ond_store_prepare (self,
                  "SELECT file_name, imported_at FROM import_batch WHERE lower(sha256) = ?"
                  " ORDER BY id LIMIT 1",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, lower, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;

  *found = has_row;
  if (file_name != NULL)
    *file_name = has_row ? g_strdup (ond_statement_get_text (stmt, 0)) : NULL;
  if (imported_at != NULL)
    *imported_at = has_row ? g_strdup (ond_statement_get_text (stmt, 1)) : NULL;
  return TRUE;
}

/**
 * _ond_store_insert_import_batch:
 * @self: a #OndStore inside a transaction
 * @kind: "cases" or "bookings"
 * @file_name: the file's name as the user knows it (no folder)
 * @sha256: the SHA-256 of the file's bytes
 * @rows: the number of rows imported
 * @error: return location for an error
 *
 * Returns: the id of the new batch, or 0 with @error set
 */
gint64
_ond_store_insert_import_batch (OndStore    *self,
                                const char  *kind,
                                const char  *file_name,
                                const char  *sha256,
                                guint        rows,
                                GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *imported_at = NULL;
  g_autofree char *lower = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (kind != NULL && file_name != NULL && sha256 != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;

  lower = g_ascii_strdown (sha256, -1);
  if (strlen (lower) != 64 || strspn (lower, "0123456789abcdef") != 64)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("An import needs the SHA-256 of its file"));
      return 0;
    }
  if (!ond_store_find_import_batch (self, lower, &found, NULL, NULL, error))
    return 0;
  if (found)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("“%s” was imported before: nothing was added"), file_name);
      return 0;
    }

  now = g_date_time_new_now_local ();
  imported_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  stmt = _ond_store_prepare (self,
                  "INSERT INTO import_batch (kind, file_name, sha256, imported_at, who, rows)"
                  " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, kind, error) ||
      !ond_statement_bind_text (stmt, 2, file_name, error) ||
      !ond_statement_bind_text (stmt, 3, lower, error) ||
      !ond_statement_bind_text (stmt, 4, imported_at, error) ||
      !ond_statement_bind_text (stmt, 5, _ond_store_user (self), error) ||
      !ond_statement_bind_int64 (stmt, 6, rows, error))
    return 0;

  return ond_statement_insert (stmt, error);
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const Order *oa = a;
  const Order *ob = b;
  int by_date = strcmp (oa->date, ob->date);

  if (by_date != 0)
    return by_date;
  return (oa->index > ob->index) - (oa->index < ob->index);
}

/**
 * ond_store_import_cases:
 * @store: a #OndStore
 * @import: an import read by ond_case_import_prepare() from the same store
 * @n_added: (out) (optional): the number of cases added
 * @error: return location for an error
 *
 * Adds every row of @import as a new case (status nieuw) in one transaction: an
 * import_batch of kind cases, then the cases ordered by date received (rows of the same
 * date in file order), so that their references follow that order, each with its history
 * entry and access-log row. Refuses with %OND_STORE_ERROR_INVALID, and adds nothing, when
 * the import has any problem or its file was imported before; any failure on the way rolls
 * everything back.
 *
 * Returns: %TRUE when every row was added
 */
gboolean
ond_store_import_cases (OndStore       *store,
                        OndCaseImport  *import,
                        guint          *n_added,
                        GError        **error)
{
  g_autoptr(GArray) order = NULL;
  GPtrArray *drafts;
  GPtrArray *problems;
  const char *file_name;
  gint64 batch_id;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (OND_IS_CASE_IMPORT (import), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_added != NULL)
    *n_added = 0;

  drafts = ond_case_import_get_drafts (import);
  problems = ond_case_import_get_problems (import);
  file_name = ond_case_import_get_file_name (import);

  if (ond_case_import_is_duplicate (import))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("“%s” was imported before: nothing was added"), file_name);
      return FALSE;
    }
  if (problems->len > 0)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   ngettext ("“%s” has %u problem: nothing was added",
                             "“%s” has %u problems: nothing was added", problems->len),
                   file_name, problems->len);
      return FALSE;
    }
  if (drafts->len == 0)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("“%s” has no rows to import"), file_name);
      return FALSE;
    }

  order = g_array_sized_new (FALSE, FALSE, sizeof (Order), drafts->len);
  for (guint i = 0; i < drafts->len; i++)
    {
      const OndCaseDraft *draft = g_ptr_array_index (drafts, i);
      Order entry = { draft->date_received, i };

      g_array_append_val (order, entry);
    }
  g_array_sort (order, compare_order);

  if (!_ond_store_begin (store, error))
    return FALSE;

  batch_id = _ond_store_insert_import_batch (store, "cases", file_name,
                                             ond_case_import_get_sha256 (import),
                                             drafts->len, error);
  if (batch_id == 0)
    {
      _ond_store_rollback (store);
      return FALSE;
    }

  for (guint i = 0; i < order->len; i++)
    {
      guint index = g_array_index (order, Order, i).index;
      g_autoptr(GError) local_error = NULL;

      if (_ond_store_insert_case (store, g_ptr_array_index (drafts, index),
                                  _ond_case_import_get_today (import), batch_id, NULL,
                                  &local_error) == 0)
        {
          _ond_store_rollback (store);
          /* Translators: %u is a line number of the file, the error follows. */
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("Line %u: "),
                                      _ond_case_import_get_draft_line (import, index));
          return FALSE;
        }
    }

  if (!_ond_store_commit (store, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = drafts->len;
  return TRUE;
}

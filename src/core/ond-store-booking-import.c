/* ond-store-booking-import.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The store's side of the booking import (ond-booking-import.h): the bookings already
 * stored (for rows that are there already), and adding a checked import in one transaction,
 * with two prepared INSERTs: one that writes fifty rows at a time, one for the rest. The
 * saved column mappings are in ond-store-booking-mapping.c.
 */

#define G_LOG_DOMAIN "ond-store-booking-import"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking-import-private.h"
#include "ond-store-imports.h"
#include "ond-store-private.h"

/* Sets a cancel error when @cancellable was cancelled. */
static gboolean
cancelled (GCancellable  *cancellable,
           GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return FALSE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                       _("The import was cancelled: nothing was added"));
  return TRUE;
}

/* How an import writes (bulk_mode). A large import keeps its pages in memory until the
 * commit instead of spilling them into the write-ahead log on the way (SQLite's default
 * cache is 2 MB: 64 MB, in KiB as PRAGMA cache_size takes a negative number). And SQLite
 * does not check each row's foreign keys and CHECKs again: reading the file checked every
 * row against the same rules (a date from 2000 to 2100 that ond_date_parse() made, a whole
 * number of cents, a kind of booking_kind, a cost line of the plan), and what may have
 * changed since, a cost line deleted in another window, is looked at inside the
 * transaction (check_lines). Both are connection settings, set outside the transaction
 * (SQLite ignores foreign_keys inside one) and always set back. A file only: the server
 * checks every row, and keeps its pages as it sees fit. */
static const char * const bulk_on[] = {
  "PRAGMA cache_size = -65536",
  "PRAGMA foreign_keys = OFF",
  "PRAGMA ignore_check_constraints = ON",
};
static const char * const bulk_off[] = {
  "PRAGMA cache_size = -2000",
  "PRAGMA foreign_keys = ON",
  "PRAGMA ignore_check_constraints = OFF",
};

static gboolean
bulk_mode (OndStore  *store,
           gboolean   on,
           GError   **error)
{
  if (ond_store_is_server (store))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (bulk_on); i++)
    {
      if (!_ond_store_exec (store, on ? bulk_on[i] : bulk_off[i], error))
        return FALSE;
    }
  return TRUE;
}

/* Inside the transaction: whether every cost line and kind the rows use is still there. */
static gboolean
check_lines (OndStore          *store,
             OndBookingImport  *import,
             GError           **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(OndStatement) line_stmt = NULL;
  g_autoptr(OndStatement) kind_stmt = NULL;
  guint n_rows = _ond_booking_import_get_n_rows (import);
  gboolean has_row;

  line_stmt = _ond_store_prepare (store,
                                  "SELECT 1 FROM budget_line WHERE id = ? AND plan_id = ?",
                                  error);
  kind_stmt = _ond_store_prepare (store, "SELECT 1 FROM booking_kind WHERE code = ?", error);
  if (line_stmt == NULL || kind_stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n_rows; i++)
    {
      const OndBookingRow *row = _ond_booking_import_get_row (import, i);

      if (!g_hash_table_contains (seen, &row->line_id))
        {
          g_hash_table_add (seen, (gpointer) &row->line_id);
          ond_statement_reset (line_stmt);
          if (!ond_statement_bind_int64 (line_stmt, 1, row->line_id, error) ||
              !ond_statement_bind_int64 (line_stmt, 2,
                                         _ond_booking_import_get_plan_id (import), error) ||
              !ond_statement_step (line_stmt, &has_row, error))
            return FALSE;
          if (!has_row)
            {
              /* Translators: %s is a cost line, %u a line of the file. */
              g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("The cost line “%s” (line %u) was deleted since the file was "
                             "read: read the file again; nothing was added"),
                           row->line_name, row->file_line);
              return FALSE;
            }
        }
      if (!g_hash_table_contains (kinds, row->kind))
        {
          g_hash_table_add (kinds, (gpointer) row->kind);
          ond_statement_reset (kind_stmt);
          if (!ond_statement_bind_text (kind_stmt, 1, row->kind, error) ||
              !ond_statement_step (kind_stmt, &has_row, error))
            return FALSE;
          if (!has_row)
            {
              /* Translators: %s is a kind of booking, %u a line of the file. */
              g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("“%s” (line %u) is no longer a kind of booking: nothing was "
                             "added"), row->kind_label, row->file_line);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* How many rows are written between two progress reports (and checks for a cancel). */
#define PROGRESS_STEP 1000

gboolean
_ond_store_get_booking_state (OndStore  *store,
                              gint64    *n_bookings,
                              gint64    *max_id,
                              GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (store, "SELECT count(*), COALESCE(max(id), 0) FROM booking",
                             error);
  if (stmt == NULL || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  *n_bookings = has_row ? ond_statement_get_int64 (stmt, 0) : 0;
  *max_id = has_row ? ond_statement_get_int64 (stmt, 1) : 0;
  return TRUE;
}

/* Calls @func for each booking on the lines of @plan_id (rows present already). */
gboolean
_ond_store_add_booking_keys (OndStore           *store,
                             gint64              plan_id,
                             OndBookingKeyFunc   func,
                             gpointer            user_data,
                             gint64             *n_bookings,
                             gint64             *max_id,
                             GError            **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  stmt = _ond_store_prepare (store,
                             "SELECT b.date, b.line_id, b.amount_cents, b.reference"
                             " FROM booking AS b JOIN budget_line AS l ON l.id = b.line_id"
                             " WHERE l.plan_id = ?",
                             error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, plan_id, error))
    return FALSE;
  for (;;)
    {
      if (!ond_statement_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      func (ond_statement_get_text (stmt, 0), ond_statement_get_int64 (stmt, 1),
            ond_statement_get_int64 (stmt, 2), ond_statement_get_text (stmt, 3), user_data);
    }
  return _ond_store_get_booking_state (store, n_bookings, max_id, error);
}

static void
add_key (const char *date,
         gint64      line_id,
         gint64      amount,
         const char *reference,
         gpointer    user_data)
{
  g_hash_table_add (user_data, _ond_booking_import_key (date, line_id, amount, reference));
}

/* Inside the transaction: whether a booking of @import was stored after the file was read
 * (another window or process added it). Only looked at when the table changed. */
static gboolean
check_still_new (OndStore          *store,
                 OndBookingImport  *import,
                 GError           **error)
{
  g_autoptr(GHashTable) keys = NULL;
  guint n_rows = _ond_booking_import_get_n_rows (import);
  gint64 n_then, max_then, n_now, max_now;

  _ond_booking_import_get_state (import, &n_then, &max_then);
  if (!_ond_store_get_booking_state (store, &n_now, &max_now, error))
    return FALSE;
  if (n_now == n_then && max_now == max_then)
    return TRUE;

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!_ond_store_add_booking_keys (store, _ond_booking_import_get_plan_id (import), add_key,
                                    keys, &n_now, &max_now, error))
    return FALSE;
  for (guint i = 0; i < n_rows; i++)
    {
      const OndBookingRow *row = _ond_booking_import_get_row (import, i);
      g_autofree char *key = _ond_booking_import_key (row->date, row->line_id, row->amount,
                                                      row->reference);

      if (g_hash_table_contains (keys, key))
        {
          /* Translators: %u is a line of the file. */
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                       _("Line %u was added to the database since the file was read: read "
                         "the file again; nothing was added"), row->file_line);
          return FALSE;
        }
    }
  return TRUE;
}

/* The columns of a row of booking that an import writes, and how many rows one INSERT
 * writes: one statement per row costs SQLite a statement's start and end for each row, and
 * the table's AUTOINCREMENT an update of sqlite_sequence at the end of every statement. */
#define INSERT_COLUMNS "INSERT INTO booking (date, line_id, ledger_code, amount_cents, kind," \
                       "  description, reference, supplier, batch_id) VALUES "
#define INSERT_VALUES  "(?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define N_INSERT_PARAMS 9
#define ROWS_PER_INSERT 50

G_STATIC_ASSERT (PROGRESS_STEP % ROWS_PER_INSERT == 0);

/* Binds @row as the @index-th row of @stmt's VALUES. */
static gboolean
bind_row (OndStatement         *stmt,
          guint                 index,
          const OndBookingRow  *row,
          gint64                batch_id,
          GError              **error)
{
  int first = (int) (index * N_INSERT_PARAMS);

  /* The import holds the texts until it is finalized. */
  return ond_statement_bind_static_text (stmt, first + 1, row->date, error) &&
         ond_statement_bind_int64 (stmt, first + 2, row->line_id, error) &&
         ond_statement_bind_static_text (stmt, first + 3, row->ledger_code, error) &&
         ond_statement_bind_int64 (stmt, first + 4, row->amount, error) &&
         ond_statement_bind_static_text (stmt, first + 5, row->kind, error) &&
         ond_statement_bind_static_text (stmt, first + 6, row->description, error) &&
         ond_statement_bind_static_text (stmt, first + 7, row->reference, error) &&
         ond_statement_bind_static_text (stmt, first + 8, row->supplier, error) &&
         ond_statement_bind_int64 (stmt, first + 9, batch_id, error);
}

/* Writes rows @first to @first + @n_rows - 1 of @import with @stmt, whose VALUES has
 * @n_rows rows. */
static gboolean
insert_rows (OndStatement      *stmt,
             OndBookingImport  *import,
             guint              first,
             guint              n_rows,
             gint64             batch_id,
             GError           **error)
{
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < n_rows; i++)
    ok = bind_row (stmt, i, _ond_booking_import_get_row (import, first + i), batch_id, error);
  ok = ok && ond_statement_execute (stmt, error);
  ond_statement_reset (stmt);
  return ok;
}

/* A statement of many rows is written inside a savepoint, so that a row against a constraint
 * undoes that statement only and the import can go on to find the row: SQLite undoes just
 * the failed statement by itself, but on a server a failed statement ends the whole
 * transaction unless it ran inside a savepoint. */
#define BATCH_SAVEPOINT "SAVEPOINT booking_import_batch"
#define BATCH_RELEASE   "RELEASE SAVEPOINT booking_import_batch"
#define BATCH_UNDO      "ROLLBACK TO SAVEPOINT booking_import_batch"

/* Writes rows @first to @first + ROWS_PER_INSERT - 1 with @many inside the savepoint. On a
 * failure the savepoint is rolled back and released, and the transaction can go on; when
 * even that fails, its error is the one returned (never %OND_STORE_ERROR_INVALID from a
 * row), and the import ends. */
static gboolean
insert_batch (OndStore          *store,
              OndStatement      *many,
              OndBookingImport  *import,
              guint              first,
              gint64             batch_id,
              GError           **error)
{
  g_autoptr(GError) insert_error = NULL;
  g_autoptr(GError) undo_error = NULL;

  if (!_ond_store_exec (store, BATCH_SAVEPOINT, error))
    return FALSE;
  if (insert_rows (many, import, first, ROWS_PER_INSERT, batch_id, &insert_error))
    return _ond_store_exec (store, BATCH_RELEASE, error);
  if (!_ond_store_exec (store, BATCH_UNDO, &undo_error) ||
      !_ond_store_exec (store, BATCH_RELEASE, &undo_error))
    {
      g_propagate_error (error, g_steal_pointer (&undo_error));
      return FALSE;
    }
  g_propagate_error (error, g_steal_pointer (&insert_error));
  return FALSE;
}

/* Writes row @index alone; a failure names its line of the file. */
static gboolean
insert_one (OndStatement      *stmt,
            OndBookingImport  *import,
            guint              index,
            gint64             batch_id,
            GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  if (insert_rows (stmt, import, index, 1, batch_id, &local_error))
    return TRUE;
  /* Translators: %u is a line number of the file, the error follows. */
  g_propagate_prefixed_error (error, g_steal_pointer (&local_error), _("Line %u: "),
                              _ond_booking_import_get_row (import, index)->file_line);
  return FALSE;
}

static OndStatement *
prepare_insert (OndStore  *store,
                guint      n_rows,
                GError   **error)
{
  g_autoptr(GString) sql = g_string_new (INSERT_COLUMNS INSERT_VALUES);

  for (guint i = 1; i < n_rows; i++)
    g_string_append (sql, ", " INSERT_VALUES);
  return _ond_store_prepare (store, sql->str, error);
}

/* The index of the table booking (as the schema makes it). An import at least as large as
 * the table is written to a file without it and the index made again afterwards, in the
 * same transaction: sorting the keys once is faster than inserting each into the tree. Not
 * on a server: dropping an index locks the table against every reader until the commit. */
#define BOOKING_INDEX_DROP   "DROP INDEX booking_line_date"
#define BOOKING_INDEX_CREATE "CREATE INDEX booking_line_date ON booking (line_id, date)"

/* Writes the rows of @import inside the caller's transaction. */
static gboolean
write_rows (OndStore          *store,
            OndBookingImport  *import,
            gint64             batch_id,
            OndImportProgress  progress,
            gpointer           user_data,
            GCancellable      *cancellable,
            GError           **error)
{
  g_autoptr(OndStatement) one = NULL;
  g_autoptr(OndStatement) many = NULL;
  guint n_rows = _ond_booking_import_get_n_rows (import);
  gint64 n_stored, max_stored;
  gboolean without_index;

  _ond_booking_import_get_state (import, &n_stored, &max_stored);
  without_index = n_rows >= 10000 && n_rows >= n_stored && !ond_store_is_server (store);
  if (without_index && !_ond_store_exec (store, BOOKING_INDEX_DROP, error))
    return FALSE;

  one = prepare_insert (store, 1, error);
  if (one == NULL)
    return FALSE;
  if (n_rows >= ROWS_PER_INSERT && (many = prepare_insert (store, ROWS_PER_INSERT, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < n_rows;)
    {
      if (i % PROGRESS_STEP == 0)
        {
          if (progress != NULL && i > 0)
            progress (i, n_rows, user_data);
          if (cancelled (cancellable, error))
            return FALSE;
        }
      if (many != NULL && n_rows - i >= ROWS_PER_INSERT)
        {
          g_autoptr(GError) local_error = NULL;

          if (insert_batch (store, many, import, i, batch_id, &local_error))
            {
              i += ROWS_PER_INSERT;
              continue;
            }
          /* A row against a constraint undoes only its statement (insert_batch): the rows
           * are written again one by one, for the line that fails. Any other error ends the
           * import (SQLite may have ended the transaction). */
          if (!g_error_matches (local_error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID))
            {
              /* Translators: %u and %u are line numbers of the file, the error follows. */
              g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                          _("Lines %u to %u: "),
                                          _ond_booking_import_get_row (import, i)->file_line,
                                          _ond_booking_import_get_row (
                                            import, i + ROWS_PER_INSERT - 1)->file_line);
              return FALSE;
            }
        }
      for (guint end = MIN (n_rows, i + ROWS_PER_INSERT); i < end; i++)
        {
          if (!insert_one (one, import, i, batch_id, error))
            return FALSE;
        }
    }

  if (without_index && !_ond_store_exec (store, BOOKING_INDEX_CREATE, error))
    return FALSE;
  if (progress != NULL)
    progress (n_rows, n_rows, user_data);
  return !cancelled (cancellable, error);
}

/**
 * ond_store_import_bookings:
 * @store: a #OndStore
 * @import: an import read by ond_booking_import_prepare() from the same store
 * @progress: (nullable) (scope call): called every thousand rows and at the end, with the
 *   rows written so far
 * @user_data: for @progress
 * @cancellable: (nullable): cancels the import; checked with every progress report
 * @n_added: (out) (optional): the number of bookings added
 * @error: return location for an error
 *
 * Adds every booking of @import in one transaction: an import_batch of kind bookings, then
 * the rows in file order. Refuses with %OND_STORE_ERROR_INVALID, and adds nothing, when the
 * import has a problem or its file was imported before. A cancel, or any failure on the
 * way, rolls everything back (%G_IO_ERROR_CANCELLED for a cancel). When every row was
 * skipped as present already, nothing is written and %TRUE is returned with 0 added.
 *
 * Returns: %TRUE when every row was added
 */
gboolean
ond_store_import_bookings (OndStore           *store,
                           OndBookingImport   *import,
                           OndImportProgress   progress,
                           gpointer            user_data,
                           GCancellable       *cancellable,
                           guint              *n_added,
                           GError            **error)
{
  GPtrArray *problems;
  const char *file_name;
  g_autoptr(GError) restore_error = NULL;
  gint64 batch_id;
  guint n_rows;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (OND_IS_BOOKING_IMPORT (import), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_added != NULL)
    *n_added = 0;

  n_rows = _ond_booking_import_get_n_rows (import);
  problems = ond_booking_import_get_problems (import);
  file_name = ond_booking_import_get_file_name (import);

  if (ond_booking_import_is_duplicate (import))
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
  if (!_ond_store_check_writable (store, error))
    return FALSE;
  if (cancelled (cancellable, error))
    return FALSE;
  if (n_rows == 0)
    {
      if (progress != NULL)
        progress (0, 0, user_data);
      return TRUE;
    }

  if (!bulk_mode (store, TRUE, error))
    {
      bulk_mode (store, FALSE, NULL);
      return FALSE;
    }
  if (!_ond_store_begin (store, error))
    {
      bulk_mode (store, FALSE, NULL);
      return FALSE;
    }

  batch_id = _ond_store_insert_import_batch (store, "bookings", file_name,
                                             ond_booking_import_get_sha256 (import),
                                             n_rows, error);
  if (batch_id == 0 ||
      !check_still_new (store, import, error) ||
      !check_lines (store, import, error) ||
      !write_rows (store, import, batch_id, progress, user_data, cancellable, error))
    {
      _ond_store_rollback (store);
      bulk_mode (store, FALSE, NULL);
      return FALSE;
    }

  ok = _ond_store_commit (store, error);
  if (!bulk_mode (store, FALSE, &restore_error))
    g_warning ("The connection's settings after an import: %s", restore_error->message);
  if (!ok)
    return FALSE;

  if (n_added != NULL)
    *n_added = n_rows;
  return TRUE;
}

/* ond-store-copy-check.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The checks of a copy between a file and a team server (ond-store-copy.c): the refusals that
 * need no database; that both sides have the tables and columns of this version's schema; the
 * ids the target gives next; and, afterwards, every table counted and compared on both
 * sides.
 *
 * The comparison reads every row of a table on each side again, each value as the text its
 * database gives (NULL apart from ''), hashes each row, and compares the sorted row hashes:
 * the order in which a database returns rows, and how it sorts texts, play no part.
 */

#define G_LOG_DOMAIN "ond-store"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ond-store-copy-private.h"

#define ROW_HASH_SIZE 32

/* The tables of a server database that a file does not have. */
static const char * const server_only_tables[] = { "ond_database" };

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The column names sorted and joined: what two sides are compared on. Transfer full. */
static char *
sorted_columns (GPtrArray *columns)
{
  /* The names are borrowed from @columns: this array frees none of them. */
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (columns->len + 1);

  for (guint i = 0; i < columns->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (columns, i));

  g_ptr_array_sort (sorted, compare_names);
  g_ptr_array_add (sorted, NULL);
  return g_strjoinv (",", (char **) sorted->pdata);
}

/* Whether @a and @b name the same database: the same server address, or the same file (by
 * its inode when both exist, else by its absolute path). */
static gboolean
same_location (const char *a,
               const char *b)
{
  g_autofree char *abs_a = NULL;
  g_autofree char *abs_b = NULL;
  GStatBuf st_a;
  GStatBuf st_b;

  if (ond_store_location_is_server (a) || ond_store_location_is_server (b))
    return g_str_equal (a, b);
  if (g_stat (a, &st_a) == 0 && g_stat (b, &st_b) == 0)
    return st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino;
  abs_a = g_canonicalize_filename (a, NULL);
  abs_b = g_canonicalize_filename (b, NULL);
  return g_str_equal (abs_a, abs_b);
}

gboolean
_ond_copy_check_locations (OndStore    *self,
                           const char  *to,
                           GError     **error)
{
  const char *from = ond_store_get_path (self);
  gboolean from_server = ond_store_is_server (self);
  gboolean to_server = ond_store_location_is_server (to);
  g_autofree char *to_display = _ond_copy_describe (to);
  GStatBuf st;

  if (same_location (from, to))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The copy would go to the database it is made from (%s). Choose another "
                     "database to copy to; nothing has been changed."), to_display);
      return FALSE;
    }
  if (!from_server && !to_server)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("A database file is copied only into a server database "
                             "(postgresql://…), and a server database only into a new file. "
                             "For a copy of a file, make a backup; nothing has been changed."));
      return FALSE;
    }
  if (from_server && to_server)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("A server database is copied only into a new file, and a file "
                             "only into a server database. A server database is copied to "
                             "another server by its administrator (pg_dump); nothing has been "
                             "changed."));
      return FALSE;
    }
  if (!to_server && g_lstat (to, &st) == 0)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("%s exists already. A copy is written only to a new file, so that "
                     "nothing is overwritten: choose another name. The file has not been "
                     "changed."), to_display);
      return FALSE;
    }
  return TRUE;
}

/* Every table of @store with its columns: name → GPtrArray of column names. */
static GHashTable *
read_side (OndStore  *store,
           GError   **error)
{
  g_autoptr(GHashTable) side = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean stepped = FALSE;

  if (ond_store_is_server (store))
    stmt = _ond_store_prepare (store, "SELECT c.table_name, c.column_name"
                                      " FROM information_schema.columns c"
                                      " JOIN information_schema.tables t"
                                      "  ON t.table_schema = c.table_schema"
                                      "  AND t.table_name = c.table_name"
                                      " WHERE c.table_schema = 'public'"
                                      "  AND t.table_type = 'BASE TABLE'", error);
  else
    stmt = _ond_store_prepare (store, "SELECT m.name, p.name"
                                      " FROM sqlite_master m, pragma_table_info (m.name) p"
                                      " WHERE m.type = 'table'"
                                      "  AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'", error);
  if (stmt == NULL)
    return NULL;
  while ((stepped = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      const char *table = ond_statement_get_text (stmt, 0);
      GPtrArray *columns = g_hash_table_lookup (side, table);

      if (columns == NULL)
        {
          columns = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (side, g_strdup (table), columns);
        }
      g_ptr_array_add (columns, g_strdup (ond_statement_get_text (stmt, 1)));
    }
  if (!stepped)
    return NULL;
  return g_steal_pointer (&side);
}

gboolean
_ond_copy_check_tables (OndStore   *store,
                        GPtrArray  *schema,
                        GError    **error)
{
  g_autoptr(GHashTable) side = read_side (store, error);
  g_autofree char *display = NULL;
  GHashTableIter iter;
  gpointer name;

  if (side == NULL)
    return FALSE;
  display = _ond_copy_describe (ond_store_get_path (store));
  for (guint i = 0; i < schema->len; i++)
    {
      OndCopyTable *table = g_ptr_array_index (schema, i);
      GPtrArray *columns = g_hash_table_lookup (side, table->name);
      g_autofree char *expected = sorted_columns (table->columns);
      g_autofree char *found = columns != NULL ? sorted_columns (columns) : NULL;

      if (found == NULL || !g_str_equal (found, expected))
        {
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                       found == NULL
                         /* Translators: the first %s names a table, the second a database. */
                         ? _("The table “%s” is missing from %s: it does not have the schema "
                             "of this version of Ondermijning. Nothing has been copied.")
                         : _("The table “%s” of %s has other columns than this version of "
                             "Ondermijning expects. Nothing has been copied."),
                       table->name, display);
          return FALSE;
        }
      g_hash_table_remove (side, table->name);
    }
  if (ond_store_is_server (store))
    for (guint i = 0; i < G_N_ELEMENTS (server_only_tables); i++)
      g_hash_table_remove (side, server_only_tables[i]);

  g_hash_table_iter_init (&iter, side);
  if (g_hash_table_iter_next (&iter, &name, NULL))
    {
      /* Translators: the first %s names a database, the second a table. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                   _("%s holds a table “%s” that this version of Ondermijning does not know. "
                     "Nothing has been copied."), display, (const char *) name);
      return FALSE;
    }
  return TRUE;
}

/* The first column of the one row of @sql, with the text @name bound to its first parameter
 * and, when @value is not NULL, *@value to its second; 0 when there is no row or a NULL. */
static gboolean
query_named (OndStore    *store,
             const char  *sql,
             const char  *name,
             gint64      *value,
             gint64      *result,
             GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (store, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL || !ond_statement_bind_text (stmt, 1, name, error) ||
      (value != NULL && !ond_statement_bind_int64 (stmt, 2, *value, error)) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (result != NULL)
    *result = has_row ? ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}

/* Into a server: each identity sequence goes on after the highest id the file ever gave (its
 * sqlite_sequence keeps those of removed rows too). */
static gboolean
move_server_ids (OndStore      *from,
                 OndStore      *to,
                 OndCopyTable  *table,
                 GError       **error)
{
  gint64 high = table->max_id;
  gint64 given = 0;

  if (table->autoincrement &&
      !query_named (from, "SELECT seq FROM sqlite_sequence WHERE name = ?", table->name, NULL,
                    &given, error))
    return FALSE;
  high = MAX (high, given);
  /* The next id is high + 1; a sequence that never gave one starts at 1. */
  if (high > 0)
    return query_named (to, "SELECT setval (pg_get_serial_sequence (?, 'id'), ?, true)",
                        table->name, &high, NULL, error);
  return query_named (to, "SELECT setval (pg_get_serial_sequence (?, 'id'), 1, false)",
                      table->name, NULL, NULL, error);
}

/* Into a new file: sqlite_sequence keeps the highest id the server's sequence gave, so that
 * the file never gives an id of a row removed on the server again. */
static gboolean
move_file_ids (OndStore      *from,
               OndStore      *to,
               OndCopyTable  *table,
               GError       **error)
{
  g_autoptr(OndStatement) update = NULL;
  gint64 high = table->max_id;
  gint64 given = 0;

  if (!query_named (from, "SELECT last_value FROM pg_sequences"
                          " WHERE schemaname || '.' || sequencename ="
                          "  pg_get_serial_sequence (?, 'id')", table->name, NULL, &given,
                    error))
    return FALSE;
  high = MAX (high, given);
  if (high == 0)
    return TRUE;
  update = _ond_store_prepare (to, "UPDATE sqlite_sequence SET seq = ? WHERE name = ?", error);
  if (update == NULL || !ond_statement_bind_int64 (update, 1, high, error) ||
      !ond_statement_bind_text (update, 2, table->name, error) ||
      !ond_statement_execute (update, error))
    return FALSE;
  if (ond_statement_get_changes (update) > 0)
    return TRUE;
  return query_named (to, "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", table->name,
                      &high, NULL, error);
}

gboolean
_ond_copy_move_ids (OndStore   *from,
                    OndStore   *to,
                    GPtrArray  *schema,
                    GError    **error)
{
  for (guint i = 0; i < schema->len; i++)
    {
      OndCopyTable *table = g_ptr_array_index (schema, i);
      gboolean ok = TRUE;

      if (ond_store_is_server (to) && table->has_id)
        ok = move_server_ids (from, to, table, error);
      else if (!ond_store_is_server (to) && table->autoincrement)
        ok = move_file_ids (from, to, table, error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static int
compare_row_hashes (gconstpointer a,
                    gconstpointer b)
{
  return memcmp (a, b, ROW_HASH_SIZE);
}

/* The number of rows of @table in @store and one hash of all of them, whatever their order.
 * The rows of the source count for the progress (@run). */
static gboolean
hash_table (OndStore      *store,
            OndCopyTable  *table,
            OndCopyRun    *run,
            guint          index,
            gboolean       is_source,
            gint64        *n_rows,
            char         **hash,
            GError       **error)
{
  g_autoptr(GString) columns = g_string_new (NULL);
  g_autoptr(GByteArray) rows = g_byte_array_new ();
  g_autoptr(GChecksum) all = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *sql = NULL;
  gboolean has_row = FALSE;
  gboolean stepped = FALSE;

  for (guint c = 0; c < table->columns->len; c++)
    g_string_append_printf (columns, "%s\"%s\"", c > 0 ? ", " : "",
                            (char *) g_ptr_array_index (table->columns, c));
  sql = g_strdup_printf ("SELECT %s FROM \"%s\"", columns->str, table->name);
  stmt = _ond_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  *n_rows = 0;
  while ((stepped = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(GChecksum) row = g_checksum_new (G_CHECKSUM_SHA256);
      guint8 digest[ROW_HASH_SIZE];
      gsize length = sizeof digest;

      for (guint c = 0; c < table->columns->len; c++)
        {
          const char *value = ond_statement_get_text (stmt, (int) c);
          g_autofree char *prefix = NULL;

          if (ond_statement_get_is_null (stmt, (int) c) || value == NULL)
            {
              g_checksum_update (row, (const guchar *) "N;", 2);
              continue;
            }
          prefix = g_strdup_printf ("V%zu:", strlen (value));
          g_checksum_update (row, (const guchar *) prefix, -1);
          g_checksum_update (row, (const guchar *) value, -1);
        }
      g_checksum_get_digest (row, digest, &length);
      g_byte_array_append (rows, digest, ROW_HASH_SIZE);
      (*n_rows)++;
      if (is_source ? !_ond_copy_count_row (run, table, index, error)
                    : g_cancellable_set_error_if_cancelled (run->cancellable, error))
        return FALSE;
    }
  if (!stepped)
    return FALSE;
  /* An empty array has no data (NULL), which qsort may not be given. */
  if (rows->len > 0)
    qsort (rows->data, rows->len / ROW_HASH_SIZE, ROW_HASH_SIZE, compare_row_hashes);
  g_checksum_update (all, rows->data, rows->len);
  *hash = g_strdup (g_checksum_get_string (all));
  return TRUE;
}

gboolean
_ond_copy_compare (OndStore    *from,
                   OndStore    *to,
                   GPtrArray   *schema,
                   OndCopyRun  *run,
                   GError     **error)
{
  run->progress.stage = OND_STORE_COPY_CHECKING;
  run->progress.rows_done = 0;
  for (guint i = 0; i < schema->len; i++)
    {
      OndCopyTable *table = g_ptr_array_index (schema, i);
      g_autofree char *from_hash = NULL;
      g_autofree char *to_hash = NULL;
      gint64 from_rows = 0;
      gint64 to_rows = 0;

      _ond_copy_report (run, table, i);
      if (!hash_table (from, table, run, i, TRUE, &from_rows, &from_hash, error) ||
          !hash_table (to, table, run, i, FALSE, &to_rows, &to_hash, error))
        return FALSE;
      if (from_rows != to_rows)
        {
          g_autofree char *in_from = g_strdup_printf ("%" G_GINT64_FORMAT, from_rows);
          g_autofree char *in_to = g_strdup_printf ("%" G_GINT64_FORMAT, to_rows);

          /* Translators: %s is a table, then two numbers of rows. */
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                       _("The copy of the table “%s” holds %s rows where the original holds "
                         "%s: nothing has been copied."), table->name, in_to, in_from);
          return FALSE;
        }
      if (!g_str_equal (from_hash, to_hash))
        {
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                       _("The copy of the table “%s” does not hold the same values as the "
                         "original: nothing has been copied."), table->name);
          return FALSE;
        }
      _ond_copy_report (run, table, i);
    }
  return TRUE;
}

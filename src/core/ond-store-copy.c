/* ond-store-copy.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Moving a database between a file and a team server (--copy-to): a whole file into a server
 * database that was set up and holds no records yet, or a server database into a new file.
 *
 * What is copied is read from the schema at run time, never listed here: the tables, their
 * columns and foreign keys are those of a new database of this version, made in memory from
 * the migrations (_ond_store_create_unseeded), and both sides must have exactly those. The
 * tables are copied parents first (in the order of their foreign keys), each row with its own
 * id. The vocabularies and settings that a new database holds already (its schema puts them
 * there) are made equal to the source's, row by row on the primary key, not added twice;
 * every other table must be empty in the target. Afterwards the ids the target gives next
 * are moved past every id the source gave (the server's identity sequences, a file's
 * sqlite_sequence), and every table is counted and compared (ond-store-copy-check.c). The
 * target is written in one transaction, rolled back on any failure or when the copy is
 * cancelled; a new file that failed is removed.
 *
 * The copy may run in a worker thread (the window's copy-in): it touches no state of the main
 * loop, and the stores it makes (the schema in memory, the target) send ::changed to the
 * thread-default main context of the thread that copies, which it makes its own for that
 * time. A progress function hears, in that thread, how many of the source's rows (counted
 * in the read transaction before the copy) are copied, then checked.
 */

#define G_LOG_DOMAIN "ond-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-store-copy-private.h"

static void
copy_table_free (OndCopyTable *table)
{
  g_free (table->name);
  g_ptr_array_unref (table->columns);
  g_array_unref (table->is_integer);
  g_ptr_array_unref (table->key);
  g_ptr_array_unref (table->parents);
  g_free (table);
}

static void
copied_table_free (OndStoreCopiedTable *copied)
{
  g_free (copied->table);
  g_free (copied);
}

/* The names of the schema are plain lower-case words: they are written into the SQL, in
 * double quotes, as a name cannot be a parameter. */
static gboolean
check_name (const char  *name,
            GError     **error)
{
  gboolean ok = name != NULL && *name != '\0';

  for (const char *p = name; ok && *p != '\0'; p++)
    ok = g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_';
  if (!ok)
    g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                 _("The schema holds a name that cannot be copied: “%s”."), name);
  return ok;
}

/* What to call a database in a message: “file.db”, or the server database “name” on host. */
char *
_ond_copy_describe (const char *location)
{
  g_autofree char *name = ond_store_location_display_name (location);

  if (ond_store_location_is_server (location))
    /* Translators: %s names the database and its server (“name” on host). */
    return g_strdup_printf (_("the server database %s"), name);
  return g_strdup_printf ("“%s”", name);
}

/* The columns of @table in the new database @fresh: their names and types, and the primary
 * key in its own order. */
static gboolean
read_columns (OndStore      *fresh,
              OndCopyTable  *table,
              GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) key_positions = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean has_row = FALSE;
  gboolean stepped = FALSE;

  stmt = _ond_store_prepare (fresh, "SELECT name, type, pk FROM pragma_table_info (?)"
                                    " ORDER BY cid", error);
  if (stmt == NULL || !ond_statement_bind_text (stmt, 1, table->name, error))
    return FALSE;
  while ((stepped = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      const char *name = ond_statement_get_text (stmt, 0);
      gboolean is_integer = g_ascii_strcasecmp (ond_statement_get_text (stmt, 1),
                                                "INTEGER") == 0;
      gint64 pk = ond_statement_get_int64 (stmt, 2);

      if (!check_name (name, error))
        return FALSE;
      g_ptr_array_add (table->columns, g_strdup (name));
      g_array_append_val (table->is_integer, is_integer);
      if (pk > 0)
        {
          guint at = 0;

          while (at < key_positions->len && g_array_index (key_positions, gint64, at) < pk)
            at++;
          g_array_insert_val (key_positions, at, pk);
          g_ptr_array_insert (table->key, (int) at, g_strdup (name));
        }
    }
  if (!stepped)
    return FALSE;

  table->has_id = table->key->len == 1 && g_str_equal (g_ptr_array_index (table->key, 0), "id");
  if (table->has_id)
    {
      guint id_column = 0;

      g_ptr_array_find_with_equal_func (table->columns, "id", g_str_equal, &id_column);
      table->id_column = (int) id_column;
    }
  return TRUE;
}

static gboolean
read_parents (OndStore      *fresh,
              OndCopyTable  *table,
              GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean stepped = FALSE;

  stmt = _ond_store_prepare (fresh, "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list (?)",
                             error);
  if (stmt == NULL || !ond_statement_bind_text (stmt, 1, table->name, error))
    return FALSE;
  while ((stepped = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      const char *parent = ond_statement_get_text (stmt, 0);

      /* A row that refers to a row of its own table (a plan copied from another) comes after
       * it, as rows are copied in the order of their key. */
      if (!g_str_equal (parent, table->name))
        g_ptr_array_add (table->parents, g_strdup (parent));
    }
  return stepped;
}

/* Parents first: each round takes the first table, by name, whose parents are all placed. A
 * cycle of foreign keys between tables cannot be copied row by row. */
static GPtrArray *
order_tables (GPtrArray  *tables,
              GError    **error)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func ((GDestroyNotify) copy_table_free);
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);

  while (tables->len > 0)
    {
      guint i;

      for (i = 0; i < tables->len; i++)
        {
          OndCopyTable *table = g_ptr_array_index (tables, i);
          guint p = 0;

          while (p < table->parents->len &&
                 g_hash_table_contains (placed, g_ptr_array_index (table->parents, p)))
            p++;
          if (p == table->parents->len)
            break;
        }
      if (i == tables->len)
        {
          OndCopyTable *table = g_ptr_array_index (tables, 0);

          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                       _("The tables of the schema refer to each other in a circle (“%s” is "
                         "one of them): they cannot be copied."), table->name);
          return NULL;
        }
      g_hash_table_add (placed, ((OndCopyTable *) g_ptr_array_index (tables, i))->name);
      g_ptr_array_add (order, g_ptr_array_steal_index (tables, i));
    }
  return g_steal_pointer (&order);
}

/* Every table of the schema of this version, read from a new database in memory, in the
 * order they are copied. */
GPtrArray *
_ond_copy_read_schema (GError **error)
{
  g_autoptr(OndStore) fresh = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  gboolean has_row = FALSE;
  gboolean stepped = FALSE;

  fresh = _ond_store_create_unseeded (NULL, error);
  if (fresh == NULL)
    return NULL;
  stmt = _ond_store_prepare (fresh, "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name",
                             error);
  if (stmt == NULL)
    return NULL;
  tables = g_ptr_array_new_with_free_func ((GDestroyNotify) copy_table_free);
  while ((stepped = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      OndCopyTable *table = g_new0 (OndCopyTable, 1);

      table->name = g_strdup (ond_statement_get_text (stmt, 0));
      table->autoincrement = strstr (ond_statement_get_text (stmt, 1), "AUTOINCREMENT") != NULL;
      table->columns = g_ptr_array_new_with_free_func (g_free);
      table->is_integer = g_array_new (FALSE, FALSE, sizeof (gboolean));
      table->key = g_ptr_array_new_with_free_func (g_free);
      table->parents = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (tables, table);
    }
  if (!stepped)
    return NULL;

  for (guint i = 0; i < tables->len; i++)
    {
      OndCopyTable *table = g_ptr_array_index (tables, i);
      g_autofree char *count = NULL;

      if (!check_name (table->name, error) || !read_columns (fresh, table, error) ||
          !read_parents (fresh, table, error))
        return NULL;
      count = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table->name);
      if (!_ond_store_query_int (fresh, count, &table->fresh_rows, error))
        return NULL;
    }
  return order_tables (tables, error);
}

void
_ond_copy_report (OndCopyRun   *run,
                  OndCopyTable *table,
                  guint         index)
{
  if (run->func == NULL)
    return;
  run->progress.table = table->name;
  run->progress.table_index = index + 1;
  run->func (&run->progress, run->user_data);
}

gboolean
_ond_copy_count_row (OndCopyRun    *run,
                     OndCopyTable  *table,
                     guint          index,
                     GError       **error)
{
  run->progress.rows_done++;
  if (run->progress.rows_done % OND_COPY_PROGRESS_ROWS == 0)
    _ond_copy_report (run, table, index);
  return !g_cancellable_set_error_if_cancelled (run->cancellable, error);
}

/* A read transaction on the source, so that every table is read as it was at one moment,
 * also while others write. */
static gboolean
begin_read (OndStore  *from,
            GError   **error)
{
  return _ond_store_exec (from, ond_store_is_server (from)
                                  ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
                                  : "BEGIN", error);
}

/* The target must hold nothing but what a new database holds (its vocabularies and settings):
 * else the tables that hold more are named. */
static gboolean
check_no_records (OndStore    *to,
                  GPtrArray   *schema,
                  GError     **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_full = 0;

  for (guint i = 0; i < schema->len; i++)
    {
      OndCopyTable *table = g_ptr_array_index (schema, i);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table->name);
      gint64 n = 0;

      if (!_ond_store_query_int (to, sql, &n, error))
        return FALSE;
      if (n <= table->fresh_rows)
        continue;
      if (n_full < 6)
        g_string_append_printf (names, "%s%s", n_full > 0 ? ", " : "",
                                n_full < 5 ? table->name : "…");
      n_full++;
    }
  if (n_full > 0)
    {
      g_autofree char *display = _ond_copy_describe (ond_store_get_path (to));

      /* Translators: the first %s names the database, the second lists tables (“plan,
       * partner, …”). */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("Nothing has been copied: %s already holds records (in %s). A database "
                     "is copied only into one that was just set up and holds nothing yet."),
                   display, names->str);
      return FALSE;
    }
  return TRUE;
}

/* The rows of every table of the source, in the read transaction: what the progress counts
 * towards. */
static gboolean
count_source (OndStore    *from,
              GPtrArray   *schema,
              OndCopyRun  *run,
              GError     **error)
{
  run->progress.rows_total = 0;
  for (guint i = 0; i < schema->len; i++)
    {
      OndCopyTable *table = g_ptr_array_index (schema, i);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table->name);

      if (!_ond_store_query_int (from, sql, &table->source_rows, error))
        return FALSE;
      run->progress.rows_total += table->source_rows;
    }
  return TRUE;
}

/* Copies every row of @table, with its own id, in the order of its key. A table that a new
 * database fills already is made equal to the source's on its key. */
static gboolean
copy_table (OndStore      *from,
            OndStore      *to,
            OndCopyTable  *table,
            OndCopyRun    *run,
            guint          index,
            GError       **error)
{
  g_autoptr(GString) columns = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) update = g_string_new (NULL);
  g_autoptr(OndStatement) select = NULL;
  g_autoptr(OndStatement) insert = NULL;
  g_autofree char *select_sql = NULL;
  g_autofree char *insert_sql = NULL;
  guint n_columns = table->columns->len;
  gboolean has_row = FALSE;
  gboolean stepped = FALSE;

  for (guint c = 0; c < n_columns; c++)
    {
      const char *name = g_ptr_array_index (table->columns, c);

      g_string_append_printf (columns, "%s\"%s\"", c > 0 ? ", " : "", name);
      g_string_append (values, c > 0 ? ", ?" : "?");
      if (!g_ptr_array_find_with_equal_func (table->key, name, g_str_equal, NULL))
        g_string_append_printf (update, "%s\"%s\" = excluded.\"%s\"",
                                update->len > 0 ? ", " : "", name, name);
    }
  for (guint k = 0; k < table->key->len; k++)
    g_string_append_printf (key, "%s\"%s\"", k > 0 ? ", " : "",
                            (char *) g_ptr_array_index (table->key, k));

  select_sql = g_strdup_printf ("SELECT %s FROM \"%s\" ORDER BY %s", columns->str, table->name,
                                key->len > 0 ? key->str : columns->str);
  if (table->fresh_rows > 0 && key->len == 0)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                   _("The table “%s” has no key to compare its rows on: it cannot be copied."),
                   table->name);
      return FALSE;
    }
  if (table->fresh_rows > 0)
    insert_sql = g_strdup_printf ("INSERT INTO \"%s\" (%s) VALUES (%s) ON CONFLICT (%s) %s%s",
                                  table->name, columns->str, values->str, key->str,
                                  update->len > 0 ? "DO UPDATE SET " : "DO NOTHING",
                                  update->str);
  else
    insert_sql = g_strdup_printf ("INSERT INTO \"%s\" (%s) VALUES (%s)", table->name,
                                  columns->str, values->str);

  select = _ond_store_prepare (from, select_sql, error);
  insert = _ond_store_prepare (to, insert_sql, error);
  if (select == NULL || insert == NULL)
    return FALSE;
  table->n_rows = 0;
  table->max_id = 0;
  _ond_copy_report (run, table, index);
  while ((stepped = ond_statement_step (select, &has_row, error)) && has_row)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          gboolean ok;

          if (ond_statement_get_is_null (select, (int) c))
            ok = ond_statement_bind_null (insert, (int) c + 1, error);
          else if (g_array_index (table->is_integer, gboolean, c))
            ok = ond_statement_bind_int64 (insert, (int) c + 1,
                                           ond_statement_get_int64 (select, (int) c), error);
          else
            ok = ond_statement_bind_text (insert, (int) c + 1,
                                          ond_statement_get_text (select, (int) c), error);
          if (!ok)
            return FALSE;
        }
      if (!ond_statement_execute (insert, error))
        {
          g_prefix_error (error, _("Copying the table “%s”: "), table->name);
          return FALSE;
        }
      ond_statement_reset (insert);
      if (table->has_id)
        table->max_id = MAX (table->max_id, ond_statement_get_int64 (select, table->id_column));
      table->n_rows++;
      if (!_ond_copy_count_row (run, table, index, error))
        return FALSE;
    }
  if (stepped)
    _ond_copy_report (run, table, index);
  return stepped;
}

static GPtrArray *
make_report (GPtrArray *schema)
{
  GPtrArray *report = g_ptr_array_new_with_free_func ((GDestroyNotify) copied_table_free);

  for (guint i = 0; i < schema->len; i++)
    {
      OndCopyTable *table = g_ptr_array_index (schema, i);
      OndStoreCopiedTable *copied = g_new0 (OndStoreCopiedTable, 1);

      copied->table = g_strdup (table->name);
      copied->n_rows = table->n_rows;
      g_ptr_array_add (report, copied);
    }
  return report;
}

/* Everything inside one transaction of the target (and one read transaction of the source). */
static gboolean
copy_all (OndStore    *from,
          OndStore    *to,
          GPtrArray   *schema,
          OndCopyRun  *run,
          GError     **error)
{
  gboolean ok;

  if (!begin_read (from, error))
    return FALSE;
  if (!_ond_store_begin (to, error))
    {
      _ond_store_exec (from, "ROLLBACK", NULL);
      return FALSE;
    }
  /* In a file every reference is checked at the commit. */
  ok = check_no_records (to, schema, error) && count_source (from, schema, run, error) &&
       (ond_store_is_server (to) || _ond_store_exec (to, "PRAGMA defer_foreign_keys = ON",
                                                     error));
  for (guint i = 0; ok && i < schema->len; i++)
    ok = copy_table (from, to, g_ptr_array_index (schema, i), run, i, error);
  /* Cancelled after the last row: still nothing is written. */
  ok = ok && _ond_copy_move_ids (from, to, schema, error) &&
       _ond_copy_compare (from, to, schema, run, error) &&
       !g_cancellable_set_error_if_cancelled (run->cancellable, error) &&
       _ond_store_commit (to, error);
  if (!ok)
    _ond_store_rollback (to);
  _ond_store_exec (from, "ROLLBACK", NULL);
  return ok;
}

/**
 * ond_store_copy_to_with_progress:
 * @self: the database to copy: a file, or a server database
 * @to_location: a server database (postgresql://...) that was set up and holds no records,
 *   for a file; a new file, for a server database
 * @progress: (nullable) (scope call): told how far the copy is, in the calling thread
 * @user_data: for @progress
 * @cancellable: (nullable): cancels the copy
 * @tables: (out) (optional) (transfer full): a GPtrArray of #OndStoreCopiedTable
 * @error: return location for an error
 *
 * Copies every table of @self, then counts and compares every table on both sides. Refused,
 * with nothing written: the same database, a file to a file or a server to a server, a file
 * that exists, a server database without our schema, of a newer version or holding records.
 * A cancelled copy is like a failed one (the server's transaction rolled back, a new file
 * removed) and fails with G_IO_ERROR_CANCELLED. May run in a worker thread (see the top of
 * this file).
 *
 * Returns: %TRUE when the whole database was copied and checked
 */
gboolean
ond_store_copy_to_with_progress (OndStore                 *self,
                                 const char               *to_location,
                                 OndStoreCopyProgressFunc  progress,
                                 gpointer                  user_data,
                                 GCancellable             *cancellable,
                                 GPtrArray               **tables,
                                 GError                  **error)
{
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GPtrArray) schema = NULL;
  g_autoptr(OndStore) target = NULL;
  OndCopyRun run = { progress, user_data, cancellable, { 0, } };
  gboolean to_server;
  gboolean ok = FALSE;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (to_location != NULL && *to_location != '\0', FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  to_server = ond_store_location_is_server (to_location);
  if (!_ond_copy_check_locations (self, to_location, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* The stores made here are the copy's own: whatever they would tell the main loop stays
   * in a context of this call, in whichever thread it runs. */
  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  schema = _ond_copy_read_schema (error);
  if (schema != NULL && _ond_copy_check_tables (self, schema, error))
    target = to_server ? ond_store_open (to_location, error)
                       : _ond_store_create_unseeded (to_location, error);
  if (target != NULL)
    {
      run.progress.n_tables = schema->len;
      ok = _ond_copy_check_tables (target, schema, error) &&
           copy_all (self, target, schema, &run, error);
      ond_store_close (target);
      g_clear_object (&target);
      if (!ok && !to_server)
        _ond_store_remove_files (to_location);
    }
  g_main_context_pop_thread_default (context);
  if (ok && tables != NULL)
    *tables = make_report (schema);
  return ok;
}

/**
 * ond_store_copy_to:
 * @self: the database to copy: a file, or a server database
 * @to_location: a server database (postgresql://...) that was set up and holds no records,
 *   for a file; a new file, for a server database
 * @tables: (out) (optional) (transfer full): a GPtrArray of #OndStoreCopiedTable
 * @error: return location for an error
 *
 * ond_store_copy_to_with_progress() without progress or cancellation.
 *
 * Returns: %TRUE when the whole database was copied and checked
 */
gboolean
ond_store_copy_to (OndStore    *self,
                   const char  *to_location,
                   GPtrArray  **tables,
                   GError     **error)
{
  return ond_store_copy_to_with_progress (self, to_location, NULL, NULL, NULL, tables, error);
}

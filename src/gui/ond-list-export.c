/* ond-list-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exporting a list as it is shown (see ond-list-export.h). The rows are read on the main
 * thread from the model the GtkColumnView shows (its selection model, over the sorted and
 * filtered list, or over a list that sorts and filters in SQL), which is the order on
 * screen; the columns from the view's columns that are visible and say how they are
 * exported, in the order shown. The table is then written by a worker thread, so a long
 * list does not stop the window while libxlsxwriter packs the file. What the user sees of it
 * (the save dialog, the toast, an error) is in ond-list-export-save.c. */

#define G_LOG_DOMAIN "ond-list-export"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-list-export-private.h"

#define COLUMN_KEY "ond-list-export-column"
#define SETUP_KEY  "ond-list-export-setup"

typedef struct
{
  OndXlsxKind            kind;
  char                  *property;
  OndListExportCellFunc  func;
  gpointer               user_data;
  GDestroyNotify         destroy;
} ColumnSpec;

typedef struct
{
  char                      *title;
  char                      *file_name;
  OndListExportDescribeFunc  describe;
  gpointer                   user_data;
  /* The widget with the export action, an ancestor of the view: a weak pointer, for the view
   * may outlive it while an export of it is being written. */
  GtkWidget                 *owner;
  char                      *action_name;
} Setup;

typedef struct
{
  OndXlsxTable *table;
  char         *path;
} WriteData;

static void
column_spec_free (gpointer data)
{
  ColumnSpec *spec = data;

  if (spec->destroy != NULL)
    spec->destroy (spec->user_data);
  g_free (spec->property);
  g_free (spec);
}

static void
setup_free (gpointer data)
{
  Setup *setup = data;

  g_clear_weak_pointer (&setup->owner);
  g_free (setup->title);
  g_free (setup->file_name);
  g_free (setup->action_name);
  g_free (setup);
}

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  g_clear_object (&write->table);
  g_free (write->path);
  g_free (write);
}

/**
 * ond_list_export_column_property:
 * @column: a column of a list
 * @kind: what its cells hold
 * @property: the property of the rows the column shows
 *
 * Exports the column as the values of @property: a string as text or as an ISO date, a
 * number as a count or as cents, a boolean as yes or no.
 */
void
ond_list_export_column_property (GtkColumnViewColumn *column,
                                 OndXlsxKind          kind,
                                 const char          *property)
{
  ColumnSpec *spec;

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));
  g_return_if_fail (property != NULL);

  spec = g_new0 (ColumnSpec, 1);
  spec->kind = kind;
  spec->property = g_strdup (property);
  g_object_set_data_full (G_OBJECT (column), COLUMN_KEY, spec, column_spec_free);
}

/**
 * ond_list_export_column_func:
 * @column: a column of a list
 * @kind: what its cells hold
 * @func: (scope notified): adds the cell of a row
 * @user_data: for @func
 * @destroy: (nullable): frees @user_data when the column goes
 *
 * Exports the column as the cells @func adds.
 */
void
ond_list_export_column_func (GtkColumnViewColumn   *column,
                             OndXlsxKind            kind,
                             OndListExportCellFunc  func,
                             gpointer               user_data,
                             GDestroyNotify         destroy)
{
  ColumnSpec *spec;

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));
  g_return_if_fail (func != NULL);

  spec = g_new0 (ColumnSpec, 1);
  spec->kind = kind;
  spec->func = func;
  spec->user_data = user_data;
  spec->destroy = destroy;
  g_object_set_data_full (G_OBJECT (column), COLUMN_KEY, spec, column_spec_free);
}

/* Setting up. */

static void
update_enabled (GtkColumnView *view)
{
  Setup *setup = g_object_get_data (G_OBJECT (view), SETUP_KEY);
  GtkSelectionModel *model = gtk_column_view_get_model (view);
  gboolean any = model != NULL && g_list_model_get_n_items (G_LIST_MODEL (model)) > 0;

  if (setup != NULL && setup->owner != NULL && setup->action_name != NULL)
    gtk_widget_action_set_enabled (setup->owner, setup->action_name, any);
}

/**
 * ond_list_export_setup:
 * @view: a list
 * @owner: (nullable): the widget with the action that exports @view
 * @action_name: (nullable): that action, enabled while @view shows rows
 * @title: the workbook's title
 * @file_name: the start of the file name the save dialog offers, without the date
 * @describe: (nullable) (scope notified): says what the list shows
 * @user_data: for @describe; it must live as long as @view
 *
 * Makes @view exportable with ond_list_export_choose () and ond_list_export_save ().
 */
void
ond_list_export_setup (GtkColumnView             *view,
                       GtkWidget                 *owner,
                       const char                *action_name,
                       const char                *title,
                       const char                *file_name,
                       OndListExportDescribeFunc  describe,
                       gpointer                   user_data)
{
  GtkSelectionModel *model;
  Setup *setup;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (owner == NULL || GTK_IS_WIDGET (owner));
  g_return_if_fail (title != NULL && file_name != NULL);

  setup = g_new0 (Setup, 1);
  setup->title = g_strdup (title);
  setup->file_name = g_strdup (file_name);
  setup->describe = describe;
  setup->user_data = user_data;
  g_set_weak_pointer (&setup->owner, owner);
  setup->action_name = g_strdup (action_name);
  g_object_set_data_full (G_OBJECT (view), SETUP_KEY, setup, setup_free);

  model = gtk_column_view_get_model (view);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (update_enabled), view,
                             G_CONNECT_SWAPPED);
  update_enabled (view);
}

/**
 * ond_list_export_set_title:
 * @view: a list set up with ond_list_export_setup ()
 * @title: the workbook's title from now on
 */
void
ond_list_export_set_title (GtkColumnView *view,
                           const char    *title)
{
  Setup *setup;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (title != NULL);

  setup = g_object_get_data (G_OBJECT (view), SETUP_KEY);
  g_return_if_fail (setup != NULL);
  g_free (setup->title);
  setup->title = g_strdup (title);
}

const char *
_ond_list_export_get_file_name (GtkColumnView *view)
{
  Setup *setup = g_object_get_data (G_OBJECT (view), SETUP_KEY);

  return setup != NULL ? setup->file_name : NULL;
}

/* Collecting the rows. */

static gint64
value_as_int64 (const GValue *value)
{
  g_auto(GValue) number = G_VALUE_INIT;

  g_value_init (&number, G_TYPE_INT64);
  if (!g_value_transform (value, &number))
    return 0;
  return g_value_get_int64 (&number);
}

static void
add_property_cell (OndXlsxTable *table,
                   GObject      *item,
                   ColumnSpec   *spec)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), spec->property);
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) text = G_VALUE_INIT;

  if (pspec == NULL)
    {
      g_warning ("%s has no property %s to export", G_OBJECT_TYPE_NAME (item), spec->property);
      ond_xlsx_table_add_empty (table);
      return;
    }

  g_value_init (&value, pspec->value_type);
  g_object_get_property (item, spec->property, &value);
  switch (spec->kind)
    {
    case OND_XLSX_COUNT:
    case OND_XLSX_MONEY:
      ond_xlsx_table_add_number (table, value_as_int64 (&value));
      return;

    case OND_XLSX_YES_NO:
      ond_xlsx_table_add_boolean (table, value_as_int64 (&value) != 0);
      return;

    case OND_XLSX_DATE:
    case OND_XLSX_TEXT:
    default:
      break;
    }

  g_value_init (&text, G_TYPE_STRING);
  if (!g_value_transform (&value, &text))
    ond_xlsx_table_add_empty (table);
  else if (spec->kind == OND_XLSX_DATE)
    ond_xlsx_table_add_date (table, g_value_get_string (&text));
  else
    ond_xlsx_table_add_text (table, g_value_get_string (&text));
}

/* "Search: “dor” · Exported on 15-06-2025 10:30". Transfer full. */
static char *
make_subtitle (Setup *setup)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (now, "%d-%m-%Y %H:%M");
  /* Translators: below the title of an exported list; %s is a date and time,
   * "15-06-2025 10:30". */
  g_autofree char *exported = g_strdup_printf (_("Exported on %s"), when);
  g_autofree char *shown = NULL;

  if (setup != NULL && setup->describe != NULL)
    shown = setup->describe (setup->user_data);
  if (shown == NULL || shown[0] == '\0')
    return g_steal_pointer (&exported);
  return g_strdup_printf ("%s · %s", shown, exported);
}

/**
 * ond_list_export_collect:
 * @view: a list
 *
 * Returns: (transfer full): the rows @view shows, in the order shown, in the columns that
 *   are visible and say how they are exported, in the order shown
 */
OndXlsxTable *
ond_list_export_collect (GtkColumnView *view)
{
  Setup *setup;
  GListModel *columns;
  GtkSelectionModel *rows;
  g_autoptr(OndXlsxTable) table = NULL;
  g_autoptr(GPtrArray) specs = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  guint n_rows;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  setup = g_object_get_data (G_OBJECT (view), SETUP_KEY);
  table = ond_xlsx_table_new (setup != NULL ? setup->title : "");
  subtitle = make_subtitle (setup);
  ond_xlsx_table_set_subtitle (table, subtitle);

  columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      ColumnSpec *spec = g_object_get_data (G_OBJECT (column), COLUMN_KEY);
      const char *title = gtk_column_view_column_get_title (column);

      if (spec == NULL || !gtk_column_view_column_get_visible (column))
        continue;
      ond_xlsx_table_add_column (table, title != NULL ? title : "", spec->kind);
      g_ptr_array_add (specs, spec);
    }
  if (specs->len == 0)
    return g_steal_pointer (&table);

  rows = gtk_column_view_get_model (view);
  n_rows = rows != NULL ? g_list_model_get_n_items (G_LIST_MODEL (rows)) : 0;
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (rows), i);

      /* A list that reads its rows from the store may lose one that was just deleted. */
      if (item == NULL)
        continue;
      ond_xlsx_table_begin_row (table);
      for (guint j = 0; j < specs->len; j++)
        {
          ColumnSpec *spec = g_ptr_array_index (specs, j);

          if (spec->func != NULL)
            spec->func (table, item, spec->user_data);
          else
            add_property_cell (table, item, spec);
        }
    }

  return g_steal_pointer (&table);
}

/* Writing. */

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *write = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (ond_xlsx_table_write (write->table, write->path, &error))
    g_task_return_int (task, ond_xlsx_table_get_n_rows (write->table));
  else
    g_task_return_error (task, error);
}

/**
 * ond_list_export_write_async:
 * @view: a list
 * @path: the workbook to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the workbook is written, or could not be
 * @user_data: for @callback
 *
 * Collects the rows @view shows (ond_list_export_collect ()) at once, and writes them to
 * @path (ond_xlsx_table_write ()) on a worker thread.
 */
void
ond_list_export_write_async (GtkColumnView       *view,
                             const char          *path,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *write;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (path != NULL);

  task = g_task_new (view, cancellable, callback, user_data);
  g_task_set_source_tag (task, ond_list_export_write_async);
  write = g_new0 (WriteData, 1);
  write->table = ond_list_export_collect (view);
  write->path = g_strdup (path);
  g_task_set_task_data (task, write, write_data_free);

  if (ond_xlsx_table_get_n_columns (write->table) == 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("This list has no columns that can be exported."));
      return;
    }
  g_task_run_in_thread (task, write_thread);
}

/**
 * ond_list_export_write_finish:
 * @view: the list
 * @result: the result of ond_list_export_write_async ()
 * @n_rows: (out) (optional): how many rows the workbook holds
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the workbook was written
 */
gboolean
ond_list_export_write_finish (GtkColumnView  *view,
                              GAsyncResult   *result,
                              guint          *n_rows,
                              GError        **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, view), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ond_list_export_write_async,
                        FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_rows != NULL)
    *n_rows = (guint) n;
  return TRUE;
}

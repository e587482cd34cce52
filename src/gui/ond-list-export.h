/* ond-list-export.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Export what you see": a list of the window (a GtkColumnView) written to a workbook with
 * the rows it shows, searched, filtered and sorted as on screen, in that order, and its
 * columns as they stand (OndXlsxTable writes the file). Each column says how its cells are
 * exported: the property it shows (ond-table.c does that for every column it makes) or a
 * function. The page that holds the list sets it up once with its title and a Dutch file
 * name, and has an action that calls ond_list_export_choose (): a save dialog, then the file
 * written on a worker thread, then a toast with an Open button, or a dialog with what went
 * wrong. ond_list_export_save () is what the dialog does with the file chosen. */

#pragma once

#include <gtk/gtk.h>

#include "ond-xlsx-table.h"

G_BEGIN_DECLS

/* Adds the cell of a column for @item to @table: exactly one ond_xlsx_table_add_*() call. */
typedef void  (*OndListExportCellFunc)     (OndXlsxTable *table,
                                            gpointer      item,
                                            gpointer      user_data);
/* What the list shows, for the line below the title ("Search: “dor” · Kind: Realisatie"),
 * or NULL for all of it. Transfer full. */
typedef char *(*OndListExportDescribeFunc) (gpointer      user_data);

/* A column whose cells are the values of @property of the rows. */
void          ond_list_export_column_property (GtkColumnViewColumn       *column,
                                               OndXlsxKind                kind,
                                               const char                *property);
/* A column whose cells @func adds; @destroy (nullable) frees @user_data with the column. */
void          ond_list_export_column_func     (GtkColumnViewColumn       *column,
                                               OndXlsxKind                kind,
                                               OndListExportCellFunc      func,
                                               gpointer                   user_data,
                                               GDestroyNotify             destroy);

/* Makes @view exportable: @title is the workbook's title, @file_name the start of the name
 * the save dialog offers (Dutch: "controles" gives controles-2025-06-15.xlsx); @describe
 * (nullable) says what the list shows. @action_name, an action of @owner, is enabled
 * while the list shows rows. */
void          ond_list_export_setup           (GtkColumnView             *view,
                                               GtkWidget                 *owner,
                                               const char                *action_name,
                                               const char                *title,
                                               const char                *file_name,
                                               OndListExportDescribeFunc  describe,
                                               gpointer                   user_data);
void          ond_list_export_set_title       (GtkColumnView             *view,
                                               const char                *title);

/* The rows @view shows, in its order, in the columns that say how they are exported, in
 * the order shown. */
OndXlsxTable *ond_list_export_collect         (GtkColumnView             *view)
                                               G_GNUC_WARN_UNUSED_RESULT;
/* Collects the rows and writes them to @path on a worker thread. */
void          ond_list_export_write_async     (GtkColumnView             *view,
                                               const char                *path,
                                               GCancellable              *cancellable,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
gboolean      ond_list_export_write_finish    (GtkColumnView             *view,
                                               GAsyncResult              *result,
                                               guint                     *n_rows,
                                               GError                   **error);
/* Writes the list to @path, then says so in a toast (with Open) or shows the error. */
void          ond_list_export_save            (GtkColumnView             *view,
                                               const char                *path);
/* Asks where to save the list, then ond_list_export_save (). */
void          ond_list_export_choose          (GtkColumnView             *view);

G_END_DECLS

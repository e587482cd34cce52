/* ond-list-export-save.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exporting a list, as the user sees it (see ond-list-export.h): the save dialog with a file
 * name for the list and today's date, then the file written (ond-list-export.c), then a
 * toast that says how many rows with a button that opens the file, or a dialog with what
 * went wrong. */

#define G_LOG_DOMAIN "ond-list-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ond-list-export-private.h"

#define XLSX_MIME_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (GtkWidget  *widget,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog;

  g_message ("%s: %s", heading, message);
  if (window_of (widget) == NULL)
    return;
  dialog = adw_message_dialog_new (window_of (widget), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_file_shown_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    show_error (widget, _("Could Not Open the Workbook"), error->message);
}

static void
on_open_clicked_cb (AdwToast  *toast,
                    GtkWidget *widget)
{
  const char *path = g_object_get_data (G_OBJECT (toast), "ond-path");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri_full (window_of (widget), uri, GDK_CURRENT_TIME, NULL, on_file_shown_cb,
                     g_object_ref (widget));
}

static void
show_written (GtkWidget  *widget,
              const char *path,
              guint       n_rows)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *text = NULL;
  AdwToast *toast;

  /* Translators: a toast after a list was exported; %s is the file's name. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row exported to “%s”",
                                       "%u rows exported to “%s”", n_rows),
                          n_rows, escaped);
  if (overlay == NULL)
    {
      g_message ("%s", text);
      return;
    }

  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "ond-path", g_strdup (path), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb), widget, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (source);
  g_autofree char *path = user_data;
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;

  if (ond_list_export_write_finish (view, result, &n_rows, &error))
    show_written (GTK_WIDGET (view), path, n_rows);
  else
    show_error (GTK_WIDGET (view), _("Could Not Export the List"), error->message);
}

/**
 * ond_list_export_save:
 * @view: a list
 * @path: the workbook to write
 *
 * Writes the rows @view shows to @path (ond_list_export_write_async ()), then shows a toast
 * saying how many, with a button that opens the file, or a dialog with the error.
 */
void
ond_list_export_save (GtkColumnView *view,
                      const char    *path)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (path != NULL);

  ond_list_export_write_async (view, path, NULL, on_written_cb, g_strdup (path));
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(GtkWidget) view = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        ond_list_export_save (GTK_COLUMN_VIEW (view), path);
      else
        show_error (view, _("Could Not Export the List"),
                    _("The export can only be saved in a local folder"));
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * ond_list_export_choose:
 * @view: a list set up with ond_list_export_setup ()
 *
 * Asks where to save the rows @view shows, offering the file name of the setup with
 * today's date ("controles-2025-06-15.xlsx"), then writes them there
 * (ond_list_export_save ()).
 */
void
ond_list_export_choose (GtkColumnView *view)
{
  const char *file_name;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  file_name = _ond_list_export_get_file_name (view);
  g_return_if_fail (file_name != NULL);

  chooser = gtk_file_chooser_native_new (_("Export to a Workbook"), window_of (GTK_WIDGET (view)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_mime_type (filter, XLSX_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* The name is Dutch, like the names of the other exports. */
  date = g_date_time_format (now, "%Y-%m-%d");
  name = g_strdup_printf ("%s-%s.xlsx", file_name, date);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  /* Both released in on_chooser_response_cb. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb),
                    g_object_ref (view));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

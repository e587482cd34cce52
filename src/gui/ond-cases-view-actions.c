/* ond-cases-view-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Deleting a case and exporting the list. A deleted case stays in the store, marked, while
 * its toast offers Undo; when the toast goes, or the next case is deleted, or the store or
 * window goes, the deletion is made final. The export writes the cases as listed (search,
 * filters and sort applied) to a workbook (Ctrl+E, as the other lists) or a CSV file the
 * user chooses: an internal document, logged (ond-case-export.c). */

#define G_LOG_DOMAIN "ond-cases-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-export.h"
#include "ond-cases-view-private.h"
#include "ond-store-cases.h"

/* Deleting, with undo. */

void
_ond_cases_view_purge_deleted (OndCasesView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->pending_delete == 0)
    return;

  self->pending_delete = 0;
  if (self->store != NULL && !ond_store_purge_deleted_cases (self->store, &error))
    _ond_cases_view_report_error (self, error);
}

static void
on_undo_clicked_cb (OndCasesView *self,
                    AdwToast     *toast)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = self->pending_delete;

  if (case_id == 0)
    return;

  self->pending_delete = 0;
  if (!ond_store_undelete_case (self->store, case_id, &error))
    _ond_cases_view_report_error (self, error);
  ond_cases_view_reload (self);
}

static void
on_undo_dismissed_cb (OndCasesView *self,
                      AdwToast     *toast)
{
  if (toast != self->undo_toast)
    return;

  g_clear_object (&self->undo_toast);
  _ond_cases_view_purge_deleted (self);
}

static void
on_case_deleted_cb (OndCasesView  *self,
                    gint64         case_id,
                    const char    *reference,
                    OndCaseDetail *detail)
{
  AdwToast *toast;

  /* An earlier deletion is made final first: undo takes back the last one only. */
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_object (&self->undo_toast);
  _ond_cases_view_purge_deleted (self);

  self->pending_delete = case_id;
  _ond_cases_view_show_list (self);
  ond_case_detail_clear (self->detail);
  ond_cases_view_reload (self);

  /* Translators: a toast after deleting, e.g. "Signal 2026-0001 deleted". */
  toast = adw_toast_new_format (_("Signal %s deleted"), reference);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked",
                           G_CALLBACK (on_undo_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (on_undo_dismissed_cb), self, G_CONNECT_SWAPPED);
  self->undo_toast = g_object_ref (toast);
  _ond_cases_view_add_toast (self, toast);
}

/* Exporting the list as shown. */

typedef enum
{
  EXPORT_CSV,
  EXPORT_XLSX,
} ExportFormat;

#define FORMAT_KEY "ond-export-format"

static void
export_to (OndCasesView *self,
           const char   *path,
           ExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_rows = 0;
  gboolean logged = FALSE;
  gboolean written;

  if (self->store == NULL || self->cases == NULL)
    return;

  if (format == EXPORT_XLSX)
    written = ond_case_export_xlsx (self->store, self->cases, path, &n_rows, &logged, &error);
  else
    written = ond_case_export_csv (self->store, self->cases, path, &n_rows, &logged, &error);
  if (!written)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      g_message ("Cases: export failed: %s", error->message);
      _ond_cases_view_add_toast (self, adw_toast_new (escaped));
      return;
    }

  if (logged)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u signal exported (internal document)",
                                         "%u signals exported (internal document)", n_rows),
                            n_rows);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u signal exported (internal document), but the "
                                         "export could not be recorded in the access log",
                                         "%u signals exported (internal document), but the "
                                         "export could not be recorded in the access log",
                                         n_rows),
                            n_rows);
  _ond_cases_view_add_toast (self, adw_toast_new (text));
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(OndCasesView) self = user_data;
  ExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), FORMAT_KEY));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        export_to (self, path, format);
      else
        {
          AdwToast *toast = adw_toast_new (_("The export can only be saved in a local folder"));

          _ond_cases_view_add_toast (self, toast);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* Asks where to save the cases as listed, in @format. */
static void
choose_file (OndCasesView *self,
             ExportFormat  format)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->store == NULL || self->cases == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (self->cases)) == 0)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Cases"),
                                         _ond_cases_view_get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (format == EXPORT_XLSX)
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks"));
      gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument"
                                             ".spreadsheetml.sheet");
      gtk_file_filter_add_suffix (filter, "xlsx");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("CSV files"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_filter_add_suffix (filter, "csv");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* The file name is Dutch, like the file. */
  name = g_date_time_format (now, format == EXPORT_XLSX ? "meldingen-%Y-%m-%d.xlsx"
                                                        : "meldingen-%Y-%m-%d.csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), FORMAT_KEY, GINT_TO_POINTER (format));

  /* Both released in on_export_response_cb. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  choose_file (OND_CASES_VIEW (widget), EXPORT_CSV);
}

/* Ctrl+E, as in the other lists: a workbook; only while the case list is shown (not the
 * meetings). */
static void
export_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndCasesView *self = OND_CASES_VIEW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->pages), "cases") != 0)
    return;
  choose_file (self, EXPORT_XLSX);
}

void
_ond_cases_view_class_actions_init (OndCasesViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_case_deleted_cb);
  gtk_widget_class_install_action (widget_class, "cases.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "cases.export-list", NULL, export_list_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "cases.export-list", NULL);
}

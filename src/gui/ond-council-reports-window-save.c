/* ond-council-reports-window-save.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Saving in OndCouncilReportsWindow: the file chooser of the PDF, the workbook and a report
 * made again (with a Dutch file name proposed, and the suffix added when it is missing), and
 * the writing itself, which a toast reports. */

#define G_LOG_DOMAIN "ond-council-reports-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-council-reports-window-private.h"
#include "ond-file-chooser.h"
#include "ond-report-export.h"
#include "ond-store-council-reports.h"

typedef enum
{
  SAVE_PDF,
  SAVE_WORKBOOK,
  SAVE_AGAIN,
} SaveKind;

typedef struct
{
  OndCouncilReportsWindow *self;
  SaveKind                 kind;
  gint64                   report_id;
} SaveRequest;

static const char *
suffix_of (SaveKind kind)
{
  return kind == SAVE_WORKBOOK ? ".xlsx" : ".pdf";
}

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SaveRequest     *request)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ond_file_chooser_dup_save_path (chooser, response,
                                                          suffix_of (request->kind));
  OndCouncilReportsWindow *self = request->self;
  gboolean saved = TRUE;

  if (path != NULL)
    {
      switch (request->kind)
        {
        case SAVE_PDF:
          saved = ond_council_reports_window_save_pdf (self, path, &error);
          break;
        case SAVE_WORKBOOK:
          saved = ond_council_reports_window_save_workbook (self, path, &error);
          break;
        case SAVE_AGAIN:
        default:
          saved = ond_council_reports_window_make_again (self, request->report_id, path,
                                                         &error);
          break;
        }
      if (!saved)
        _ond_council_reports_window_show_toast (self, error->message);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (request->self);
  g_free (request);
}

static void
ask_where (OndCouncilReportsWindow *self,
           SaveKind                 kind,
           gint64                   report_id,
           const char              *title,
           const char              *name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  SaveRequest *request;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (kind == SAVE_WORKBOOK)
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks"));
      gtk_file_filter_add_mime_type (filter,
                                     "application/vnd.openxmlformats-officedocument."
                                     "spreadsheetml.sheet");
      gtk_file_filter_add_suffix (filter, "xlsx");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  request = g_new0 (SaveRequest, 1);
  request->self = g_object_ref (self);
  request->kind = kind;
  request->report_id = report_id;
  /* Both released in on_save_response_cb. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The file names proposed are Dutch, like the files. */
static void
on_pdf_clicked_cb (OndCouncilReportsWindow *self)
{
  g_autofree char *name =
    g_strdup_printf ("Voortgangsrapportage ondermijning %d.pdf",
                     ond_council_reports_window_get_year (self));

  ask_where (self, SAVE_PDF, 0, _("Save Progress Report as PDF"), name);
}

static void
on_workbook_clicked_cb (OndCouncilReportsWindow *self)
{
  g_autofree char *name =
    g_strdup_printf ("Rapportage ondermijning %d.xlsx",
                     ond_council_reports_window_get_year (self));

  ask_where (self, SAVE_WORKBOOK, 0, _("Save Workbook"), name);
}

void
_ond_council_reports_window_ask_make_again (OndCouncilReportsWindow *self,
                                            gint64                   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCouncilReport) record = ond_store_get_council_report (self->store, id, NULL,
                                                                      &error);
  g_autofree char *name = NULL;

  if (record == NULL)
    {
      _ond_council_reports_window_show_toast (self, error->message);
      return;
    }
  name = g_strdup_printf ("Voortgangsrapportage ondermijning %d (%.10s).pdf", record->year,
                          record->made_at);
  ask_where (self, SAVE_AGAIN, id, _("Make Report Again"), name);
}

/* Writes the report of the kind asked for, of the year chosen, to @path and records it (not
 * on a read-only file); a toast says so and the list of records shows the new one. */
static gboolean
save_report (OndCouncilReportsWindow  *self,
             OndCouncilReportKind      kind,
             const char               *path,
             GError                  **error)
{
  g_autoptr(GDateTime) now = _ond_council_reports_window_now_local ();
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gboolean recorded = FALSE;
  gint64 plan_id = ond_plan_get_id (self->plan);
  int year = ond_council_reports_window_get_year (self);
  gboolean written;

  if (kind == OND_COUNCIL_REPORT_PDF)
    written = ond_report_export_pdf (self->store, plan_id, year, path, now, &recorded, error);
  else
    written = ond_report_export_xlsx (self->store, plan_id, year, path, now, &recorded, error);
  if (!written)
    return FALSE;

  name = g_filename_display_basename (path);
  if (kind == OND_COUNCIL_REPORT_PDF)
    message = recorded
      /* Translators: %s is a file name. */
      ? g_strdup_printf (_("The report was saved as “%s” and recorded"), name)
      /* Translators: %s is a file name. */
      : g_strdup_printf (_("The report was saved as “%s”, but could not be recorded"), name);
  else
    message = recorded
      /* Translators: %s is a file name. */
      ? g_strdup_printf (_("The workbook was saved as “%s” and recorded"), name)
      /* Translators: %s is a file name. */
      : g_strdup_printf (_("The workbook was saved as “%s”, but could not be recorded"),
                         name);
  _ond_council_reports_window_show_toast (self, message);
  _ond_council_reports_window_reload_records (self);
  return TRUE;
}

/**
 * ond_council_reports_window_save_pdf:
 * @self: the window
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Makes the progress report of the year chosen, writes it to @path and records it (not on a
 * read-only file); a toast says so. The list of records shows the new one.
 *
 * Returns: whether the file was written
 */
gboolean
ond_council_reports_window_save_pdf (OndCouncilReportsWindow  *self,
                                     const char               *path,
                                     GError                  **error)
{
  g_return_val_if_fail (OND_IS_COUNCIL_REPORTS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_report (self, OND_COUNCIL_REPORT_PDF, path, error);
}

/**
 * ond_council_reports_window_save_workbook:
 * @self: the window
 * @path: the xlsx file to write
 * @error: return location for an error
 *
 * As ond_council_reports_window_save_pdf (), for the council workbook.
 *
 * Returns: whether the file was written
 */
gboolean
ond_council_reports_window_save_workbook (OndCouncilReportsWindow  *self,
                                          const char               *path,
                                          GError                  **error)
{
  g_return_val_if_fail (OND_IS_COUNCIL_REPORTS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_report (self, OND_COUNCIL_REPORT_XLSX, path, error);
}

gboolean
ond_council_reports_window_make_again (OndCouncilReportsWindow  *self,
                                       gint64                    report_id,
                                       const char               *path,
                                       GError                  **error)
{
  g_autoptr(OndCouncilReport) record = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OND_IS_COUNCIL_REPORTS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = ond_store_get_council_report (self->store, report_id, NULL, error);
  if (record == NULL)
    return FALSE;
  if (record->kind == OND_COUNCIL_REPORT_PDF
      ? !ond_report_remake_pdf (self->store, report_id, path, error)
      : !ond_report_remake_xlsx (self->store, report_id, path, error))
    return FALSE;
  name = g_filename_display_basename (path);
  /* Translators: %s is a file name. */
  message = g_strdup_printf (_("The report was made again as “%s”"), name);
  _ond_council_reports_window_show_toast (self, message);
  return TRUE;
}

void
_ond_council_reports_window_class_save_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_pdf_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_workbook_clicked_cb);
}

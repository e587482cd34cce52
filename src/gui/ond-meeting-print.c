/* ond-meeting-print.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Printing the agenda or the decision list of a meeting, an OndPrintJob (the dialog, the
 * preview and the outcome are the job's), and saving it as a PDF. Core lays the document out
 * and draws its pages (ond_meeting_document_render) at A4, the size of the PDF; on paper of
 * another size or orientation the A4 page is scaled to fit, so the pages are always the same.
 * Every print and export is logged. */

#define G_LOG_DOMAIN "ond-meeting-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-file-chooser.h"
#include "ond-meeting-print.h"

struct _OndMeetingPrint
{
  OndPrintJob         parent_instance;

  OndStore           *store;
  OndMeetingDocument *document;
  int                 n_pages;
};

G_DEFINE_FINAL_TYPE (OndMeetingPrint, ond_meeting_print, OND_TYPE_PRINT_JOB)

static const char *
which (OndMeetingPrint *self)
{
  return self->document->kind == OND_MEETING_DOCUMENT_AGENDA ? "agenda" : "decisions";
}

static void
finish (OndMeetingPrint *self,
        const char      *message,
        gboolean         success)
{
  ond_print_job_finish (OND_PRINT_JOB (self), message, success);
}

/* Logs the print; the message for the user says whether that worked. */
static char *
ond_meeting_print_printed (OndPrintJob *job)
{
  OndMeetingPrint *self = OND_MEETING_PRINT (job);
  g_autoptr(GError) error = NULL;
  gboolean agenda = self->document->kind == OND_MEETING_DOCUMENT_AGENDA;

  if (!ond_meeting_document_log_printed (self->store, self->document->meeting_id,
                                         which (self), &error))
    {
      g_debug ("Could not log the print: %s", error->message);
      if (agenda)
        /* Translators: %s says why, e.g. "The file is read-only". */
        return g_strdup_printf (_("The agenda was printed, but this could not be recorded: %s"),
                                error->message);
      /* Translators: %s says why, e.g. "The file is read-only". */
      return g_strdup_printf (_("The decision list was printed, but this could not be "
                                "recorded: %s"),
                              error->message);
    }

  return g_strdup (agenda ? _("The agenda was sent to the printer")
                          : _("The decision list was sent to the printer"));
}

static gboolean
count_pages (OndMeetingPrint  *self,
             GError          **error)
{
  return ond_meeting_document_render (self->document, NULL,
                                      OND_MEETING_DOCUMENT_A4_WIDTH,
                                      OND_MEETING_DOCUMENT_A4_HEIGHT,
                                      -1, &self->n_pages, error);
}

/* The pages are A4 whatever the paper: their number does not change. */
static int
ond_meeting_print_paginate (OndPrintJob *job,
                            double       width,
                            double       height)
{
  return OND_MEETING_PRINT (job)->n_pages;
}

/* Draws page @page at A4, scaled to fit @width x @height and centred. */
static void
ond_meeting_print_draw_page (OndPrintJob *job,
                             cairo_t     *cr,
                             double       width,
                             double       height,
                             int          page)
{
  OndMeetingPrint *self = OND_MEETING_PRINT (job);
  g_autoptr(GError) error = NULL;
  double scale = MIN (width / OND_MEETING_DOCUMENT_A4_WIDTH,
                      height / OND_MEETING_DOCUMENT_A4_HEIGHT);
  int n_pages = 0;

  cairo_save (cr);
  cairo_translate (cr,
                   (width - OND_MEETING_DOCUMENT_A4_WIDTH * scale) / 2,
                   (height - OND_MEETING_DOCUMENT_A4_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  if (!ond_meeting_document_render (self->document, cr,
                                    OND_MEETING_DOCUMENT_A4_WIDTH,
                                    OND_MEETING_DOCUMENT_A4_HEIGHT,
                                    page, &n_pages, &error))
    g_warning ("Could not draw page %d: %s", page + 1, error->message);
  cairo_restore (cr);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       OndMeetingPrint *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ond_file_chooser_dup_save_path (chooser, response, ".pdf");
  g_autofree char *message = NULL;

  if (path != NULL)
    {
      if (ond_meeting_print_save_pdf (self, path, &message, &error))
        finish (self, message, TRUE);
      else
        finish (self, error->message, FALSE);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
ond_meeting_print_dispose (GObject *object)
{
  OndMeetingPrint *self = OND_MEETING_PRINT (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_meeting_print_parent_class)->dispose (object);
}

static void
ond_meeting_print_finalize (GObject *object)
{
  OndMeetingPrint *self = OND_MEETING_PRINT (object);

  g_clear_pointer (&self->document, ond_meeting_document_free);

  G_OBJECT_CLASS (ond_meeting_print_parent_class)->finalize (object);
}

static void
ond_meeting_print_class_init (OndMeetingPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OndPrintJobClass *job_class = OND_PRINT_JOB_CLASS (klass);

  object_class->dispose = ond_meeting_print_dispose;
  object_class->finalize = ond_meeting_print_finalize;
  job_class->paginate = ond_meeting_print_paginate;
  job_class->draw_page = ond_meeting_print_draw_page;
  job_class->printed = ond_meeting_print_printed;
}

static void
ond_meeting_print_init (OndMeetingPrint *self)
{
}

/**
 * ond_meeting_print_new:
 * @store: the store the meeting is in
 * @meeting_id: the meeting
 * @kind: the agenda or the decision list
 * @error: return location for an error
 *
 * Reads the document from the store and lays it out.
 *
 * Returns: (transfer full) (nullable): the print, or %NULL with @error set
 */
OndMeetingPrint *
ond_meeting_print_new (OndStore                *store,
                       gint64                   meeting_id,
                       OndMeetingDocumentKind   kind,
                       GError                 **error)
{
  g_autoptr(OndMeetingPrint) self = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (OND_TYPE_MEETING_PRINT, NULL);
  self->store = g_object_ref (store);
  self->document = ond_meeting_document_new (store, meeting_id, kind, error);
  if (self->document == NULL || !count_pages (self, error))
    return NULL;
  ond_print_job_set_title (OND_PRINT_JOB (self), self->document->title);

  return g_steal_pointer (&self);
}

/**
 * ond_meeting_print_get_document:
 * @self: an #OndMeetingPrint
 *
 * Returns: (transfer none): the document printed
 */
OndMeetingDocument *
ond_meeting_print_get_document (OndMeetingPrint *self)
{
  g_return_val_if_fail (OND_IS_MEETING_PRINT (self), NULL);

  return self->document;
}

/**
 * ond_meeting_print_dup_file_name:
 * @self: an #OndMeetingPrint
 *
 * Returns: (transfer full): a file name to suggest for the PDF, e.g.
 *   "Agenda casusoverleg 2024-03-14.pdf" (in Dutch, like the document)
 */
char *
ond_meeting_print_dup_file_name (OndMeetingPrint *self)
{
  g_return_val_if_fail (OND_IS_MEETING_PRINT (self), NULL);

  return g_strdup_printf ("%s casusoverleg %s.pdf",
                          self->document->title, self->document->meeting_date);
}

/**
 * ond_meeting_print_save_pdf:
 * @self: an #OndMeetingPrint
 * @path: the file to write
 * @message: (out) (transfer full) (optional): what happened, for the user
 * @error: return location for an error
 *
 * Writes the document as an A4 PDF and logs the export. A PDF that was written but could not
 * be logged (a read-only store) counts as saved: @message says that it was not recorded.
 *
 * Returns: whether the file was written
 */
gboolean
ond_meeting_print_save_pdf (OndMeetingPrint  *self,
                            const char       *path,
                            char            **message,
                            GError          **error)
{
  g_autoptr(GError) log_error = NULL;
  g_autofree char *name = NULL;
  gboolean agenda;

  g_return_val_if_fail (OND_IS_MEETING_PRINT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ond_meeting_document_write_pdf (self->document, path, error))
    return FALSE;

  agenda = self->document->kind == OND_MEETING_DOCUMENT_AGENDA;
  name = g_filename_display_basename (path);
  if (!ond_meeting_document_log_printed (self->store, self->document->meeting_id,
                                         which (self), &log_error))
    {
      g_debug ("Could not log the export: %s", log_error->message);
      if (message != NULL)
        *message = agenda
          /* Translators: the first %s is a file name, the second says why. */
          ? g_strdup_printf (_("The agenda was saved as “%s”, but this could not be "
                               "recorded: %s"), name, log_error->message)
          /* Translators: the first %s is a file name, the second says why. */
          : g_strdup_printf (_("The decision list was saved as “%s”, but this could not be "
                               "recorded: %s"), name, log_error->message);
      return TRUE;
    }

  if (message != NULL)
    *message = agenda
      /* Translators: %s is a file name. */
      ? g_strdup_printf (_("The agenda was saved as “%s”"), name)
      /* Translators: %s is a file name. */
      : g_strdup_printf (_("The decision list was saved as “%s”"), name);
  return TRUE;
}

/**
 * ond_meeting_print_export:
 * @self: an #OndMeetingPrint
 * @parent: (nullable): the window to put the file chooser on
 *
 * Asks where to save the PDF and saves it there (see ond_meeting_print_save_pdf());
 * "finished" tells the outcome.
 */
void
ond_meeting_print_export (OndMeetingPrint *self,
                          GtkWindow       *parent)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (OND_IS_MEETING_PRINT (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  chooser = gtk_file_chooser_native_new (self->document->kind == OND_MEETING_DOCUMENT_AGENDA
                                           ? _("Export Agenda as PDF")
                                           : _("Export Decision List as PDF"),
                                         parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = ond_meeting_print_dup_file_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  /* Both released in on_export_response_cb. */
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ond-meeting-print.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Printing the agenda or the decision list of a meeting. Core lays the document out and
 * draws its pages (ond_meeting_document_render) at A4, the size of the PDF; on paper of
 * another size or orientation the A4 page is scaled to fit, so the pages are always the same.
 * GtkPrintOperation would start an external viewer for its preview: the preview is handled
 * here and shows the pages in a window of ours. Every print and export is logged. */

#define G_LOG_DOMAIN "ond-meeting-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-meeting-print.h"
#include "ond-print-preview.h"

/* The preview shows a page one pixel per point: A4 is 595 x 842. */

struct _OndMeetingPrint
{
  GObject             parent_instance;

  OndStore           *store;
  OndMeetingDocument *document;
  GtkPrintSettings   *settings;
  GtkPageSetup       *page_setup;
  int                 n_pages;
  /* The user chose the preview in the print dialog: nothing was printed. */
  gboolean            previewed;
};

enum
{
  SIGNAL_FINISHED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndMeetingPrint, ond_meeting_print, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

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
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, message, success);
}

/* Logs the print; the message for the user says whether that worked. */
static char *
log_printed (OndMeetingPrint *self)
{
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

/* Draws page @page at A4, scaled to fit @width x @height and centred. */
static void
draw_page (OndMeetingPrint *self,
           cairo_t         *cr,
           double           width,
           double           height,
           int              page)
{
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
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   OndMeetingPrint   *self)
{
  gtk_print_operation_set_n_pages (operation, MAX (self->n_pages, 1));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 OndMeetingPrint   *self)
{
  draw_page (self, gtk_print_context_get_cairo_context (context),
             gtk_print_context_get_width (context),
             gtk_print_context_get_height (context),
             page);
}

static void
on_preview_ready_cb (GtkPrintOperationPreview *preview,
                     GtkPrintContext          *context,
                     OndMeetingPrint          *self)
{
  /* The pages are shown in our own window: the operation itself has nothing to do. */
  gtk_print_operation_preview_end_preview (preview);
}

static gboolean
on_preview_cb (GtkPrintOperation        *operation,
               GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               GtkWindow                *parent,
               OndMeetingPrint          *self)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  GtkWidget *window;

  self->previewed = TRUE;

  /* GTK insists on a cairo context even when it does not draw. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_signal_connect_object (preview, "ready", G_CALLBACK (on_preview_ready_cb), self, 0);

  window = ond_meeting_print_preview_new (self, parent);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            OndMeetingPrint         *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      g_set_object (&self->settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&self->page_setup, gtk_print_operation_get_default_page_setup (operation));
      if (!self->previewed)
        {
          message = log_printed (self);
          finish (self, message, TRUE);
        }
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      finish (self, error != NULL ? error->message : _("The document could not be printed"),
              FALSE);
      break;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      break;
    }

  g_object_unref (self);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       OndMeetingPrint *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL)
    {
      if (!g_str_has_suffix (path, ".pdf") && !g_str_has_suffix (path, ".PDF"))
        {
          char *with_suffix = g_strconcat (path, ".pdf", NULL);

          g_free (path);
          path = with_suffix;
        }

      if (ond_meeting_print_save_pdf (self, path, &message, &error))
        finish (self, message, TRUE);
      else
        finish (self, error->message, FALSE);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static int
get_page_count (OndMeetingPrint *self)
{
  return MAX (self->n_pages, 1);
}

/* A page of the preview window (ond-print-preview.h). */
static void
draw_preview_page_cb (GObject *source,
                      cairo_t *cr,
                      double   width,
                      double   height,
                      int      page)
{
  draw_page (OND_MEETING_PRINT (source), cr, width, height, page);
}

static void
print_cb (GObject   *source,
          GtkWindow *parent)
{
  ond_meeting_print_run (OND_MEETING_PRINT (source), parent);
}

static void
ond_meeting_print_dispose (GObject *object)
{
  OndMeetingPrint *self = OND_MEETING_PRINT (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->page_setup);
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

  object_class->dispose = ond_meeting_print_dispose;
  object_class->finalize = ond_meeting_print_finalize;

  /**
   * OndMeetingPrint::finished:
   * @self: the print
   * @message: what happened, for the user
   * @success: whether the document was printed or saved
   *
   * Emitted when a print or an export is over (not when the user cancelled it).
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
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
 * ond_meeting_print_get_settings:
 * @self: an #OndMeetingPrint
 *
 * Returns: (transfer none) (nullable): the print settings chosen in the last print
 */
GtkPrintSettings *
ond_meeting_print_get_settings (OndMeetingPrint *self)
{
  g_return_val_if_fail (OND_IS_MEETING_PRINT (self), NULL);

  return self->settings;
}

void
ond_meeting_print_set_settings (OndMeetingPrint  *self,
                                GtkPrintSettings *settings)
{
  g_return_if_fail (OND_IS_MEETING_PRINT (self));
  g_return_if_fail (settings == NULL || GTK_IS_PRINT_SETTINGS (settings));

  g_set_object (&self->settings, settings);
}

/**
 * ond_meeting_print_get_page_setup:
 * @self: an #OndMeetingPrint
 *
 * Returns: (transfer none) (nullable): the page setup chosen in the last print
 */
GtkPageSetup *
ond_meeting_print_get_page_setup (OndMeetingPrint *self)
{
  g_return_val_if_fail (OND_IS_MEETING_PRINT (self), NULL);

  return self->page_setup;
}

void
ond_meeting_print_set_page_setup (OndMeetingPrint *self,
                                  GtkPageSetup    *page_setup)
{
  g_return_if_fail (OND_IS_MEETING_PRINT (self));
  g_return_if_fail (page_setup == NULL || GTK_IS_PAGE_SETUP (page_setup));

  g_set_object (&self->page_setup, page_setup);
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
 * ond_meeting_print_run:
 * @self: an #OndMeetingPrint
 * @parent: (nullable): the window to put the print dialog on
 *
 * Shows the print dialog (with page setup; A4 at first) and prints. The print is logged
 * when it was sent to the printer; "finished" tells the outcome.
 */
void
ond_meeting_print_run (OndMeetingPrint *self,
                       GtkWindow       *parent)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (OND_IS_MEETING_PRINT (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (self->page_setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      self->page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (self->page_setup, a4);
      gtk_page_setup_set_orientation (self->page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
    }

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, self->document->title);
  gtk_print_operation_set_default_page_setup (operation, self->page_setup);
  if (self->settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->settings);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The document has its own margins. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_n_pages (operation, get_page_count (self));

  self->previewed = FALSE;
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print_cb), self, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page_cb), self, 0);
  g_signal_connect_object (operation, "preview", G_CALLBACK (on_preview_cb), self, 0);
  /* Released in on_done_cb. */
  g_signal_connect (operation, "done", G_CALLBACK (on_done_cb), g_object_ref (self));

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_debug ("Could not print: %s", error->message);
      finish (self, error->message, FALSE);
    }
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

/**
 * ond_meeting_print_preview_new:
 * @self: an #OndMeetingPrint
 * @parent: (nullable): the window the preview belongs to
 *
 * Makes a window that shows the pages as they print (A4).
 *
 * Returns: (transfer full): the preview window, not yet shown
 */
GtkWidget *
ond_meeting_print_preview_new (OndMeetingPrint *self,
                               GtkWindow       *parent)
{
  g_return_val_if_fail (OND_IS_MEETING_PRINT (self), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return ond_print_preview_new (parent, self->document->title, OND_MEETING_DOCUMENT_A4_WIDTH,
                                OND_MEETING_DOCUMENT_A4_HEIGHT, get_page_count (self),
                                G_OBJECT (self), draw_preview_page_cb, print_cb);
}

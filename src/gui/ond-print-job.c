/* ond-print-job.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Printing a document laid out by core (ond-print-job.h): the council report
 * (ond-report-print.c) and the meeting papers (ond-meeting-print.c) are its subclasses.
 *
 * The job runs GtkPrintOperation with the print dialog, the page setup embedded in it (A4
 * portrait at first) and the document's own margins, so the whole page is the document's.
 * GtkPrintOperation would start an external viewer for its preview: the job shows the pages
 * in a window of ours instead (ond-print-preview.c), at the paper size and orientation
 * chosen in the dialog, with a button to print them. "finished" tells the outcome: printed,
 * or why not; a cancelled dialog or a preview alone is no outcome. */

#define G_LOG_DOMAIN "ond-print-job"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-print-job.h"
#include "ond-print-preview.h"

/* A4 portrait in points, the paper before the user chose one. */
#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89

typedef struct
{
  char             *title;
  GtkPrintSettings *settings;
  GtkPageSetup     *page_setup;
  /* The user chose the preview in the print dialog: nothing was printed. */
  gboolean          previewed;
} OndPrintJobPrivate;

enum
{
  SIGNAL_FINISHED,
  N_SIGNALS,
};

G_DEFINE_TYPE_WITH_PRIVATE (OndPrintJob, ond_print_job, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

static int
paginate (OndPrintJob *self,
          double       width,
          double       height)
{
  return MAX (OND_PRINT_JOB_GET_CLASS (self)->paginate (self, width, height), 1);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   OndPrintJob       *self)
{
  gtk_print_operation_set_n_pages (operation,
                                   paginate (self, gtk_print_context_get_width (context),
                                             gtk_print_context_get_height (context)));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 OndPrintJob       *self)
{
  OND_PRINT_JOB_GET_CLASS (self)->draw_page (self, gtk_print_context_get_cairo_context (context),
                                             gtk_print_context_get_width (context),
                                             gtk_print_context_get_height (context), page);
}

static void
on_preview_ready_cb (GtkPrintOperationPreview *preview,
                     GtkPrintContext          *context,
                     OndPrintJob              *self)
{
  /* The pages are shown in our own window: the operation itself has nothing to do. */
  gtk_print_operation_preview_end_preview (preview);
}

static gboolean
on_preview_cb (GtkPrintOperation        *operation,
               GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               GtkWindow                *parent,
               OndPrintJob              *self)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (self);
  GtkPageSetup *page_setup = gtk_print_context_get_page_setup (context);
  cairo_surface_t *surface;
  cairo_t *cr;
  GtkWidget *window;
  double width = A4_WIDTH;
  double height = A4_HEIGHT;

  priv->previewed = TRUE;
  if (page_setup != NULL)
    {
      /* Both take the orientation into account. */
      width = gtk_page_setup_get_paper_width (page_setup, GTK_UNIT_POINTS);
      height = gtk_page_setup_get_paper_height (page_setup, GTK_UNIT_POINTS);
      g_set_object (&priv->page_setup, page_setup);
    }

  /* GTK insists on a cairo context even when it does not draw. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_signal_connect_object (preview, "ready", G_CALLBACK (on_preview_ready_cb), self, 0);

  window = ond_print_job_preview_new (self, parent, width, height);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            OndPrintJob             *self)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      g_set_object (&priv->settings, gtk_print_operation_get_print_settings (operation));
      if (!priv->previewed)
        {
          message = OND_PRINT_JOB_GET_CLASS (self)->printed (self);
          ond_print_job_finish (self, message, TRUE);
        }
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      ond_print_job_finish (self, error != NULL ? error->message
                                                : _("The document could not be printed"),
                            FALSE);
      break;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      break;
    }

  g_object_unref (self);
}

/* A page of the preview window (ond-print-preview.h). */
static void
draw_preview_page_cb (GObject *source,
                      cairo_t *cr,
                      double   width,
                      double   height,
                      int      page)
{
  OndPrintJob *self = OND_PRINT_JOB (source);

  OND_PRINT_JOB_GET_CLASS (self)->draw_page (self, cr, width, height, page);
}

static void
print_cb (GObject   *source,
          GtkWindow *parent)
{
  ond_print_job_run (OND_PRINT_JOB (source), parent);
}

static void
ond_print_job_dispose (GObject *object)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (OND_PRINT_JOB (object));

  g_clear_object (&priv->settings);
  g_clear_object (&priv->page_setup);

  G_OBJECT_CLASS (ond_print_job_parent_class)->dispose (object);
}

static void
ond_print_job_finalize (GObject *object)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (OND_PRINT_JOB (object));

  g_free (priv->title);

  G_OBJECT_CLASS (ond_print_job_parent_class)->finalize (object);
}

static void
ond_print_job_class_init (OndPrintJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ond_print_job_dispose;
  object_class->finalize = ond_print_job_finalize;

  /**
   * OndPrintJob::finished:
   * @self: the job
   * @message: what happened, for the user
   * @success: whether the document was printed (or, for a subclass's own output, saved)
   *
   * Emitted when a print is over; not when the user cancelled it or only looked at the
   * preview.
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
ond_print_job_init (OndPrintJob *self)
{
}

/**
 * ond_print_job_get_title:
 * @self: an #OndPrintJob
 *
 * Returns: (transfer none): the document's title: the print job's name and the preview's
 *   title
 */
const char *
ond_print_job_get_title (OndPrintJob *self)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (self);

  g_return_val_if_fail (OND_IS_PRINT_JOB (self), NULL);

  return priv->title != NULL ? priv->title : "";
}

void
ond_print_job_set_title (OndPrintJob *self,
                         const char  *title)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (self);

  g_return_if_fail (OND_IS_PRINT_JOB (self));

  g_free (priv->title);
  priv->title = g_strdup (title);
}

/**
 * ond_print_job_get_settings:
 * @self: an #OndPrintJob
 *
 * Returns: (transfer none) (nullable): the print settings chosen in the last print
 */
GtkPrintSettings *
ond_print_job_get_settings (OndPrintJob *self)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (self);

  g_return_val_if_fail (OND_IS_PRINT_JOB (self), NULL);

  return priv->settings;
}

void
ond_print_job_set_settings (OndPrintJob      *self,
                            GtkPrintSettings *settings)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (self);

  g_return_if_fail (OND_IS_PRINT_JOB (self));
  g_return_if_fail (settings == NULL || GTK_IS_PRINT_SETTINGS (settings));

  g_set_object (&priv->settings, settings);
}

/**
 * ond_print_job_get_page_setup:
 * @self: an #OndPrintJob
 *
 * Returns: (transfer none) (nullable): the page setup the print dialog starts with (A4
 *   portrait once a print ran), then the one chosen for a preview
 */
GtkPageSetup *
ond_print_job_get_page_setup (OndPrintJob *self)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (self);

  g_return_val_if_fail (OND_IS_PRINT_JOB (self), NULL);

  return priv->page_setup;
}

void
ond_print_job_set_page_setup (OndPrintJob  *self,
                              GtkPageSetup *page_setup)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (self);

  g_return_if_fail (OND_IS_PRINT_JOB (self));
  g_return_if_fail (page_setup == NULL || GTK_IS_PAGE_SETUP (page_setup));

  g_set_object (&priv->page_setup, page_setup);
}

/**
 * ond_print_job_run:
 * @self: an #OndPrintJob
 * @parent: (nullable): the window to put the print dialog on
 *
 * Shows the print dialog, with the page setup in it (A4 portrait at first) and its
 * preview, and prints; it returns at once. "finished" tells the outcome.
 */
void
ond_print_job_run (OndPrintJob *self,
                   GtkWindow   *parent)
{
  OndPrintJobPrivate *priv = ond_print_job_get_instance_private (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (OND_IS_PRINT_JOB (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (priv->page_setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      priv->page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (priv->page_setup, a4);
      gtk_page_setup_set_orientation (priv->page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
    }
  priv->previewed = FALSE;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, ond_print_job_get_title (self));
  gtk_print_operation_set_default_page_setup (operation, priv->page_setup);
  if (priv->settings != NULL)
    gtk_print_operation_set_print_settings (operation, priv->settings);
  /* Portrait or landscape, and the paper, are chosen in the print dialog itself. */
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The document has its own margins. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (operation, TRUE);
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
      ond_print_job_finish (self, error->message, FALSE);
    }
}

/**
 * ond_print_job_preview_new:
 * @self: an #OndPrintJob
 * @parent: (nullable): the window the preview belongs to
 * @width: the width of the paper in points (A4 portrait: 595.276)
 * @height: its height
 *
 * Makes a window that shows the pages as they print on paper of @width x @height points,
 * one pixel per point, with a button to print them.
 *
 * Returns: (transfer full): the preview window, not yet shown
 */
GtkWidget *
ond_print_job_preview_new (OndPrintJob *self,
                           GtkWindow   *parent,
                           double       width,
                           double       height)
{
  g_return_val_if_fail (OND_IS_PRINT_JOB (self), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  return ond_print_preview_new (parent, ond_print_job_get_title (self), width, height,
                                paginate (self, width, height), G_OBJECT (self),
                                draw_preview_page_cb, print_cb);
}

/**
 * ond_print_job_finish:
 * @self: an #OndPrintJob
 * @message: what happened, for the user
 * @success: whether it worked
 *
 * Emits "finished"; for a subclass whose document has other outputs too (a PDF).
 */
void
ond_print_job_finish (OndPrintJob *self,
                      const char  *message,
                      gboolean     success)
{
  g_return_if_fail (OND_IS_PRINT_JOB (self));

  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, message, success);
}

/* ond-report-print.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Printing the progress report for the gemeenteraad (ond-report-print.h). Core lays the
 * document out at the size of the page the print dialog chose and draws its pages
 * (ond_doc_paginate, ond_doc_draw_page). GtkPrintOperation would start an external viewer
 * for its preview: the preview is handled here and shows the pages in a window of ours, at
 * the paper size and orientation chosen in the dialog. */

#define G_LOG_DOMAIN "ond-report-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-report-doc.h"
#include "ond-print-preview.h"
#include "ond-report-print.h"
#include "ond-report.h"

struct _OndReportPrint
{
  GObject           parent_instance;

  OndDoc           *doc;
  GtkPrintSettings *settings;
  GtkPageSetup     *page_setup;
  /* The user chose the preview in the print dialog: nothing was printed. */
  gboolean          previewed;
};

enum
{
  SIGNAL_FINISHED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndReportPrint, ond_report_print, G_TYPE_OBJECT)

static guint signals[N_SIGNALS];

static void
finish (OndReportPrint *self,
        const char     *message,
        gboolean        success)
{
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, message, success);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   OndReportPrint    *self)
{
  g_autoptr(GError) error = NULL;
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  int n_pages;

  ond_doc_set_orientation (self->doc, width > height ? OND_DOC_LANDSCAPE : OND_DOC_PORTRAIT);
  n_pages = ond_doc_paginate (self->doc, width, height, &error);
  if (n_pages <= 0)
    {
      g_warning ("Could not lay out the report at %.0f x %.0f points: %s", width, height,
                 error != NULL ? error->message : "no pages");
      n_pages = 1;
    }
  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 OndReportPrint    *self)
{
  g_autoptr(GError) error = NULL;

  if (!ond_doc_draw_page (self->doc, gtk_print_context_get_cairo_context (context),
                          gtk_print_context_get_width (context),
                          gtk_print_context_get_height (context), page, &error))
    g_warning ("Could not draw page %d: %s", page + 1, error->message);
}

static void
on_preview_ready_cb (GtkPrintOperationPreview *preview,
                     GtkPrintContext          *context,
                     OndReportPrint           *self)
{
  /* The pages are shown in our own window: the operation itself has nothing to do. */
  gtk_print_operation_preview_end_preview (preview);
}

static gboolean
on_preview_cb (GtkPrintOperation        *operation,
               GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               GtkWindow                *parent,
               OndReportPrint           *self)
{
  GtkPageSetup *page_setup = gtk_print_context_get_page_setup (context);
  cairo_surface_t *surface;
  cairo_t *cr;
  GtkWidget *window;
  double width = OND_DOC_A4_WIDTH;
  double height = OND_DOC_A4_HEIGHT;

  self->previewed = TRUE;
  if (page_setup != NULL)
    {
      /* Both take the orientation into account. */
      width = gtk_page_setup_get_paper_width (page_setup, GTK_UNIT_POINTS);
      height = gtk_page_setup_get_paper_height (page_setup, GTK_UNIT_POINTS);
      g_set_object (&self->page_setup, page_setup);
    }

  /* GTK insists on a cairo context even when it does not draw. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_signal_connect_object (preview, "ready", G_CALLBACK (on_preview_ready_cb), self, 0);

  window = ond_report_print_preview_new (self, parent, width, height);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            OndReportPrint          *self)
{
  g_autoptr(GError) error = NULL;

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      g_set_object (&self->settings, gtk_print_operation_get_print_settings (operation));
      if (!self->previewed)
        finish (self, _("The report was sent to the printer"), TRUE);
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      finish (self, error != NULL ? error->message : _("The report could not be printed"),
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
draw_page_cb (GObject *source,
              cairo_t *cr,
              double   width,
              double   height,
              int      page)
{
  OndReportPrint *self = OND_REPORT_PRINT (source);
  g_autoptr(GError) error = NULL;

  if (!ond_doc_draw_page (self->doc, cr, width, height, page, &error))
    g_warning ("Could not draw page %d: %s", page + 1, error->message);
}

static void
print_cb (GObject   *source,
          GtkWindow *parent)
{
  ond_report_print_run (OND_REPORT_PRINT (source), parent);
}

static void
ond_report_print_dispose (GObject *object)
{
  OndReportPrint *self = OND_REPORT_PRINT (object);

  g_clear_object (&self->doc);
  g_clear_object (&self->settings);
  g_clear_object (&self->page_setup);

  G_OBJECT_CLASS (ond_report_print_parent_class)->dispose (object);
}

static void
ond_report_print_class_init (OndReportPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ond_report_print_dispose;

  /**
   * OndReportPrint::finished:
   * @self: the print
   * @message: what happened, for the user
   * @success: whether the report was printed
   *
   * Emitted when a print is over (not when the user cancelled it or only looked at the
   * preview).
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
}

static void
ond_report_print_init (OndReportPrint *self)
{
}

/**
 * ond_report_print_new:
 * @store: an open #OndStore, not in a council scope
 * @plan_id: the plan; 0 for the current plan
 * @year: the reporting year; 0 for the default
 * @now: the moment of the report: its reporting date
 * @error: return location for an error
 *
 * Gathers the report (ond_report_gather) and makes its document, A4 portrait at first.
 *
 * Returns: (transfer full) (nullable): the print, or %NULL with @error set (a year outside
 *   the plan's period, no plan)
 */
OndReportPrint *
ond_report_print_new (OndStore   *store,
                      gint64      plan_id,
                      int         year,
                      GDateTime  *now,
                      GError    **error)
{
  g_autoptr(OndReportPrint) self = NULL;
  g_autoptr(OndReport) report = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report = ond_report_gather (store, plan_id, year, now, error);
  if (report == NULL)
    return NULL;

  self = g_object_new (OND_TYPE_REPORT_PRINT, NULL);
  self->doc = ond_report_doc_new (report, OND_DOC_PORTRAIT);
  return g_steal_pointer (&self);
}

/**
 * ond_report_print_get_doc:
 * @self: an #OndReportPrint
 *
 * Returns: (transfer none): the document printed
 */
OndDoc *
ond_report_print_get_doc (OndReportPrint *self)
{
  g_return_val_if_fail (OND_IS_REPORT_PRINT (self), NULL);

  return self->doc;
}

/**
 * ond_report_print_get_page_setup:
 * @self: an #OndReportPrint
 *
 * Returns: (transfer none) (nullable): the page setup the print dialog starts with (A4
 *   portrait once a print ran), then the one chosen for a preview
 */
GtkPageSetup *
ond_report_print_get_page_setup (OndReportPrint *self)
{
  g_return_val_if_fail (OND_IS_REPORT_PRINT (self), NULL);

  return self->page_setup;
}

void
ond_report_print_set_page_setup (OndReportPrint *self,
                                 GtkPageSetup   *page_setup)
{
  g_return_if_fail (OND_IS_REPORT_PRINT (self));
  g_return_if_fail (page_setup == NULL || GTK_IS_PAGE_SETUP (page_setup));

  g_set_object (&self->page_setup, page_setup);
}

/**
 * ond_report_print_run:
 * @self: an #OndReportPrint
 * @parent: (nullable): the window to put the print dialog on
 *
 * Shows the print dialog, with the page setup in it (A4 portrait at first) and its
 * preview, and prints; it returns at once. "finished" tells the outcome.
 */
void
ond_report_print_run (OndReportPrint *self,
                      GtkWindow      *parent)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (OND_IS_REPORT_PRINT (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (self->page_setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      self->page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (self->page_setup, a4);
      gtk_page_setup_set_orientation (self->page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
    }
  self->previewed = FALSE;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, ond_doc_get_title (self->doc));
  gtk_print_operation_set_default_page_setup (operation, self->page_setup);
  if (self->settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->settings);
  /* Portrait or landscape, and the paper, are chosen in the print dialog itself. */
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The document has its own margins (ond-doc.h). */
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
      finish (self, error->message, FALSE);
    }
}

/**
 * ond_report_print_preview_new:
 * @self: an #OndReportPrint
 * @parent: (nullable): the window the preview belongs to
 * @width: the width of a page in points (A4 portrait: %OND_DOC_A4_WIDTH)
 * @height: its height
 *
 * Makes a window that shows the pages as they print on paper of @width x @height points,
 * one pixel per point, with a button to print them.
 *
 * Returns: (transfer full): the preview window, not yet shown
 */
GtkWidget *
ond_report_print_preview_new (OndReportPrint *self,
                              GtkWindow      *parent,
                              double          width,
                              double          height)
{
  g_autoptr(GError) error = NULL;
  int n_pages;

  g_return_val_if_fail (OND_IS_REPORT_PRINT (self), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  ond_doc_set_orientation (self->doc, width > height ? OND_DOC_LANDSCAPE : OND_DOC_PORTRAIT);
  n_pages = ond_doc_paginate (self->doc, width, height, &error);
  if (n_pages < 0)
    {
      g_warning ("Could not lay out the report: %s", error->message);
      n_pages = 0;
    }
  return ond_print_preview_new (parent, ond_doc_get_title (self->doc), width, height, n_pages,
                                G_OBJECT (self), draw_page_cb, print_cb);
}

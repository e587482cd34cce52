/* ond-report-print.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Printing the progress report for the gemeenteraad (ond-report-print.h), an OndPrintJob
 * (the dialog, the preview and the outcome are the job's). Core lays the document out at
 * the size of the page the print dialog chose, in its orientation, and draws its pages
 * (ond_doc_paginate, ond_doc_draw_page). */

#define G_LOG_DOMAIN "ond-report-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-report-doc.h"
#include "ond-report-print.h"
#include "ond-report.h"

struct _OndReportPrint
{
  OndPrintJob  parent_instance;

  OndDoc      *doc;
};

G_DEFINE_FINAL_TYPE (OndReportPrint, ond_report_print, OND_TYPE_PRINT_JOB)

static int
ond_report_print_paginate (OndPrintJob *job,
                           double       width,
                           double       height)
{
  OndReportPrint *self = OND_REPORT_PRINT (job);
  g_autoptr(GError) error = NULL;
  int n_pages;

  ond_doc_set_orientation (self->doc, width > height ? OND_DOC_LANDSCAPE : OND_DOC_PORTRAIT);
  n_pages = ond_doc_paginate (self->doc, width, height, &error);
  if (n_pages <= 0)
    g_warning ("Could not lay out the report at %.0f x %.0f points: %s", width, height,
               error != NULL ? error->message : "no pages");
  return n_pages;
}

static void
ond_report_print_draw_page (OndPrintJob *job,
                            cairo_t     *cr,
                            double       width,
                            double       height,
                            int          page)
{
  OndReportPrint *self = OND_REPORT_PRINT (job);
  g_autoptr(GError) error = NULL;

  if (!ond_doc_draw_page (self->doc, cr, width, height, page, &error))
    g_warning ("Could not draw page %d: %s", page + 1, error->message);
}

static char *
ond_report_print_printed (OndPrintJob *job)
{
  return g_strdup (_("The report was sent to the printer"));
}

static void
ond_report_print_dispose (GObject *object)
{
  OndReportPrint *self = OND_REPORT_PRINT (object);

  g_clear_object (&self->doc);

  G_OBJECT_CLASS (ond_report_print_parent_class)->dispose (object);
}

static void
ond_report_print_class_init (OndReportPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OndPrintJobClass *job_class = OND_PRINT_JOB_CLASS (klass);

  object_class->dispose = ond_report_print_dispose;
  job_class->paginate = ond_report_print_paginate;
  job_class->draw_page = ond_report_print_draw_page;
  job_class->printed = ond_report_print_printed;
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
  ond_print_job_set_title (OND_PRINT_JOB (self), ond_doc_get_title (self->doc));
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

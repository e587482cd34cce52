/* ond-print-job.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OND_TYPE_PRINT_JOB (ond_print_job_get_type ())

G_DECLARE_DERIVABLE_TYPE (OndPrintJob, ond_print_job, OND, PRINT_JOB, GObject)

/**
 * OndPrintJobClass:
 * @paginate: lays the document out on pages of @width x @height points (the paper chosen,
 *   in its orientation) and returns the number of pages, at least 1
 * @draw_page: draws page @page (from 0) on @cr at @width x @height points, as laid out by
 *   the last @paginate
 * @printed: the document went to the printer: records that where it must, and returns what
 *   to tell the user (transfer full)
 *
 * A document to print: the print dialog, the preview in a window of ours and the outcome
 * are the job's, the pages are the subclass's.
 */
struct _OndPrintJobClass
{
  GObjectClass parent_class;

  int    (*paginate)  (OndPrintJob *self,
                       double       width,
                       double       height);
  void   (*draw_page) (OndPrintJob *self,
                       cairo_t     *cr,
                       double       width,
                       double       height,
                       int          page);
  char  *(*printed)   (OndPrintJob *self);
};

const char       *ond_print_job_get_title      (OndPrintJob      *self);
void              ond_print_job_set_title      (OndPrintJob      *self,
                                                const char       *title);
GtkPrintSettings *ond_print_job_get_settings   (OndPrintJob      *self);
void              ond_print_job_set_settings   (OndPrintJob      *self,
                                                GtkPrintSettings *settings);
GtkPageSetup     *ond_print_job_get_page_setup (OndPrintJob      *self);
void              ond_print_job_set_page_setup (OndPrintJob      *self,
                                                GtkPageSetup     *page_setup);
void              ond_print_job_run            (OndPrintJob      *self,
                                                GtkWindow        *parent);
GtkWidget        *ond_print_job_preview_new    (OndPrintJob      *self,
                                                GtkWindow        *parent,
                                                double            width,
                                                double            height)
                                                G_GNUC_WARN_UNUSED_RESULT;
void              ond_print_job_finish         (OndPrintJob      *self,
                                                const char       *message,
                                                gboolean          success);

G_END_DECLS

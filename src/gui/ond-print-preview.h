/* ond-print-preview.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Draws page @page (from 0) of @source's document on @cr at its size, @width x @height
 * points; the preview has painted the page white and scaled @cr to the area. */
typedef void (*OndPrintPreviewDrawFunc)  (GObject   *source,
                                          cairo_t   *cr,
                                          double     width,
                                          double     height,
                                          int        page);
/* Prints @source's document (the preview's Print… button, after the preview closed). */
typedef void (*OndPrintPreviewPrintFunc) (GObject   *source,
                                          GtkWindow *parent);

GtkWidget *ond_print_preview_new (GtkWindow                *parent,
                                  const char               *title,
                                  double                    width,
                                  double                    height,
                                  int                       n_pages,
                                  GObject                  *source,
                                  OndPrintPreviewDrawFunc   draw,
                                  OndPrintPreviewPrintFunc  print) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

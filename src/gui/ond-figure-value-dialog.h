/* ond-figure-value-dialog.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndFigureValueDialog: entering one year of a monitoring figure by hand, a modal window:
 * the year, the value and its source (required). The store decides whether the year may be
 * entered by hand; its refusal is shown next to the value. Emits "saved" and closes when
 * the store took the value. */

#pragma once

#include <adwaita.h>

#include "ond-figure.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_FIGURE_VALUE_DIALOG (ond_figure_value_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OndFigureValueDialog, ond_figure_value_dialog, OND, FIGURE_VALUE_DIALOG,
                      AdwWindow)

OndFigureValueDialog *ond_figure_value_dialog_new        (GtkWindow            *parent,
                                                          OndStore             *store,
                                                          OndFigure            *figure,
                                                          int                   year)
                                                          G_GNUC_WARN_UNUSED_RESULT;
OndFigure            *ond_figure_value_dialog_get_figure (OndFigureValueDialog *self);
int                   ond_figure_value_dialog_get_year   (OndFigureValueDialog *self);
void                  ond_figure_value_dialog_set_year   (OndFigureValueDialog *self,
                                                          int                   year);

G_END_DECLS

/* ond-figure-detail.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndFigureDetail: one monitoring figure in the Monitoring section: its value per year with
 * where each comes from, a bar chart of the years against the target, the cumulative
 * chart per month (integrale controles) and the figure's parts per quarter and area. The
 * buttons that change values activate the monitoring view's actions
 * (monitoring.enter-value, monitoring.clear-value). Above them, the figure's explanation
 * for the council for the year shown, and a warning when the figure is behind its target
 * without one (the council report flags it). */

#pragma once

#include <adwaita.h>

#include "ond-figure.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_FIGURE_DETAIL (ond_figure_detail_get_type ())
G_DECLARE_FINAL_TYPE (OndFigureDetail, ond_figure_detail, OND, FIGURE_DETAIL, AdwBin)

GtkWidget *ond_figure_detail_new        (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore  *ond_figure_detail_get_store  (OndFigureDetail *self);
void       ond_figure_detail_set_store  (OndFigureDetail *self,
                                         OndStore        *store);
OndPlan   *ond_figure_detail_get_plan   (OndFigureDetail *self);
void       ond_figure_detail_set_plan   (OndFigureDetail *self,
                                         OndPlan         *plan);
OndFigure *ond_figure_detail_get_figure (OndFigureDetail *self);
void       ond_figure_detail_set_figure (OndFigureDetail *self,
                                         OndFigure       *figure);

G_END_DECLS

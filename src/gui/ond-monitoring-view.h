/* ond-monitoring-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndMonitoringView: the Monitoring section. The monitoring figures of the plan's years
 * against the targets of a reporting year, with status and trend; the selected figure's
 * charts, values and parts; hand values with their source; closing and reopening a year.
 * No personal data: figures are counts. */

#pragma once

#include <adwaita.h>

#include "ond-figure.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_MONITORING_VIEW (ond_monitoring_view_get_type ())
G_DECLARE_FINAL_TYPE (OndMonitoringView, ond_monitoring_view, OND, MONITORING_VIEW, AdwBin)

GtkWidget  *ond_monitoring_view_new             (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_monitoring_view_get_store       (OndMonitoringView *self);
void        ond_monitoring_view_set_store       (OndMonitoringView *self,
                                                 OndStore          *store);
OndPlan    *ond_monitoring_view_get_plan        (OndMonitoringView *self);
void        ond_monitoring_view_set_plan        (OndMonitoringView *self,
                                                 OndPlan           *plan);
int         ond_monitoring_view_get_year        (OndMonitoringView *self);
void        ond_monitoring_view_set_year        (OndMonitoringView *self,
                                                 int                year);
GListModel *ond_monitoring_view_get_figures     (OndMonitoringView *self);
OndFigure  *ond_monitoring_view_get_selected    (OndMonitoringView *self);
gboolean    ond_monitoring_view_select_figure   (OndMonitoringView *self,
                                                 const char        *code);
void        ond_monitoring_view_reload          (OndMonitoringView *self);

G_END_DECLS

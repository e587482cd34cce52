/* ond-monitoring-view-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndMonitoringView share: ond-monitoring-view.c shows the figures,
 * ond-monitoring-view-actions.c makes the changes the user starts from the section. */

#pragma once

#include "ond-figure-detail.h"
#include "ond-monitoring-view.h"

G_BEGIN_DECLS

struct _OndMonitoringView
{
  AdwBin              parent_instance;

  GtkDropDown        *year_dropdown;
  GtkLabel           *state_label;
  GtkWidget          *close_button;
  GtkWidget          *reopen_button;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
  OndFigureDetail    *detail;

  /* The columns made for the plan's years, to take out when the plan changes. */
  GPtrArray          *columns;
  int                 first_year;
  int                 last_year;
  gboolean            updating_years;

  /* The hand value last cleared, while its toast offers to undo it. */
  AdwToast           *undo_toast;
  char               *undo_code;
  int                 undo_year;
  gint64              undo_value;
  char               *undo_source;

  OndStore           *store;
  OndPlan            *plan;
  GListModel         *figures;
  int                 year;
  gboolean            year_closed;
  /* While the figures are replaced, the selection passes through other rows. */
  gboolean            reloading;
};

/* ond-monitoring-view.c */
void      _ond_monitoring_view_reload             (OndMonitoringView      *self);
void      _ond_monitoring_view_report_error       (OndMonitoringView      *self,
                                                   const char             *what,
                                                   const GError           *error);

/* ond-monitoring-view-actions.c */
void      _ond_monitoring_view_class_actions_init (OndMonitoringViewClass *klass);
gboolean  _ond_monitoring_view_is_writable        (OndMonitoringView      *self);
void      _ond_monitoring_view_update_actions     (OndMonitoringView      *self);
void      _ond_monitoring_view_forget_undo        (OndMonitoringView      *self);

G_END_DECLS

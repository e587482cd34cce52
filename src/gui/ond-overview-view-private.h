/* ond-overview-view-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndOverviewView is one class in three files: ond-overview-view.c (open cases, the plan
 * at a glance), ond-overview-view-due.c (the follow-ups due) and ond-overview-view-year.c
 * (the reporting year: the figures that matter most, the planning that is overdue, the
 * budget spent). They share this struct. */

#pragma once

#include "ond-chart-view.h"
#include "ond-overview-view.h"

G_BEGIN_DECLS

struct _OndOverviewView
{
  AdwBin               parent_instance;

  GtkLabel            *title_label;
  GtkLabel            *period_label;
  AdwPreferencesGroup *figures_group;
  OndChartView        *figures_chart;
  GtkWidget           *figures_chart_card;
  GtkListBox          *figures_list;
  AdwPreferencesGroup *due_group;
  GtkStack            *due_stack;
  GtkListBox          *due_list;
  GtkWidget           *due_more_list;
  AdwActionRow        *due_more_row;
  AdwPreferencesGroup *status_group;
  GtkFlowBox          *status_box;
  AdwPreferencesGroup *progress_group;
  AdwActionRow        *overdue_row;
  GtkWidget           *overdue_icon;
  GtkListBox          *overdue_list;
  AdwActionRow        *spent_row;
  GtkLevelBar         *spent_bar;
  AdwActionRow        *meetings_row;
  AdwActionRow        *planning_row;
  AdwActionRow        *budget_row;
  GtkWidget           *budget_icon;
  AdwActionRow        *themes_row;
  AdwActionRow        *partners_row;

  /* One per open status, in the workflow's order: the label with its count. */
  GArray              *status_counts;

  OndStore            *store;
  OndPlan             *plan;
  GListModel          *due;       /* OndCase: the first OND_OVERVIEW_DUE_SHOWN due */
  guint                n_due;     /* all that are due */
  GListStore          *figures;   /* OndFigure: the ones the dashboard shows */
  GListStore          *overdue;   /* OndPlanItem: the first few overdue rows */
  char                *today;     /* ISO */
  GDateTime           *now;
  int                  year;      /* the reporting year; 0 without a plan */
};

/* Binds the reporting year's lists (once, from init). */
void _ond_overview_view_init_year    (OndOverviewView *self);
/* Shows the reporting year (ond-overview-view-year.c); reads the store. */
void _ond_overview_view_load_year    (OndOverviewView *self);
/* Shows the follow-ups that are due (ond-overview-view-due.c); reads the store. */
void _ond_overview_view_load_due     (OndOverviewView *self);
/* Reports a failed read: a warning, and the window's error toast. */
void _ond_overview_view_report_error (OndOverviewView *self,
                                      const char      *what,
                                      const GError    *error);

G_END_DECLS

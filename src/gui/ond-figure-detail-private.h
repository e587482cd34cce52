/* ond-figure-detail-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndFigureDetail share: ond-figure-detail.c shows the figure's heading,
 * charts and values, ond-figure-detail-parts.c its parts per quarter and area,
 * ond-figure-detail-explanation.c its explanation for the council. */

#pragma once

#include "ond-chart-view.h"
#include "ond-figure-detail.h"

G_BEGIN_DECLS

/* One column of the parts table: the parts' values of one year, by part code. */
typedef struct
{
  int                  year;
  GHashTable          *values;
  GtkColumnViewColumn *column;
} YearColumn;

struct _OndFigureDetail
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  GtkLabel            *name_label;
  GtkLabel            *info_label;
  GtkFlowBox          *detail_box;
  OndChartView        *bar_chart;
  OndChartView        *cumulative_chart;
  GtkListBox          *values_list;
  AdwPreferencesGroup *parts_group;
  GtkColumnView       *parts_view;
  GtkNoSelection      *parts_selection;
  GtkLabel            *explanation_title;
  GtkButton           *explanation_button;
  GtkWidget           *explanation_warning;
  GtkLabel            *explanation_label;

  /* The labels of the parts by code ("Q1", "Crabbehof"...). */
  GHashTable          *part_labels;
  GPtrArray           *year_columns;

  OndStore            *store;
  OndPlan             *plan;
  OndFigure           *figure;
};

/* ond-figure-detail.c */
void  _ond_figure_detail_report_error   (OndFigureDetail *self,
                                         const char      *what,
                                         const GError    *error);

/* ond-figure-detail-parts.c */
void  _ond_figure_detail_init_parts     (OndFigureDetail *self);
void  _ond_figure_detail_load_parts     (OndFigureDetail *self);
void  _ond_figure_detail_finalize_parts (OndFigureDetail *self);

/* ond-figure-detail-explanation.c */
void  _ond_figure_detail_bind_explanation (GtkWidgetClass  *widget_class);
void  _ond_figure_detail_load_explanation (OndFigureDetail *self);

G_END_DECLS

/* ond-reconciliation-page-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndReconciliationPage share: the page (ond-reconciliation-page.c: the
 * year, reading the store), its totals (ond-reconciliation-summary.c), its tables
 * (ond-reconciliation-tables.c: the cost lines, the chart, the earmarks and the bookings
 * outside the budget), the export of the tables (ond-reconciliation-page-export.c) and the
 * explanations for the council (ond-reconciliation-page-explanations.c, and
 * ond-reconciliation-page-outside-years.c for the years outside the plan). */

#pragma once

#include "ond-booking.h"
#include "ond-chart-view.h"
#include "ond-reconciliation-page.h"
#include "ond-store-explanations.h"

G_BEGIN_DECLS

/* The columns of the cost lines, in their order. */
typedef enum
{
  LINE_NAME,
  LINE_BUDGET,
  LINE_COMMITTED,
  LINE_SPENT,
  LINE_REMAINING,
  LINE_PERCENT,
  LINE_FLAG,
  N_LINE_COLUMNS,
} LineColumn;

/* The columns of the bookings outside the budget, in their order. */
typedef enum
{
  OUTSIDE_DATE,
  OUTSIDE_AMOUNT,
  OUTSIDE_LINE,
  OUTSIDE_DESCRIPTION,
  OUTSIDE_REASON,
  N_OUTSIDE_COLUMNS,
} OutsideColumn;

struct _OndReconciliationPage
{
  AdwBin               parent_instance;

  GtkDropDown         *year_dropdown;
  GtkImage            *status_icon;
  GtkLabel            *status_label;
  AdwPreferencesGroup *summary_group;
  GtkColumnView       *lines_view;
  GtkNoSelection      *lines_selection;
  OndChartView        *chart;
  AdwPreferencesGroup *earmarks_group;
  GtkListBox          *earmarks_list;
  GtkStack            *outside_stack;
  GtkColumnView       *outside_view;
  GtkNoSelection      *outside_selection;
  AdwPreferencesGroup *year_explanation_group;
  AdwPreferencesGroup *outside_years_group;
  GtkListBox          *outside_years_list;

  /* The explanation of the year, made in C (ond-reconciliation-page-explanations.c). */
  AdwActionRow        *year_explanation_row;
  GtkWidget           *year_explanation_warning;
  GtkButton           *year_explanation_button;

  /* The rows of the totals, made in C (ond-reconciliation-summary.c). */
  GPtrArray           *summary_rows;

  OndStore            *store;
  OndPlan             *plan;
  int                  year;
  gboolean             updating_years;
  OndReconciliation   *reconciliation;
  /* The ids of the bookings that match no cost line (the others in the outside table fall
   * outside the plan's years). */
  GHashTable          *unmatched_ids;
  /* The plan's explanations for the council (OndExplanation), read with the
   * reconciliation. */
  GPtrArray           *explanations;
};

AdwActionRow *_ond_reconciliation_page_new_row      (const char   *title,
                                                      gboolean      check);
void          _ond_reconciliation_page_set_row_amount (AdwActionRow *row,
                                                      const char   *amount);
/* A row of the totals or an earmark: flagged (a warning icon, the warning style and the
 * reason in words as its subtitle) or not. */
void _ond_reconciliation_page_flag_row      (AdwActionRow          *row,
                                             gboolean               flagged,
                                             const char            *text);

/* The totals (ond-reconciliation-summary.c). */
void _ond_reconciliation_page_init_summary  (OndReconciliationPage *self);
void _ond_reconciliation_page_update_summary (OndReconciliationPage *self);

/* The tables (ond-reconciliation-tables.c). */
void _ond_reconciliation_page_init_tables   (OndReconciliationPage *self);
/* Show the cost lines, earmarks and chart of self->year, and the bookings outside. */
void _ond_reconciliation_page_update_lines  (OndReconciliationPage *self);
void _ond_reconciliation_page_update_earmarks (OndReconciliationPage *self);
void _ond_reconciliation_page_update_chart  (OndReconciliationPage *self);
void _ond_reconciliation_page_update_outside (OndReconciliationPage *self);
/* What the flag column and the reason column show. */
char       *_ond_reconciliation_line_flag           (const OndLineFigures   *figures,
                                                     const char            **style);
const char *_ond_reconciliation_page_outside_reason (OndReconciliationPage  *self,
                                                     OndBooking             *booking);

/* The export of the tables (ond-reconciliation-page-export.c): how each column is
 * exported, the actions reconciliation.export-list (the cost lines, Ctrl+E) and
 * reconciliation-outside.export-list (the bookings outside the budget). */
void _ond_reconciliation_page_init_export   (OndReconciliationPage *self);
void _ond_reconciliation_page_class_export_init (GtkWidgetClass    *widget_class);

/* The explanations for the council (ond-reconciliation-page-explanations.c): a column of the
 * cost lines (after the exported ones: it is not exported) and the card of the year's
 * explanation. Read with the reconciliation; the card shows self->year. */
void _ond_reconciliation_page_init_explanations   (OndReconciliationPage *self);
void _ond_reconciliation_page_read_explanations   (OndReconciliationPage *self);
void _ond_reconciliation_page_update_explanations (OndReconciliationPage *self);
/* What the explanations share: the plan's explanation of a subject and year (NULL: none),
 * the first line of a text, whether one can be written, its form, the warning icon. */
const char *_ond_reconciliation_page_find_explanation (OndReconciliationPage *self,
                                                       OndExplanationSubject  subject,
                                                       gint64                 subject_id,
                                                       int                    year);
char       *_ond_reconciliation_page_explanation_start (const char           *text);
gboolean    _ond_reconciliation_page_can_write       (OndReconciliationPage *self);
void        _ond_reconciliation_page_present_explanation (OndReconciliationPage *self,
                                                          GtkWidget             *anchor,
                                                          OndExplanationSubject  subject,
                                                          gint64                 subject_id,
                                                          int                    year,
                                                          const char            *heading);
GtkWidget  *_ond_reconciliation_page_new_warning     (void);

/* The explanations of the years outside the plan in which bookings are dated
 * (ond-reconciliation-page-outside-years.c): a row per year, shown only when there is one. */
void _ond_reconciliation_page_update_outside_years (OndReconciliationPage *self);

G_END_DECLS

/* ond-budget-columns.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the tables of the budget's pages (the cost lines and changes of the budget page, the
 * tables of the reconciliation page) share: how a column is described, the label of a cell,
 * and a column whose factory knows which column it is. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A column of a table, as a table of them describes it. */
typedef struct
{
  const char *title;   /* marked with N_() */
  int         width;   /* 0: expands */
} OndBudgetColumn;

/* A cell's label: an amount right-aligned in figures of one width, a text on one line cut
 * short (with an ellipsis) when the column is too narrow. */
GtkWidget           *ond_budget_columns_new_label (gboolean                  amount);
/* A resizable column titled @title, @width wide (0: it expands), whose cells @setup makes
 * and @bind fills, both connected with @data (a GObject); @cell and @year are kept on the
 * factory, for ond_budget_columns_get_cell() and _get_year(). */
GtkColumnViewColumn *ond_budget_columns_new       (gpointer                  data,
                                                   const char               *title,
                                                   int                       width,
                                                   GCallback                 setup,
                                                   GCallback                 bind,
                                                   int                       cell,
                                                   int                       year);
int                  ond_budget_columns_get_cell  (GtkSignalListItemFactory *factory);
int                  ond_budget_columns_get_year  (GtkSignalListItemFactory *factory);

G_END_DECLS

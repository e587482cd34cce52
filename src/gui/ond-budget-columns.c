/* ond-budget-columns.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns and cells of the budget's tables (see ond-budget-columns.h). */

#define G_LOG_DOMAIN "ond-budget-columns"

#include "config.h"

#include "ond-budget-columns.h"

#define CELL_KEY "ond-cell"
#define YEAR_KEY "ond-year"

/* One line each: a GtkColumnView of GTK 4.8 that is not in a scrolled window of its own asks
 * for as many one-line rows as it has items, so a row of two lines would push the last rows
 * out. A text cut short has its whole text in its tooltip (the bind callbacks set it). */
GtkWidget *
ond_budget_columns_new_label (gboolean amount)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", amount ? 1.0f : 0.0f,
                                   "use-markup", FALSE,
                                   "single-line-mode", TRUE,
                                   "ellipsize", amount ? PANGO_ELLIPSIZE_NONE
                                                       : PANGO_ELLIPSIZE_END,
                                   NULL);

  if (amount)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

GtkColumnViewColumn *
ond_budget_columns_new (gpointer    data,
                        const char *title,
                        int         width,
                        GCallback   setup,
                        GCallback   bind,
                        int         cell,
                        int         year)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), CELL_KEY, GINT_TO_POINTER (cell));
  g_object_set_data (G_OBJECT (factory), YEAR_KEY, GINT_TO_POINTER (year));
  g_signal_connect_object (factory, "setup", setup, data, 0);
  g_signal_connect_object (factory, "bind", bind, data, 0);
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_resizable (column, TRUE);
  return column;
}

int
ond_budget_columns_get_cell (GtkSignalListItemFactory *factory)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), CELL_KEY));
}

int
ond_budget_columns_get_year (GtkSignalListItemFactory *factory)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), YEAR_KEY));
}

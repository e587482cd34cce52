/* ond-budget-edit-columns.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns of the budget page's tables. The cost lines: name, ledger code, and two
 * columns per year of the plan, the original amount and the budget now (changes included).
 * The budget changes: date, line, year, amount, reason and who entered it, oldest first. */

#define G_LOG_DOMAIN "ond-budget-edit-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-change.h"
#include "ond-budget-edit-page-private.h"
#include "ond-date.h"
#include "ond-money.h"

/* The columns of the changes. */
typedef enum
{
  CHANGE_DATE,
  CHANGE_LINE,
  CHANGE_YEAR,
  CHANGE_AMOUNT,
  CHANGE_REASON,
  CHANGE_WHO,
  N_CHANGE_COLUMNS,
} ChangeColumn;

static const struct
{
  const char *title;
  int         width;   /* 0: expands */
} change_columns[N_CHANGE_COLUMNS] = {
  { N_("Date"), 105 },
  { N_("Cost Line"), 220 },
  { N_("Year"), 70 },
  { N_("Amount"), 115 },
  { N_("Reason"), 0 },
  { N_("Entered By"), 110 },
};

/* What a cell of the lines shows. */
typedef enum
{
  LINE_NAME,
  LINE_LEDGER_CODE,
  LINE_ORIGINAL,
  LINE_CURRENT,
} LineCell;

#define CELL_KEY "ond-cell"
#define YEAR_KEY "ond-year"

/* A cell's label: an amount right-aligned in figures of one width; a text on one line, cut
 * short when the column is too narrow (its tooltip says it whole). One line each: a
 * GtkColumnView of GTK 4.8 that is not in a scrolled window of its own asks for as many
 * one-line rows as it has items, so a row of two lines would push the last rows out. */
static GtkWidget *
new_cell_label (gboolean amount)
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

static void
setup_line_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndBudgetEditPage        *self)
{
  LineCell cell = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), CELL_KEY));

  gtk_list_item_set_child (list_item, new_cell_label (cell == LINE_ORIGINAL ||
                                                      cell == LINE_CURRENT));
}

static void
bind_line_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              OndBudgetEditPage        *self)
{
  LineCell cell = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), CELL_KEY));
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), YEAR_KEY));
  OndBudgetLine *line = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_autofree char *text = NULL;
  const char *code;

  switch (cell)
    {
    case LINE_NAME:
      text = g_strdup (ond_budget_line_get_name (line));
      break;

    case LINE_LEDGER_CODE:
      code = ond_budget_line_get_ledger_code (line);
      text = g_strdup (code != NULL && code[0] != '\0' ? code : C_("amount", "—"));
      break;

    case LINE_ORIGINAL:
      text = ond_money_format (ond_budget_edit_page_get_original (self, line, year));
      break;

    case LINE_CURRENT:
    default:
      text = ond_money_format (ond_budget_line_get_amount (line, year));
      break;
    }

  gtk_label_set_label (label, text);
  if (cell == LINE_NAME || cell == LINE_LEDGER_CODE)
    gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

static GtkColumnViewColumn *
new_column (gpointer    self,
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
  g_signal_connect_object (factory, "setup", setup, self, 0);
  g_signal_connect_object (factory, "bind", bind, self, 0);
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_resizable (column, TRUE);
  return column;
}

/* Two columns per year of the plan: the original amount and the budget now. */
void
_ond_budget_edit_page_update_year_columns (OndBudgetEditPage *self)
{
  for (guint i = 0; i < self->year_columns->len; i++)
    gtk_column_view_remove_column (self->lines_view, g_ptr_array_index (self->year_columns, i));
  g_ptr_array_set_size (self->year_columns, 0);

  if (self->plan == NULL)
    return;

  for (int year = ond_plan_get_first_year (self->plan);
       year <= ond_plan_get_last_year (self->plan);
       year++)
    {
      /* Translators: a column of the cost lines: the amount the plan gave a line for a
       * year, before budget changes, e.g. "Original 2023". */
      g_autofree char *original = g_strdup_printf (_("Original %d"), year);
      /* Translators: a column of the cost lines: a line's budget for a year now, budget
       * changes included, e.g. "Budget 2023". */
      g_autofree char *current = g_strdup_printf (_("Budget %d"), year);
      GtkColumnViewColumn *column;

      column = new_column (self, original, 120, G_CALLBACK (setup_line_cb),
                           G_CALLBACK (bind_line_cb), LINE_ORIGINAL, year);
      gtk_column_view_append_column (self->lines_view, column);
      g_ptr_array_add (self->year_columns, column);
      column = new_column (self, current, 120, G_CALLBACK (setup_line_cb),
                           G_CALLBACK (bind_line_cb), LINE_CURRENT, year);
      gtk_column_view_append_column (self->lines_view, column);
      g_ptr_array_add (self->year_columns, column);
    }
}

static void
setup_change_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 OndBudgetEditPage        *self)
{
  ChangeColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), CELL_KEY));

  gtk_list_item_set_child (list_item, new_cell_label (column == CHANGE_AMOUNT));
}

static void
bind_change_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndBudgetEditPage        *self)
{
  ChangeColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), CELL_KEY));
  OndBudgetChange *change = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_autofree char *text = NULL;

  switch (column)
    {
    case CHANGE_DATE:
      text = ond_date_format (ond_budget_change_get_date (change));
      break;

    case CHANGE_LINE:
      text = g_strdup (ond_budget_change_get_line_name (change));
      break;

    case CHANGE_YEAR:
      text = g_strdup_printf ("%d", ond_budget_change_get_year (change));
      break;

    case CHANGE_AMOUNT:
      text = ond_money_format (ond_budget_change_get_amount (change));
      break;

    case CHANGE_REASON:
      text = g_strdup (ond_budget_change_get_reason (change));
      break;

    case CHANGE_WHO:
    case N_CHANGE_COLUMNS:
    default:
      text = g_strdup (ond_budget_change_get_who (change));
      break;
    }

  gtk_label_set_label (label, text != NULL ? text : "");
  if (column == CHANGE_REASON || column == CHANGE_LINE)
    gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

void
_ond_budget_edit_page_init_columns (OndBudgetEditPage *self)
{
  GtkColumnViewColumn *column;

  column = new_column (self, _("Cost Line"), 0, G_CALLBACK (setup_line_cb),
                       G_CALLBACK (bind_line_cb), LINE_NAME, 0);
  gtk_column_view_append_column (self->lines_view, column);
  g_object_unref (column);
  column = new_column (self, _("Ledger Code"), 110, G_CALLBACK (setup_line_cb),
                       G_CALLBACK (bind_line_cb), LINE_LEDGER_CODE, 0);
  gtk_column_view_append_column (self->lines_view, column);
  g_object_unref (column);
  for (int i = 0; i < N_CHANGE_COLUMNS; i++)
    {
      column = new_column (self, _(change_columns[i].title), change_columns[i].width,
                           G_CALLBACK (setup_change_cb), G_CALLBACK (bind_change_cb), i, 0);
      gtk_column_view_append_column (self->changes_view, column);
      g_object_unref (column);
    }
}

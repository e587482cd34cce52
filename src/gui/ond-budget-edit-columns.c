/* ond-budget-edit-columns.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The columns of the budget page's tables. The cost lines: name, ledger code, and two
 * columns per year of the plan, the original amount and the budget now (changes included).
 * The budget changes: date, line, year, amount, reason and who entered it, oldest first.
 * Both export (ond-list-export.c) with amounts as amounts, a date as a date. */

#define G_LOG_DOMAIN "ond-budget-edit-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-change.h"
#include "ond-budget-columns.h"
#include "ond-budget-edit-page-private.h"
#include "ond-date.h"
#include "ond-list-export.h"
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

static const OndBudgetColumn change_columns[N_CHANGE_COLUMNS] = {
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

static void
setup_line_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndBudgetEditPage        *self)
{
  LineCell cell = ond_budget_columns_get_cell (factory);

  gtk_list_item_set_child (list_item, ond_budget_columns_new_label (cell == LINE_ORIGINAL ||
                                                                    cell == LINE_CURRENT));
}

static void
bind_line_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              OndBudgetEditPage        *self)
{
  LineCell cell = ond_budget_columns_get_cell (factory);
  int year = ond_budget_columns_get_year (factory);
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

/* Exporting the tables. */

/* What an exported cell of the cost lines reads. */
typedef struct
{
  OndBudgetEditPage *self;
  LineCell           cell;
  int                year;
} LineExport;

static void
export_line_cb (OndXlsxTable *table,
                gpointer      item,
                gpointer      user_data)
{
  LineExport *export = user_data;
  OndBudgetLine *line = item;

  switch (export->cell)
    {
    case LINE_NAME:
      ond_xlsx_table_add_text (table, ond_budget_line_get_name (line));
      break;

    case LINE_LEDGER_CODE:
      ond_xlsx_table_add_text (table, ond_budget_line_get_ledger_code (line));
      break;

    case LINE_ORIGINAL:
      ond_xlsx_table_add_number (table, ond_budget_edit_page_get_original (export->self, line,
                                                                           export->year));
      break;

    case LINE_CURRENT:
    default:
      ond_xlsx_table_add_number (table, ond_budget_line_get_amount (line, export->year));
      break;
    }
}

static void
export_line_column (OndBudgetEditPage   *self,
                    GtkColumnViewColumn *column,
                    LineCell             cell,
                    int                  year)
{
  LineExport *export = g_new0 (LineExport, 1);
  gboolean amount = cell == LINE_ORIGINAL || cell == LINE_CURRENT;

  export->self = self;
  export->cell = cell;
  export->year = year;
  ond_list_export_column_func (column, amount ? OND_XLSX_MONEY : OND_XLSX_TEXT,
                               export_line_cb, export, g_free);
}

static void
export_change_cb (OndXlsxTable *table,
                  gpointer      item,
                  gpointer      user_data)
{
  OndBudgetChange *change = item;

  switch ((ChangeColumn) GPOINTER_TO_INT (user_data))
    {
    case CHANGE_DATE:
      ond_xlsx_table_add_date (table, ond_budget_change_get_date (change));
      break;

    case CHANGE_LINE:
      ond_xlsx_table_add_text (table, ond_budget_change_get_line_name (change));
      break;

    case CHANGE_YEAR:
      ond_xlsx_table_add_number (table, ond_budget_change_get_year (change));
      break;

    case CHANGE_AMOUNT:
      ond_xlsx_table_add_number (table, ond_budget_change_get_amount (change));
      break;

    case CHANGE_REASON:
      ond_xlsx_table_add_text (table, ond_budget_change_get_reason (change));
      break;

    case CHANGE_WHO:
    case N_CHANGE_COLUMNS:
    default:
      ond_xlsx_table_add_text (table, ond_budget_change_get_who (change));
      break;
    }
}

static const OndXlsxKind change_kinds[N_CHANGE_COLUMNS] = {
  OND_XLSX_DATE, OND_XLSX_TEXT, OND_XLSX_COUNT, OND_XLSX_MONEY, OND_XLSX_TEXT, OND_XLSX_TEXT,
};

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

      column = ond_budget_columns_new (self, original, 120, G_CALLBACK (setup_line_cb),
                                       G_CALLBACK (bind_line_cb), LINE_ORIGINAL, year);
      export_line_column (self, column, LINE_ORIGINAL, year);
      gtk_column_view_append_column (self->lines_view, column);
      g_ptr_array_add (self->year_columns, column);
      column = ond_budget_columns_new (self, current, 120, G_CALLBACK (setup_line_cb),
                                       G_CALLBACK (bind_line_cb), LINE_CURRENT, year);
      export_line_column (self, column, LINE_CURRENT, year);
      gtk_column_view_append_column (self->lines_view, column);
      g_ptr_array_add (self->year_columns, column);
    }
}

static void
setup_change_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 OndBudgetEditPage        *self)
{
  ChangeColumn column = ond_budget_columns_get_cell (factory);

  gtk_list_item_set_child (list_item, ond_budget_columns_new_label (column == CHANGE_AMOUNT));
}

static void
bind_change_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndBudgetEditPage        *self)
{
  ChangeColumn column = ond_budget_columns_get_cell (factory);
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

  column = ond_budget_columns_new (self, _("Cost Line"), 0, G_CALLBACK (setup_line_cb),
                                   G_CALLBACK (bind_line_cb), LINE_NAME, 0);
  export_line_column (self, column, LINE_NAME, 0);
  gtk_column_view_append_column (self->lines_view, column);
  g_object_unref (column);
  column = ond_budget_columns_new (self, _("Ledger Code"), 110, G_CALLBACK (setup_line_cb),
                                   G_CALLBACK (bind_line_cb), LINE_LEDGER_CODE, 0);
  export_line_column (self, column, LINE_LEDGER_CODE, 0);
  gtk_column_view_append_column (self->lines_view, column);
  g_object_unref (column);
  for (int i = 0; i < N_CHANGE_COLUMNS; i++)
    {
      column = ond_budget_columns_new (self, _(change_columns[i].title),
                                       change_columns[i].width, G_CALLBACK (setup_change_cb),
                                       G_CALLBACK (bind_change_cb), i, 0);
      ond_list_export_column_func (column, change_kinds[i], export_change_cb,
                                   GINT_TO_POINTER (i), NULL);
      gtk_column_view_append_column (self->changes_view, column);
      g_object_unref (column);
    }
}

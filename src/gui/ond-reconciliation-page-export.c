/* ond-reconciliation-page-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exporting the tables of the reconciliation page as shown (ond-list-export.c): the cost
 * lines with their figures of the year chosen (reconciliation.export-list: its Export…
 * button, Ctrl+E, the window's win.export-list), and the bookings outside the budget
 * (reconciliation-outside.export-list: its Export… button). An amount is exported as an
 * amount, the part of a budget used as a whole number of percents, a flag and a reason in
 * the words the table shows; a cell the table shows as "—" is empty. Each action is off
 * while its table lists no row. */

#define G_LOG_DOMAIN "ond-reconciliation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-line.h"
#include "ond-list-export.h"
#include "ond-reconciliation-page-private.h"

/* What a column of a table holds in a workbook. */
static const OndXlsxKind line_kinds[N_LINE_COLUMNS] = {
  [LINE_NAME] = OND_XLSX_TEXT,
  [LINE_BUDGET] = OND_XLSX_MONEY,
  [LINE_COMMITTED] = OND_XLSX_MONEY,
  [LINE_SPENT] = OND_XLSX_MONEY,
  [LINE_REMAINING] = OND_XLSX_MONEY,
  [LINE_PERCENT] = OND_XLSX_COUNT,
  [LINE_FLAG] = OND_XLSX_TEXT,
};

static const OndXlsxKind outside_kinds[N_OUTSIDE_COLUMNS] = {
  [OUTSIDE_DATE] = OND_XLSX_DATE,
  [OUTSIDE_AMOUNT] = OND_XLSX_MONEY,
  [OUTSIDE_LINE] = OND_XLSX_TEXT,
  [OUTSIDE_DESCRIPTION] = OND_XLSX_TEXT,
  [OUTSIDE_REASON] = OND_XLSX_TEXT,
};

/* A column of a table, for its cells. */
typedef struct
{
  OndReconciliationPage *page;
  int                    column;
} ExportColumn;

static void
export_line_cb (OndXlsxTable *table,
                gpointer      item,
                gpointer      user_data)
{
  ExportColumn *export = user_data;
  OndReconciliationPage *self = export->page;
  OndLineFigures figures = { 0 };
  g_autofree char *flag = NULL;
  const char *style = NULL;

  if (export->column == LINE_NAME)
    {
      ond_xlsx_table_add_text (table, ond_budget_line_get_name (item));
      return;
    }
  if (self->reconciliation == NULL ||
      !ond_reconciliation_get_line (self->reconciliation, ond_budget_line_get_id (item),
                                    self->year, &figures))
    {
      ond_xlsx_table_add_empty (table);
      return;
    }

  switch ((LineColumn) export->column)
    {
    case LINE_BUDGET:
      ond_xlsx_table_add_number (table, figures.budget);
      break;

    case LINE_COMMITTED:
      ond_xlsx_table_add_number (table, figures.committed);
      break;

    case LINE_SPENT:
      ond_xlsx_table_add_number (table, figures.spent);
      break;

    case LINE_REMAINING:
      ond_xlsx_table_add_number (table, figures.remaining);
      break;

    case LINE_PERCENT:
      if (figures.percent_used < 0)
        ond_xlsx_table_add_empty (table);
      else
        ond_xlsx_table_add_number (table, figures.percent_used);
      break;

    case LINE_FLAG:
      flag = _ond_reconciliation_line_flag (&figures, &style);
      ond_xlsx_table_add_text (table, flag);
      break;

    case LINE_NAME:
    case N_LINE_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
export_outside_cb (OndXlsxTable *table,
                   gpointer      item,
                   gpointer      user_data)
{
  ExportColumn *export = user_data;

  switch ((OutsideColumn) export->column)
    {
    case OUTSIDE_DATE:
      ond_xlsx_table_add_date (table, ond_booking_get_date (item));
      break;

    case OUTSIDE_AMOUNT:
      ond_xlsx_table_add_number (table, ond_booking_get_amount (item));
      break;

    case OUTSIDE_LINE:
      ond_xlsx_table_add_text (table, ond_booking_get_line_name (item));
      break;

    case OUTSIDE_DESCRIPTION:
      ond_xlsx_table_add_text (table, ond_booking_get_description (item));
      break;

    case OUTSIDE_REASON:
      ond_xlsx_table_add_text (table,
                               _ond_reconciliation_page_outside_reason (export->page, item));
      break;

    case N_OUTSIDE_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Says how each column of @view is exported: the columns were made in the order of
 * @kinds (ond-reconciliation-tables.c). */
static void
export_columns (OndReconciliationPage *self,
                GtkColumnView         *view,
                const OndXlsxKind     *kinds,
                int                    n_kinds,
                OndListExportCellFunc  func)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  g_assert (g_list_model_get_n_items (columns) == (guint) n_kinds);
  for (int i = 0; i < n_kinds; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, (guint) i);
      ExportColumn *export = g_new0 (ExportColumn, 1);

      /* The page outlives its columns. */
      export->page = self;
      export->column = i;
      ond_list_export_column_func (column, kinds[i], func, export, g_free);
    }
}

/* The plan and the year ("Uitvoeringsplan ondermijning 2023-2024 · Year: 2023"), for the
 * line below the title of the exported cost lines. */
static char *
describe_lines (gpointer user_data)
{
  OndReconciliationPage *self = user_data;
  g_autofree char *year = NULL;

  if (self->plan == NULL)
    return NULL;
  /* Translators: below the title of an exported list: the year chosen. */
  year = g_strdup_printf (_("Year: %d"), self->year);
  return g_strdup_printf ("%s · %s", ond_plan_get_title (self->plan), year);
}

static char *
describe_outside (gpointer user_data)
{
  OndReconciliationPage *self = user_data;

  return self->plan != NULL ? g_strdup (ond_plan_get_title (self->plan)) : NULL;
}

static void
export_lines_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ond_list_export_choose (OND_RECONCILIATION_PAGE (widget)->lines_view);
}

static void
export_outside_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ond_list_export_choose (OND_RECONCILIATION_PAGE (widget)->outside_view);
}

/**
 * _ond_reconciliation_page_init_export:
 * @self: an #OndReconciliationPage, its tables made
 *
 * Makes the cost lines and the bookings outside the budget exportable.
 */
void
_ond_reconciliation_page_init_export (OndReconciliationPage *self)
{
  export_columns (self, self->lines_view, line_kinds, N_LINE_COLUMNS, export_line_cb);
  export_columns (self, self->outside_view, outside_kinds, N_OUTSIDE_COLUMNS,
                  export_outside_cb);

  /* The file names are Dutch, like those of the other lists. */
  ond_list_export_setup (self->lines_view, GTK_WIDGET (self), "reconciliation.export-list",
                         _("Reconciliation of the Cost Lines"), "aansluiting-kostenregels",
                         describe_lines, self);
  ond_list_export_setup (self->outside_view, GTK_WIDGET (self),
                         "reconciliation-outside.export-list",
                         _("Bookings Outside the Budget"), "boekingen-buiten-begroting",
                         describe_outside, self);
}

/**
 * _ond_reconciliation_page_class_export_init:
 * @widget_class: the class of #OndReconciliationPage
 *
 * Installs the actions that export the tables; Ctrl+E exports the cost lines. Exporting
 * changes nothing: they are on for a read-only file too.
 */
void
_ond_reconciliation_page_class_export_init (GtkWidgetClass *widget_class)
{
  /* The cost lines first: the page's main list (see find_export_action () in
   * ond-window-actions.c). */
  gtk_widget_class_install_action (widget_class, "reconciliation.export-list", NULL,
                                   export_lines_action);
  gtk_widget_class_install_action (widget_class, "reconciliation-outside.export-list", NULL,
                                   export_outside_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "reconciliation.export-list", NULL);
}

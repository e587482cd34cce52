/* ond-reconciliation-tables.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The tables of the reconciliation page. The cost lines: one row per line of the plan,
 * its figures of the year shown read from the reconciliation as the row is bound (amounts
 * right-aligned; an over-spent or over-committed line flagged with an icon and words). The
 * chart of the same figures. The earmarked funding of the year, each against the budget of
 * the lines it may pay for. And the bookings that count in no line: on no cost line of the
 * plan, or dated outside its years. The flag and the reason are in words here for the
 * export of the tables too (ond-reconciliation-page-export.c). */

#define G_LOG_DOMAIN "ond-reconciliation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking.h"
#include "ond-budget-columns.h"
#include "ond-budget-line.h"
#include "ond-date.h"
#include "ond-money.h"
#include "ond-reconciliation-page-private.h"

/* The columns of the cost lines (LineColumn). */
static const OndBudgetColumn line_columns[N_LINE_COLUMNS] = {
  { N_("Cost Line"), 0 },
  { N_("Budget"), 96 },
  { N_("Committed"), 96 },
  { N_("Spent"), 96 },
  { N_("Remaining"), 96 },
  { N_("% Used"), 70 },
  { N_("Flag"), 250 },
};

/* The columns of the bookings outside the budget (OutsideColumn). */
static const OndBudgetColumn outside_columns[N_OUTSIDE_COLUMNS] = {
  { N_("Date"), 100 },
  { N_("Amount"), 100 },
  { N_("Cost Line"), 200 },
  { N_("Description"), 0 },
  { N_("Why"), 270 },
};

/* A flag cell: an icon and the flag in words, hidden when there is no flag. */
static GtkWidget *
new_flag_cell (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"),
                                  -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), ond_budget_columns_new_label (FALSE));
  return box;
}

static void
set_flag_cell (GtkWidget  *box,
               const char *style,
               const char *text)
{
  GtkWidget *label = gtk_widget_get_last_child (box);

  gtk_widget_remove_css_class (box, "warning");
  gtk_widget_remove_css_class (box, "error");
  gtk_widget_set_visible (box, text != NULL);
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text);
  if (style != NULL)
    gtk_widget_add_css_class (box, style);
}

static void
set_money (GtkWidget *label,
           gint64     cents)
{
  g_autofree char *text = ond_money_format (cents);

  gtk_label_set_label (GTK_LABEL (label), text);
}

/**
 * _ond_reconciliation_line_flag:
 * @figures: the figures of a cost line in a year
 * @style: (out): the style class of the flag: "error" or "warning"
 *
 * Returns: (transfer full) (nullable): the flag of the line in words, or %NULL
 */
char *
_ond_reconciliation_line_flag (const OndLineFigures  *figures,
                               const char           **style)
{
  *style = NULL;
  if (figures->flags & OND_LINE_FLAG_OVER_SPENT)
    {
      g_autofree char *over = ond_money_format (figures->spent - figures->budget);

      *style = "error";
      /* Translators: a flag of a cost line, e.g. "Over-spent by € 1.500". */
      return g_strdup_printf (_("Over-spent by %s"), over);
    }
  if (figures->flags & OND_LINE_FLAG_OVER_COMMITTED)
    {
      g_autofree char *over = ond_money_format (-figures->remaining);

      *style = "warning";
      /* Translators: a flag of a cost line: spent and committed together are more than its
       * budget, e.g. "Over-committed by € 500". */
      return g_strdup_printf (_("Over-committed by %s"), over);
    }
  return NULL;
}

/**
 * _ond_reconciliation_page_outside_reason:
 * @self: the page
 * @booking: a booking of the table of those outside the budget
 *
 * Returns: why @booking counts in no line, in words
 */
const char *
_ond_reconciliation_page_outside_reason (OndReconciliationPage *self,
                                         OndBooking            *booking)
{
  gint64 id = ond_booking_get_id (booking);

  if (g_hash_table_contains (self->unmatched_ids, &id))
    return _("Matches no cost line of the plan");
  return _("Dated outside the plan's years");
}

static void
setup_line_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndReconciliationPage    *self)
{
  LineColumn column = ond_budget_columns_get_cell (factory);

  if (column == LINE_FLAG)
    gtk_list_item_set_child (list_item, new_flag_cell ());
  else
    gtk_list_item_set_child (list_item, ond_budget_columns_new_label (column != LINE_NAME));
}

static void
bind_line_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              OndReconciliationPage    *self)
{
  LineColumn column = ond_budget_columns_get_cell (factory);
  OndBudgetLine *line = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  OndLineFigures figures = { 0 };
  g_autofree char *text = NULL;
  const char *style = NULL;

  if (column == LINE_NAME)
    {
      gtk_label_set_label (GTK_LABEL (child), ond_budget_line_get_name (line));
      gtk_widget_set_tooltip_text (child, ond_budget_line_get_name (line));
      return;
    }

  if (self->reconciliation == NULL ||
      !ond_reconciliation_get_line (self->reconciliation, ond_budget_line_get_id (line),
                                    self->year, &figures))
    {
      if (column == LINE_FLAG)
        set_flag_cell (child, NULL, NULL);
      else
        gtk_label_set_label (GTK_LABEL (child), C_("amount", "—"));
      return;
    }

  switch (column)
    {
    case LINE_BUDGET:
      set_money (child, figures.budget);
      break;

    case LINE_COMMITTED:
      set_money (child, figures.committed);
      break;

    case LINE_SPENT:
      set_money (child, figures.spent);
      break;

    case LINE_REMAINING:
      set_money (child, figures.remaining);
      if (figures.remaining < 0)
        gtk_widget_add_css_class (child, "warning");
      else
        gtk_widget_remove_css_class (child, "warning");
      break;

    case LINE_PERCENT:
      if (figures.percent_used < 0)
        text = g_strdup (C_("amount", "—"));
      else
        /* Translators: the part of a line's budget used, e.g. "85%". */
        text = g_strdup_printf (_("%d%%"), figures.percent_used);
      gtk_label_set_label (GTK_LABEL (child), text);
      break;

    case LINE_FLAG:
      text = _ond_reconciliation_line_flag (&figures, &style);
      set_flag_cell (child, style, text);
      break;

    case LINE_NAME:
    case N_LINE_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
setup_outside_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  OndReconciliationPage    *self)
{
  OutsideColumn column = ond_budget_columns_get_cell (factory);

  gtk_list_item_set_child (list_item, ond_budget_columns_new_label (column == OUTSIDE_AMOUNT));
}

static void
bind_outside_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 OndReconciliationPage    *self)
{
  OutsideColumn column = ond_budget_columns_get_cell (factory);
  OndBooking *booking = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_autofree char *text = NULL;

  switch (column)
    {
    case OUTSIDE_DATE:
      text = ond_date_format (ond_booking_get_date (booking));
      break;

    case OUTSIDE_AMOUNT:
      text = ond_money_format (ond_booking_get_amount (booking));
      break;

    case OUTSIDE_LINE:
      if (ond_booking_get_line_name (booking)[0] != '\0')
        text = g_strdup (ond_booking_get_line_name (booking));
      else
        text = g_strdup (C_("amount", "—"));
      break;

    case OUTSIDE_DESCRIPTION:
      text = g_strdup (ond_booking_get_description (booking));
      break;

    case OUTSIDE_REASON:
      text = g_strdup (_ond_reconciliation_page_outside_reason (self, booking));
      break;

    case N_OUTSIDE_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

static void
add_column (OndReconciliationPage *self,
            GtkColumnView         *view,
            const OndBudgetColumn *spec,
            int                    index,
            GCallback              setup,
            GCallback              bind)
{
  g_autoptr(GtkColumnViewColumn) column = NULL;

  column = ond_budget_columns_new (self, _(spec->title), spec->width, setup, bind, index, 0);
  gtk_column_view_append_column (view, column);
}

void
_ond_reconciliation_page_init_tables (OndReconciliationPage *self)
{
  for (int i = 0; i < N_LINE_COLUMNS; i++)
    add_column (self, self->lines_view, &line_columns[i], i,
                G_CALLBACK (setup_line_cb), G_CALLBACK (bind_line_cb));
  for (int i = 0; i < N_OUTSIDE_COLUMNS; i++)
    add_column (self, self->outside_view, &outside_columns[i], i,
                G_CALLBACK (setup_outside_cb), G_CALLBACK (bind_outside_cb));
}

/* The rows are bound again: the figures are of another year or another reading. */
void
_ond_reconciliation_page_update_lines (OndReconciliationPage *self)
{
  GListModel *lines = NULL;

  if (self->reconciliation != NULL)
    lines = ond_reconciliation_get_lines (self->reconciliation);
  gtk_no_selection_set_model (self->lines_selection, NULL);
  gtk_no_selection_set_model (self->lines_selection, lines);
}

void
_ond_reconciliation_page_update_chart (OndReconciliationPage *self)
{
  g_autoptr(GArray) chart_lines = g_array_new (FALSE, TRUE, sizeof (OndBudgetChartLine));
  g_autofree char *title = NULL;
  GListModel *lines;

  if (self->reconciliation == NULL)
    {
      ond_chart_view_clear (self->chart);
      return;
    }

  lines = ond_reconciliation_get_lines (self->reconciliation);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);
      OndLineFigures figures;
      OndBudgetChartLine chart_line;

      if (!ond_reconciliation_get_line (self->reconciliation, ond_budget_line_get_id (line),
                                        self->year, &figures))
        continue;
      /* The chart draws euros; the names stay owned by the lines, which outlive the call. */
      chart_line.label = ond_budget_line_get_name (line);
      chart_line.budget = (double) figures.budget / 100.0;
      chart_line.spent = (double) figures.spent / 100.0;
      chart_line.committed = (double) figures.committed / 100.0;
      g_array_append_val (chart_lines, chart_line);
    }

  /* Translators: the title of the budget chart, e.g. "Spent and committed per cost line,
   * 2023". */
  title = g_strdup_printf (_("Spent and committed per cost line, %d"), self->year);
  ond_chart_view_set_budget (self->chart, title,
                             (const OndBudgetChartLine *) (gpointer) chart_lines->data,
                             chart_lines->len);
}

static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
new_earmark_row (OndEarmarkFigures *earmark)
{
  AdwActionRow *row;
  g_autofree char *title = NULL;
  g_autofree char *amount = ond_money_format (earmark->amount);
  g_autofree char *eligible = ond_money_format (earmark->eligible_budget);
  g_autofree char *short_by = ond_money_format (-earmark->difference);
  g_autofree char *budget_text = NULL;
  g_autofree char *flag_text = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: an earmarked funding: its source and year, e.g. "RIEC-bijdrage 2023". */
  title = g_strdup_printf (_("%s %d"), earmark->source_label, earmark->year);
  row = _ond_reconciliation_page_new_row (title, TRUE);
  _ond_reconciliation_page_set_row_amount (row, amount);

  /* Translators: %s is an amount: the budget of the lines an earmarked funding may pay
   * for. */
  budget_text = g_strdup_printf (_("Budget of the eligible cost lines: %s"), eligible);
  if (earmark->flagged)
    /* Translators: %s is an amount of earmarked money that no eligible line can use. */
    flag_text = g_strdup_printf (_("The eligible cost lines' budget is %s less than the "
                                   "earmarked amount"), short_by);
  else
    flag_text = g_strdup (_("The eligible cost lines' budget covers the earmarked amount"));

  if (earmark->earmark != NULL && earmark->earmark[0] != '\0')
    subtitle = g_strdup_printf ("%s\n%s\n%s", earmark->earmark, budget_text, flag_text);
  else
    subtitle = g_strdup_printf ("%s\n%s", budget_text, flag_text);
  _ond_reconciliation_page_flag_row (row, earmark->flagged, subtitle);
  return GTK_WIDGET (row);
}

void
_ond_reconciliation_page_update_earmarks (OndReconciliationPage *self)
{
  GPtrArray *earmarks = NULL;
  guint n_shown = 0;

  clear_list_box (self->earmarks_list);
  if (self->reconciliation != NULL)
    earmarks = ond_reconciliation_get_earmarks (self->reconciliation);

  for (guint i = 0; earmarks != NULL && i < earmarks->len; i++)
    {
      OndEarmarkFigures *earmark = g_ptr_array_index (earmarks, i);

      if (earmark->year != self->year)
        continue;
      gtk_list_box_append (self->earmarks_list, new_earmark_row (earmark));
      n_shown++;
    }

  if (n_shown == 0)
    {
      g_autofree char *text = NULL;

      /* Translators: shown when no funding of a year is earmarked, e.g. "No funding of 2024
       * is earmarked: it may pay for any cost line". */
      text = g_strdup_printf (_("No funding of %d is earmarked: it may pay for any cost line"),
                              self->year);
      gtk_list_box_append (self->earmarks_list,
                           g_object_new (ADW_TYPE_ACTION_ROW,
                                         "title", text,
                                         "title-lines", 0,
                                         "use-markup", FALSE,
                                         "activatable", FALSE,
                                         "selectable", FALSE,
                                         NULL));
    }
}

void
_ond_reconciliation_page_update_outside (OndReconciliationPage *self)
{
  g_autoptr(GListStore) bookings = g_list_store_new (OND_TYPE_BOOKING);
  GPtrArray *unmatched = NULL;
  GPtrArray *outside = NULL;

  g_hash_table_remove_all (self->unmatched_ids);
  if (self->reconciliation != NULL)
    {
      unmatched = ond_reconciliation_get_unmatched (self->reconciliation);
      outside = ond_reconciliation_get_outside (self->reconciliation);
    }

  for (guint i = 0; unmatched != NULL && i < unmatched->len; i++)
    {
      OndBooking *booking = g_ptr_array_index (unmatched, i);
      gint64 *id = g_new (gint64, 1);

      *id = ond_booking_get_id (booking);
      g_hash_table_add (self->unmatched_ids, id);
      g_list_store_append (bookings, booking);
    }
  for (guint i = 0; outside != NULL && i < outside->len; i++)
    g_list_store_append (bookings, g_ptr_array_index (outside, i));

  gtk_no_selection_set_model (self->outside_selection, NULL);
  gtk_no_selection_set_model (self->outside_selection, G_LIST_MODEL (bookings));
  gtk_stack_set_visible_child_name (self->outside_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (bookings)) > 0
                                    ? "list" : "none");
}

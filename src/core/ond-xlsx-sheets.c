/* ond-xlsx-sheets.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The three sheets of the council workbook (ond-xlsx-export.c): Planning, Begroting and
 * Menukaart. Their texts are Dutch literals (never _()): the workbook is a document for the
 * gemeenteraad.
 */

#define G_LOG_DOMAIN "ond-xlsx-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ond-budget-line.h"
#include "ond-funding.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-plan-item.h"
#include "ond-xlsx-export-private.h"

gboolean
_ond_xlsx_write_planning (lxw_workbook   *wb,
                          const Formats  *formats,
                          const Report   *report,
                          GError        **error)
{
  static const char * const headers[] = {
    "Jaar", "Periode", "Wat", "Wie", "Thema", "Status", "Doel",
  };
  lxw_worksheet *ws;
  Sheet sheet;
  guint n_items = g_list_model_get_n_items (report->plan_items);
  guint i;

  if ((ws = _ond_xlsx_add_sheet (wb, "Planning", error)) == NULL)
    return FALSE;
  _ond_xlsx_sheet_init (&sheet, ws, "Planning", formats);

  for (i = 0; i < G_N_ELEMENTS (headers); i++)
    _ond_xlsx_sheet_text (&sheet, 0, i, headers[i], formats->header);

  for (i = 0; i < n_items; i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (report->plan_items, i);
      lxw_row_t row = i + 1;

      _ond_xlsx_sheet_int (&sheet, row, 0, ond_plan_item_get_year (item), NULL);
      _ond_xlsx_sheet_text (&sheet, row, 1, ond_plan_item_get_period_label (item), NULL);
      _ond_xlsx_sheet_text (&sheet, row, 2, ond_plan_item_get_what (item), NULL);
      _ond_xlsx_sheet_text (&sheet, row, 3, ond_plan_item_get_who (item), NULL);
      _ond_xlsx_sheet_text (&sheet, row, 4, ond_plan_item_get_theme_name (item), NULL);
      _ond_xlsx_sheet_text (&sheet, row, 5, ond_plan_item_get_status_label (item), NULL);
      _ond_xlsx_sheet_text (&sheet, row, 6, ond_plan_item_get_targets (item), NULL);
    }

  _ond_xlsx_sheet_finish (&sheet, n_items, G_N_ELEMENTS (headers) - 1);
  return _ond_xlsx_sheet_check (&sheet, error);
}

/* "=SUM(C2:C15)" over rows @first to @last (0-based) of @col; "=0" for no rows. */
static char *
sum_formula (lxw_row_t first,
             lxw_row_t last,
             lxw_col_t col,
             gboolean  empty)
{
  char range[LXW_MAX_CELL_RANGE_LENGTH];

  if (empty)
    return g_strdup ("=0");
  lxw_rowcol_to_range (range, first, col, last, col);
  return g_strdup_printf ("=SUM(%s)", range);
}

/* "=C16-C21": the cell of row @a minus the cell of row @b, both in @col. */
static char *
difference_formula (lxw_row_t a,
                    lxw_row_t b,
                    lxw_col_t col)
{
  char cell_a[LXW_MAX_CELL_NAME_LENGTH];
  char cell_b[LXW_MAX_CELL_NAME_LENGTH];

  lxw_rowcol_to_cell (cell_a, a, col);
  lxw_rowcol_to_cell (cell_b, b, col);
  return g_strdup_printf ("=%s-%s", cell_a, cell_b);
}

/* One row of funding per source, in the order the sources first occur. */
typedef struct
{
  char    *source;
  char    *label;
  gint64   amounts[MAX_YEARS];
  GString *earmarks;
} FundingRow;

static void
funding_row_clear (gpointer data)
{
  FundingRow *row = data;

  g_free (row->source);
  g_free (row->label);
  g_string_free (row->earmarks, TRUE);
}

static GArray *
collect_funding (const Report *report)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (FundingRow));
  guint n = g_list_model_get_n_items (report->funding);
  guint i;

  g_array_set_clear_func (rows, funding_row_clear);

  for (i = 0; i < n; i++)
    {
      g_autoptr(OndFunding) funding = g_list_model_get_item (report->funding, i);
      const char *source = ond_funding_get_source (funding);
      const char *earmark = ond_funding_get_earmark (funding);
      int year_index = ond_funding_get_year (funding) - report->first_year;
      FundingRow *row = NULL;
      guint j;

      /* Funding outside the plan's years is not part of its budget. */
      if (year_index < 0 || year_index >= report->n_years)
        continue;

      for (j = 0; j < rows->len && row == NULL; j++)
        {
          if (g_strcmp0 (g_array_index (rows, FundingRow, j).source, source) == 0)
            row = &g_array_index (rows, FundingRow, j);
        }
      if (row == NULL)
        {
          FundingRow new_row = { 0 };

          new_row.source = g_strdup (source);
          new_row.label = g_strdup (ond_funding_get_source_label (funding));
          new_row.earmarks = g_string_new (NULL);
          g_array_append_val (rows, new_row);
          row = &g_array_index (rows, FundingRow, rows->len - 1);
        }

      row->amounts[year_index] += ond_funding_get_amount (funding);
      if (earmark != NULL && earmark[0] != '\0' && strstr (row->earmarks->str, earmark) == NULL)
        {
          if (row->earmarks->len > 0)
            g_string_append (row->earmarks, "; ");
          g_string_append (row->earmarks, earmark);
        }
    }

  return rows;
}

gboolean
_ond_xlsx_write_budget (lxw_workbook   *wb,
                        const Formats  *formats,
                        const Report   *report,
                        GError        **error)
{
  g_autoptr(GArray) funding = collect_funding (report);
  gint64 lines_total[MAX_YEARS] = { 0 };
  gint64 funding_total[MAX_YEARS] = { 0 };
  guint n_lines = g_list_model_get_n_items (report->budget_lines);
  lxw_row_t row, lines_total_row, funding_total_row, stated_row;
  lxw_col_t earmark_col = 2 + report->n_years;
  gboolean any_earmark = FALSE;
  lxw_worksheet *ws;
  Sheet sheet;
  guint i;
  int y;

  if ((ws = _ond_xlsx_add_sheet (wb, "Begroting", error)) == NULL)
    return FALSE;
  _ond_xlsx_sheet_init (&sheet, ws, "Begroting", formats);

  /* The budget lines, one column per year of the plan. */
  _ond_xlsx_sheet_text (&sheet, 0, 0, "Kostenpost", formats->header);
  _ond_xlsx_sheet_text (&sheet, 0, 1, "Grootboek", formats->header);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *label = g_strdup_printf ("%d", report->first_year + y);

      _ond_xlsx_sheet_text (&sheet, 0, 2 + y, label, formats->header);
    }

  for (i = 0; i < n_lines; i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (report->budget_lines, i);

      row = i + 1;
      _ond_xlsx_sheet_text (&sheet, row, 0, ond_budget_line_get_name (line), NULL);
      _ond_xlsx_sheet_text (&sheet, row, 1, ond_budget_line_get_ledger_code (line), NULL);
      for (y = 0; y < report->n_years; y++)
        {
          gint64 cents = ond_budget_line_get_amount (line, report->first_year + y);

          lines_total[y] += cents;
          _ond_xlsx_sheet_money (&sheet, row, 2 + y, cents, formats->money);
        }
    }

  lines_total_row = n_lines + 1;
  _ond_xlsx_sheet_text (&sheet, lines_total_row, 0, "Totaal kostenposten", formats->total_label);
  _ond_xlsx_sheet_blank (&sheet, lines_total_row, 1, formats->total_label);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *formula = sum_formula (1, n_lines, 2 + y, n_lines == 0);

      _ond_xlsx_sheet_formula (&sheet, lines_total_row, 2 + y, formula, lines_total[y],
                               formats->total_money);
    }

  /* The funding of each year, per source. */
  row = lines_total_row + 2;
  _ond_xlsx_sheet_text (&sheet, row, 0, "Dekking", formats->section);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *label = g_strdup_printf ("%d", report->first_year + y);

      _ond_xlsx_sheet_text (&sheet, row, 2 + y, label, formats->section);
    }
  for (i = 0; i < funding->len; i++)
    any_earmark |= g_array_index (funding, FundingRow, i).earmarks->len > 0;
  if (any_earmark)
    _ond_xlsx_sheet_text (&sheet, row, earmark_col, "Bestemming", formats->section);

  for (i = 0; i < funding->len; i++)
    {
      const FundingRow *source = &g_array_index (funding, FundingRow, i);

      row++;
      _ond_xlsx_sheet_text (&sheet, row, 0, source->label, NULL);
      for (y = 0; y < report->n_years; y++)
        {
          funding_total[y] += source->amounts[y];
          _ond_xlsx_sheet_money (&sheet, row, 2 + y, source->amounts[y], formats->money);
        }
      _ond_xlsx_sheet_text (&sheet, row, earmark_col, source->earmarks->str, NULL);
    }

  funding_total_row = row + 1;
  _ond_xlsx_sheet_text (&sheet, funding_total_row, 0, "Totaal dekking", formats->total_label);
  _ond_xlsx_sheet_blank (&sheet, funding_total_row, 1, formats->total_label);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *formula = sum_formula (lines_total_row + 3, funding_total_row - 1, 2 + y,
                                              funding->len == 0);

      _ond_xlsx_sheet_formula (&sheet, funding_total_row, 2 + y, formula, funding_total[y],
                               formats->total_money);
    }

  /* The total the plan itself states (section 6: "Totaal"). */
  stated_row = funding_total_row + 2;
  _ond_xlsx_sheet_text (&sheet, stated_row, 0, "Totaal volgens plan", formats->section);
  for (y = 0; y < report->n_years; y++)
    {
      if (report->has_stated[y])
        _ond_xlsx_sheet_money (&sheet, stated_row, 2 + y, report->stated[y], formats->money);
    }

  /* What does not add up: the lines against the funding and against the stated total. */
  row = stated_row + 2;
  _ond_xlsx_sheet_text (&sheet, row, 0, "Verschil kostenposten - dekking", formats->section);
  _ond_xlsx_sheet_text (&sheet, row + 1, 0, "Verschil kostenposten - totaal volgens plan",
                        formats->section);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *against_funding = difference_formula (lines_total_row, funding_total_row,
                                                             2 + y);

      _ond_xlsx_sheet_formula (&sheet, row, 2 + y, against_funding,
                               lines_total[y] - funding_total[y], formats->difference);
      if (report->has_stated[y])
        {
          g_autofree char *against_stated = difference_formula (lines_total_row, stated_row,
                                                                2 + y);

          _ond_xlsx_sheet_formula (&sheet, row + 1, 2 + y, against_stated,
                                   lines_total[y] - report->stated[y], formats->difference);
        }
    }

  _ond_xlsx_sheet_finish (&sheet, n_lines, 1 + report->n_years);
  return _ond_xlsx_sheet_check (&sheet, error);
}

gboolean
_ond_xlsx_write_menukaart (lxw_workbook   *wb,
                           const Formats  *formats,
                           const Report   *report,
                           GError        **error)
{
  g_autoptr(GPtrArray) interventions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) partners = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_interventions = g_list_model_get_n_items (report->interventions);
  guint n_partners = g_list_model_get_n_items (report->partners);
  lxw_worksheet *ws;
  Sheet sheet;
  guint i, j;

  /* The interventions on the menu (not the retired ones) ... */
  for (i = 0; i < n_interventions; i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (report->interventions, i);

      if (!ond_intervention_get_retired (intervention))
        g_ptr_array_add (interventions, g_steal_pointer (&intervention));
    }

  /* ... and the partners that can carry out at least one of them, in the partners' order. */
  for (i = 0; i < n_partners; i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (report->partners, i);
      gboolean occurs = FALSE;

      for (j = 0; j < interventions->len && !occurs; j++)
        occurs = ond_intervention_has_partner (g_ptr_array_index (interventions, j),
                                               ond_partner_get_id (partner));
      if (occurs)
        g_ptr_array_add (partners, g_steal_pointer (&partner));
    }

  if (partners->len + 1 > MAX_COLUMNS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The menukaart has more partners than the workbook can show (%u)."),
                   partners->len);
      return FALSE;
    }

  if ((ws = _ond_xlsx_add_sheet (wb, "Menukaart", error)) == NULL)
    return FALSE;
  _ond_xlsx_sheet_init (&sheet, ws, "Menukaart", formats);

  _ond_xlsx_sheet_text (&sheet, 0, 0, "Interventie", formats->header);
  for (j = 0; j < partners->len; j++)
    {
      OndPartner *partner = g_ptr_array_index (partners, j);
      const char *short_name = ond_partner_get_short_name (partner);

      if (short_name == NULL || short_name[0] == '\0')
        short_name = ond_partner_get_name (partner);
      _ond_xlsx_sheet_text (&sheet, 0, 1 + j, short_name, formats->header);
    }

  for (i = 0; i < interventions->len; i++)
    {
      OndIntervention *intervention = g_ptr_array_index (interventions, i);

      _ond_xlsx_sheet_text (&sheet, 1 + i, 0, ond_intervention_get_name (intervention), NULL);
      for (j = 0; j < partners->len; j++)
        {
          OndPartner *partner = g_ptr_array_index (partners, j);

          if (ond_intervention_has_partner (intervention, ond_partner_get_id (partner)))
            _ond_xlsx_sheet_text (&sheet, 1 + i, 1 + j, "x", formats->mark);
        }
    }

  _ond_xlsx_sheet_finish (&sheet, interventions->len, partners->len);
  return _ond_xlsx_sheet_check (&sheet, error);
}

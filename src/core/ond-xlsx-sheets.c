/* ond-xlsx-sheets.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The three sheets of the council workbook (ond-xlsx-export.c): Planning, Begroting and
 * Menukaart, from the OndReport (as its snapshot reads back, so that a workbook on record
 * is made again as it was). Their texts are Dutch literals (never _()): the workbook is a
 * document for the gemeenteraad.
 */

#define G_LOG_DOMAIN "ond-xlsx-export"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-xlsx-export-private.h"

/* A planning row with the name of its theme (NULL: none). */
typedef struct
{
  const OndReportPlanRow *row;
  const char             *theme;
} PlanningRow;

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint pa = ((const PlanningRow *) a)->row->position;
  guint pb = ((const PlanningRow *) b)->row->position;

  return pa < pb ? -1 : pa > pb;
}

/* Every planning row of the report, in the planning's order. */
static GArray *
collect_planning (const OndReport *council)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (PlanningRow));

  for (guint t = 0; t < council->themes->len; t++)
    {
      const OndReportTheme *theme = g_ptr_array_index (council->themes, t);

      for (guint i = 0; i < theme->rows->len; i++)
        {
          PlanningRow row = { g_ptr_array_index (theme->rows, i),
                              theme->theme_id != 0 ? theme->name : NULL };

          g_array_append_val (rows, row);
        }
    }
  g_array_sort (rows, compare_positions);
  return rows;
}

gboolean
_ond_xlsx_write_planning (lxw_workbook   *wb,
                          const Formats  *formats,
                          const Report   *report,
                          GError        **error)
{
  static const char * const headers[] = {
    "Jaar", "Periode", "Wat", "Wie", "Thema", "Status", "Doel",
  };
  g_autoptr(GArray) rows = collect_planning (report->council);
  lxw_worksheet *ws;
  Sheet sheet;
  guint i;

  if ((ws = _ond_xlsx_add_sheet (wb, "Planning", error)) == NULL)
    return FALSE;
  _ond_xlsx_sheet_init (&sheet, ws, "Planning", formats);

  for (i = 0; i < G_N_ELEMENTS (headers); i++)
    _ond_xlsx_sheet_text (&sheet, 0, i, headers[i], formats->header);

  for (i = 0; i < rows->len; i++)
    {
      const PlanningRow *r = &g_array_index (rows, PlanningRow, i);
      lxw_row_t row = i + 1;

      _ond_xlsx_sheet_int (&sheet, row, 0, r->row->year, NULL);
      _ond_xlsx_sheet_text (&sheet, row, 1, r->row->period, NULL);
      _ond_xlsx_sheet_text (&sheet, row, 2, r->row->text, NULL);
      _ond_xlsx_sheet_text (&sheet, row, 3, r->row->owner, NULL);
      _ond_xlsx_sheet_text (&sheet, row, 4, r->theme, NULL);
      _ond_xlsx_sheet_text (&sheet, row, 5, r->row->status_label, NULL);
      _ond_xlsx_sheet_text (&sheet, row, 6, r->row->targets, NULL);
    }

  _ond_xlsx_sheet_finish (&sheet, rows->len, G_N_ELEMENTS (headers) - 1);
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

gboolean
_ond_xlsx_write_budget (lxw_workbook   *wb,
                        const Formats  *formats,
                        const Report   *report,
                        GError        **error)
{
  const OndReport *council = report->council;
  GPtrArray *funding = council->funding;
  gint64 lines_total[MAX_YEARS] = { 0 };
  gint64 funding_total[MAX_YEARS] = { 0 };
  guint n_lines = council->lines->len;
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
      const OndReportLine *line = g_ptr_array_index (council->lines, i);

      row = i + 1;
      _ond_xlsx_sheet_text (&sheet, row, 0, line->name, NULL);
      _ond_xlsx_sheet_text (&sheet, row, 1, line->ledger_code, NULL);
      for (y = 0; y < report->n_years; y++)
        {
          gint64 cents = g_array_index (line->years, OndReportLineYear, y).budgeted;

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
    any_earmark |= ((const OndReportFunding *) g_ptr_array_index (funding, i))->earmarks != NULL;
  if (any_earmark)
    _ond_xlsx_sheet_text (&sheet, row, earmark_col, "Bestemming", formats->section);

  for (i = 0; i < funding->len; i++)
    {
      const OndReportFunding *source = g_ptr_array_index (funding, i);

      row++;
      _ond_xlsx_sheet_text (&sheet, row, 0, source->label, NULL);
      for (y = 0; y < report->n_years; y++)
        {
          gint64 cents = g_array_index (source->amounts, gint64, y);

          funding_total[y] += cents;
          _ond_xlsx_sheet_money (&sheet, row, 2 + y, cents, formats->money);
        }
      _ond_xlsx_sheet_text (&sheet, row, earmark_col, source->earmarks, NULL);
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
      const OndReportYear *year = g_ptr_array_index (council->years, y);

      if (year->has_stated_total)
        _ond_xlsx_sheet_money (&sheet, stated_row, 2 + y, year->stated_total, formats->money);
    }

  /* What does not add up: the lines against the funding and against the stated total. */
  row = stated_row + 2;
  _ond_xlsx_sheet_text (&sheet, row, 0, "Verschil kostenposten - dekking", formats->section);
  _ond_xlsx_sheet_text (&sheet, row + 1, 0, "Verschil kostenposten - totaal volgens plan",
                        formats->section);
  for (y = 0; y < report->n_years; y++)
    {
      const OndReportYear *year = g_ptr_array_index (council->years, y);
      g_autofree char *against_funding = difference_formula (lines_total_row, funding_total_row,
                                                             2 + y);

      _ond_xlsx_sheet_formula (&sheet, row, 2 + y, against_funding,
                               lines_total[y] - funding_total[y], formats->difference);
      if (year->has_stated_total)
        {
          g_autofree char *against_stated = difference_formula (lines_total_row, stated_row,
                                                                2 + y);

          _ond_xlsx_sheet_formula (&sheet, row + 1, 2 + y, against_stated,
                                   lines_total[y] - year->stated_total, formats->difference);
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
  GPtrArray *partners = report->council->menu_partners;
  GPtrArray *menu = report->council->menu;
  lxw_worksheet *ws;
  Sheet sheet;
  guint i, j;

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
    _ond_xlsx_sheet_text (&sheet, 0, 1 + j, g_ptr_array_index (partners, j), formats->header);

  for (i = 0; i < menu->len; i++)
    {
      const OndReportMenuRow *intervention = g_ptr_array_index (menu, i);

      _ond_xlsx_sheet_text (&sheet, 1 + i, 0, intervention->name, NULL);
      for (j = 0; j < intervention->marks->len; j++)
        {
          if (g_array_index (intervention->marks, gboolean, j))
            _ond_xlsx_sheet_text (&sheet, 1 + i, 1 + j, "x", formats->mark);
        }
    }

  _ond_xlsx_sheet_finish (&sheet, menu->len, partners->len);
  return _ond_xlsx_sheet_check (&sheet, error);
}

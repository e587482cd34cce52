/* ond-xlsx-council.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sheets Monitoring and Casussen of the council workbook (ond-xlsx-export.c), written
 * from the OndReport only (gathered in a council scope, or read back from a report on
 * record): every figure with the 2022 baseline and every plan year side by side, the target,
 * status and explanation of the reporting year; the signals of the reporting year counted
 * per theme x status, per source and per outcome (counts only). Dutch literals, never _().
 */

#define G_LOG_DOMAIN "ond-xlsx-export"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-xlsx-export-private.h"

#define MISSING_EXPLANATION "Toelichting ontbreekt"

gboolean
_ond_xlsx_write_monitoring (lxw_workbook  *wb,
                            const Formats *formats,
                            const Report  *report,
                            GError       **error)
{
  const OndReport *council = report->council;
  int n_value_columns = council->last_year - council->baseline_year + 1;
  lxw_col_t target_col = 3 + n_value_columns;
  lxw_worksheet *ws;
  Sheet sheet;
  guint i, j;
  int y;

  if ((ws = _ond_xlsx_add_sheet (wb, "Monitoring", error)) == NULL)
    return FALSE;
  _ond_xlsx_sheet_init (&sheet, ws, "Monitoring", formats);

  _ond_xlsx_sheet_text (&sheet, 0, 0, "Code", formats->header);
  _ond_xlsx_sheet_text (&sheet, 0, 1, "Indicator", formats->header);
  _ond_xlsx_sheet_text (&sheet, 0, 2, "Eenheid", formats->header);
  for (y = 0; y < n_value_columns; y++)
    {
      int year = council->baseline_year + y;
      g_autofree char *label = y == 0 ? g_strdup_printf ("%d (nulmeting)", year) :
                                        g_strdup_printf ("%d", year);

      _ond_xlsx_sheet_text (&sheet, 0, 3 + y, label, formats->header);
    }
  {
    g_autofree char *target = g_strdup_printf ("Doel %d", council->year);
    g_autofree char *status = g_strdup_printf ("Status %d", council->year);
    g_autofree char *explanation = g_strdup_printf ("Toelichting %d", council->year);

    _ond_xlsx_sheet_text (&sheet, 0, target_col, target, formats->header);
    _ond_xlsx_sheet_text (&sheet, 0, target_col + 1, status, formats->header);
    _ond_xlsx_sheet_text (&sheet, 0, target_col + 2, explanation, formats->header);
  }

  for (i = 0; i < council->figures->len; i++)
    {
      const OndReportFigure *figure = g_ptr_array_index (council->figures, i);
      lxw_row_t row = i + 1;

      _ond_xlsx_sheet_text (&sheet, row, 0, figure->code, NULL);
      _ond_xlsx_sheet_text (&sheet, row, 1, figure->name, NULL);
      _ond_xlsx_sheet_text (&sheet, row, 2, figure->unit, NULL);
      for (j = 0; j < figure->values->len; j++)
        {
          const OndReportValue *value = &g_array_index (figure->values, OndReportValue, j);
          int column = value->year - council->baseline_year;

          if (value->has_value && column >= 0 && column < n_value_columns)
            _ond_xlsx_sheet_count (&sheet, row, 3 + column, value->value, formats->count);
        }
      if (figure->target >= 0)
        _ond_xlsx_sheet_count (&sheet, row, target_col, figure->target, formats->count);
      _ond_xlsx_sheet_text (&sheet, row, target_col + 1, figure->status_label, NULL);
      if (figure->explanation != NULL)
        _ond_xlsx_sheet_text (&sheet, row, target_col + 2, figure->explanation, NULL);
      else if (figure->explanation_missing)
        _ond_xlsx_sheet_text (&sheet, row, target_col + 2, MISSING_EXPLANATION,
                              formats->missing);
    }

  _ond_xlsx_sheet_finish (&sheet, council->figures->len, target_col + 2);
  return _ond_xlsx_sheet_check (&sheet, error);
}

/* "=SUM(B2:F2)" or "=SUM(B2:B9)"; "=0" over nothing. */
static char *
sum_of (lxw_row_t first_row,
        lxw_col_t first_col,
        lxw_row_t last_row,
        lxw_col_t last_col,
        gboolean  empty)
{
  char range[LXW_MAX_CELL_RANGE_LENGTH];

  if (empty)
    return g_strdup ("=0");
  lxw_rowcol_to_range (range, first_row, first_col, last_row, last_col);
  return g_strdup_printf ("=SUM(%s)", range);
}

/* A table of counts (OndCount) under a section heading at @row, with its total: returns the
 * row after the table. */
static lxw_row_t
write_count_table (Sheet      *sheet,
                   lxw_row_t   row,
                   const char *heading,
                   GPtrArray  *counts)
{
  const Formats *formats = sheet->formats;
  lxw_row_t first = row + 1;
  gint64 total = 0;
  g_autofree char *formula = NULL;
  guint i;

  _ond_xlsx_sheet_text (sheet, row, 0, heading, formats->section);
  _ond_xlsx_sheet_text (sheet, row, 1, "Aantal", formats->section);
  for (i = 0; i < counts->len; i++)
    {
      const OndCount *count = g_ptr_array_index (counts, i);

      _ond_xlsx_sheet_text (sheet, first + i, 0, count->label, NULL);
      _ond_xlsx_sheet_count (sheet, first + i, 1, count->count, formats->count);
      total += count->count;
    }

  row = first + counts->len;
  formula = sum_of (first, 1, row - 1, 1, counts->len == 0);
  _ond_xlsx_sheet_text (sheet, row, 0, "Totaal", formats->total_label);
  _ond_xlsx_sheet_count_formula (sheet, row, 1, formula, total, formats->total_count);
  return row + 1;
}

gboolean
_ond_xlsx_write_cases (lxw_workbook  *wb,
                       const Formats *formats,
                       const Report  *report,
                       GError       **error)
{
  const OndReport *council = report->council;
  guint n_statuses = council->case_statuses->len;
  guint n_themes = council->cases_by_theme->len;
  lxw_col_t total_col = 1 + n_statuses;
  lxw_row_t total_row = 1 + n_themes;
  g_autofree char *heading = g_strdup_printf ("Signalen %d per thema", council->year);
  g_autofree char *by_source = g_strdup_printf ("Signalen %d per bron", council->year);
  g_autofree char *by_outcome = g_strdup_printf ("Afgesloten signalen %d per uitkomst",
                                                 council->year);
  gint64 grand_total = 0;
  lxw_worksheet *ws;
  lxw_row_t row;
  Sheet sheet;
  guint i, j;

  if (total_col + 1 > MAX_COLUMNS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The workbook cannot show %u case statuses side by side."), n_statuses);
      return FALSE;
    }

  if ((ws = _ond_xlsx_add_sheet (wb, "Casussen", error)) == NULL)
    return FALSE;
  _ond_xlsx_sheet_init (&sheet, ws, "Casussen", formats);

  /* Per theme x status, a total per theme and per status. */
  _ond_xlsx_sheet_text (&sheet, 0, 0, heading, formats->header);
  for (j = 0; j < n_statuses; j++)
    {
      const OndCount *status = g_ptr_array_index (council->case_statuses, j);

      _ond_xlsx_sheet_text (&sheet, 0, 1 + j, status->label, formats->header);
    }
  _ond_xlsx_sheet_text (&sheet, 0, total_col, "Totaal", formats->header);

  for (i = 0; i < n_themes; i++)
    {
      const OndReportThemeCases *theme = g_ptr_array_index (council->cases_by_theme, i);
      g_autofree char *formula = sum_of (1 + i, 1, 1 + i, n_statuses, n_statuses == 0);
      gint64 theme_total = 0;

      _ond_xlsx_sheet_text (&sheet, 1 + i, 0, theme->label, NULL);
      for (j = 0; j < n_statuses && j < theme->counts->len; j++)
        {
          gint64 count = g_array_index (theme->counts, gint64, j);

          _ond_xlsx_sheet_count (&sheet, 1 + i, 1 + j, count, formats->count);
          theme_total += count;
        }
      _ond_xlsx_sheet_count_formula (&sheet, 1 + i, total_col, formula, theme_total,
                                     formats->total_count);
    }

  _ond_xlsx_sheet_text (&sheet, total_row, 0, "Totaal", formats->total_label);
  for (j = 0; j <= n_statuses; j++)
    {
      g_autofree char *formula = sum_of (1, 1 + j, total_row - 1, 1 + j, n_themes == 0);
      gint64 column_total = 0;

      for (i = 0; i < n_themes; i++)
        {
          const OndReportThemeCases *theme = g_ptr_array_index (council->cases_by_theme, i);

          if (j < n_statuses)
            column_total += j < theme->counts->len ? g_array_index (theme->counts, gint64, j) : 0;
          else
            {
              for (guint k = 0; k < n_statuses && k < theme->counts->len; k++)
                column_total += g_array_index (theme->counts, gint64, k);
            }
        }
      if (j == n_statuses)
        grand_total = column_total;
      _ond_xlsx_sheet_count_formula (&sheet, total_row, 1 + j, formula,
                                     j < n_statuses ? column_total : grand_total,
                                     formats->total_count);
    }

  /* Per source, and per outcome of the signals closed. */
  row = write_count_table (&sheet, total_row + 2, by_source, council->cases_by_source);
  write_count_table (&sheet, row + 1, by_outcome, council->cases_by_outcome);

  _ond_xlsx_sheet_finish (&sheet, n_themes, total_col);
  return _ond_xlsx_sheet_check (&sheet, error);
}

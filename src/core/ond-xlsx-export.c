/* ond-xlsx-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council workbook (DESIGN.md, "Rules the figures follow"): three sheets, Planning,
 * Begroting and Menukaart, with every year of the plan side by side. It is a document for
 * the gemeenteraad, so its texts are Dutch literals (never _()) and it holds no personal
 * data: everything comes from the plan, the budget and the menukaart, nothing from cases.
 *
 * Everything is read from the store before a file is touched. The workbook is written to
 * a temporary file beside @path and renamed over it once complete, so a failed export leaves
 * nothing behind and an existing file is only replaced by a whole workbook.
 *
 * libxlsxwriter does not calculate formulas: each one is written with the value it computes
 * (from the same cents), or a reader that does not recalculate would show 0.
 */

#define G_LOG_DOMAIN "ond-xlsx-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "ond-budget-line.h"
#include "ond-funding.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-plan-item.h"
#include "ond-plan.h"
#include "ond-xlsx-export.h"

/* The Begroting sheet has two columns before the years and one after them. */
#define MAX_COLUMNS  16
#define MAX_YEARS    (MAX_COLUMNS - 3)
#define MIN_WIDTH    6
#define MAX_WIDTH    60
/* Room for the autofilter's button beside a header, and around any text. */
#define HEADER_EXTRA 3
#define PADDING      2
#define PAPER_A4     9

#define MONEY_FORMAT      "\"€ \"#,##0.00"
#define DIFFERENCE_FORMAT "\"€ \"#,##0.00;[Red]\"€ \"-#,##0.00"

typedef struct
{
  lxw_format *header;
  lxw_format *text;
  lxw_format *wrap;
  lxw_format *mark;
  lxw_format *money;
  lxw_format *section;
  lxw_format *total_label;
  lxw_format *total_money;
  lxw_format *difference;
} Formats;

/* One worksheet being written: the widest content of each column, and the first error. */
typedef struct
{
  lxw_worksheet *ws;
  const char    *name;
  const Formats *formats;
  guint          n_columns;
  guint          widths[MAX_COLUMNS];
  lxw_error      error;
  lxw_row_t      error_row;
  lxw_col_t      error_col;
} Sheet;

/* Everything the workbook shows, read from the store before any file is touched. */
typedef struct
{
  OndPlan    *plan;
  int         year;
  int         first_year;
  int         n_years;
  GListModel *plan_items;
  GListModel *budget_lines;
  GListModel *funding;
  GListModel *partners;
  GListModel *interventions;
  gint64      stated[MAX_YEARS];
  gboolean    has_stated[MAX_YEARS];
} Report;

static void
report_clear (Report *self)
{
  g_clear_object (&self->plan);
  g_clear_object (&self->plan_items);
  g_clear_object (&self->budget_lines);
  g_clear_object (&self->funding);
  g_clear_object (&self->partners);
  g_clear_object (&self->interventions);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Report, report_clear)

/* The one place where money becomes a double: a cell holds euros. */
static double
cents_to_cell (gint64 cents)
{
  return (double) cents / 100.0;
}

/* The width "€ 245.000,00" takes, for the column width only (not a formatting of money). */
static guint
money_width (gint64 cents)
{
  guint64 euros = cents < 0 ? ((guint64) -(cents + 1) + 1) / 100 : (guint64) cents / 100;
  guint digits = 1;

  while (euros >= 10)
    {
      euros /= 10;
      digits++;
    }

  return 2 + (cents < 0 ? 1 : 0) + digits + (digits - 1) / 3 + 3;
}

/* Data typed by users may hold anything: make it valid UTF-8 without control characters,
 * which XML (and so xlsx) cannot carry. */
static char *
clean_text (const char *text)
{
  char *clean = g_utf8_make_valid (text, -1);
  char *p;

  for (p = clean; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\n' && *p != '\t')
        *p = ' ';
    }

  return clean;
}

/* The longest line of @text, in characters. */
static guint
text_width (const char *text)
{
  const char *line = text;
  guint widest = 0;

  while (line != NULL)
    {
      const char *end = strchr (line, '\n');
      glong n = g_utf8_strlen (line, end != NULL ? end - line : -1);

      widest = MAX (widest, (guint) n);
      line = end != NULL ? end + 1 : NULL;
    }

  return widest;
}

static void
sheet_init (Sheet         *self,
            lxw_worksheet *ws,
            const char    *name,
            const Formats *formats)
{
  memset (self, 0, sizeof *self);
  self->ws = ws;
  self->name = name;
  self->formats = formats;
  self->error = LXW_NO_ERROR;
}

static void
sheet_note (Sheet     *self,
            lxw_row_t  row,
            lxw_col_t  col,
            guint      width,
            lxw_error  error)
{
  if (error != LXW_NO_ERROR && self->error == LXW_NO_ERROR)
    {
      self->error = error;
      self->error_row = row;
      self->error_col = col;
    }

  if (col < MAX_COLUMNS)
    {
      self->n_columns = MAX (self->n_columns, (guint) col + 1);
      self->widths[col] = MAX (self->widths[col], width);
    }
  else if (self->error == LXW_NO_ERROR)
    {
      self->error = LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
      self->error_row = row;
      self->error_col = col;
    }
}

/* Writes @text; an empty or %NULL text leaves the cell empty. */
static void
sheet_text (Sheet       *self,
            lxw_row_t    row,
            lxw_col_t    col,
            const char  *text,
            lxw_format  *format)
{
  g_autofree char *clean = NULL;
  guint width;

  if (text == NULL || text[0] == '\0')
    return;

  clean = clean_text (text);
  width = text_width (clean);
  if (format == self->formats->header)
    width += HEADER_EXTRA;

  sheet_note (self, row, col, width, worksheet_write_string (self->ws, row, col, clean, format));
}

/* An empty cell that still carries @format (a border across the row). */
static void
sheet_blank (Sheet      *self,
             lxw_row_t   row,
             lxw_col_t   col,
             lxw_format *format)
{
  sheet_note (self, row, col, 0, worksheet_write_blank (self->ws, row, col, format));
}

static void
sheet_int (Sheet      *self,
           lxw_row_t   row,
           lxw_col_t   col,
           int         value,
           lxw_format *format)
{
  g_autofree char *text = g_strdup_printf ("%d", value);

  sheet_note (self, row, col, strlen (text),
              worksheet_write_number (self->ws, row, col, value, format));
}

static void
sheet_money (Sheet      *self,
             lxw_row_t   row,
             lxw_col_t   col,
             gint64      cents,
             lxw_format *format)
{
  sheet_note (self, row, col, money_width (cents),
              worksheet_write_number (self->ws, row, col, cents_to_cell (cents), format));
}

/* A formula with the value it computes, which the caller worked out in cents. */
static void
sheet_formula (Sheet      *self,
               lxw_row_t   row,
               lxw_col_t   col,
               const char *formula,
               gint64      cents,
               lxw_format *format)
{
  sheet_note (self, row, col, money_width (cents),
              worksheet_write_formula_num (self->ws, row, col, formula, format,
                                           cents_to_cell (cents)));
}

/* Column widths from the content (libxlsxwriter has no autofit): a column whose content is
 * wider than MAX_WIDTH wraps. Then the header row: frozen, filtered, repeated on every
 * printed page, which is landscape A4 and one page wide. */
static void
sheet_finish (Sheet     *self,
              lxw_row_t  last_filter_row,
              lxw_col_t  last_filter_col)
{
  const Formats *formats = self->formats;
  lxw_error error;
  guint col;

  for (col = 0; col < self->n_columns; col++)
    {
      guint chars = self->widths[col] + PADDING;
      gboolean wrap = chars > MAX_WIDTH;

      error = worksheet_set_column (self->ws, col, col, CLAMP (chars, MIN_WIDTH, MAX_WIDTH),
                                    wrap ? formats->wrap : formats->text);
      sheet_note (self, 0, col, 0, error);
    }

  worksheet_freeze_panes (self->ws, 1, 0);
  sheet_note (self, 0, 0, 0,
              worksheet_autofilter (self->ws, 0, 0, last_filter_row, last_filter_col));
  sheet_note (self, 0, 0, 0, worksheet_repeat_rows (self->ws, 0, 0));
  worksheet_set_landscape (self->ws);
  worksheet_set_paper (self->ws, PAPER_A4);
  worksheet_fit_to_pages (self->ws, 1, 0);
  sheet_note (self, 0, 0, 0, worksheet_set_footer (self->ws, "&L&A&RPagina &P van &N"));
}

static gboolean
sheet_check (Sheet   *self,
             GError **error)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH];

  if (self->error == LXW_NO_ERROR)
    return TRUE;

  lxw_rowcol_to_cell (cell, self->error_row, self->error_col);
  /* Translators: "Could not write cell C5 of the sheet “Planning”: <libxlsxwriter's reason>" */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not write cell %s of the sheet “%s”: %s"),
               cell, self->name, lxw_strerror (self->error));
  return FALSE;
}

static lxw_worksheet *
add_sheet (lxw_workbook  *wb,
           const char    *name,
           GError       **error)
{
  lxw_worksheet *ws = workbook_add_worksheet (wb, name);

  if (ws == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not add the sheet “%s”."), name);
  return ws;
}

static lxw_format *
new_format (lxw_workbook *wb)
{
  lxw_format *format = workbook_add_format (wb);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

static void
make_formats (lxw_workbook *wb,
              Formats      *formats)
{
  formats->header = new_format (wb);
  format_set_bold (formats->header);
  format_set_bottom (formats->header, LXW_BORDER_THIN);
  format_set_bg_color (formats->header, 0xDDE5EE);

  formats->text = new_format (wb);

  formats->wrap = new_format (wb);
  format_set_text_wrap (formats->wrap);

  formats->mark = new_format (wb);
  format_set_align (formats->mark, LXW_ALIGN_CENTER);

  formats->money = new_format (wb);
  format_set_num_format (formats->money, MONEY_FORMAT);

  formats->section = new_format (wb);
  format_set_bold (formats->section);

  formats->total_label = new_format (wb);
  format_set_bold (formats->total_label);
  format_set_top (formats->total_label, LXW_BORDER_THIN);

  formats->total_money = new_format (wb);
  format_set_bold (formats->total_money);
  format_set_top (formats->total_money, LXW_BORDER_THIN);
  format_set_num_format (formats->total_money, MONEY_FORMAT);

  formats->difference = new_format (wb);
  format_set_bold (formats->difference);
  format_set_num_format (formats->difference, DIFFERENCE_FORMAT);
}

static gboolean
write_planning (lxw_workbook   *wb,
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

  if ((ws = add_sheet (wb, "Planning", error)) == NULL)
    return FALSE;
  sheet_init (&sheet, ws, "Planning", formats);

  for (i = 0; i < G_N_ELEMENTS (headers); i++)
    sheet_text (&sheet, 0, i, headers[i], formats->header);

  for (i = 0; i < n_items; i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (report->plan_items, i);
      lxw_row_t row = i + 1;

      sheet_int (&sheet, row, 0, ond_plan_item_get_year (item), NULL);
      sheet_text (&sheet, row, 1, ond_plan_item_get_period_label (item), NULL);
      sheet_text (&sheet, row, 2, ond_plan_item_get_what (item), NULL);
      sheet_text (&sheet, row, 3, ond_plan_item_get_who (item), NULL);
      sheet_text (&sheet, row, 4, ond_plan_item_get_theme_name (item), NULL);
      sheet_text (&sheet, row, 5, ond_plan_item_get_status_label (item), NULL);
      sheet_text (&sheet, row, 6, ond_plan_item_get_targets (item), NULL);
    }

  sheet_finish (&sheet, n_items, G_N_ELEMENTS (headers) - 1);
  return sheet_check (&sheet, error);
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

static gboolean
write_budget (lxw_workbook   *wb,
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

  if ((ws = add_sheet (wb, "Begroting", error)) == NULL)
    return FALSE;
  sheet_init (&sheet, ws, "Begroting", formats);

  /* The budget lines, one column per year of the plan. */
  sheet_text (&sheet, 0, 0, "Kostenpost", formats->header);
  sheet_text (&sheet, 0, 1, "Grootboek", formats->header);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *label = g_strdup_printf ("%d", report->first_year + y);

      sheet_text (&sheet, 0, 2 + y, label, formats->header);
    }

  for (i = 0; i < n_lines; i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (report->budget_lines, i);

      row = i + 1;
      sheet_text (&sheet, row, 0, ond_budget_line_get_name (line), NULL);
      sheet_text (&sheet, row, 1, ond_budget_line_get_ledger_code (line), NULL);
      for (y = 0; y < report->n_years; y++)
        {
          gint64 cents = ond_budget_line_get_amount (line, report->first_year + y);

          lines_total[y] += cents;
          sheet_money (&sheet, row, 2 + y, cents, formats->money);
        }
    }

  lines_total_row = n_lines + 1;
  sheet_text (&sheet, lines_total_row, 0, "Totaal kostenposten", formats->total_label);
  sheet_blank (&sheet, lines_total_row, 1, formats->total_label);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *formula = sum_formula (1, n_lines, 2 + y, n_lines == 0);

      sheet_formula (&sheet, lines_total_row, 2 + y, formula, lines_total[y],
                     formats->total_money);
    }

  /* The funding of each year, per source. */
  row = lines_total_row + 2;
  sheet_text (&sheet, row, 0, "Dekking", formats->section);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *label = g_strdup_printf ("%d", report->first_year + y);

      sheet_text (&sheet, row, 2 + y, label, formats->section);
    }
  for (i = 0; i < funding->len; i++)
    any_earmark |= g_array_index (funding, FundingRow, i).earmarks->len > 0;
  if (any_earmark)
    sheet_text (&sheet, row, earmark_col, "Bestemming", formats->section);

  for (i = 0; i < funding->len; i++)
    {
      const FundingRow *source = &g_array_index (funding, FundingRow, i);

      row++;
      sheet_text (&sheet, row, 0, source->label, NULL);
      for (y = 0; y < report->n_years; y++)
        {
          funding_total[y] += source->amounts[y];
          sheet_money (&sheet, row, 2 + y, source->amounts[y], formats->money);
        }
      sheet_text (&sheet, row, earmark_col, source->earmarks->str, NULL);
    }

  funding_total_row = row + 1;
  sheet_text (&sheet, funding_total_row, 0, "Totaal dekking", formats->total_label);
  sheet_blank (&sheet, funding_total_row, 1, formats->total_label);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *formula = sum_formula (lines_total_row + 3, funding_total_row - 1, 2 + y,
                                              funding->len == 0);

      sheet_formula (&sheet, funding_total_row, 2 + y, formula, funding_total[y],
                     formats->total_money);
    }

  /* The total the plan itself states (section 6: "Totaal"). */
  stated_row = funding_total_row + 2;
  sheet_text (&sheet, stated_row, 0, "Totaal volgens plan", formats->section);
  for (y = 0; y < report->n_years; y++)
    {
      if (report->has_stated[y])
        sheet_money (&sheet, stated_row, 2 + y, report->stated[y], formats->money);
    }

  /* What does not add up: the lines against the funding and against the stated total. */
  row = stated_row + 2;
  sheet_text (&sheet, row, 0, "Verschil kostenposten - dekking", formats->section);
  sheet_text (&sheet, row + 1, 0, "Verschil kostenposten - totaal volgens plan", formats->section);
  for (y = 0; y < report->n_years; y++)
    {
      g_autofree char *against_funding = difference_formula (lines_total_row, funding_total_row,
                                                             2 + y);

      sheet_formula (&sheet, row, 2 + y, against_funding, lines_total[y] - funding_total[y],
                     formats->difference);
      if (report->has_stated[y])
        {
          g_autofree char *against_stated = difference_formula (lines_total_row, stated_row,
                                                                2 + y);

          sheet_formula (&sheet, row + 1, 2 + y, against_stated,
                         lines_total[y] - report->stated[y], formats->difference);
        }
    }

  sheet_finish (&sheet, n_lines, 1 + report->n_years);
  return sheet_check (&sheet, error);
}

static gboolean
write_menukaart (lxw_workbook   *wb,
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

  if ((ws = add_sheet (wb, "Menukaart", error)) == NULL)
    return FALSE;
  sheet_init (&sheet, ws, "Menukaart", formats);

  sheet_text (&sheet, 0, 0, "Interventie", formats->header);
  for (j = 0; j < partners->len; j++)
    {
      OndPartner *partner = g_ptr_array_index (partners, j);
      const char *short_name = ond_partner_get_short_name (partner);

      if (short_name == NULL || short_name[0] == '\0')
        short_name = ond_partner_get_name (partner);
      sheet_text (&sheet, 0, 1 + j, short_name, formats->header);
    }

  for (i = 0; i < interventions->len; i++)
    {
      OndIntervention *intervention = g_ptr_array_index (interventions, i);

      sheet_text (&sheet, 1 + i, 0, ond_intervention_get_name (intervention), NULL);
      for (j = 0; j < partners->len; j++)
        {
          OndPartner *partner = g_ptr_array_index (partners, j);

          if (ond_intervention_has_partner (intervention, ond_partner_get_id (partner)))
            sheet_text (&sheet, 1 + i, 1 + j, "x", formats->mark);
        }
    }

  sheet_finish (&sheet, interventions->len, partners->len);
  return sheet_check (&sheet, error);
}

/* The OS user's real name, else the login: who made the document. */
static const char *
author_name (void)
{
  const char *real_name = g_get_real_name ();

  if (real_name != NULL && real_name[0] != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return real_name;
  return g_get_user_name ();
}

static gboolean
write_workbook (lxw_workbook   *wb,
                const Report   *report,
                GDateTime      *now,
                GError        **error)
{
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  lxw_doc_properties properties = { 0 };
  Formats formats;
  lxw_error err;

  make_formats (wb, &formats);

  title = g_strdup_printf ("%s — rapportage %d", ond_plan_get_title (report->plan), report->year);
  author = clean_text (author_name ());
  properties.title = title;
  properties.subject = (char *) "Planning, begroting en interventiemenukaart";
  properties.author = author;
  properties.company = (char *) "Gemeente Dordrecht";
  properties.keywords = (char *) "ondermijning, gemeenteraad";
  properties.comments = (char *) "Gemaakt met Ondermijning " PACKAGE_VERSION;
  properties.created = (time_t) g_date_time_to_unix (now);

  err = workbook_set_properties (wb, &properties);
  if (err == LXW_NO_ERROR)
    err = workbook_set_custom_property_integer (wb, "Rapportagejaar", report->year);
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not set the properties of the workbook: %s"), lxw_strerror (err));
      return FALSE;
    }

  return write_planning (wb, &formats, report, error) &&
         write_budget (wb, &formats, report, error) &&
         write_menukaart (wb, &formats, report, error);
}

static OndPlan *
find_plan (OndStore  *store,
           gint64     plan_id,
           GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GListModel) plans = NULL;
  guint n, i;

  if (plan_id == 0)
    {
      OndPlan *plan = ond_store_dup_current_plan (store, &local_error);

      if (plan == NULL && local_error == NULL)
        g_set_error (&local_error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                     _("The database holds no plan."));
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      return plan;
    }

  plans = ond_store_list_plans (store, error);
  if (plans == NULL)
    return NULL;

  n = g_list_model_get_n_items (plans);
  for (i = 0; i < n; i++)
    {
      g_autoptr(OndPlan) plan = g_list_model_get_item (plans, i);

      if (ond_plan_get_id (plan) == plan_id)
        return g_steal_pointer (&plan);
    }

  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
               _("There is no plan with number %lld."), (long long) plan_id);
  return NULL;
}

static gboolean
report_load (Report     *self,
             OndStore   *store,
             gint64      plan_id,
             int         year,
             GDateTime  *now,
             GError    **error)
{
  gint64 id;
  int last_year;
  int y;

  if ((self->plan = find_plan (store, plan_id, error)) == NULL)
    return FALSE;

  id = ond_plan_get_id (self->plan);
  self->first_year = ond_plan_get_first_year (self->plan);
  last_year = ond_plan_get_last_year (self->plan);
  self->n_years = last_year - self->first_year + 1;
  if (self->n_years < 1 || self->n_years > MAX_YEARS)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The plan’s period %d–%d cannot be exported."), self->first_year, last_year);
      return FALSE;
    }

  if (year == 0)
    year = ond_report_default_year (self->first_year, last_year, now);
  else if (year < self->first_year || year > last_year)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The year %d is outside the plan’s period %d–%d."),
                   year, self->first_year, last_year);
      return FALSE;
    }
  self->year = year;

  if ((self->plan_items = ond_store_list_plan_items (store, id, error)) == NULL ||
      (self->budget_lines = ond_store_list_budget_lines (store, id, error)) == NULL ||
      (self->funding = ond_store_list_funding (store, id, error)) == NULL ||
      (self->partners = ond_store_list_partners (store, error)) == NULL ||
      (self->interventions = ond_store_list_interventions (store, error)) == NULL)
    return FALSE;

  for (y = 0; y < self->n_years; y++)
    {
      g_autoptr(GError) local_error = NULL;

      self->has_stated[y] = ond_store_get_stated_total (store, id, self->first_year + y,
                                                        &self->stated[y], &local_error);
      if (local_error != NULL &&
          !g_error_matches (local_error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  return TRUE;
}

/* Reserves PATH.tmp-XXXXXX beside @path (so the rename stays on one file system), with the
 * permissions of the file it will replace, if any. */
static char *
create_temporary (const char  *path,
                  GError     **error)
{
  g_autofree char *tmpl = g_strconcat (path, ".tmp-XXXXXX", NULL);
  GStatBuf st;
  int fd;

  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *folder = g_path_get_dirname (path);

      if ((saved_errno == ENOENT || saved_errno == ENOTDIR) &&
          !g_file_test (folder, G_FILE_TEST_IS_DIR))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("Cannot write “%s”: the folder “%s” does not exist."), path, folder);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
      return NULL;
    }

  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
    {
      if (fchmod (fd, st.st_mode & 07777) != 0)
        g_debug ("Could not copy the permissions of %s: %s", path, g_strerror (errno));
    }
  close (fd);

  return g_steal_pointer (&tmpl);
}

/* The workbook is on disk before it replaces anything. */
static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd >= 0 && g_fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }

  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/**
 * ond_report_default_year:
 * @first_year: the first year of the plan's period
 * @last_year: the last year of the plan's period
 * @now: (nullable): the moment to report from; %NULL for the current local time
 *
 * The year a council output reports on when no --year is given: the year of @now, clamped to
 * the plan's period. In 2026 a 2023-2024 plan reports 2024; in 2022 it reports 2023.
 *
 * Returns: the reporting year
 */
int
ond_report_default_year (int        first_year,
                         int        last_year,
                         GDateTime *now)
{
  g_autoptr(GDateTime) local_now = NULL;
  int year;

  g_return_val_if_fail (first_year <= last_year, first_year);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();
  year = g_date_time_get_year (now);

  return CLAMP (year, first_year, last_year);
}

/**
 * ond_xlsx_export_write:
 * @store: the store to read from
 * @plan_id: the plan to export, or 0 for the current plan
 * @year: the reporting year of the title, or 0 for ond_report_default_year()
 * @path: the workbook to write
 * @error: return location for a #GError
 *
 * Writes the council workbook of the plan to @path: the sheets Planning, Begroting and
 * Menukaart, every year of the plan side by side. The workbook is written to a temporary file
 * in the same folder and renamed over @path when complete: on failure nothing is left behind
 * and an existing file at @path is untouched.
 *
 * Errors: the store's (%OND_STORE_ERROR_NOT_FOUND for a missing plan);
 * %G_IO_ERROR_INVALID_ARGUMENT for a @year outside the plan's period;
 * %G_IO_ERROR_NOT_FOUND when the folder of @path does not exist; other #GIOErrorEnum codes
 * when the file cannot be written.
 *
 * Returns: %TRUE when the workbook was written
 */
gboolean
ond_xlsx_export_write (OndStore    *store,
                       gint64       plan_id,
                       int          year,
                       const char  *path,
                       GError     **error)
{
  g_auto(Report) report = { 0 };
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *tmp_path = NULL;
  lxw_workbook *wb;
  lxw_error err;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (plan_id >= 0, FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = g_date_time_new_now_local ();
  if (!report_load (&report, store, plan_id, year, now, error))
    return FALSE;

  if ((tmp_path = create_temporary (path, error)) == NULL)
    return FALSE;

  wb = workbook_new (tmp_path);
  if (wb == NULL)
    {
      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: out of memory."), path);
      return FALSE;
    }

  if (!write_workbook (wb, &report, now, error))
    {
      lxw_workbook_free (wb);
      g_unlink (tmp_path);
      return FALSE;
    }

  err = workbook_close (wb);
  if (err != LXW_NO_ERROR)
    {
      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), path, lxw_strerror (err));
      return FALSE;
    }

  if (!sync_file (tmp_path, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot replace “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

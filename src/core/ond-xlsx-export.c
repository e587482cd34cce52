/* ond-xlsx-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council workbook (DESIGN.md, "Rules the figures follow"): five sheets, Monitoring,
 * Planning, Begroting, Menukaart and Casussen, with every year of the plan side by side. It
 * is a document for the gemeenteraad, so its texts are Dutch literals (never _()) and it
 * holds no personal data, by construction: everything it shows is read inside one council
 * scope (ond-store-council.h), in which the store's connection refuses to read a personal
 * column. Every sheet comes from the OndReport gathered there, as its snapshot reads back:
 * a workbook on record is made again from its snapshot alone, the same sheets.
 *
 * Everything is read from the store before a file is touched. The workbook is written to
 * a temporary file beside @path and renamed over it once complete (OndFileReplace), so a
 * failed export leaves nothing behind and an existing file is only replaced by a whole
 * workbook. For the same
 * content, created date and author the file is the same bytes: libxlsxwriter 1.1.4 dates
 * every zip entry 1980-01-01 and writes the created date given (never the clock).
 *
 * libxlsxwriter does not calculate formulas: each one is written with the value it computes
 * (from the same cents), or a reader that does not recalculate would show 0.
 */

#define G_LOG_DOMAIN "ond-xlsx-export"

#include "config.h"

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "ond-file-replace.h"
#include "ond-plan.h"
#include "ond-store-council.h"
#include "ond-xlsx-export.h"
#include "ond-xlsx-export-private.h"

static OndXlsxGatheredHook gathered_hook;
static gpointer gathered_hook_data;

/**
 * ond_xlsx_export_set_gathered_hook:
 * @hook: (nullable): called once the workbook's data has been read, inside the council scope
 * @user_data: passed to @hook
 *
 * For tests: lets a test see that the whole workbook is read in a council scope.
 */
void
ond_xlsx_export_set_gathered_hook (OndXlsxGatheredHook hook,
                                   gpointer            user_data)
{
  gathered_hook = hook;
  gathered_hook_data = user_data;
}

static void
report_clear (Report *self)
{
  g_clear_pointer (&self->council, ond_report_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Report, report_clear)

static gboolean
write_workbook (lxw_workbook   *wb,
                const Report   *report,
                GDateTime      *made,
                const char     *author_name,
                GError        **error)
{
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  lxw_doc_properties properties = { 0 };
  Formats formats;
  lxw_error err;

  _ond_xlsx_make_formats (wb, &formats);

  title = g_strdup_printf ("%s — rapportage %d", report->council->plan_title, report->year);
  author = _ond_xlsx_clean_text (author_name);
  properties.title = title;
  properties.subject = (char *) "Monitoring, planning, begroting, interventiemenukaart en "
                                "casussen";
  properties.author = author;
  properties.company = (char *) "Gemeente Dordrecht";
  properties.keywords = (char *) "ondermijning, gemeenteraad";
  /* No version: a workbook on record is made again identically by a later version. */
  properties.comments = (char *) "Gemaakt met Ondermijning";
  properties.created = (time_t) g_date_time_to_unix (made);

  err = workbook_set_properties (wb, &properties);
  if (err == LXW_NO_ERROR)
    err = workbook_set_custom_property_integer (wb, "Rapportagejaar", report->year);
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not set the properties of the workbook: %s"), lxw_strerror (err));
      return FALSE;
    }

  return _ond_xlsx_write_monitoring (wb, &formats, report, error) &&
         _ond_xlsx_write_planning (wb, &formats, report, error) &&
         _ond_xlsx_write_budget (wb, &formats, report, error) &&
         _ond_xlsx_write_menukaart (wb, &formats, report, error) &&
         _ond_xlsx_write_cases (wb, &formats, report, error);
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

/* The OndReport of @id for @year as of @now, as its snapshot reads back (what is recorded,
 * and what a remake reads). */
static OndReport *
gather_council (OndStore   *store,
                gint64      id,
                int         year,
                GDateTime  *now,
                GError    **error)
{
  g_autoptr(OndReport) gathered = ond_report_gather (store, id, year, now, error);
  g_autofree char *text = NULL;

  if (gathered == NULL)
    return NULL;
  text = ond_report_to_text (gathered);
  return ond_report_from_text (text, error);
}

/* The plan's years, checked against what the workbook can show. */
static gboolean
report_set_years (Report     *self,
                  int         first_year,
                  int         last_year,
                  GError    **error)
{
  self->first_year = first_year;
  self->n_years = last_year - first_year + 1;
  if (self->n_years < 1 || self->n_years > MAX_YEARS)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The plan’s period %d–%d cannot be exported."), first_year, last_year);
      return FALSE;
    }
  return TRUE;
}

/* Reads everything the workbook shows. Called inside the council scope; a @snapshot on
 * record is all a workbook made again needs. */
static gboolean
report_load_in_scope (Report          *self,
                      OndStore        *store,
                      gint64           plan_id,
                      int              year,
                      GDateTime       *now,
                      const OndReport *snapshot,
                      GError         **error)
{
  g_autoptr(OndPlan) plan = NULL;
  int last_year;

  if (snapshot != NULL)
    {
      g_autofree char *text = ond_report_to_text (snapshot);

      if ((self->council = ond_report_from_text (text, error)) == NULL)
        return FALSE;
      self->year = self->council->year;
      return report_set_years (self, self->council->first_year, self->council->last_year,
                               error);
    }

  if ((plan = find_plan (store, plan_id, error)) == NULL)
    return FALSE;
  last_year = ond_plan_get_last_year (plan);
  if (!report_set_years (self, ond_plan_get_first_year (plan), last_year, error))
    return FALSE;

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

  if ((self->council = gather_council (store, ond_plan_get_id (plan), year, now,
                                       error)) == NULL)
    return FALSE;

  if (gathered_hook != NULL)
    gathered_hook (store, gathered_hook_data);
  return TRUE;
}

/* Reads everything the workbook shows inside one council scope: the code that reads it
 * cannot read a personal column, whatever it asks for. */
static gboolean
report_load (Report          *self,
             OndStore        *store,
             gint64           plan_id,
             int              year,
             GDateTime       *now,
             const OndReport *snapshot,
             GError         **error)
{
  g_autoptr(OndCouncilScope) scope = NULL;

  if (!ond_store_in_council_scope (store))
    scope = ond_store_enter_council_scope (store);
  return report_load_in_scope (self, store, plan_id, year, now, snapshot, error);
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
 * Writes the council workbook of the plan to @path as of now, without recording it (see
 * ond_report_export_xlsx () for the recorded one): ond_xlsx_export_write_report ().
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
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return ond_xlsx_export_write_report (store, plan_id, year, path, now, NULL, NULL, NULL, NULL,
                                       error);
}

/**
 * ond_xlsx_export_write_report:
 * @store: the store to read from, not in a council scope
 * @plan_id: the plan to export, or 0 for the current plan
 * @year: the reporting year, or 0 for ond_report_default_year()
 * @path: the workbook to write
 * @now: the moment the figures are gathered as of
 * @made: (nullable): the workbook's created date; %NULL for @now
 * @author: (nullable): the workbook's author; %NULL for ond_council_who ()
 * @snapshot: (nullable): a report on record to make the workbook from instead of today's
 * @used: (out) (optional) (transfer full): the OndReport the workbook was made from
 * @error: return location for a #GError
 *
 * Writes the council workbook of the plan to @path: the sheets Monitoring, Planning,
 * Begroting, Menukaart and Casussen, every year of the plan side by side, everything read in
 * one council scope. The workbook is written to a temporary file in the same folder and
 * renamed over @path when complete: on failure nothing is left behind and an existing file
 * at @path is untouched.
 *
 * Errors: the store's (%OND_STORE_ERROR_NOT_FOUND for a missing plan);
 * %G_IO_ERROR_INVALID_ARGUMENT for a @year outside the plan's period;
 * %G_IO_ERROR_NOT_FOUND when the folder of @path does not exist; other #GIOErrorEnum codes
 * when the file cannot be written.
 *
 * Returns: %TRUE when the workbook was written
 */
gboolean
ond_xlsx_export_write_report (OndStore        *store,
                              gint64           plan_id,
                              int              year,
                              const char      *path,
                              GDateTime       *now,
                              GDateTime       *made,
                              const char      *author,
                              const OndReport *snapshot,
                              OndReport      **used,
                              GError         **error)
{
  g_auto(Report) report = { 0 };
  g_autoptr(OndFileReplace) file = NULL;
  lxw_workbook *wb;
  lxw_error err;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (plan_id >= 0, FALSE);
  g_return_val_if_fail (path != NULL && path[0] != '\0', FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (used == NULL || *used == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!report_load (&report, store, plan_id, year, now, snapshot, error))
    return FALSE;

  /* Freeing @file before its commit removes what was written. */
  file = ond_file_replace_begin (path, OND_FILE_REPLACE_KEEP_MODE, error);
  if (file == NULL)
    return FALSE;

  wb = workbook_new (ond_file_replace_get_temp_path (file));
  if (wb == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: out of memory."), path);
      return FALSE;
    }

  if (!write_workbook (wb, &report, made != NULL ? made : now,
                       author != NULL ? author : ond_council_who (), error))
    {
      lxw_workbook_free (wb);
      return FALSE;
    }

  err = workbook_close (wb);
  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), path, lxw_strerror (err));
      return FALSE;
    }

  if (!ond_file_replace_commit (file, error))
    return FALSE;

  if (used != NULL)
    *used = g_steal_pointer (&report.council);
  return TRUE;
}

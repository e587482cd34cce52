/* ond-store-register-checks.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rules a record of the registers of "Controles & maatregelen" must meet before it is
 * written (see ond-store-registers.h): a real date, not before 2000 and not after today;
 * known codes; ids that exist; counts within their bounds; a date outside the plan period
 * only after confirmation. Each refusal names its field with an OND_REGISTER_ERROR code.
 * These functions only read.
 */

#define G_LOG_DOMAIN "ond-store-registers"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ond-date.h"
#include "ond-plan.h"
#include "ond-store-registers-private.h"
#include "ond-text.h"

/* The earliest date a register accepts. */
#define FIRST_DATE "2000-01-01"

/* Whether @sql, with one parameter (the text @code, or else the id @id), returns a row. */
static gboolean
row_exists (OndStore    *self,
            const char  *sql,
            const char  *code,
            gint64       id,
            gboolean    *exists,
            GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  *exists = FALSE;
  if (stmt == NULL)
    return FALSE;
  if (code != NULL ? !ond_statement_bind_text (stmt, 1, code, error)
                   : !ond_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  return ond_statement_step (stmt, exists, error);
}

/* The date: given, written as a date, an existing day, from 2000 up to today (the real
 * local date). */
static gboolean
check_date (const char  *date,
            char       **iso,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *parsed = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *today = NULL;

  if (ond_text_is_blank (date))
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_DATE,
                           _("Enter a date."));
      return FALSE;
    }
  if (!ond_date_parse (date, &parsed, &local_error))
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_DATE,
                           local_error->message);
      return FALSE;
    }
  shown = ond_date_format (parsed);
  if (strcmp (parsed, FIRST_DATE) < 0)
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_DATE,
                   _("The date %s lies before 2000."), shown);
      return FALSE;
    }
  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  if (strcmp (parsed, today) > 0)
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_DATE,
                   _("The date %s lies in the future."), shown);
      return FALSE;
    }
  *iso = g_steal_pointer (&parsed);
  return TRUE;
}

/* An optional area: 0, or an area that exists (a retired one too: it stays in the list). */
static gboolean
check_area (OndStore  *self,
            gint64     area_id,
            GError   **error)
{
  gboolean exists;

  if (area_id == 0)
    return TRUE;
  if (!row_exists (self, "SELECT 1 FROM area WHERE id = ?", NULL, area_id, &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_AREA,
                           _("The area does not exist."));
      return FALSE;
    }
  return TRUE;
}

/* The partners present: each exists, none twice, and none retired unless the control already
 * had it (@control_id, 0 for a new control) or is put back as it was (@restoring): a retired
 * partner stays on old records but is no longer offered. */
static gboolean
check_partners (OndStore      *self,
                gint64         control_id,
                gboolean       restoring,
                const gint64  *partner_ids,
                guint          n_partners,
                GError       **error)
{
  for (guint i = 0; i < n_partners; i++)
    {
      g_autoptr(OndStatement) stmt = NULL;
      gboolean exists;

      stmt = _ond_store_prepare (self,
                                 "SELECT short_name, retired, EXISTS (SELECT 1 FROM control_partner"
                                 "  WHERE control_id = ? AND partner_id = partner.id)"
                                 " FROM partner WHERE id = ?",
                                 error);
      if (stmt == NULL ||
          !ond_statement_bind_int64 (stmt, 1, control_id, error) ||
          !ond_statement_bind_int64 (stmt, 2, partner_ids[i], error) ||
          !ond_statement_step (stmt, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_PARTNERS,
                               _("One of the partners present does not exist."));
          return FALSE;
        }
      if (ond_statement_get_int64 (stmt, 1) != 0 && !restoring &&
          ond_statement_get_int64 (stmt, 2) == 0)
        {
          g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_PARTNERS,
                       _("“%s” is no longer in use as a partner and cannot be added."),
                       ond_statement_get_text (stmt, 0));
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        {
          if (partner_ids[j] == partner_ids[i])
            {
              g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_PARTNERS,
                           _("“%s” is listed twice among the partners present."),
                           ond_statement_get_text (stmt, 0));
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* Businesses visited 0..OND_REGISTER_MAX_BUSINESSES, signals found 0..businesses. */
static gboolean
check_counts (gint64    businesses,
              gint64    signals,
              GError  **error)
{
  g_autofree char *visited = g_strdup_printf ("%" G_GINT64_FORMAT, businesses);
  g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, signals);

  if (businesses < 0)
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_BUSINESSES,
                           _("The number of businesses visited cannot be negative."));
      return FALSE;
    }
  if (businesses > OND_REGISTER_MAX_BUSINESSES)
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_BUSINESSES,
                   _("%s businesses visited in one control is more than %d: please check "
                     "the number."),
                   visited, OND_REGISTER_MAX_BUSINESSES);
      return FALSE;
    }
  if (signals < 0)
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_SIGNALS,
                           _("The number of signals found cannot be negative."));
      return FALSE;
    }
  if (signals > businesses)
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_SIGNALS,
                   _("Signals found cannot exceed the businesses visited (%s visited, %s "
                     "signals)."),
                   visited, found);
      return FALSE;
    }
  return TRUE;
}

gboolean
_ond_store_check_control (OndStore    *self,
                          OndControl  *control,
                          gboolean     restoring,
                          char       **iso,
                          GError     **error)
{
  g_autofree char *date = NULL;
  const char *kind = ond_control_get_kind (control);
  const gint64 *partner_ids;
  guint n_partners;
  gboolean exists;

  if (!check_date (ond_control_get_date (control), &date, error))
    return FALSE;
  if (ond_text_is_blank (kind))
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_KIND,
                           _("Choose the kind of control."));
      return FALSE;
    }
  if (!row_exists (self, "SELECT 1 FROM control_kind WHERE code = ?", kind, 0, &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_KIND,
                   _("“%s” is not a known kind of control."), kind);
      return FALSE;
    }
  partner_ids = ond_control_get_partner_ids (control, &n_partners);
  if (!check_area (self, ond_control_get_area_id (control), error) ||
      !check_counts (ond_control_get_businesses (control), ond_control_get_signals (control),
                     error) ||
      !check_partners (self, ond_control_get_id (control), restoring, partner_ids, n_partners,
                      error))
    return FALSE;
  *iso = g_steal_pointer (&date);
  return TRUE;
}

/* An optional case: 0, @kept_case_id, or a case that exists and is not deleted. */
static gboolean
check_case (OndStore  *self,
            gint64     case_id,
            gint64     kept_case_id,
            GError   **error)
{
  gboolean exists;

  if (case_id == 0)
    return TRUE;
  if (!row_exists (self,
                   case_id == kept_case_id ? "SELECT 1 FROM case_file WHERE id = ?"
                                           : "SELECT 1 FROM case_file"
                                             " WHERE id = ? AND deleted_at IS NULL",
                   NULL, case_id, &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_CASE,
                           _("The case does not exist or has been deleted."));
      return FALSE;
    }
  return TRUE;
}

gboolean
_ond_store_check_measure (OndStore    *self,
                          OndMeasure  *measure,
                          gint64       kept_case_id,
                          char       **iso,
                          GError     **error)
{
  g_autofree char *date = NULL;
  const char *kind = ond_measure_get_kind (measure);
  const char *domain = ond_measure_get_domain (measure);
  gboolean exists;

  if (!check_date (ond_measure_get_date (measure), &date, error))
    return FALSE;
  if (ond_text_is_blank (kind))
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_KIND,
                           _("Choose the kind of measure."));
      return FALSE;
    }
  if (!row_exists (self, "SELECT 1 FROM measure_kind WHERE code = ?", kind, 0, &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_KIND,
                   _("“%s” is not a known kind of measure."), kind);
      return FALSE;
    }
  if (ond_text_is_blank (domain))
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_DOMAIN,
                           _("Choose the domain of the measure."));
      return FALSE;
    }
  if (!row_exists (self, "SELECT 1 FROM measure_domain WHERE code = ?", domain, 0, &exists,
                   error))
    return FALSE;
  if (!exists)
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_DOMAIN,
                   _("“%s” is not a known domain of measures."), domain);
      return FALSE;
    }
  if (!check_area (self, ond_measure_get_area_id (measure), error) ||
      !check_case (self, ond_measure_get_case_id (measure), kept_case_id, error))
    return FALSE;
  *iso = g_steal_pointer (&date);
  return TRUE;
}

gboolean
_ond_store_check_stop_talk (OndStore     *self,
                            OndStopTalk  *stop_talk,
                            char        **iso,
                            GError      **error)
{
  g_autofree char *date = NULL;

  if (!check_date (ond_stop_talk_get_date (stop_talk), &date, error))
    return FALSE;
  if (ond_text_is_blank (ond_stop_talk_get_branch (stop_talk)))
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_BRANCH,
                           _("Enter the branch of the facilitator."));
      return FALSE;
    }
  if (!check_area (self, ond_stop_talk_get_area_id (stop_talk), error))
    return FALSE;
  *iso = g_steal_pointer (&date);
  return TRUE;
}

/* An optional planning row: 0, @kept_plan_item_id (when it still exists), or a row of the
 * current plan. */
static gboolean
check_plan_item (OndStore  *self,
                 gint64     plan_item_id,
                 gint64     kept_plan_item_id,
                 GError   **error)
{
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  gboolean exists;

  if (plan_item_id == 0)
    return TRUE;
  stmt = _ond_store_prepare (self, "SELECT plan_id FROM plan_item WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, plan_item_id, error) ||
      !ond_statement_step (stmt, &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_PLAN_ITEM,
                           _("The planning row does not exist."));
      return FALSE;
    }
  if (plan_item_id == kept_plan_item_id)
    return TRUE;
  plan = ond_store_dup_current_plan (self, error);
  if (plan == NULL)
    return FALSE;
  if (ond_statement_get_int64 (stmt, 0) != ond_plan_get_id (plan))
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_PLAN_ITEM,
                   _("The planning row belongs to another plan than the current one (%s)."),
                   ond_plan_get_title (plan));
      return FALSE;
    }
  return TRUE;
}

gboolean
_ond_store_check_activity (OndStore     *self,
                           OndActivity  *activity,
                           gint64        kept_plan_item_id,
                           char        **iso,
                           GError      **error)
{
  g_autofree char *date = NULL;
  const char *kind = ond_activity_get_kind (activity);
  gint64 theme_id = ond_activity_get_theme_id (activity);
  gboolean exists;

  if (!check_date (ond_activity_get_date (activity), &date, error))
    return FALSE;
  if (ond_text_is_blank (kind))
    {
      g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_KIND,
                           _("Choose the kind of activity."));
      return FALSE;
    }
  if (!row_exists (self, "SELECT 1 FROM activity_kind WHERE code = ?", kind, 0, &exists,
                   error))
    return FALSE;
  if (!exists)
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_KIND,
                   _("“%s” is not a known kind of activity."), kind);
      return FALSE;
    }
  if (theme_id != 0)
    {
      if (!row_exists (self, "SELECT 1 FROM theme WHERE id = ?", NULL, theme_id, &exists,
                       error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_THEME,
                               _("The theme does not exist."));
          return FALSE;
        }
    }
  if (!check_plan_item (self, ond_activity_get_plan_item_id (activity), kept_plan_item_id,
                        error) ||
      !check_area (self, ond_activity_get_area_id (activity), error))
    return FALSE;
  *iso = g_steal_pointer (&date);
  return TRUE;
}

gboolean
_ond_store_check_period (OndStore          *self,
                         const char        *iso,
                         OndRegisterFlags   flags,
                         GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autofree char *shown = NULL;
  int year;

  if ((flags & OND_REGISTER_ALLOW_OUTSIDE_PERIOD) != 0)
    return TRUE;
  plan = ond_store_dup_current_plan (self, &local_error);
  if (plan == NULL)
    {
      /* Without a plan there is no period to keep to. */
      if (g_error_matches (local_error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  year = atoi (iso);
  if (year >= ond_plan_get_first_year (plan) && year <= ond_plan_get_last_year (plan))
    return TRUE;
  shown = ond_date_format (iso);
  /* Translators: the confirmation asked before a record dated outside the plan period is
   * saved, e.g. "The date 03-01-2026 lies outside the plan period 2023–2024." */
  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEEDS_CONFIRMATION,
               _("The date %s lies outside the plan period %d–%d."),
               shown, ond_plan_get_first_year (plan), ond_plan_get_last_year (plan));
  return FALSE;
}

/* ond-store-plan-items.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the planning: a row added, changed, its status set, deleted with its targets and
 * put back with them. Each change is one transaction; the checks run in it before anything
 * is written, in the order of ond-store-plan-items.h (text, year, period, theme, status), and
 * a refusal rolls it back. A row's place (position) counts within its plan, year and period.
 */

#define G_LOG_DOMAIN "ond-store-plan-items"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-plan-error.h"
#include "ond-store-plan-items-private.h"

/* A row as the table has it, read for a change or a delete. */
typedef struct
{
  gint64    plan_id;
  int       year;
  char     *period;
  int       position;
} Place;

static void
place_clear (Place *place)
{
  g_clear_pointer (&place->period, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Place, place_clear)

static gboolean
fail (GError       **error,
      OndPlanError   code,
      const char    *message)
{
  g_set_error_literal (error, OND_PLAN_ERROR, code, message);
  return FALSE;
}

char *
_ond_plan_items_trim (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

gboolean
_ond_plan_items_check_text (const char  *what,
                            GError     **error)
{
  if (*what != '\0')
    return TRUE;
  return fail (error, OND_PLAN_ERROR_TEXT, _("Say what is planned: the text cannot be empty."));
}

/* Ends the transaction a change began: commits when @ok, else (or when the commit fails)
 * rolls back. Returns whether the change was written. */
gboolean
_ond_plan_items_finish (OndStore  *self,
                        gboolean   ok,
                        GError   **error)
{
  if (ok && _ond_store_commit (self, error))
    return TRUE;
  _ond_store_rollback (self);
  return FALSE;
}

/* Runs @sql with @id bound to its one parameter. */
gboolean
_ond_plan_items_execute_for_id (OndStore    *self,
                                const char  *sql,
                                gint64       id,
                                GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, id, error)
         && ond_statement_execute (stmt, error);
}

/* Whether @sql with @text bound to its one parameter gives a row. */
static gboolean
text_exists (OndStore    *self,
             const char  *sql,
             const char  *text,
             gboolean    *exists,
             GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  return stmt != NULL
         && ond_statement_bind_text (stmt, 1, text, error)
         && ond_statement_step (stmt, exists, error);
}

static gboolean
read_plan_years (OndStore  *self,
                 gint64     plan_id,
                 int       *first_year,
                 int       *last_year,
                 GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT first_year, last_year FROM plan WHERE id = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, plan_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The plan does not exist (any more)."));
      return FALSE;
    }
  *first_year = (int) ond_statement_get_int64 (stmt, 0);
  *last_year = (int) ond_statement_get_int64 (stmt, 1);
  return TRUE;
}

static gboolean
check_year (OndStore  *self,
            gint64     plan_id,
            int        year,
            GError   **error)
{
  int first_year, last_year;

  if (!read_plan_years (self, plan_id, &first_year, &last_year, error))
    return FALSE;
  if (year == 0)
    return fail (error, OND_PLAN_ERROR_YEAR, _("Choose the year the row is planned in."));
  if (year >= first_year && year <= last_year)
    return TRUE;
  g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_YEAR,
               _("%d is not a year of the plan (%d–%d)."), year, first_year, last_year);
  return FALSE;
}

static gboolean
check_period (OndStore    *self,
              const char  *period,
              GError     **error)
{
  gboolean exists;

  if (period == NULL || *period == '\0')
    return fail (error, OND_PLAN_ERROR_PERIOD, _("Choose the period the row is planned in."));
  if (!text_exists (self, "SELECT 1 FROM period WHERE code = ?", period, &exists, error))
    return FALSE;
  if (!exists)
    g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_PERIOD,
                 _("“%s” is not a period of the planning (Q1, Q2, Q3, Q4, Q3+4 or "
                   "doorlopend)."), period);
  return exists;
}

static gboolean
check_theme (OndStore  *self,
             gint64     plan_id,
             gint64     theme_id,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean exists;

  if (theme_id == 0)
    return TRUE;
  stmt = _ond_store_prepare (self, "SELECT 1 FROM theme WHERE id = ? AND plan_id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, theme_id, error)
      || !ond_statement_bind_int64 (stmt, 2, plan_id, error)
      || !ond_statement_step (stmt, &exists, error))
    return FALSE;
  if (!exists)
    return fail (error, OND_PLAN_ERROR_THEME, _("The theme is not a theme of this plan."));
  return TRUE;
}

static gboolean
check_status (OndStore    *self,
              const char  *status,
              GError     **error)
{
  gboolean exists;

  if (status == NULL || *status == '\0')
    return fail (error, OND_PLAN_ERROR_STATUS, _("Choose a status."));
  if (!text_exists (self, "SELECT 1 FROM work_status WHERE code = ?", status, &exists, error))
    return FALSE;
  if (!exists)
    g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_STATUS,
                 _("“%s” is not a status (gepland, lopend, gereed, uitgesteld or vervallen)."),
                 status);
  return exists;
}

/* The checks after the text (done before the transaction): year, period, theme, status. */
gboolean
_ond_plan_items_check_row (OndStore              *self,
                           const OndPlanItemRow  *row,
                           GError               **error)
{
  return check_year (self, row->plan_id, row->year, error)
         && check_period (self, row->period, error)
         && check_theme (self, row->plan_id, row->theme_id, error)
         && check_status (self, row->status, error);
}

static gboolean
read_place (OndStore  *self,
            gint64     item_id,
            Place     *place,
            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                             "SELECT plan_id, year, period, position FROM plan_item WHERE id = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, item_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The planning row does not exist (any more)."));
      return FALSE;
    }
  place->plan_id = ond_statement_get_int64 (stmt, 0);
  place->year = (int) ond_statement_get_int64 (stmt, 1);
  place->period = g_strdup (ond_statement_get_text (stmt, 2));
  place->position = (int) ond_statement_get_int64 (stmt, 3);
  return TRUE;
}

/* The place after the last row of @year and @period in the plan. */
static gboolean
next_position (OndStore    *self,
               gint64       plan_id,
               int          year,
               const char  *period,
               int         *position,
               GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                             "SELECT coalesce(max(position), 0) + 1 FROM plan_item"
                             " WHERE plan_id = ? AND year = ? AND period = ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, plan_id, error)
      || !ond_statement_bind_int64 (stmt, 2, year, error)
      || !ond_statement_bind_text (stmt, 3, period, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  *position = (int) ond_statement_get_int64 (stmt, 0);
  return TRUE;
}

/* Inserts @row at @position; under @id when not 0 (a row put back). */
gint64
_ond_plan_items_insert_row (OndStore              *self,
                            const OndPlanItemRow  *row,
                            gint64                 id,
                            int                    position,
                            GError               **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO plan_item (plan_id, year, period, position, what, who,"
                             " theme_id, status, recurring, id, row_version)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, row->plan_id, error)
      || !ond_statement_bind_int64 (stmt, 2, row->year, error)
      || !ond_statement_bind_text (stmt, 3, row->period, error)
      || !ond_statement_bind_int64 (stmt, 4, position, error)
      || !ond_statement_bind_text (stmt, 5, row->what, error)
      || !ond_statement_bind_text (stmt, 6, row->who, error)
      || !ond_statement_bind_id (stmt, 7, row->theme_id, error)
      || !ond_statement_bind_text (stmt, 8, row->status, error)
      || !ond_statement_bind_int64 (stmt, 9, row->recurring ? 1 : 0, error)
      || !ond_statement_bind_id (stmt, 10, id, error)
      || !ond_statement_bind_int64 (stmt, 11, row->row_version > 0 ? row->row_version : 1,
                                    error))
    return 0;
  return ond_statement_insert (stmt, error);
}

static gint64
add_row (OndStore              *self,
         const OndPlanItemRow  *row,
         GError               **error)
{
  int position;

  if (!_ond_plan_items_check_row (self, row, error)
      || !next_position (self, row->plan_id, row->year, row->period, &position, error))
    return 0;
  return _ond_plan_items_insert_row (self, row, 0, position, error);
}

/**
 * ond_store_add_plan_item:
 * @self: a #OndStore
 * @plan_id: the plan the row is part of
 * @year: its year, one of the plan's period
 * @period: its period code: Q1, Q2, Q3, Q4, Q3+4 or doorlopend
 * @what: what is planned (trimmed; not blank)
 * @who: (nullable): who does it, in the plan's own words; NULL or blank when not decided
 * @theme_id: a theme of the plan, or 0 for none
 * @status: (nullable): a work_status code; NULL for gepland
 * @recurring: whether the row recurs every year of the plan (a new plan period copies it)
 * @error: return location for an error: %OND_PLAN_ERROR for a field (TEXT, YEAR, PERIOD,
 *   THEME, STATUS), %OND_STORE_ERROR_NOT_FOUND for a plan that does not exist
 *
 * Adds a planning row after the other rows of its year and period.
 *
 * Returns: the id of the new row, or 0 with @error set (nothing written)
 */
gint64
ond_store_add_plan_item (OndStore    *self,
                         gint64       plan_id,
                         int          year,
                         const char  *period,
                         const char  *what,
                         const char  *who,
                         gint64       theme_id,
                         const char  *status,
                         gboolean     recurring,
                         GError     **error)
{
  g_autofree char *trimmed_what = _ond_plan_items_trim (what);
  g_autofree char *trimmed_who = _ond_plan_items_trim (who);
  OndPlanItemRow row = { plan_id, year, period, trimmed_what, trimmed_who, theme_id,
              status != NULL ? status : "gepland", recurring };
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error) || !_ond_plan_items_check_text (trimmed_what, error))
    return 0;

  if (!_ond_store_begin (self, error))
    return 0;
  id = add_row (self, &row, error);
  return _ond_plan_items_finish (self, id != 0, error) ? id : 0;
}

/* @row_version: the version the edit was opened with, 0 = not checked. */
static gboolean
update_row (OndStore        *self,
            gint64           item_id,
            gint64           row_version,
            OndPlanItemRow  *row,
            GError         **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_auto(Place) place = { 0, };
  int position;

  if (!read_place (self, item_id, &place, error))
    return FALSE;
  row->plan_id = place.plan_id;
  if (!_ond_plan_items_check_row (self, row, error))
    return FALSE;

  /* Moved to another year or period: to the end of it. */
  position = place.position;
  if ((row->year != place.year || g_strcmp0 (row->period, place.period) != 0)
      && !next_position (self, row->plan_id, row->year, row->period, &position, error))
    return FALSE;

  /* As an action (ond-store-actions.c): an edit opened earlier changes the row only while
   * it still has the version read then; every change adds 1. */
  stmt = _ond_store_prepare (self,
                             "UPDATE plan_item SET year = ?, period = ?, position = ?, what = ?,"
                             " who = ?, theme_id = ?, status = ?, recurring = ?,"
                             " row_version = row_version + 1"
                             " WHERE id = ? AND (? = 0 OR row_version = ?)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, row->year, error)
      || !ond_statement_bind_text (stmt, 2, row->period, error)
      || !ond_statement_bind_int64 (stmt, 3, position, error)
      || !ond_statement_bind_text (stmt, 4, row->what, error)
      || !ond_statement_bind_text (stmt, 5, row->who, error)
      || !ond_statement_bind_id (stmt, 6, row->theme_id, error)
      || !ond_statement_bind_text (stmt, 7, row->status, error)
      || !ond_statement_bind_int64 (stmt, 8, row->recurring ? 1 : 0, error)
      || !ond_statement_bind_int64 (stmt, 9, item_id, error)
      || !ond_statement_bind_int64 (stmt, 10, row_version, error)
      || !ond_statement_bind_int64 (stmt, 11, row_version, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  if (ond_statement_get_changes (stmt) == 0)
    {
      /* The row is there (read above, in this transaction): its version moved on. */
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                           _("Someone else changed this planning row after you opened it. "
                             "Nothing has been saved."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ond_store_update_plan_item:
 * @self: a #OndStore
 * @item_id: the row
 * @year: its year
 * @period: its period code
 * @what: what is planned
 * @who: (nullable): who does it; NULL or blank when not decided
 * @theme_id: a theme of the row's plan, or 0
 * @status: a work_status code
 * @recurring: whether the row recurs every year of the plan
 * @error: return location for an error: %OND_PLAN_ERROR for a field (the rules of
 *   ond_store_add_plan_item(); a missing status is refused too),
 *   %OND_STORE_ERROR_NOT_FOUND for a row that does not exist
 *
 * Changes a row; filling in an 'N.t.b.' slot is such a change. A row given another year or
 * period moves to the end of that year and period; otherwise it keeps its place. Its
 * targets and links stay with it.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_update_plan_item (OndStore    *self,
                            gint64       item_id,
                            int          year,
                            const char  *period,
                            const char  *what,
                            const char  *who,
                            gint64       theme_id,
                            const char  *status,
                            gboolean     recurring,
                            GError     **error)
{
  g_autofree char *trimmed_what = _ond_plan_items_trim (what);
  g_autofree char *trimmed_who = _ond_plan_items_trim (who);
  OndPlanItemRow row = { 0, year, period, trimmed_what, trimmed_who, theme_id, status, recurring };

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_check_writable (self, error) || !_ond_plan_items_check_text (trimmed_what, error))
    return FALSE;

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_plan_items_finish (self, update_row (self, item_id, 0, &row, error), error);
}

/**
 * ond_store_save_plan_item_edit:
 * @self: a #OndStore
 * @item_id: the row
 * @row_version: (inout): the row version the edit was opened with
 *   (ond_plan_item_get_row_version () of the row read then); on success the version the row
 *   has now, for the next save of the same edit
 * @year: its year
 * @period: its period code
 * @what: what is planned
 * @who: (nullable): who does it
 * @theme_id: a theme of the row's plan, or 0
 * @status: a work_status code
 * @recurring: whether the row recurs every year of the plan
 * @error: return location for an error: as ond_store_update_plan_item (), and
 *   %OND_STORE_ERROR_CONFLICT when someone else changed the row since @row_version (read it
 *   again, ond_store_compare_plan_item_edit ())
 *
 * Saves an edit of a planning row like ond_store_update_plan_item (), but only while the
 * row still has @row_version.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_save_plan_item_edit (OndStore    *self,
                               gint64       item_id,
                               gint64      *row_version,
                               int          year,
                               const char  *period,
                               const char  *what,
                               const char  *who,
                               gint64       theme_id,
                               const char  *status,
                               gboolean     recurring,
                               GError     **error)
{
  g_autofree char *trimmed_what = _ond_plan_items_trim (what);
  g_autofree char *trimmed_who = _ond_plan_items_trim (who);
  OndPlanItemRow row = { 0, year, period, trimmed_what, trimmed_who, theme_id, status, recurring,
                         0 };

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (row_version != NULL && *row_version > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_check_writable (self, error) || !_ond_plan_items_check_text (trimmed_what, error))
    return FALSE;

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!_ond_plan_items_finish (self, update_row (self, item_id, *row_version, &row, error),
                               error))
    return FALSE;
  /* The row had *row_version and this save added 1. */
  (*row_version)++;
  return TRUE;
}

static gboolean
set_status (OndStore    *self,
            gint64       item_id,
            const char  *status,
            GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_auto(Place) place = { 0, };

  if (!read_place (self, item_id, &place, error) || !check_status (self, status, error))
    return FALSE;
  stmt = _ond_store_prepare (self,
                             "UPDATE plan_item SET status = ?, row_version = row_version + 1"
                             " WHERE id = ?",
                             error);
  return stmt != NULL
         && ond_statement_bind_text (stmt, 1, status, error)
         && ond_statement_bind_int64 (stmt, 2, item_id, error)
         && ond_statement_execute (stmt, error);
}

/**
 * ond_store_set_plan_item_status:
 * @self: a #OndStore
 * @item_id: the row
 * @status: a work_status code: gepland, lopend, gereed, uitgesteld or vervallen
 * @error: return location for an error: %OND_PLAN_ERROR_STATUS, %OND_STORE_ERROR_NOT_FOUND
 *
 * Sets the status of a row, and nothing else.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_set_plan_item_status (OndStore    *self,
                                gint64       item_id,
                                const char  *status,
                                GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_plan_items_finish (self, set_status (self, item_id, status, error), error);
}

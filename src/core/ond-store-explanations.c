/* ond-store-explanations.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Explanations for the council (ond-store-explanations.h): set (add or replace), delete
 * and restore, each change one transaction that writes nothing when refused; get and list
 * are in ond-store-explanations-read.c.
 * The schema's explanation table holds the subject as a code of explanation_subject and
 * the subject's id in the one column that fits it (pillar_id, indicator_id or line_id);
 * the year is NULL for a pillar's explanation for every year.
 */

#define G_LOG_DOMAIN "ond-store-explanations"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-plan-error.h"
#include "ond-store-council.h"
#include "ond-store-explanations-private.h"

const char * const _ond_explanation_subject_codes[] = {
  "pillar", "indicator", "budget_line", "year",
};

G_STATIC_ASSERT (G_N_ELEMENTS (_ond_explanation_subject_codes) == OND_EXPLANATION_YEAR + 1);

static gboolean
fail (GError     **error,
      GQuark       domain,
      int          code,
      const char  *message)
{
  g_set_error_literal (error, domain, code, message);
  return FALSE;
}

/* Reads one integer of the first row; *@found tells whether there was a row. */
static gboolean
query_int (OndStore    *self,
           const char  *sql,
           gint64       param,
           gint64      *value,
           gboolean    *found,
           GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, param, error) ||
      !ond_statement_step (stmt, found, error))
    return FALSE;
  *value = *found ? ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}

/* The period of plan @plan_id (OND_STORE_ERROR_NOT_FOUND when there is no such plan). */
static gboolean
read_plan_years (OndStore  *self,
                 gint64     plan_id,
                 int       *first_year,
                 int       *last_year,
                 GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT first_year, last_year FROM plan WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, plan_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return fail (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND, _("The plan does not exist."));
  *first_year = (int) ond_statement_get_int64 (stmt, 0);
  *last_year = (int) ond_statement_get_int64 (stmt, 1);
  return TRUE;
}

static gboolean
check_plan_year (int       year,
                 int       first_year,
                 int       last_year,
                 GError  **error)
{
  if (year >= first_year && year <= last_year)
    return TRUE;
  g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_YEAR,
               _("An explanation is for a year of the plan (%d-%d)."), first_year, last_year);
  return FALSE;
}

/* The subject exists, belongs to the plan, and the year fits it. */
static gboolean
check_subject (OndStore               *self,
               gint64                  plan_id,
               OndExplanationSubject   subject,
               gint64                  subject_id,
               int                     year,
               GError                **error)
{
  int first_year = 0, last_year = 0;
  gint64 owner = 0;
  gboolean found = FALSE;

  if (!read_plan_years (self, plan_id, &first_year, &last_year, error))
    return FALSE;

  switch (subject)
    {
    case OND_EXPLANATION_PILLAR:
      if (!query_int (self, "SELECT plan_id FROM pillar WHERE id = ?", subject_id, &owner,
                      &found, error))
        return FALSE;
      if (!found)
        return fail (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                     _("The pillar does not exist."));
      if (owner != plan_id)
        return fail (error, OND_PLAN_ERROR, OND_PLAN_ERROR_PILLAR,
                     _("The pillar is not part of this plan."));
      return year == 0 || check_plan_year (year, first_year, last_year, error);

    case OND_EXPLANATION_INDICATOR:
      if (!query_int (self, "SELECT id FROM indicator WHERE id = ?", subject_id, &owner, &found,
                      error))
        return FALSE;
      if (!found)
        return fail (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                     _("The monitoring figure does not exist."));
      return check_plan_year (year, first_year, last_year, error);

    case OND_EXPLANATION_BUDGET_LINE:
      if (!query_int (self, "SELECT plan_id FROM budget_line WHERE id = ?", subject_id, &owner,
                      &found, error))
        return FALSE;
      if (!found || owner != plan_id)
        return fail (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                     _("The cost line does not exist in this plan."));
      return check_plan_year (year, first_year, last_year, error);

    case OND_EXPLANATION_YEAR:
      if (year < 2000 || year > 2100)
        return fail (error, OND_PLAN_ERROR, OND_PLAN_ERROR_YEAR,
                     _("An explanation of a year needs a year from 2000 to 2100."));
      return TRUE;

    default:
      g_return_val_if_reached (FALSE);
    }
}

/* The trimmed text, or NULL with @error set (blank or too long). */
static char *
check_text (const char  *text,
            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (!g_utf8_validate (trimmed, -1, NULL) || *trimmed == '\0')
    {
      fail (error, OND_PLAN_ERROR, OND_PLAN_ERROR_TEXT, _("Write the explanation first."));
      return NULL;
    }
  if (g_utf8_strlen (trimmed, -1) > OND_EXPLANATION_MAX_LENGTH)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_TEXT,
                   _("An explanation is at most %d characters long."),
                   OND_EXPLANATION_MAX_LENGTH);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

gboolean
_ond_explanations_bind_subject (OndStatement           *stmt,
                                int                     first,
                                gint64                  plan_id,
                                OndExplanationSubject   subject,
                                gint64                  subject_id,
                                int                     year,
                                GError                **error)
{
  return ond_statement_bind_int64 (stmt, first, plan_id, error) &&
         ond_statement_bind_text (stmt, first + 1, _ond_explanation_subject_codes[subject],
                                  error) &&
         ond_statement_bind_int64 (stmt, first + 2, subject_id, error) &&
         ond_statement_bind_int64 (stmt, first + 3, year, error);
}

/* The id of the explanation of a subject, 0 when it has none. */
static gboolean
find_explanation (OndStore               *self,
                  gint64                  plan_id,
                  OndExplanationSubject   subject,
                  gint64                  subject_id,
                  int                     year,
                  gint64                 *id,
                  GError                **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT e.id FROM explanation e WHERE " SAME_SUBJECT, error);
  if (stmt == NULL ||
      !_ond_explanations_bind_subject (stmt, 1, plan_id, subject, subject_id, year, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  *id = has_row ? ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}

/* Inserts a row; @id 0 lets SQLite choose; @row_version 0 for a new one (1). Returns the id
 * or 0. */
static gint64
insert_row (OndStore               *self,
            gint64                  id,
            gint64                  row_version,
            gint64                  plan_id,
            OndExplanationSubject   subject,
            gint64                  subject_id,
            int                     year,
            const char             *text,
            const char             *who,
            const char             *at,
            GError                **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                             "INSERT INTO explanation (id, plan_id, subject, pillar_id,"
                             " indicator_id, line_id, year, text, who, at, row_version)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_id (stmt, 1, id, error) ||
      !ond_statement_bind_int64 (stmt, 2, plan_id, error) ||
      !ond_statement_bind_text (stmt, 3, _ond_explanation_subject_codes[subject], error) ||
      !ond_statement_bind_id (stmt, 4, subject == OND_EXPLANATION_PILLAR ? subject_id : 0,
                              error) ||
      !ond_statement_bind_id (stmt, 5, subject == OND_EXPLANATION_INDICATOR ? subject_id : 0,
                              error) ||
      !ond_statement_bind_id (stmt, 6, subject == OND_EXPLANATION_BUDGET_LINE ? subject_id : 0,
                              error) ||
      !ond_statement_bind_id (stmt, 7, year, error) ||
      !ond_statement_bind_text (stmt, 8, text, error) ||
      !ond_statement_bind_text (stmt, 9, who, error) ||
      !ond_statement_bind_text (stmt, 10, at, error) ||
      !ond_statement_bind_int64 (stmt, 11, MAX (row_version, 1), error))
    return 0;
  return ond_statement_insert (stmt, error);
}

/* Commits when @ok, else rolls back; returns @ok with @error set when anything failed. */
static gboolean
finish (OndStore  *self,
        gboolean   ok,
        GError   **error)
{
  if (!ok)
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

static gint64
conflict (GError **error)
{
  fail (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
        _("Someone else changed this explanation after you opened it. Nothing has been "
          "saved."));
  return 0;
}

/* @row_version: NULL for a set that is not checked; else the version the edit was opened
 * with (0: opened when the subject had no explanation), and on success the version the row
 * has now. */
static gint64
set_in_transaction (OndStore               *self,
                    gint64                  plan_id,
                    OndExplanationSubject   subject,
                    gint64                  subject_id,
                    int                     year,
                    gint64                 *row_version,
                    const char             *text,
                    GError                **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *at = _ond_store_timestamp ();
  gint64 opened = row_version != NULL ? *row_version : 0;
  gint64 id = 0;

  if (!check_subject (self, plan_id, subject, subject_id, year, error) ||
      !find_explanation (self, plan_id, subject, subject_id, year, &id, error))
    return 0;
  if (id == 0 && opened > 0)
    {
      /* Opened with an explanation that someone else deleted since. */
      fail (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
            _("The explanation does not exist (any more)."));
      return 0;
    }
  if (id == 0)
    {
      id = insert_row (self, 0, 1, plan_id, subject, subject_id, year, text,
                       ond_council_who (), at, error);
      if (id != 0 && row_version != NULL)
        *row_version = 1;
      return id;
    }
  /* Opened without one, and someone else wrote one since. */
  if (row_version != NULL && opened == 0)
    return conflict (error);

  /* As an action (ond-store-actions.c): an edit opened earlier changes the row only while it
   * still has the version read then; every change adds 1. */
  stmt = _ond_store_prepare (self,
                             "UPDATE explanation SET text = ?, who = ?, at = ?,"
                             " row_version = row_version + 1"
                             " WHERE id = ? AND (? = 0 OR row_version = ?)",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, text, error) ||
      !ond_statement_bind_text (stmt, 2, ond_council_who (), error) ||
      !ond_statement_bind_text (stmt, 3, at, error) ||
      !ond_statement_bind_int64 (stmt, 4, id, error) ||
      !ond_statement_bind_int64 (stmt, 5, opened, error) ||
      !ond_statement_bind_int64 (stmt, 6, opened, error) ||
      !ond_statement_execute (stmt, error))
    return 0;
  if (ond_statement_get_changes (stmt) == 0)
    return conflict (error);
  if (row_version != NULL)
    (*row_version)++;
  return id;
}

/**
 * ond_store_set_explanation:
 * @self: a #OndStore
 * @plan_id: the plan
 * @subject: what is explained
 * @subject_id: the pillar, indicator or budget line; 0 for %OND_EXPLANATION_YEAR
 * @year: the year (0: a pillar's explanation for every year)
 * @text: the explanation; leading and trailing white space is dropped
 * @error: return location for an error
 *
 * Adds the explanation of a subject, or replaces the text of the one it has (keeping its
 * id), recording who and when. See ond-store-explanations.h for the refusals.
 *
 * Returns: the explanation's id, or 0 with @error set (nothing written)
 */
gint64
ond_store_set_explanation (OndStore               *self,
                           gint64                  plan_id,
                           OndExplanationSubject   subject,
                           gint64                  subject_id,
                           int                     year,
                           const char             *text,
                           GError                **error)
{
  g_autofree char *trimmed = NULL;
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (_ond_explanation_subject_is_valid (subject), 0);
  g_return_val_if_fail ((subject == OND_EXPLANATION_YEAR) == (subject_id == 0), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;
  trimmed = check_text (text, error);
  if (trimmed == NULL || !_ond_store_begin (self, error))
    return 0;
  id = set_in_transaction (self, plan_id, subject, subject_id, year, NULL, trimmed, error);
  return finish (self, id != 0, error) ? id : 0;
}

/**
 * ond_store_save_explanation_edit:
 * @self: a #OndStore
 * @plan_id: the plan
 * @subject: what is explained
 * @subject_id: the pillar, indicator or budget line; 0 for %OND_EXPLANATION_YEAR
 * @year: the year (0: a pillar's explanation for every year)
 * @row_version: (inout): the row version of the explanation the edit was opened with, 0 when
 *   the subject had none then; on success the version the row has now, for the next save
 * @text: the explanation
 * @error: return location for an error: as ond_store_set_explanation (), and
 *   %OND_STORE_ERROR_CONFLICT when someone else changed (or wrote) the explanation since,
 *   %OND_STORE_ERROR_NOT_FOUND when someone else deleted it since
 *
 * Saves an edit of an explanation like ond_store_set_explanation (), but only while the
 * subject's explanation still has @row_version.
 *
 * Returns: the explanation's id, or 0 with @error set (nothing written)
 */
gint64
ond_store_save_explanation_edit (OndStore               *self,
                                 gint64                  plan_id,
                                 OndExplanationSubject   subject,
                                 gint64                  subject_id,
                                 int                     year,
                                 gint64                 *row_version,
                                 const char             *text,
                                 GError                **error)
{
  g_autofree char *trimmed = NULL;
  gint64 version;
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (_ond_explanation_subject_is_valid (subject), 0);
  g_return_val_if_fail ((subject == OND_EXPLANATION_YEAR) == (subject_id == 0), 0);
  g_return_val_if_fail (row_version != NULL && *row_version >= 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;
  trimmed = check_text (text, error);
  if (trimmed == NULL || !_ond_store_begin (self, error))
    return 0;
  version = *row_version;
  id = set_in_transaction (self, plan_id, subject, subject_id, year, &version, trimmed, error);
  if (!finish (self, id != 0, error))
    return 0;
  *row_version = version;
  return id;
}

/**
 * ond_store_delete_explanation:
 * @self: a #OndStore
 * @id: the explanation
 * @error: return location for an error
 *
 * Deletes an explanation (%OND_STORE_ERROR_NOT_FOUND when there is none with @id).
 * ond_store_restore_explanation() undoes it.
 *
 * Returns: %TRUE on success; %FALSE with @error set (nothing written)
 */
gboolean
ond_store_delete_explanation (OndStore  *self,
                              gint64     id,
                              GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gint64 found_id = 0;
  gboolean found = FALSE;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  ok = query_int (self, "SELECT id FROM explanation WHERE id = ?", id, &found_id, &found, error);
  if (ok && !found)
    ok = fail (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
               _("The explanation does not exist (any more)."));
  if (ok)
    {
      stmt = _ond_store_prepare (self, "DELETE FROM explanation WHERE id = ?", error);
      ok = stmt != NULL &&
           ond_statement_bind_int64 (stmt, 1, id, error) &&
           ond_statement_execute (stmt, error);
    }
  return finish (self, ok, error);
}

static gint64
restore_in_transaction (OndStore              *self,
                        const OndExplanation  *e,
                        const char            *text,
                        GError               **error)
{
  gint64 existing = 0;
  gboolean taken = FALSE;

  if (!check_subject (self, e->plan_id, e->subject, e->subject_id, e->year, error) ||
      !find_explanation (self, e->plan_id, e->subject, e->subject_id, e->year, &existing,
                         error))
    return 0;
  if (existing != 0)
    {
      fail (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
            _("The explanation cannot be put back: another one has been written since."));
      return 0;
    }
  /* The explanation table is not AUTOINCREMENT: an explanation written after the delete may
   * have been given the same id. Nothing refers to an explanation's id, so it then comes
   * back under a new one. */
  if (!query_int (self, "SELECT id FROM explanation WHERE id = ?", e->id, &existing, &taken,
                  error))
    return 0;
  /* With the row version it had: an edit opened before the delete still saves over it. */
  return insert_row (self, taken ? 0 : e->id, e->row_version, e->plan_id, e->subject,
                     e->subject_id, e->year, text, e->who != NULL ? e->who : "", e->at, error);
}

/**
 * ond_store_restore_explanation:
 * @self: a #OndStore
 * @explanation: the explanation as it was read before it was deleted
 * @error: return location for an error
 *
 * Puts a deleted explanation back (undo): its subject, text, who and time, with its own id
 * when that is free (else a new one: nothing refers to an explanation's id). The rules of
 * ond_store_set_explanation() apply; a subject that has been given another explanation
 * since fails with %OND_STORE_ERROR_INVALID.
 *
 * Returns: the id, or 0 with @error set (nothing written)
 */
gint64
ond_store_restore_explanation (OndStore              *self,
                               const OndExplanation  *explanation,
                               GError               **error)
{
  g_autofree char *trimmed = NULL;
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (explanation != NULL && explanation->id > 0, 0);
  g_return_val_if_fail (_ond_explanation_subject_is_valid (explanation->subject), 0);
  g_return_val_if_fail (explanation->at != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_check_writable (self, error))
    return 0;
  trimmed = check_text (explanation->text, error);
  if (trimmed == NULL || !_ond_store_begin (self, error))
    return 0;
  id = restore_in_transaction (self, explanation, trimmed, error);
  return finish (self, id != 0, error) ? id : 0;
}
